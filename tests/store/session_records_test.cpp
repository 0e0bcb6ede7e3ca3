// tests/store/session_records_test.cpp — the sessions and API tokens contract, on SQLite and
// PostgreSQL.
#include "store/account_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

class SessionRecordsTest : public RecordsTest {
 protected:
  std::int64_t user_id_ = Write([](Records& records) {
    domain::User user;
    user.username = "jo";
    user.password_hash = "x";
    user.created_at = At("2026-11-01T09:00:00Z");
    return records.accounts.Add(user);
  });
};

TEST_P(SessionRecordsTest, ASessionIsFoundByItsHashTouchedPassedAndEnded) {
  domain::Session session{
      0,     "token-hash", user_id_,    At("2026-11-02T09:00:00Z"), At("2026-11-02T09:00:00Z"),
      false, "csrf",       std::nullopt};
  session.id = Write([&](Records& records) { return records.sessions.AddSession(session); });
  Write([&](Records& records) {
    records.sessions.TouchSession(session.id, At("2026-11-02T09:05:00.500Z"));
    records.sessions.PassSecondStep(session.id);
    return 0;
  });
  const auto held =
      *Read([](Records& records) { return records.sessions.FindSessionByTokenHash("token-hash"); });
  EXPECT_EQ(held.holder.id, user_id_);  // the account comes with it
  EXPECT_EQ(held.holder.username, "jo");
  auto kept = held.credential;
  EXPECT_EQ(kept.id, session.id);
  EXPECT_EQ(kept.last_seen_at, At("2026-11-02T09:05:00.500Z"));
  EXPECT_TRUE(kept.two_step_passed);
  EXPECT_EQ(kept.csrf_token, "csrf");
  EXPECT_FALSE(kept.ended_at);
  Write([&](Records& records) {
    records.sessions.EndSession(session.id, At("2026-11-02T10:00:00Z"));
    records.sessions.EndSession(session.id, At("2026-11-02T11:00:00Z"));  // stays ended at 10:00
    records.sessions.TouchSession(session.id, At("2026-11-02T12:00:00Z"));
    return 0;
  });
  kept = Read([](Records& records) {
           return records.sessions.FindSessionByTokenHash("token-hash");
         })->credential;
  EXPECT_EQ(kept.ended_at, At("2026-11-02T10:00:00Z"));
  EXPECT_EQ(kept.last_seen_at, At("2026-11-02T09:05:00.500Z"));
  EXPECT_FALSE(
      Read([](Records& records) { return records.sessions.FindSessionByTokenHash("other"); }));
}

TEST_P(SessionRecordsTest, EndingAUsersSessionsEndsOnlyTheOpenOnes) {
  for (const char* hash : {"one", "two"}) {
    Write([&](Records& records) {
      return records.sessions.AddSession({0, hash, user_id_, At("2026-11-02T09:00:00Z"),
                                          At("2026-11-02T09:00:00Z"), true, "c", std::nullopt});
    });
  }
  Write([&](Records& records) {
    records.sessions.EndSessionsOf(user_id_, At("2026-11-03T09:00:00Z"));
    return 0;
  });
  for (const char* hash : {"one", "two"}) {
    const auto kept =
        Read([&](Records& records) { return records.sessions.FindSessionByTokenHash(hash); });
    EXPECT_EQ(kept->credential.ended_at, At("2026-11-03T09:00:00Z"));
  }
}

TEST_P(SessionRecordsTest, AnAccountsOpenSessionsAreListedNewestFirst) {
  const std::int64_t other_user = Write([](Records& records) {
    domain::User user;
    user.username = "sam";
    user.password_hash = "x";
    user.created_at = At("2026-11-01T09:00:00Z");
    return records.accounts.Add(user);
  });
  const auto add = [&](const char* hash, std::int64_t user, const char* at) {
    return Write([&](Records& records) {
      return records.sessions.AddSession({0, hash, user, At(at), At(at), true, "c", std::nullopt});
    });
  };
  const auto older = add("older", user_id_, "2026-11-02T09:00:00Z");
  const auto ended = add("ended", user_id_, "2026-11-02T10:00:00Z");
  const auto newer = add("newer", user_id_, "2026-11-02T11:00:00Z");
  add("someone else's", other_user, "2026-11-02T12:00:00Z");
  Write([&](Records& records) {
    records.sessions.EndSession(ended, At("2026-11-02T10:30:00Z"));
    return 0;
  });
  const auto open =
      Read([&](Records& records) { return records.sessions.OpenSessionsOf(user_id_); });
  ASSERT_EQ(open.size(), 2u);
  EXPECT_EQ(open[0].id, newer);
  EXPECT_EQ(open[0].token_hash, "newer");
  EXPECT_EQ(open[0].created_at, At("2026-11-02T11:00:00Z"));
  EXPECT_EQ(open[1].id, older);
  EXPECT_EQ(open[1].user_id, user_id_);
  EXPECT_TRUE(Read([](Records& records) { return records.sessions.OpenSessionsOf(0); }).empty());
}

TEST_P(SessionRecordsTest, ATokenIsFoundByIdAndHashAndRevokedOnce) {
  domain::ApiToken token{
      0,           "api-hash", user_id_, At("2026-11-02T09:00:00Z"), At("2026-12-02T09:00:00Z"),
      std::nullopt};
  token.id = Write([&](Records& records) { return records.sessions.AddToken(token); });
  EXPECT_EQ(
      Read([&](Records& records) { return records.sessions.FindToken(token.id); })->token_hash,
      "api-hash");
  const auto held =
      *Read([](Records& records) { return records.sessions.FindTokenByHash("api-hash"); });
  EXPECT_EQ(held.holder.id, user_id_);  // the account comes with it
  EXPECT_EQ(held.holder.username, "jo");
  auto kept = held.credential;
  EXPECT_EQ(kept.expires_at, token.expires_at);
  EXPECT_FALSE(kept.revoked_at);
  Write([&](Records& records) {
    records.sessions.RevokeToken(token.id, At("2026-11-05T09:00:00Z"));
    records.sessions.RevokeToken(token.id, At("2026-11-06T09:00:00Z"));
    return 0;
  });
  kept = Read([](Records& records) {
           return records.sessions.FindTokenByHash("api-hash");
         })->credential;
  EXPECT_EQ(kept.revoked_at, At("2026-11-05T09:00:00Z"));
  EXPECT_FALSE(Read([](Records& records) { return records.sessions.FindToken(4242); }));
}

FRONTDOOR_ON_BOTH_DATABASES(SessionRecordsTest);

}  // namespace
}  // namespace frontdoor::store
