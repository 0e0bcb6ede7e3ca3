// tests/domain/mash_check_test.cpp — the front door settings file, due times in working hours,
// re-referrals held until partner agencies answer, an answer staff type in saying whose it is, and
// what an agency adds to its answer later.
#include "domain/mash_check.hpp"

#include <gtest/gtest.h>

#include "config_file.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {
namespace {

Timestamp At(const char* date, int hour, int minute = 0) {
  return UkLocalTime(*ParseDate(date), std::chrono::minutes{hour * 60 + minute});
}

FrontDoorSettings Shipped() {
  return LoadFrontDoorSettings(testing::ShippedConfig("front-door.txt"));
}

TEST(MashChecks, AnAnswerStaffTypeInSaysWhoAtTheAgencyGaveIt) {
  EXPECT_TRUE(ValidateCheckAnswer("Nothing known.", "", true).empty());  // the agency's own
  const auto unsaid = ValidateCheckAnswer("Nothing known.", "  ", false);
  ASSERT_EQ(unsaid.size(), 1u);
  EXPECT_EQ(unsaid[0].field, "relayed_from");
  EXPECT_TRUE(ValidateCheckAnswer("Nothing known.", "DC Rees, by phone", false).empty());
  EXPECT_EQ(ValidateCheckAnswer("Nothing known.", std::string(201, 'a'), false).at(0).field,
            "relayed_from");
  MashCheck check;
  EXPECT_EQ(AnsweredByWords(check, "Priya Shah, Practitioner"), "Priya Shah, Practitioner");
  check.relayed_from = "DC Rees, by phone";
  EXPECT_EQ(AnsweredByWords(check, "Priya Shah, Practitioner"),
            "Priya Shah, Practitioner, passing on DC Rees, by phone");
}

TEST(MashChecks, APartnerAnswersOnlyTheirOwnAgencysChecksAndStaffAnyAgencys) {
  MashCheck police_check;
  police_check.agency = "police";
  User partner;
  partner.role = Role::kPartner;
  partner.agency = "health";
  EXPECT_TRUE(AnswersForOwnAgency(partner));
  EXPECT_FALSE(MayAnswerCheck(partner, police_check));
  partner.agency = "police";
  EXPECT_TRUE(MayAnswerCheck(partner, police_check));
  for (const Role role : {Role::kPractitioner, Role::kManager}) {
    User staff;
    staff.role = role;
    EXPECT_FALSE(AnswersForOwnAgency(staff));
    EXPECT_TRUE(MayAnswerCheck(staff, police_check));
  }
}

TEST(FrontDoorSettings, TheShippedFileLoads) {
  const auto settings = Shipped();
  EXPECT_EQ(settings.agencies.size(), 7u);
  ASSERT_TRUE(settings.FindUrgency("red"));
  EXPECT_EQ(settings.FindUrgency("red")->working_hours, 4);
  EXPECT_EQ(settings.FindUrgency("amber")->working_hours, 24);
  EXPECT_EQ(settings.FindUrgency("green")->working_hours, 72);
  EXPECT_EQ(settings.working_hours.opens, 9 * 60);
  EXPECT_TRUE(settings.FindTeam("front_door"));
  EXPECT_EQ(settings.local_authority.code, "852");
  EXPECT_EQ(settings.local_authority.name, "Southampton City Council");
}

TEST(FrontDoorSettings, ABadFileIsRefusedWithItsLine) {
  const auto refusal = [](const char* text) {
    try {
      LoadFrontDoorSettings(text);
    } catch (const std::invalid_argument& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(refusal("agency police | Police\nurgency red | Red | soon\n"),
            "front door settings, line 2: the working hours to answer must be a whole number from "
            "1 to 2000");
  EXPECT_EQ(refusal("agency police | Police\n\nagency police | Police again\n"),
            "front door settings, line 3: agency police is defined twice");
  EXPECT_EQ(refusal("working_hours 17:00 | 09:00\n"),
            "front door settings, line 1: the working day must close after it opens");
  EXPECT_EQ(refusal("agnecy police | Police\n"),
            "front door settings, line 1: lines start with working_hours, agency, urgency, team, "
            "decision_due or local_authority, not \"agnecy\"");
  EXPECT_EQ(refusal("local_authority Southampton | Southampton\n"),
            "front door settings, line 1: the local authority's code is its three-digit code, "
            "like 852");
  EXPECT_EQ(refusal("decision_due whenever | 2 | hours\n"),
            "front door settings, line 1: the urgency must be one of immediate, today, soon or "
            "not_urgent");
  EXPECT_EQ(refusal("decision_due immediate | 2 | minutes\n"),
            "front door settings, line 1: the decision is due in hours or in working days");
  EXPECT_EQ(refusal("decision_due immediate | 0 | hours\n"),
            "front door settings, line 1: the hours must be a whole number from 1 to 2000");
}

TEST(MashChecks, RedIsDueInFourWorkingHoursAcrossAWeekend) {
  const auto settings = Shipped();
  const WorkingCalendar calendar;
  std::vector<MashCheck> checks;
  // Friday 27 November 2026 at 4pm: one hour left on Friday, three on Monday.
  ASSERT_TRUE(ValidateCheckRequest({{"police", "health"}, "red", "Any history of violence?"},
                                   settings, ConsentStatus::kNotSoughtRisk, {}, calendar,
                                   At("2026-11-27", 16), At("2030-01-01", 9), checks)
                  .empty());
  ASSERT_EQ(checks.size(), 2u);
  EXPECT_EQ(checks[0].due_at, At("2026-11-30", 12));
  // Amber asked on Christmas Eve 2026 at 10am: 7 hours that day, 8 on the 29th, 30th, then 1.
  ASSERT_TRUE(ValidateCheckRequest({{"education"}, "amber", "Attendance?"}, settings,
                                   ConsentStatus::kGiven, {}, calendar, At("2026-12-24", 10),
                                   At("2030-01-01", 9), checks)
                  .empty());
  EXPECT_EQ(checks[0].due_at, At("2026-12-31", 10));
  // Asked before the day opens: the clock starts at 9am.
  EXPECT_EQ(calendar.AddWorkingHours(At("2026-11-30", 7), 4, settings.working_hours),
            At("2026-11-30", 13));
}

TEST(MashChecks, ACheckIsNeverDueAfterTheDecisionItInforms) {
  const auto settings = Shipped();
  const WorkingCalendar calendar;
  std::vector<MashCheck> checks;
  // Asked at 10am on Monday 30 November; the decision is due when the day closes.
  const auto errors =
      ValidateCheckRequest({{"police"}, "amber", "History?"}, settings, ConsentStatus::kGiven, {},
                           calendar, At("2026-11-30", 10), At("2026-11-30", 17), checks);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "urgency");
  EXPECT_NE(errors[0].message.find("after the decision they inform is due"), std::string::npos);
  // Red answers by 2pm come in time.
  EXPECT_TRUE(ValidateCheckRequest({{"police"}, "red", "History?"}, settings, ConsentStatus::kGiven,
                                   {}, calendar, At("2026-11-30", 10), At("2026-11-30", 17), checks)
                  .empty());
  // At 3pm even red answers would come after 5pm: the most urgent request is never refused,
  // and is due when the decision is.
  ASSERT_TRUE(ValidateCheckRequest({{"police"}, "red", "History?"}, settings, ConsentStatus::kGiven,
                                   {}, calendar, At("2026-11-30", 15), At("2026-11-30", 17), checks)
                  .empty());
  EXPECT_EQ(checks[0].due_at, At("2026-11-30", 17));
  EXPECT_FALSE(ValidateCheckRequest({{"police"}, "amber", "History?"}, settings,
                                    ConsentStatus::kGiven, {}, calendar, At("2026-11-30", 15),
                                    At("2026-11-30", 17), checks)
                   .empty());
  // A decision overdue already does not stop the checks it still needs.
  EXPECT_TRUE(ValidateCheckRequest({{"police"}, "amber", "History?"}, settings,
                                   ConsentStatus::kGiven, {}, calendar, At("2026-12-01", 10),
                                   At("2026-11-30", 17), checks)
                  .empty());
}

TEST(MashChecks, OnlyUrgenciesWhoseAnswersComeByTheDecisionAreInTime) {
  const auto settings = Shipped();
  const WorkingCalendar calendar;
  const auto in_time = [&](const char* code, Timestamp now, Timestamp due) {
    return AnswersComeInTime(*settings.FindUrgency(code), settings, calendar, now, due);
  };
  // A decision due at the close of Monday: red (4 working hours) only, at 10am or at 3pm.
  for (int hour : {10, 15}) {
    EXPECT_TRUE(in_time("red", At("2026-11-30", hour), At("2026-11-30", 17)));
    EXPECT_FALSE(in_time("amber", At("2026-11-30", hour), At("2026-11-30", 17)));
    EXPECT_FALSE(in_time("green", At("2026-11-30", hour), At("2026-11-30", 17)));
  }
  // A decision due a week on: amber (24 working hours) comes in time, green (72) does not.
  EXPECT_TRUE(in_time("amber", At("2026-11-30", 10), At("2026-12-07", 17)));
  EXPECT_FALSE(in_time("green", At("2026-11-30", 10), At("2026-12-07", 17)));
  // An overdue decision: every urgency.
  EXPECT_TRUE(in_time("green", At("2026-12-01", 10), At("2026-11-30", 17)));
}

TEST(MashChecks, ConsentToShareComesFirstAndAgenciesAreAskedOnceAtATime) {
  const auto settings = Shipped();
  const WorkingCalendar calendar;
  std::vector<MashCheck> checks;
  auto errors =
      ValidateCheckRequest({{"police"}, "red", "History?"}, settings, ConsentStatus::kRefused, {},
                           calendar, At("2026-11-30", 10), At("2030-01-01", 9), checks);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "agencies");
  MashCheck open;
  open.agency = "police";
  errors =
      ValidateCheckRequest({{"police", "nobody"}, "purple", " "}, settings, ConsentStatus::kGiven,
                           {open}, calendar, At("2026-11-30", 10), At("2030-01-01", 9), checks);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0].message, "Police has already been asked and not yet answered");
  EXPECT_EQ(errors[1].message, "There is no partner agency called \"nobody\"");
  EXPECT_EQ(errors[2].field, "urgency");
  EXPECT_EQ(errors[3].field, "question");
}

