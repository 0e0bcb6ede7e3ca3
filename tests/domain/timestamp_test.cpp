// tests/domain/timestamp_test.cpp — ISO 8601 UTC formatting and parsing.
#include "domain/timestamp.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

TEST(Timestamp, RoundTripsWithMilliseconds) {
  const auto moment = ParseTimestamp("2026-11-27T09:05:03.042Z");
  ASSERT_TRUE(moment);
  EXPECT_EQ(FormatTimestamp(*moment), "2026-11-27T09:05:03.042Z");
}

TEST(Timestamp, MillisecondsAreOptional) {
  EXPECT_EQ(FormatTimestamp(*ParseTimestamp("2024-02-29T23:59:59Z")), "2024-02-29T23:59:59.000Z");
}

TEST(Timestamp, RefusesWhatIsNotAMoment) {
  for (const char* text : {"", "2026-11-27", "2026-11-27T09:05:03", "2026-13-01T00:00:00Z",
                           "2025-02-29T00:00:00Z", "2026-11-27T24:00:00Z", "2026-11-27T09:05:03.1Z",
                           "2026-11-27T09:05:03.042Z ", "２026-11-27T09:05:03Z"}) {
    EXPECT_FALSE(ParseTimestamp(text)) << text;
  }
}

}  // namespace
}  // namespace frontdoor::domain
