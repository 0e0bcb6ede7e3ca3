// tests/domain/person_test.cpp — dates of birth, person checks, who may read a restricted
// record, and which record stands for a child recorded twice.
#include "domain/person.hpp"

#include <gtest/gtest.h>

#include "domain/kept_records.hpp"
#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

Timestamp At(const char* text) {
  return *ParseTimestamp(text);
}
const Date kToday = *ParseDate("2026-11-27");

// A person as typed, with only the fields a test cares about.
PersonDraft Draft(std::string given, std::string family, std::string born) {
  PersonDraft draft;
  draft.given_name = std::move(given);
  draft.family_name = std::move(family);
  draft.date_of_birth = std::move(born);
  return draft;
}

TEST(Person, DatesAreRealAndWrittenPlainly) {
  EXPECT_EQ(FormatDate(*ParseDate("2024-02-29")), "2024-02-29");
  EXPECT_FALSE(ParseDate("2025-02-29"));
  EXPECT_FALSE(ParseDate("27/11/2026"));
  EXPECT_EQ(FormatLongDate(*ParseDate("2019-03-04")), "4 March 2019");
}

// Beside a name, when a person was born reads as words: never "born not known".
TEST(Person, WhenAPersonWasBornReadsAsWords) {
  Person person;
  EXPECT_EQ(BirthInWords(person), "date of birth not known");
  person.expected_date_of_birth = ParseDate("2027-05-03");
  EXPECT_EQ(BirthInWords(person), "due on 3 May 2027");
  person.date_of_birth = ParseDate("2019-03-04");
  EXPECT_EQ(BirthInWords(person), "born 4 March 2019");
}

TEST(Person, ACorrectionKeepsWhatItDoesNotName) {
  Person jayden;
  jayden.given_name = "Jayden";
  jayden.family_name = "Smith";
  jayden.date_of_birth = ParseDate("2015-05-14");
  jayden.sex = Sex::kMale;
  jayden.nhs_number = "9434765919";
  jayden.disabilities = {"HAND"};
  jayden.other_names = {{"Jaden", "Smyth"}};
  const PersonDraft current = DraftOf(jayden);
  EXPECT_EQ(current.date_of_birth, "2015-05-14");
  EXPECT_EQ(current.sex, "M");
  EXPECT_EQ(current.other_names, "Jaden Smyth");
  PersonDraft sent;
  sent.family_name = "Smyth";
  sent.nhs_number = "";  // named, and empty: cleared
  const PersonDraft kept = KeepingUnsent(sent, current, {"family_name", "nhs_number"});
  EXPECT_EQ(kept.given_name, "Jayden");
  EXPECT_EQ(kept.family_name, "Smyth");
  EXPECT_EQ(kept.date_of_birth, "2015-05-14");
  EXPECT_EQ(kept.sex, "M");
  EXPECT_EQ(kept.disabilities, std::vector<std::string>{"HAND"});
  EXPECT_EQ(kept.other_names, "Jaden Smyth");
  EXPECT_EQ(kept.nhs_number, "");
}

TEST(Person, NeedsNamesAndAPastDateOfBirth) {
  Person person;
  EXPECT_TRUE(ValidatePerson(Draft(" Zoë ", "O'Neill", "2019-03-04"), kToday, person).empty());
  EXPECT_EQ(person.given_name, "Zoë");
  EXPECT_EQ(FormatDate(*person.date_of_birth), "2019-03-04");
  EXPECT_TRUE(ValidatePerson(Draft("Zoë", "O'Neill", ""), kToday, person).empty());
  EXPECT_FALSE(person.date_of_birth);

  const FieldErrors errors = ValidatePerson(Draft("", " ", "2026-11-28"), kToday, person);
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], (FieldError{"given_name", "Enter the given name"}));
  EXPECT_EQ(errors[1].field, "family_name");
  EXPECT_EQ(errors[2], (FieldError{"date_of_birth", "Date of birth must be today or in the past"}));
}

