// tests/store/idempotency_records_test.cpp — the Idempotency-Keys contract, on SQLite and
// PostgreSQL: a key claimed once, kept with its record or its answer, released, forgotten after
// its day, and two requests with one key at once made into one.
#include "store/idempotency_records.hpp"

#include <chrono>
#include <thread>

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

class IdempotencyRecordsTest : public RecordsTest {
 protected:
  std::int64_t UserNamed(const std::string& username) {
    return Write([&](Records& records) {
      domain::User user;
      user.username = username;
      user.password_hash = "x";
      user.created_at = At("2026-11-01T09:00:00Z");
      return records.accounts.Add(user);
    });
  }

  std::optional<domain::KeptRequest> Claim(std::int64_t user, const std::string& key,
                                           const std::string& fingerprint, const char* at,
                                           std::int64_t made = 0) {
    return Write([&](Records& records) {
      auto kept = records.idempotency.Claim(user, {key, fingerprint}, At(at),
                                            At(at) - domain::kIdempotencyKeyKeptFor);
      if (!kept && made > 0) records.idempotency.Made(user, key, made);
      return kept;
    });
  }

  std::int64_t jo_ = UserNamed("jo");
  std::int64_t sam_ = UserNamed("sam");
  std::string first_ = std::string(64, 'a');
  std::string second_ = std::string(64, 'b');
};

TEST_P(IdempotencyRecordsTest, AKeyIsClaimedOnceAndKeptWithTheRecordItMade) {
  EXPECT_FALSE(Claim(jo_, "key-1", first_, "2026-11-02T09:00:00Z", 17));
  auto kept = Claim(jo_, "key-1", first_, "2026-11-02T10:00:00Z");
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->fingerprint, first_);
  EXPECT_EQ(kept->record_id, 17);
  // The fingerprint kept is the first request's, whatever is sent again.
  EXPECT_EQ(Claim(jo_, "key-1", second_, "2026-11-02T11:00:00Z")->fingerprint, first_);
  // Keys are each account's own.
  EXPECT_FALSE(Claim(sam_, "key-1", second_, "2026-11-02T11:00:00Z", 18));
  EXPECT_EQ(Claim(sam_, "key-1", second_, "2026-11-02T11:00:01Z")->record_id, 18);
}

TEST_P(IdempotencyRecordsTest, AKeyKeepsTheAnswerItsRequestWasGivenAndNoneWhileBeingAnswered) {
  EXPECT_FALSE(Claim(jo_, "key-a", first_, "2026-11-02T09:00:00Z"));
  const auto meanwhile = Claim(jo_, "key-a", first_, "2026-11-02T09:00:01Z");
  ASSERT_TRUE(meanwhile);
  EXPECT_EQ(meanwhile->record_id, 0);
  EXPECT_FALSE(meanwhile->answer);  // still being answered
  const domain::KeptAnswer answer{201, R"({"id":4,"town":"Southampton"})", "/api/v1/households/4"};
  Write([&](Records& records) {
    records.idempotency.Answered(jo_, "key-a", answer);
    return 0;
  });
  const auto kept = Claim(jo_, "key-a", first_, "2026-11-02T09:05:00Z");
  ASSERT_TRUE(kept && kept->answer);
  EXPECT_EQ(*kept->answer, answer);
  EXPECT_FALSE(Claim(sam_, "key-a", first_, "2026-11-02T09:05:00Z"));  // each account's own
}

TEST_P(IdempotencyRecordsTest, AReleasedKeyMayBeClaimedAgain) {
  Write([&](Records& records) {
    EXPECT_FALSE(records.idempotency.Claim(jo_, {"key-2", first_}, At("2026-11-02T09:00:00Z"),
                                           At("2026-11-01T09:00:00Z")));
    records.idempotency.Release(jo_, "key-2");
    return 0;
  });
  EXPECT_FALSE(Claim(jo_, "key-2", second_, "2026-11-02T09:01:00Z", 5));
  EXPECT_EQ(Claim(jo_, "key-2", second_, "2026-11-02T09:02:00Z")->record_id, 5);
}

TEST_P(IdempotencyRecordsTest, AKeyADayOldIsForgotten) {
  EXPECT_FALSE(Claim(jo_, "old", first_, "2026-11-02T09:00:00Z", 1));
  EXPECT_FALSE(Claim(jo_, "newer", first_, "2026-11-02T12:00:00Z", 2));
  // Still kept just under a day later; claimed afresh once the day is over.
  EXPECT_TRUE(Claim(jo_, "old", second_, "2026-11-03T08:59:59Z"));
  EXPECT_FALSE(Claim(jo_, "old", second_, "2026-11-03T09:00:01Z", 3));
  EXPECT_EQ(Claim(jo_, "old", second_, "2026-11-03T09:00:02Z")->record_id, 3);
  // Forgetting takes every key kept before the time given, and only those.
  EXPECT_EQ(Write([&](Records& records) {
              return records.idempotency.ForgetBefore(At("2026-11-03T09:00:00Z"));
            }),
            1);  // "newer"
  EXPECT_FALSE(Claim(jo_, "newer", second_, "2026-11-03T09:30:00Z"));
  EXPECT_TRUE(Claim(jo_, "old", second_, "2026-11-03T09:30:00Z"));
}

TEST_P(IdempotencyRecordsTest, TwoRequestsWithOneKeyAtOnceMakeOneRecord) {
  // The first holds its claim while it works; the second, sent meanwhile, must wait for it and
  // then be given what it made, not claim the key too.
  std::optional<domain::KeptRequest> second;
  std::thread first([&] {
    Write([&](Records& records) {
      EXPECT_FALSE(records.idempotency.Claim(jo_, {"together", first_}, At("2026-11-02T09:00:00Z"),
                                             At("2026-11-01T09:00:00Z")));
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      records.idempotency.Made(jo_, "together", 99);
      return 0;
    });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  second = Claim(jo_, "together", first_, "2026-11-02T09:00:01Z", 100);
  first.join();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->record_id, 99);
}

FRONTDOOR_ON_BOTH_DATABASES(IdempotencyRecordsTest);

}  // namespace
}  // namespace frontdoor::store
