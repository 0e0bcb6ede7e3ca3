// tests/domain/uk_time_test.cpp — UK clock time either side of the summer time changes.
#include "domain/uk_time.hpp"

#include <gtest/gtest.h>

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

TEST(UkTime, WritesDatesTheGovukWay) {
  EXPECT_EQ(FormatUkDateTime(*ParseTimestamp("2026-11-27T14:05:00Z")),
            "27 November 2026 at 2:05pm");
  EXPECT_EQ(FormatUkDateTime(*ParseTimestamp("2026-07-01T23:30:00Z")), "2 July 2026 at 12:30am");
  EXPECT_EQ(FormatUkDateTime(*ParseTimestamp("2026-01-05T12:00:00Z")), "5 January 2026 at 12:00pm");
}

}  // namespace
}  // namespace frontdoor::domain
