// tests/service/generated_names_test.cpp — generated names have a heavy tail like real records, and
// generated NHS numbers and postcodes are ones the product accepts.
#include "service/generated_names.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "domain/identifiers.hpp"

namespace frontdoor::service {
namespace {

TEST(GeneratedNamesTest, FamilyNamesHaveAFewCommonAndAThousandsStrongRareTail) {
  const GeneratedNames names;
  std::mt19937_64 random(1);
  std::map<std::string, int> counts;
  const int draws = 100'000;
  for (int index = 0; index < draws; ++index) ++counts[names.FamilyName(random)];
  int commonest = 0, once = 0;
  for (const auto& [name, count] : counts) {
    commonest = std::max(commonest, count);
    once += count == 1;
  }
  EXPECT_EQ(commonest, counts["Smith"]);
  // Smith is about one name in seventy in England and Wales.
  EXPECT_GT(commonest, draws / 200);
  EXPECT_LT(commonest, draws / 25);
  EXPECT_GT(counts.size(), 10'000u);  // tens of thousands of names in the tail
  EXPECT_GT(once, 2'000);             // many held by one person only
  EXPECT_TRUE(std::any_of(counts.begin(), counts.end(), [](const auto& entry) {
    return entry.first.find('-') != std::string::npos;
  }));  // double-barrelled
}

TEST(GeneratedNamesTest, GivenNamesFollowTheChildsSex) {
  const GeneratedNames names;
  std::mt19937_64 random(2);
  std::set<std::string> boys, girls;
  for (int index = 0; index < 20'000; ++index) {
    boys.insert(names.GivenName(random, false));
    girls.insert(names.GivenName(random, true));
  }
  EXPECT_GT(boys.size(), 1'000u);
  EXPECT_GT(girls.size(), 1'000u);
  EXPECT_TRUE(boys.count("Muhammad") && boys.count("Mohammed"));
  EXPECT_TRUE(girls.count("Olivia") && !boys.count("Olivia"));
}

TEST(GeneratedNamesTest, NhsNumbersPassTheCheckDigitAndNeverRepeat) {
  std::int64_t serial = 0;
  std::set<std::string> seen;
  for (int index = 0; index < 5'000; ++index) {
    const std::string number = NhsNumberFromSerial(serial);
    EXPECT_EQ(domain::ParseNhsNumber(number), number);
    EXPECT_TRUE(seen.insert(number).second) << number;
  }
  EXPECT_GT(serial, 5'000);  // serials whose check digit would be 10 were skipped
}

TEST(GeneratedNamesTest, PostcodesAreRealShapesAFewHouseholdsEach) {
  const GeneratedNames names;
  std::mt19937_64 random(3);
  std::map<std::string, int> counts;
  for (int index = 0; index < 50'000; ++index) {
    const std::string postcode = names.Postcode(random);
    ASSERT_EQ(domain::NormalisePostcode(postcode), postcode);
    ++counts[postcode];
  }
  EXPECT_GT(counts.size(), 30'000u);
}

}  // namespace
}  // namespace frontdoor::service
