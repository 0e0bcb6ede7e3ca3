// tests/domain/decision_test.cpp — decision timescales, every step on the child's journey in full,
// and refused-consent closures counted by month.
#include "domain/decision.hpp"

#include <gtest/gtest.h>

#include "config_file.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {
namespace {

Timestamp At(const char* date, int hour) {
  return UkLocalTime(*ParseDate(date), std::chrono::hours{hour});
}

TEST(Decision, DueByTheClockOfTheReferrersUrgency) {
  const WorkingCalendar calendar;
  const auto settings = LoadFrontDoorSettings(testing::ShippedConfig("front-door.txt"));
  const auto due = [&](const char* urgency, Timestamp received) {
    return DecisionDueAt(received, urgency, settings, calendar);
  };
  // Within a few days, or not urgent: the close of the next working day.
  EXPECT_EQ(due("soon", At("2026-11-27", 23)), At("2026-11-30", 17));        // Friday night: Monday
  EXPECT_EQ(due("not_urgent", At("2027-03-25", 10)), At("2027-03-30", 17));  // over Easter
  // Today: the close of the working day it came in, or of the next one after hours.
  EXPECT_EQ(due("today", At("2026-11-30", 10)), At("2026-11-30", 17));
  EXPECT_EQ(due("today", At("2026-11-30", 18)), At("2026-12-01", 17));
  EXPECT_EQ(due("today", At("2026-11-28", 10)), At("2026-11-30", 17));  // a Saturday
  // The child may be in danger now: two hours on the clock, day or night.
  EXPECT_EQ(due("immediate", At("2026-11-28", 23)), At("2026-11-29", 1));
  // An urgency without a clock in the settings: one working day.
  FrontDoorSettings bare = settings;
  bare.decision_clocks.clear();
  EXPECT_EQ(DecisionDueAt(At("2026-11-30", 10), "immediate", bare, calendar), At("2026-12-01", 17));
  EXPECT_EQ(AssessmentDue(*ParseDate("2026-11-02"), calendar), *ParseDate("2027-01-07"));
}

TEST(Decision, WorkIsRedWhenOverdueAmberWithinADayGreenOtherwise) {
  const Timestamp now = At("2026-11-30", 10);
  EXPECT_EQ(TimelinessOf(At("2026-11-30", 9), now), Timeliness::kOverdue);
  EXPECT_EQ(TimelinessOf(At("2026-12-01", 10), now), Timeliness::kDueSoon);
  EXPECT_EQ(TimelinessOf(At("2026-12-01", 11), now), Timeliness::kOnTime);
}

TEST(Decision, ADecisionAtItsDueMomentIsInTimeAndOneSecondLaterIsLate) {
  const Timestamp due = At("2026-11-30", 17);
  EXPECT_TRUE(DecidedInTime(At("2026-11-30", 9), due));
  EXPECT_TRUE(DecidedInTime(due, due));
  EXPECT_FALSE(DecidedInTime(due + std::chrono::seconds(1), due));
}

TEST(Decision, EveryStepIsOnTheJourneyWithItsRationale) {
  const auto framework = LoadThresholdFramework(testing::ShippedConfig("threshold.txt"));
  const auto settings = LoadFrontDoorSettings(testing::ShippedConfig("front-door.txt"));
  Contact contact;
  contact.id = 7;
  contact.reference = "K7M-2QX";
  contact.referral_date = *ParseDate("2026-11-30");
  ContactSteps steps;
  steps.consents.push_back({1, 7, ConsentKind::kSharing, ConsentStatus::kNotSoughtRisk, "", "",
                            "Asking would warn the man who hurt him.", "manager.one",
                            At("2026-11-30", 9)});
  MashCheck check;
  check.agency = "health";
  check.urgency = "red";
  check.question = "Any injuries seen?";
  check.requested_by = "practitioner.one";
  check.requested_at = At("2026-11-30", 9);
  check.due_at = At("2026-11-30", 13);
  check.answer = "Seen at the walk-in centre in May with a burn.";
  check.answered_by = "health.partner";
  check.answered_at = At("2026-11-30", 14);
  steps.checks.push_back(check);
  Decision decision;
  decision.proforma.risk_indicators = {"4.F2"};
  decision.proforma.analysis = "Both children live with the man who hurt Jayden.";
  ChildDecision jayden;
  jayden.person_id = 21;
  jayden.level = 4;
  jayden.level_indicators = {"4.D1"};
  jayden.outcome = "single_assessment";
  jayden.child_voice = "Jayden says he is scared to go home.";
  jayden.rationale = "An assessment will hear from Jayden.";
  jayden.referred = true;
  ChildDecision amelia;
  amelia.person_id = 22;
  amelia.level = 1;
  amelia.level_indicators = {"1.F1"};
  amelia.outcome = "no_further_action";
  amelia.child_voice = "Amelia lives with her father and is happy at nursery.";
  amelia.rationale = "Amelia's needs are met where she lives.";
  decision.proforma.children = {jayden, amelia};
  decision.decided_by = "manager.one";
  decision.decided_at = At("2026-11-30", 15);
  steps.decision = decision;
  steps.allocations.push_back({7, 21, "assessment_north", "worker.one", "",
                               *ParseDate("2027-02-03"), "manager.one", At("2026-11-30", 16)});
  steps.allocations.push_back({7, 22, "", "", "Lives with her father now.", std::nullopt,
                               "manager.one", At("2026-11-30", 16)});

  const std::map<std::string, std::string> shown_names{{"worker.one", "Sam Carter, Social worker"}};
  const auto events = StepEvents(contact, steps, 21, framework, settings, shown_names);
  ASSERT_EQ(events.size(), 5u);
  EXPECT_EQ(events[0].title,
            "Consent to share information: Not asked, because asking would increase the risk of "
            "significant harm");
  EXPECT_EQ(events[0].summary, "Reason: Asking would warn the man who hurt him.");
  EXPECT_EQ(events[1].title, "Health asked what they know");
  EXPECT_EQ(events[2].title, "Health answered (late)");
  EXPECT_EQ(events[2].by, "health.partner");
  EXPECT_EQ(events[3].title, "Decision: Single assessment (section 17) at level 4 (Safeguarding)");
  // The journey, which the child may read one day, gives an indicator's words, not its code.
  EXPECT_NE(events[3].summary.find("- Injury or harm that may not be accidental"),
            std::string::npos);
  EXPECT_EQ(events[3].summary.find("4.D1"), std::string::npos);
  EXPECT_EQ(events[3].summary.find("4.F2"), std::string::npos);
  EXPECT_NE(events[3].summary.find("An assessment will hear from Jayden."), std::string::npos);
  EXPECT_NE(events[3].summary.find("became a referral on 30 November 2026"), std::string::npos);
  EXPECT_EQ(events[4].title, "Allocated to Sam Carter, Social worker, Assessment team (north)");
  EXPECT_EQ(events[4].link, "/contacts/7");

  // Each child's journey has the household's parts and their own, never their brother's own.
  EXPECT_NE(events[3].summary.find("Both children live with the man"), std::string::npos);
  EXPECT_EQ(events[3].summary.find("Amelia"), std::string::npos);
  const auto sister = StepEvents(contact, steps, 22, framework, settings, shown_names);
  EXPECT_EQ(sister.back().title, "Not allocated with the children they live with");
  EXPECT_EQ(sister.back().summary, "Reason: Lives with her father now.");
  const auto& her_decision = sister[3];
  EXPECT_EQ(her_decision.title, "Decision: No further action at level 1 (Universal)");
  EXPECT_NE(her_decision.summary.find("Both children live with the man"), std::string::npos);
  EXPECT_NE(her_decision.summary.find("Amelia's needs are met"), std::string::npos);
  EXPECT_EQ(her_decision.summary.find("scared to go home"), std::string::npos);
  EXPECT_EQ(her_decision.summary.find("An assessment will hear"), std::string::npos);
  EXPECT_EQ(her_decision.summary.find("became a referral"), std::string::npos);
}

TEST(Decision, PlaceholdersAndVeryShortReasoningAreWarnedAboutNamesNever) {
  const auto guide = LanguageGuide::FromText("acronym SW | social worker\nplaceholder n/a\n");
  OversightDraft proforma;
  proforma.risks = "JAYDEN has a bruise; the SW saw it.";
  proforma.strengths = "N/A";
  proforma.analysis = "Harm likely.";
  ChildDecision jayden;
  jayden.person_id = 21;
  jayden.rationale = "Jayden needs an assessment of his safety at home with his mum.";
  jayden.child_voice = "n/a";
  proforma.children = {jayden};
  const auto warnings = CheckOversightLanguage(proforma, guide, NameWords({"Jayden", "Smith"}));
  ASSERT_EQ(warnings.at("risks").size(), 1u);
  EXPECT_EQ(warnings.at("risks")[0].found, "SW");
  EXPECT_EQ(warnings.at("strengths").at(0).issue, LanguageIssue::kPlaceholder);
  EXPECT_EQ(warnings.at("analysis").at(0).issue, LanguageIssue::kTooShort);
  EXPECT_FALSE(warnings.count("rationale-21"));
  // A child's own parts are kept by the child's field.
  EXPECT_EQ(warnings.at("child_voice-21").at(0).issue, LanguageIssue::kPlaceholder);
  // Only the analysis and the rationale are held to a length.
  proforma.strengths = "Kind.";
  EXPECT_FALSE(CheckOversightLanguage(proforma, guide, {}).count("strengths"));
}

TEST(Decision, RefusedConsentClosuresAreCountedByMonth) {
  std::vector<Decision> closures(3);
  closures[0].decided_at = At("2026-10-31", 23);  // still October in the UK (GMT)
  closures[1].decided_at = At("2026-11-02", 10);
  closures[2].decided_at = At("2026-11-30", 10);
  const auto counts = CountByMonth(closures);
  EXPECT_EQ(counts.at("2026-10"), 1);
  EXPECT_EQ(counts.at("2026-11"), 2);
}

TEST(Decision, ADecisionIsReopenedWithAReasonBeforeAnyoneIsAllocatedOnIt) {
  EXPECT_EQ(ValidateReopen(false, false, "The school sent new information today.")[0].message,
            "This contact has no decision to reopen");
  EXPECT_NE(ValidateReopen(true, true, "The school sent new information today.")[0].message.find(
                "allocated"),
            std::string::npos);
  EXPECT_EQ(ValidateReopen(true, false, "")[0].message,
            "Explain why the decision is being reopened");
  EXPECT_EQ(ValidateReopen(true, false, "new info")[0].message,
            "Explain in a sentence why the decision is being reopened (20 characters or more)");
  EXPECT_TRUE(ValidateReopen(true, false, "The school sent new information today.").empty());
}

}  // namespace
}  // namespace frontdoor::domain
