// tests/domain/uk_time_test.cpp — UK clock time either side of the summer time changes.
#include "domain/uk_time.hpp"

#include <gtest/gtest.h>

#include "domain/person.hpp"
#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

TEST(UkTime, FollowsBritishSummerTime) {
  // 2026: clocks go forward on 29 March and back on 25 October, at 01:00 UTC.
  EXPECT_FALSE(IsBritishSummerTime(*ParseTimestamp("2026-03-29T00:59:59Z")));
  EXPECT_TRUE(IsBritishSummerTime(*ParseTimestamp("2026-03-29T01:00:00Z")));
  EXPECT_TRUE(IsBritishSummerTime(*ParseTimestamp("2026-10-25T00:59:59Z")));
  EXPECT_FALSE(IsBritishSummerTime(*ParseTimestamp("2026-10-25T01:00:00Z")));
}

TEST(UkTime, TheHourSkippedWhenTheClocksGoForwardIsKnown) {
  const auto spring = *ParseDate("2026-03-29");
  EXPECT_FALSE(InHourClocksSkip(spring, std::chrono::minutes{59}));
  EXPECT_TRUE(InHourClocksSkip(spring, std::chrono::minutes{60}));
  EXPECT_TRUE(InHourClocksSkip(spring, std::chrono::minutes{119}));
  EXPECT_FALSE(InHourClocksSkip(spring, std::chrono::minutes{120}));
  // The hour that happens twice when they go back is a real time, and so is 1:30 any other day.
  EXPECT_FALSE(InHourClocksSkip(*ParseDate("2026-10-25"), std::chrono::minutes{90}));
  EXPECT_FALSE(InHourClocksSkip(*ParseDate("2026-03-30"), std::chrono::minutes{90}));
}

TEST(UkTime, WritesDatesTheGovukWay) {
  EXPECT_EQ(FormatUkDateTime(*ParseTimestamp("2026-11-27T14:05:00Z")),
            "27 November 2026 at 2:05pm");
  EXPECT_EQ(FormatUkDateTime(*ParseTimestamp("2026-07-01T23:30:00Z")), "2 July 2026 at 12:30am");
  EXPECT_EQ(FormatUkDateTime(*ParseTimestamp("2026-01-05T12:00:00Z")), "5 January 2026 at 12:00pm");
}

TEST(UkTime, UkDaysRunFromMidnightToTheMidnightAfterTheLastDay) {
  // 25 October 2026 has 25 hours: the clocks go back.
  const auto days = UkDaysFrom(*ParseDate("2026-10-25"), *ParseDate("2026-10-25"));
  EXPECT_EQ(FormatTimestamp(days.from), "2026-10-24T23:00:00.000Z");
  EXPECT_EQ(FormatTimestamp(days.before), "2026-10-26T00:00:00.000Z");
  const auto november = UkDaysFrom(*ParseDate("2026-11-01"), *ParseDate("2026-11-30"));
  EXPECT_EQ(FormatTimestamp(november.from), "2026-11-01T00:00:00.000Z");
  EXPECT_EQ(FormatTimestamp(november.before), "2026-12-01T00:00:00.000Z");
}

}  // namespace
}  // namespace frontdoor::domain