TEST(Person, ADateOfDeathIsPastAndNotBeforeTheBirth) {
  Person person;
  auto draft = Draft("Zoë", "O'Neill", "2019-03-04");
  draft.date_of_death = "2026-10-01";
  EXPECT_TRUE(ValidatePerson(draft, kToday, person).empty());
  EXPECT_EQ(person.date_of_death, ParseDate("2026-10-01"));
  for (const auto& [died, message] : std::vector<std::pair<const char*, const char*>>{
           {"2026-02-30", "Date of death must be a real date: February 2026 has 28 days"},
           {"2026-11-28", "Date of death must be today or in the past"},
           {"2019-03-03", "Date of death cannot be before the date of birth"}}) {
    draft.date_of_death = died;
    EXPECT_EQ(ValidatePerson(draft, kToday, person), (FieldErrors{{"date_of_death", message}}))
        << died;
  }
  EXPECT_EQ(person.date_of_death, ParseDate("2026-10-01"));  // refused drafts changed nothing
  // A baby who died before birth: an expected date of birth later than the death.
  PersonDraft unborn = Draft("Baby", "O'Neill", "");
  unborn.expected_date_of_birth = "2027-01-10";
  unborn.date_of_death = "2026-11-20";
  EXPECT_TRUE(ValidatePerson(unborn, kToday, person).empty());
  // Cleared, it is gone.
  EXPECT_TRUE(ValidatePerson(Draft("Zoë", "O'Neill", "2019-03-04"), kToday, person).empty());
  EXPECT_FALSE(person.date_of_death);
}

TEST(Person, WhyThereIsNoPupilNumberIsACensusCodeGivenOnlyWithoutANumber) {
  Person person;
  auto draft = Draft("Zoë", "O'Neill", "2019-03-04");
  draft.upn_unknown = "UN3";
  EXPECT_TRUE(ValidatePerson(draft, kToday, person).empty());
  EXPECT_EQ(person.upn_unknown, "UN3");
  draft.upn_unknown = "UN9";
  EXPECT_EQ(ValidatePerson(draft, kToday, person),
            (FieldErrors{
                {"upn_unknown", "Choose why the unique pupil number is not known from the list"}}));
  draft.upn_unknown = "UN2";
  draft.upn = "W801200106001";
  EXPECT_EQ(ValidatePerson(draft, kToday, person),
            (FieldErrors{
                {"upn_unknown", "Give the unique pupil number or why it is not known, not both"}}));
  EXPECT_EQ(person.upn_unknown, "UN3");  // refused drafts changed nothing
  draft.upn_unknown.clear();
  EXPECT_TRUE(ValidatePerson(draft, kToday, person).empty());
  EXPECT_EQ(person.upn, "W801200106001");
  EXPECT_EQ(person.upn_unknown, "");
}

TEST(Person, AFormerPupilNumberChecksAsAnyPupilNumberDoes) {
  Person person;
  auto draft = Draft("Zoë", "O'Neill", "2019-03-04");
  draft.former_upn = "w801200106001";
  EXPECT_TRUE(ValidatePerson(draft, kToday, person).empty());
  EXPECT_EQ(person.former_upn, "W801200106001");
  draft.former_upn = "X801200106001";  // the wrong check letter
  EXPECT_EQ(ValidatePerson(draft, kToday, person),
            (FieldErrors{{"former_upn",
                          "Former unique pupil number must be a letter and 12 more characters, "
                          "like W801200106001: check it for a character typed wrongly"}}));
  EXPECT_EQ(person.former_upn, "W801200106001");
}

TEST(Person, ANameWithAHiddenDirectionChangeIsRefused) {
  // "Alice" with a right-to-left override would show as another name.
  Person person;
  const FieldErrors errors =
      ValidatePerson(Draft("Ali\u202Eecil", "O'Neill\u2066", "2019-03-04"), kToday, person);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], (FieldError{"given_name",
                                   "given name must not contain hidden characters that change "
                                   "the direction of text"}));
  EXPECT_EQ(errors[1].field, "family_name");
}

TEST(RecordAccess, UnrestrictedRecordsAreOpen) {
  User user;
  user.id = 7;
  EXPECT_EQ(DecideRecordAccess(std::nullopt, user, {}, At("2026-11-27T09:00:00Z")),
            RecordAccess::kFull);
}

TEST(RecordAccess, RestrictedRecordsOpenToThoseNamedAndToManagersWhoBreakTheGlassForAWhile) {
  Restriction restriction;
  restriction.person_id = 3;
  restriction.allowed_user_ids = {1, 2};
  User named, practitioner, manager;
  named.id = 2;
  practitioner.id = 5;
  manager.id = 6;
  manager.role = Role::kManager;
  const Timestamp now = At("2026-11-27T09:00:00Z");
  EXPECT_EQ(DecideRecordAccess(restriction, named, {}, now), RecordAccess::kFull);
  EXPECT_EQ(DecideRecordAccess(restriction, practitioner, {}, now), RecordAccess::kRestricted);
  EXPECT_EQ(DecideRecordAccess(restriction, manager, {}, now), RecordAccess::kRestricted);

  BreakGlass opening;
  opening.person_id = 3;
  opening.user_id = 6;
  opening.at = now;
  EXPECT_EQ(DecideRecordAccess(restriction, manager, {opening}, At("2026-11-27T16:59:59Z")),
            RecordAccess::kFull);
  EXPECT_EQ(DecideRecordAccess(restriction, manager, {opening}, At("2026-11-27T17:00:00Z")),
            RecordAccess::kRestricted);
  // Someone else's opening, or an opening of another record, does not count.
  opening.user_id = 5;
  EXPECT_EQ(DecideRecordAccess(restriction, practitioner, {opening}, now),
            RecordAccess::kRestricted);
  opening.user_id = 6;
  opening.person_id = 4;
  EXPECT_EQ(DecideRecordAccess(restriction, manager, {opening}, now), RecordAccess::kRestricted);
}

