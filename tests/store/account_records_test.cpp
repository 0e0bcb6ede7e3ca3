// tests/store/account_records_test.cpp — the accounts contract, on SQLite and PostgreSQL.
#include "store/account_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

domain::User SomeUser(std::string username, domain::Role role = domain::Role::kPractitioner) {
  domain::User user;
  user.username = std::move(username);
  user.role = role;
  user.agency = role == domain::Role::kPartner ? "police" : "";
  user.password_hash = "$argon2id$v=19$fake";
  user.created_at = At("2026-11-01T09:00:00.125Z");
  return user;
}

using AccountRecordsTest = RecordsTest;

TEST_P(AccountRecordsTest, KeepsEveryFieldAndFindsByIdAndUsername) {
  auto user = SomeUser("jo.bloggs", domain::Role::kPartner);
  user.locked_until = At("2026-11-01T10:00:00Z");
  user.failed_sign_ins = 3;
  user.id = Write([&](Records& records) { return records.accounts.Add(user); });
  const auto by_id = Read([&](Records& records) { return records.accounts.Find(user.id); });
  const auto by_name =
      Read([&](Records& records) { return records.accounts.FindByUsername("jo.bloggs"); });
  ASSERT_TRUE(by_id && by_name);
  EXPECT_EQ(by_id->id, by_name->id);
  EXPECT_EQ(by_id->role, domain::Role::kPartner);
  EXPECT_EQ(by_id->agency, "police");
  EXPECT_EQ(by_id->failed_sign_ins, 3);
  EXPECT_EQ(by_id->locked_until, user.locked_until);
  EXPECT_EQ(by_id->created_at, user.created_at);
  EXPECT_FALSE(Read([](Records& records) { return records.accounts.FindByUsername("nobody"); }));
  EXPECT_FALSE(Read([](Records& records) { return records.accounts.Find(99999); }));
}

TEST_P(AccountRecordsTest, RefusesATakenUsernameAndListsByUsername) {
  Write([](Records& records) { return records.accounts.Add(SomeUser("zoe")); });
  Write([](Records& records) { return records.accounts.Add(SomeUser("adam")); });
  EXPECT_THROW(Write([](Records& records) { return records.accounts.Add(SomeUser("zoe")); }),
               StoreError);
  const auto users = Read([](Records& records) { return records.accounts.List(); });
  ASSERT_EQ(users.size(), 2u);
  EXPECT_EQ(users[0].username, "adam");
  EXPECT_EQ(users[1].username, "zoe");
}

TEST_P(AccountRecordsTest, UpdatesEverythingButIdentityUnderALock) {
  auto user = SomeUser("sam");
  user.id = Write([&](Records& records) { return records.accounts.Add(user); });
  Write([&](Records& records) {
    records.accounts.Lock(user.id);
    auto kept = *records.accounts.Find(user.id);
    kept.role = domain::Role::kManager;
    kept.disabled = true;
    kept.totp_secret = "JBSWY3DPEHPK3PXP";
    kept.totp_enabled = true;
    kept.totp_last_step = 123456;
    kept.locked_until = std::nullopt;
    kept.password_hash = "changed";
    records.accounts.Update(kept);
    return 0;
  });
  const auto kept = *Read([&](Records& records) { return records.accounts.Find(user.id); });
  EXPECT_EQ(kept.role, domain::Role::kManager);
  EXPECT_TRUE(kept.disabled);
  EXPECT_TRUE(kept.totp_enabled);
  EXPECT_EQ(kept.totp_last_step, 123456);
  EXPECT_EQ(kept.totp_secret, "JBSWY3DPEHPK3PXP");
  EXPECT_EQ(kept.password_hash, "changed");
  EXPECT_EQ(kept.username, "sam");
}

TEST_P(AccountRecordsTest, ARecoveryCodeWorksOnceAndReplacingForgetsTheOld) {
  const auto id = Write([](Records& records) { return records.accounts.Add(SomeUser("kim")); });
  const auto at = At("2026-11-02T09:00:00Z");
  Write([&](Records& records) {
    records.accounts.ReplaceRecoveryCodes(id, {"hash-a", "hash-b"});
    return 0;
  });
  EXPECT_TRUE(
      Write([&](Records& records) { return records.accounts.UseRecoveryCode(id, "hash-a", at); }));
  EXPECT_FALSE(
      Write([&](Records& records) { return records.accounts.UseRecoveryCode(id, "hash-a", at); }));
  Write([&](Records& records) {
    records.accounts.ReplaceRecoveryCodes(id, {"hash-c"});
    return 0;
  });
  EXPECT_FALSE(
      Write([&](Records& records) { return records.accounts.UseRecoveryCode(id, "hash-b", at); }));
  EXPECT_TRUE(
      Write([&](Records& records) { return records.accounts.UseRecoveryCode(id, "hash-c", at); }));
}

FRONTDOOR_ON_BOTH_DATABASES(AccountRecordsTest);

}  // namespace
}  // namespace frontdoor::store