TEST(MashChecks, AReReferralWaitsForEveryAnswerOrAManagersReason) {
  const auto settings = Shipped();
  std::vector<MashCheck> checks(3);
  checks[0].agency = "police";
  checks[1].agency = "health";
  checks[1].answered_at = At("2026-11-30", 11);
  checks[2].agency = "education";
  EXPECT_TRUE(ChecksSettled(false, {}, std::nullopt, settings).empty());
  EXPECT_EQ(ChecksSettled(true, {}, std::nullopt, settings).size(), 1u);
  const auto waiting = ChecksSettled(true, checks, std::nullopt, settings);
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_NE(waiting[0].message.find("wait for Police and Education to answer"), std::string::npos);
  // The agencies not answered, each once, in the order asked: also told before any decision.
  checks.push_back(checks[0]);
  EXPECT_EQ(AgenciesNotAnswered(checks, settings),
            (std::vector<std::string>{"Police", "Education"}));
  checks.pop_back();
  EXPECT_TRUE(ChecksSettled(true, checks,
                            ChecksNotNeeded{1, "Police attended last night; we know.", "m", {}},
                            settings)
                  .empty());
  checks[0].answered_at = checks[2].answered_at = At("2026-11-30", 12);
  EXPECT_TRUE(ChecksSettled(true, checks, std::nullopt, settings).empty());
}

