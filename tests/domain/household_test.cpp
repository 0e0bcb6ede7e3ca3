// tests/domain/household_test.cpp — who may start living in a household, and from when; how a
// relationship reads; a parent born before their child.
#include "domain/household.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

const Date kToday = *ParseDate("2026-12-05");

Person Born(const char* day) {
  Person person;
  person.id = 7;
  person.given_name = "Jan";
  person.family_name = "Nowak";
  person.date_of_birth = ParseDate(day);
  return person;
}

std::vector<std::string> Fields(const FieldErrors& errors) {
  std::vector<std::string> fields;
  for (const auto& error : errors) fields.push_back(error.field);
  return fields;
}

TEST(Household, AParentIsBornBeforeTheirChild) {
  Person amelia = Born("2019-06-01");
  amelia.given_name = "Amelia";
  const Person jan = Born("1988-03-04");
  // "Jan is Amelia's parent" and "Amelia is Jan's child" are both right.
  EXPECT_FALSE(CheckRelationshipAges(jan, amelia, RelationshipKind::kParent));
  EXPECT_FALSE(CheckRelationshipAges(amelia, jan, RelationshipKind::kChild));
  // The wrong way round is refused, naming who and why.
  const auto refused = CheckRelationshipAges(amelia, jan, RelationshipKind::kParent);
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->field, "kind");
  EXPECT_EQ(refused->message,
            "Amelia Nowak, born 1 June 2019, cannot be the parent of Jan Nowak, born 4 March 1988: "
            "a parent is born before their child");
  EXPECT_TRUE(CheckRelationshipAges(jan, amelia, RelationshipKind::kChild));
  EXPECT_TRUE(CheckRelationshipAges(jan, jan, RelationshipKind::kParent));  // the same day
  // A carer may be younger (an older brother caring for his mother); an unknown birth rules out
  // nothing.
  EXPECT_FALSE(CheckRelationshipAges(amelia, jan, RelationshipKind::kCarer));
  Person unknown = Born("2000-01-01");
  unknown.date_of_birth.reset();
  EXPECT_FALSE(CheckRelationshipAges(unknown, jan, RelationshipKind::kParent));
}

TEST(Household, JoiningIsNotInTheFutureNorBeforeBirthNorTwice) {
  const Person jan = Born("2015-05-14");
  EXPECT_TRUE(ValidateJoining(jan, *ParseDate("2020-01-01"), kToday, {}).empty());
  EXPECT_EQ(ValidateJoining(jan, *ParseDate("2099-01-01"), kToday, {}).at(0).message,
            "The date they started living there is in the future");
  EXPECT_EQ(ValidateJoining(jan, *ParseDate("2000-01-01"), kToday, {}).at(0).message,
            "They cannot have lived there before they were born");
  // Living there still, or from the same day: refused; after an earlier spell ended, allowed.
  const HouseholdMember open{3, 7, *ParseDate("2024-01-01"), std::nullopt};
  const HouseholdMember ended{3, 7, *ParseDate("2019-01-01"), ParseDate("2019-06-01")};
  EXPECT_EQ(Fields(ValidateJoining(jan, *ParseDate("2024-06-01"), kToday, {open})),
            std::vector<std::string>{"person_id"});
  EXPECT_EQ(ValidateJoining(jan, *ParseDate("2019-01-01"), kToday, {ended}).at(0).message,
            "They are already recorded as living there from that date");
  EXPECT_TRUE(ValidateJoining(jan, *ParseDate("2020-01-01"), kToday, {ended}).empty());
}

TEST(Household, ARecordMergedIntoAnotherTakesNoChanges) {
  Person merged = Born("2015-05-14");
  EXPECT_FALSE(MergedAway(merged, "person_id"));
  merged.merged_into = 11;
  const auto refusal = MergedAway(merged, "person_id");
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->field, "person_id");
  EXPECT_EQ(refusal->message,
            "That record was merged into another (C0000011): use that one instead");
  EXPECT_EQ(Fields(ValidateJoining(merged, *ParseDate("2020-01-01"), kToday, {})),
            std::vector<std::string>{"person_id"});
}

// Every kind of relationship reads as a sentence about the person named: never "Jan is their
// cared for by".
TEST(Household, EveryRelationshipReadsAsASentence) {
  EXPECT_EQ(RelationshipSentence("Jan", RelationshipKind::kStepChild), "Jan is their step-child");
  EXPECT_EQ(RelationshipSentence("Jan", RelationshipKind::kCaredFor), "Jan is cared for by them");
  EXPECT_EQ(RelationshipSentence("Jan", RelationshipKind::kOther),
            "Jan has another relationship with them");
  EXPECT_EQ(RelationshipSentence("Jan", RelationshipKind::kSibling),
            "Jan is their brother or sister");
}

}  // namespace
}  // namespace frontdoor::domain
