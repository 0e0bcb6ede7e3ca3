// tests/domain/record_version_test.cpp — a person's and a contact's entity tags change with every
// detail a correction can change, and If-Match holds only for the tag as it is now.
#include "domain/record_version.hpp"

#include <gtest/gtest.h>

#include <set>

#include "sample_people.hpp"

namespace frontdoor::domain {
namespace {

using testing::Jayden;

TEST(RecordVersion, AContactsTagChangesWhenItsWordsAreAmendedAndNotOtherwise) {
  Contact contact;
  contact.id = 12;
  contact.reference = "VCV-JH2";
  contact.concern = "Jayden had a bruise.";
  const std::string original = ContactVersion(contact);
  EXPECT_EQ(original.size(), 34u);
  EXPECT_TRUE(IfMatchHolds(original, ContactVersion(contact)));
  Contact amended = contact;
  amended.concern = "Jayden had a bruise on his arm.";
  EXPECT_NE(ContactVersion(amended), original);
  Contact other = contact;
  other.id = 13;
  EXPECT_NE(ContactVersion(other), original);
  // Fields run together cannot make the same tag: "ab" + "c" is not "a" + "bc".
  Contact joined = contact;
  joined.concern = "ab";
  joined.family_knows = "c";
  Contact split = contact;
  split.concern = "a";
  split.family_knows = "bc";
  EXPECT_NE(ContactVersion(joined), ContactVersion(split));
}

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