TEST(MashChecks, LateAnswersAreOverdue) {
  MashCheck check;
  check.due_at = At("2026-11-30", 12);
  EXPECT_FALSE(check.Overdue(At("2026-11-30", 11)));
  EXPECT_TRUE(check.Overdue(At("2026-11-30", 13)));
  check.answered_at = At("2026-11-30", 11);
  EXPECT_FALSE(check.Overdue(At("2026-12-30", 11)));
}

// A check's question and its answer are read one day by the family or the child, as a contact's
// words are: each is checked, the answer only once given, and the child's name is never an acronym.
TEST(MashChecks, TheQuestionAndTheAnswerAreCheckedForPlainLanguage) {
  const auto guide = LanguageGuide::FromText("acronym CP | child protection\n");
  MashCheck check;
  check.question = "Is LEO known to CP services?";
  check.answer = "Held back until answered: no CP plan.";
  const auto asked = CheckLanguageOf(check, guide, NameWords({"Leo Marsh"}));
  ASSERT_EQ(asked.size(), 1u);
  ASSERT_EQ(asked.at("question").size(), 1u);
  EXPECT_EQ(asked.at("question").at(0).found, "CP");
  check.answered_at = At("2026-12-01", 10);
  const auto answered = CheckLanguageOf(check, guide, NameWords({"Leo Marsh"}));
  ASSERT_EQ(answered.count("answer"), 1u);
  EXPECT_EQ(answered.at("answer").at(0).found, "CP");
  check.question = "Is Leo known to your service?";
  check.answer = "Not known to us.";
  EXPECT_TRUE(CheckLanguageOf(check, guide, NameWords({"Leo Marsh"})).empty());
}

