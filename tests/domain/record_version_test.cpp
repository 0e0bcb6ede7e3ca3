// tests/domain/record_version_test.cpp — a person's entity tag changes with every detail a
// correction can change, and If-Match holds only for the tag as it is now.
#include "domain/record_version.hpp"

#include <gtest/gtest.h>

#include <set>

#include "sample_people.hpp"

namespace frontdoor::domain {
namespace {

using testing::Jayden;

TEST(RecordVersion, EveryDetailACorrectionCanChangeChangesThePersonsTag) {
  const std::string original = PersonVersion(Jayden());
  EXPECT_EQ(original.size(), 34u);
  EXPECT_EQ(original.front(), '"');
  EXPECT_EQ(PersonVersion(Jayden()), original);
  std::vector<void (*)(Person&)> changes = {
      [](Person& p) { p.given_name = "Jaden"; },
      [](Person& p) { p.family_name = "Smyth"; },
      [](Person& p) { p.date_of_birth = ParseDate("2015-14-05"); },
      [](Person& p) { p.date_of_birth = ParseDate("2015-05-15"); },
      [](Person& p) { p.expected_date_of_birth = ParseDate("2027-01-01"); },
      [](Person& p) { p.sex = Sex::kUnknown; },
      [](Person& p) { p.ethnicity = "WBRI"; },
      [](Person& p) { p.disabilities = {"HAND"}; },
      [](Person& p) { p.upn = "A123456789012"; },
      [](Person& p) {
        p.other_names = {{"Jay", "Smith"}};
      },
      [](Person& p) { p.merged_into = 9; },
      [](Person& p) { p.id = 8; },
      [](Person& p) { p.nhs_number = "9434765919"; },
      // Moving letters between fields is a change too.
      [](Person& p) {
        p.given_name = "JaydenS";
        p.family_name = "mith";
      },
  };
  std::set<std::string> seen = {original};
  for (const auto change : changes) {
    Person changed = Jayden();
    change(changed);
    EXPECT_TRUE(seen.insert(PersonVersion(changed)).second) << seen.size();
  }
}

TEST(RecordVersion, IfMatchHoldsForTheTagAsItIsNowOrAnyTag) {
  const std::string now = PersonVersion(Jayden());
  EXPECT_TRUE(IfMatchHolds(now, now));
  EXPECT_TRUE(IfMatchHolds(" " + now + " ", now));
  EXPECT_TRUE(IfMatchHolds("\"older\", " + now, now));
  EXPECT_TRUE(IfMatchHolds("*", now));
  EXPECT_FALSE(IfMatchHolds("\"older\"", now));
  EXPECT_FALSE(IfMatchHolds("W/" + now, now));         // If-Match compares strongly
  EXPECT_FALSE(IfMatchHolds(now.substr(1, 32), now));  // unquoted is not the tag
  EXPECT_FALSE(IfMatchHolds("", now));
}

}  // namespace
}  // namespace frontdoor::domain