TEST(RecordAccess, ARestrictionOnEitherOfTwoMergedRecordsCoversBoth) {
  Restriction restriction;
  restriction.person_id = 3;
  restriction.allowed_user_ids = {1, 2};
  restriction.reason = "A member of staff's child";
  const Timestamp now = At("2026-11-27T09:00:00Z");
  EXPECT_FALSE(RestrictionCarriedByMerge(std::nullopt, 4, std::nullopt, 3, 1, now));
  EXPECT_FALSE(RestrictionCarriedByMerge(restriction, 4, restriction, 3, 1, now));
  // Record 4 merged into restricted record 3 takes its restriction, and the other way round.
  const auto onto_merged = RestrictionCarriedByMerge(std::nullopt, 4, restriction, 3, 1, now);
  ASSERT_TRUE(onto_merged);
  EXPECT_EQ(onto_merged->person_id, 4);
  EXPECT_EQ(onto_merged->allowed_user_ids, restriction.allowed_user_ids);
  EXPECT_EQ(onto_merged->reason, restriction.reason);
  EXPECT_EQ(onto_merged->restricted_by, 1);
  const auto onto_survivor = RestrictionCarriedByMerge(restriction, 3, std::nullopt, 4, 2, now);
  ASSERT_TRUE(onto_survivor);
  EXPECT_EQ(onto_survivor->person_id, 4);
  EXPECT_EQ(onto_survivor->restricted_by, 2);
}

TEST(KeptRecords, AChildRecordedTwiceAndMergedIsCountedUnderTheRecordKept) {
  const KeptRecords kept({{8, 2}, {9, 2}, {12, 13}});
  EXPECT_EQ(kept.Of(8), 2);
  EXPECT_EQ(kept.Of(2), 2);
  EXPECT_EQ(kept.Of(5), 5);
  EXPECT_EQ(kept.WithMerged({2, 5, 13}), (std::vector<std::int64_t>{2, 5, 8, 9, 12, 13}));
  EXPECT_EQ(KeptRecords().WithMerged({3, 3, 1}), (std::vector<std::int64_t>{1, 3}));
}

TEST(KeptRecords, TwoRecordsThatDisagreeOnWhoTheyAreAreNotMerged) {
  Person merged, kept;
  merged.date_of_birth = ParseDate("2015-05-14");
  kept.date_of_birth = ParseDate("2015-05-14");
  EXPECT_FALSE(CheckSamePerson(merged, kept));
  kept.sex = Sex::kMale;  // only one says
  merged.nhs_number = "9434765919";
  EXPECT_FALSE(CheckSamePerson(merged, kept));
  kept.date_of_birth = ParseDate("2015-05-15");
  const auto born = CheckSamePerson(merged, kept);
  ASSERT_TRUE(born);
  EXPECT_EQ(born->field, "into_person_id");
  EXPECT_EQ(born->message,
            "These records give different dates of birth (14 May 2015 and 15 May 2015): correct "
            "the one typed wrong before merging them");
  kept.date_of_birth = merged.date_of_birth;
  merged.sex = Sex::kFemale;
  EXPECT_NE(CheckSamePerson(merged, kept)->message.find("different sexes (female and male)"),
            std::string::npos);
  merged.sex = Sex::kMale;
  kept.nhs_number = "9434765870";
  EXPECT_NE(CheckSamePerson(merged, kept)->message.find("NHS numbers (9434765919 and 9434765870)"),
            std::string::npos);
}

TEST(RecordAccess, BreakingTheGlassNeedsARealReason) {
  EXPECT_EQ(ValidateBreakGlassReason("")[0].message, "Enter why you need to open this record");
  EXPECT_EQ(ValidateBreakGlassReason("urgent")[0].message,
            "Explain in a sentence why you need to open this record (20 characters or more)");
  EXPECT_TRUE(
      ValidateBreakGlassReason("Police report a child at risk tonight at this address").empty());
}

}  // namespace
}  // namespace frontdoor::domain