// An agency that finds more after answering adds to its answer; the answer itself stands.
TEST(MashChecks, AnAnswerIsAddedToOnlyOnceGivenAndWithinReason) {
  MashCheck check;
  const auto unanswered = ValidateCheckAddition(check, "Found a second call-out.", "", true);
  ASSERT_EQ(unanswered.size(), 1u);
  EXPECT_EQ(unanswered[0].field, "answer");  // the words are the answer
  EXPECT_NE(unanswered[0].message.find("not been answered yet"), std::string::npos);
  check.answered_at = At("2026-12-01", 10);
  EXPECT_TRUE(ValidateCheckAddition(check, "Found a second call-out.", "", true).empty());
  EXPECT_EQ(ValidateCheckAddition(check, "   ", "", true).at(0).field, "addition");
  // Staff typing in what an agency added say who gave it, as for an answer.
  EXPECT_EQ(ValidateCheckAddition(check, "Found a second call-out.", "", false).at(0).field,
            "relayed_from");
  EXPECT_TRUE(
      ValidateCheckAddition(check, "Found a second call-out.", "DC Rees, by email", false).empty());
  check.additions.resize(kMostCheckAdditions);
  const auto full = ValidateCheckAddition(check, "Found a second call-out.", "", true);
  ASSERT_EQ(full.size(), 1u);
  EXPECT_NE(full[0].message.find("phone the person who asked"), std::string::npos);
  EXPECT_EQ(GivenByWords("Priya Shah, Practitioner", "DC Rees, by email"),
            "Priya Shah, Practitioner, passing on DC Rees, by email");
}

TEST(MashChecks, EachAdditionToAnAnswerIsCheckedForPlainLanguage) {
  const auto guide = LanguageGuide::FromText("acronym CP | child protection\n");
  MashCheck check;
  check.question = "Is Leo known to your service?";
  check.answer = "Not known to us.";
  check.answered_at = At("2026-12-01", 10);
  check.additions.push_back({1, 0, "Since found: a call-out in May.", "", "police", {}});
  check.additions.push_back({2, 0, "And a CP plan in 2019.", "", "police", {}});
  const auto warnings = CheckLanguageOf(check, guide, NameWords({"Leo Marsh"}));
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings.count(AdditionField(0)), 0u);
  ASSERT_EQ(warnings.count(AdditionField(1)), 1u);
  EXPECT_EQ(warnings.at("addition 1").at(0).found, "CP");
}

}  // namespace
}  // namespace frontdoor::domain
