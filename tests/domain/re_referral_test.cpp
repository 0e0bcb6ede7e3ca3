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

}  // namespace
}  // namespace frontdoor::domain
