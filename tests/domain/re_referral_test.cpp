// tests/domain/re_referral_test.cpp — re-referral at the 12-month boundary, leap years included.
#include "domain/re_referral.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

Date D(const char* text) {
  return *ParseDate(text);
}

TEST(ReReferral, TwelveMonthsToTheDayIsWithinAndOneDayMoreIsNot) {
  EXPECT_TRUE(IsReReferral({D("2025-11-27")}, D("2026-11-27")));
  EXPECT_FALSE(IsReReferral({D("2025-11-26")}, D("2026-11-27")));
  EXPECT_TRUE(IsReReferral({D("2026-03-27")}, D("2026-11-27")));  // eight months ago
}

TEST(ReReferral, OnlyEarlierReferralsCountAndTheLatestIsNamed) {
  EXPECT_FALSE(IsReReferral({}, D("2026-11-27")));
  EXPECT_FALSE(IsReReferral({D("2026-11-27")}, D("2026-11-27")));  // the same referral
  EXPECT_FALSE(IsReReferral({D("2026-12-01")}, D("2026-11-27")));
  EXPECT_EQ(PreviousReferralWithinYear({D("2026-01-10"), D("2026-06-02"), D("2024-06-02")},
                                       D("2026-11-27")),
            D("2026-06-02"));
}

TEST(ReReferral, MonthEndsAndLeapDays) {
  EXPECT_EQ(MonthsBefore(D("2025-02-28"), 12), D("2024-02-28"));
  EXPECT_EQ(MonthsBefore(D("2024-02-29"), 12), D("2023-02-28"));
  EXPECT_EQ(MonthsBefore(D("2025-03-31"), 1), D("2025-02-28"));
  EXPECT_TRUE(IsReReferral({D("2023-02-28")}, D("2024-02-29")));
  EXPECT_FALSE(IsReReferral({D("2023-02-27")}, D("2024-02-29")));
}

TEST(ReReferral, AReferralStaysOpenUntilItsCaseIsClosed) {
  const std::vector<std::pair<std::int64_t, Date>> referrals = {{3, D("2025-01-10")},
                                                                {8, D("2026-04-04")}};
  EXPECT_EQ(OpenReferralSince(referrals, {}, D("2026-12-01")), D("2026-04-04"));
  CaseStep closure;
  closure.contact_id = 8;
  closure.kind = CaseStepKind::kClosure;
  closure.date = D("2026-06-30");
  CaseStep assessment;
  assessment.contact_id = 3;
  assessment.date = D("2025-01-12");
  // The later referral closed; the earlier one never did.
  EXPECT_EQ(OpenReferralSince(referrals, {assessment, closure}, D("2026-12-01")), D("2025-01-10"));
  // Before the closure, the later one was still open; before either, nothing was.
  EXPECT_EQ(OpenReferralSince(referrals, {assessment, closure}, D("2026-06-29")), D("2026-04-04"));
  EXPECT_FALSE(OpenReferralSince(referrals, {}, D("2025-01-09")));
  closure.contact_id = 3;
  CaseStep later_closure = closure;
  later_closure.contact_id = 8;
  EXPECT_FALSE(OpenReferralSince(referrals, {closure, later_closure}, D("2026-12-01")));
}

}  // namespace
}  // namespace frontdoor::domain
