// tests/domain/whole_number_test.cpp — reading a whole number that is all of its text.
#include "domain/whole_number.hpp"

#include <gtest/gtest.h>

#include <cstdint>

namespace frontdoor::domain {
namespace {

TEST(WholeNumber, IsReadOnlyWhenTheWholeTextIsOneThatFits) {
  EXPECT_EQ(WholeNumberIn<int>("12"), 12);
  EXPECT_EQ(WholeNumberIn<int>("0"), 0);
  EXPECT_EQ(WholeNumberIn<int>("-3"), -3);
  EXPECT_EQ(WholeNumberIn<std::int64_t>("9007199254740993"), 9007199254740993);
  EXPECT_EQ(WholeNumberIn<unsigned>("ff", 16), 255u);
  for (const char* text : {"", "12a", " 12", "12 ", "+1", "1.5", "0x10"}) {
    EXPECT_FALSE(WholeNumberIn<int>(text)) << '"' << text << '"';
  }
  EXPECT_FALSE(WholeNumberIn<unsigned>("-1"));
  EXPECT_FALSE(WholeNumberIn<int>("2147483648"));  // one more than an int holds
}

}  // namespace
}  // namespace frontdoor::domain
