// tests/domain/account_activity_test.cpp — what a person is shown of what happened to their
// account.
#include "domain/account_activity.hpp"

#include <gtest/gtest.h>

#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

AuditEntry Entry(const std::string& at, const std::string& username, const std::string& action,
                 AuditOutcome outcome, const std::string& detail) {
  AuditEntry entry;
  entry.at = *ParseTimestamp(at);
  entry.username = username;
  entry.action = action;
  entry.record_ids = "user:4";
  entry.outcome = outcome;
  entry.detail = detail;
  return entry;
}

TEST(AccountEvents, ShowTheHolderFailedTriesAndChangesButNotRoutineUse) {
  const auto allowed = AuditOutcome::kAllowed;
  const auto refused = AuditOutcome::kRefused;
  const std::vector<AuditEntry> newest_first = {
      Entry("2026-12-01T10:05:00.000Z", "pat", "own_account", allowed, "own sessions shown: 1"),
      Entry("2026-12-01T10:04:00.000Z", "pat", "two_step", allowed, "code accepted"),
      Entry("2026-12-01T10:03:00.000Z", "pat", "sign_in", allowed, ""),
      Entry("2026-12-01T10:02:00.000Z", "pat", "sign_in", refused, "wrong password"),
      Entry("2026-12-01T09:00:00.000Z", "ann.admin", "manage_users", allowed,
            "password reset for pat"),
      Entry("2026-11-30T09:00:00.000Z", "pat", "two_step", refused, "wrong code"),
      Entry("2026-11-30T08:00:00.000Z", "pat", "two_step", allowed, "set-up started"),
      Entry("2026-11-30T07:00:00.000Z", "pat", "change_password", allowed,
            "own password changed; sessions ended, API tokens revoked"),
      Entry("2026-11-30T06:00:00.000Z", "pat", "sign_out", allowed, ""),
  };
  const auto events = AccountEvents(newest_first, "pat", 10);
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].what, "Sign-in refused: wrong password");
  EXPECT_EQ(events[0].by, "");
  EXPECT_EQ(FormatTimestamp(events[0].at), "2026-12-01T10:02:00.000Z");
  EXPECT_EQ(events[1].what, "Account: password reset for pat");
  EXPECT_EQ(events[1].by, "ann.admin");
  EXPECT_EQ(events[2].what, "Two-step verification refused: wrong code");
  EXPECT_EQ(events[3].what, "Password: own password changed; sessions ended, API tokens revoked");
  // The newest `limit` only.
  const auto two = AccountEvents(newest_first, "pat", 2);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1].by, "ann.admin");
}

}  // namespace
}  // namespace frontdoor::domain
