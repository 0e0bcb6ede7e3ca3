// tests/domain/correction_test.cpp — corrections: what changed from and to, amending a contact's
// words with a reason, moving out of a household, and the journey events they add.
#include "domain/correction.hpp"

#include <gtest/gtest.h>

#include "sample_people.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;

TEST(Corrections, OnlyThePartsThatChangedAreNamedFromAndTo) {
  Person corrected = Jayden();
  corrected.date_of_birth = Day("2015-05-15");
  corrected.other_names.push_back({"Jay", "Brown"});
  corrected.nhs_number = "9434765919";
  const auto changes = PersonChanges(Jayden(), corrected);
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].part, "Also known as");
  EXPECT_EQ(changes[0].from, "No other names");
  EXPECT_EQ(changes[0].to, "Jay Brown");
  EXPECT_EQ(changes[1].part, "Date of birth");
  EXPECT_EQ(changes[1].from, "14 May 2015");
  EXPECT_EQ(changes[1].to, "15 May 2015");
  EXPECT_EQ(changes[2].part, "NHS number");
  EXPECT_EQ(changes[2].to, "943 476 5919");
  EXPECT_TRUE(PersonChanges(Jayden(), Jayden()).empty());
}

TEST(Corrections, AnAmendedContactNeedsNewWordsAndAReason) {
  Contact contact;
  contact.concern = "Jayden had a bruise.";
  auto errors = ValidateContactAmendment(contact, " Jayden had a bruise. ", "");
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "concern");
  EXPECT_EQ(errors[0].message, "The concern has not changed: change its words, or go back");
  EXPECT_EQ(errors[1].field, "reason");
  errors = ValidateContactAmendment(contact, "Jayden had a bruise on his arm.", "typo");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("at least 10 characters"), std::string::npos);
  EXPECT_TRUE(ValidateContactAmendment(contact, "Jayden had a bruise on his arm.",
                                       "The officer's notes say where the bruise was.")
                  .empty());
}

TEST(Corrections, MovingOutIsOnARealDayBetweenMovingInAndToday) {
  HouseholdMember member{1, 2, Day("2020-01-10"), std::nullopt};
  const Date today = Day("2026-12-02");
  Date moved_out;
  EXPECT_EQ(ValidateMoveOut(member, "", today, moved_out)[0].message,
            "Enter the date they moved out");
  EXPECT_EQ(ValidateMoveOut(member, "2026-02-30", today, moved_out)[0].message,
            "The date they moved out must be a real date: February 2026 has 28 days");
  EXPECT_EQ(ValidateMoveOut(member, "2026-12-03", today, moved_out)[0].message,
            "The date they moved out must be today or earlier");
  EXPECT_EQ(ValidateMoveOut(member, "2019-12-31", today, moved_out)[0].message,
            "The date they moved out must be on or after the day they moved in (10 January 2020)");
  ASSERT_TRUE(ValidateMoveOut(member, "2026-11-30", today, moved_out).empty());
  EXPECT_EQ(moved_out, Day("2026-11-30"));
  member.to = moved_out;
  EXPECT_EQ(ValidateMoveOut(member, "2026-12-01", today, moved_out)[0].message,
            "They moved out on 30 November 2026 already");
}

TEST(Corrections, ACorrectionIsAJourneyEventWithFromToAndReason) {
  const HistoryEntry corrected{
      "person:2",     "Date of birth", "14 May 2015",           "15 May 2015",
      "test.manager", Timestamp{},     "Birth certificate seen"};
  ASSERT_TRUE(IsCorrection(corrected));
  const auto event = CorrectionEvent(corrected, "");
  EXPECT_EQ(event.kind, "correction");
  EXPECT_EQ(event.title, "Record corrected: Date of birth");
  EXPECT_EQ(event.summary, "From: 14 May 2015\nTo: 15 May 2015\nReason: Birth certificate seen");
  const HistoryEntry amended{"contact:7",         std::string(kAmendedConcern),
                             "A bruise.",         "A bruise on his arm.",
                             "test.practitioner", Timestamp{},
                             "Officer's notes"};
  ASSERT_TRUE(IsCorrection(amended));
  EXPECT_EQ(CorrectionEvent(amended, "CR-7").title,
            "Contact CR-7 amended: the concern, in the referrer's words");
  EXPECT_EQ(CorrectionEvent(amended, "CR-7").link, "/contacts/7");
  // Steps of the work are journey events of their own, not corrections.
  EXPECT_FALSE(IsCorrection(
      {"person:2", "decision on contact CR-7", "", "No further action", "", Timestamp{}}));
  EXPECT_FALSE(IsCorrection({"contact:7", "decision", "", "x", "", Timestamp{}}));
}

}  // namespace
}  // namespace frontdoor::domain
