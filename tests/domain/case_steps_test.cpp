// tests/domain/case_steps_test.cpp — the steps after a referral: each kind's rules, the order they
// must come in, the episode they make and how they read on the journey.
#include "domain/case_steps.hpp"

#include <gtest/gtest.h>

#include "census_samples.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;
using testing::PreProceedingsToCourt;

const WorkingCalendar kCalendar;
const Date kToday = Day("2026-12-01");

ReferralEpisode Referred() {
  return EpisodeOf(7, 3, Day("2026-10-05"), {});
}

CaseStepDraft Assessment() {
  CaseStepDraft draft;
  draft.kind = "assessment";
  draft.date = "2026-10-06";
  draft.authorised = "2026-11-20";
  draft.child_seen = "yes";
  draft.factors = {"3B", "4B"};
  draft.needs_support = "yes";
  draft.primary_need = "N1";
  return draft;
}

// Records `drafts` in turn, each one checked against the episode so far; fails on any refusal.
ReferralEpisode Recorded(const std::vector<CaseStepDraft>& drafts) {
  std::vector<CaseStep> steps;
  ReferralEpisode episode = Referred();
  for (const auto& draft : drafts) {
    CaseStep step;
    const auto errors = ValidateCaseStep(draft, episode, kToday, kCalendar, step);
    EXPECT_TRUE(errors.empty()) << draft.kind << ": " << errors.front().message;
    steps.push_back(step);
    episode = EpisodeOf(7, 3, episode.referral_date, steps);
  }
  return episode;
}

FieldErrors Refusal(const CaseStepDraft& draft, const ReferralEpisode& so_far = Referred()) {
  CaseStep step;
  return ValidateCaseStep(draft, so_far, kToday, kCalendar, step);
}

CaseStepDraft Step(const char* kind, const char* date) {
  return testing::StepDraft(kind, date);
}

CaseStepDraft Conference(const char* date, const char* plan, const char* category = "") {
  CaseStepDraft draft = Step("conference", date);
  draft.conference = "held";
  draft.plan_followed = plan;
  draft.category = category;
  return draft;
}

TEST(CaseSteps, AnAuthorisedAssessmentIsKeptWithWhatItFound) {
  const auto episode = Recorded({Assessment()});
  ASSERT_EQ(episode.assessments.size(), 1u);
  EXPECT_EQ(episode.assessments[0].authorised, Day("2026-11-20"));
  EXPECT_TRUE(episode.assessments[0].child_seen);
  EXPECT_EQ(episode.assessments[0].factors, (std::vector<std::string>{"3B", "4B"}));
  EXPECT_EQ(episode.PrimaryNeed(), "N1");
  EXPECT_FALSE(episode.NoFurtherAction());
}

TEST(CaseSteps, AnAssessmentIsRefusedWhereItsAnswersCannotBeTrue) {
  auto draft = Assessment();
  draft.authorised = "2026-10-01";
  EXPECT_EQ(Refusal(draft).front().field, "authorised");
  draft = Assessment();
  draft.factors = {"21", "3B"};
  EXPECT_EQ(Refusal(draft).front().message,
            "\"No factors identified\" cannot be chosen with a factor");
  draft.factors = {"99Z"};
  EXPECT_EQ(Refusal(draft).front().field, "factors");
  draft.factors = {"1A", "3B", "1A"};
  EXPECT_EQ(Refusal(draft).front().message, "Factor 1A is chosen twice: choose it once");
  // A factor the census has split since 2024-25 is refused on a new assessment.
  draft.factors = {"18A"};
  EXPECT_EQ(Refusal(draft).front().message,
            "The census no longer takes factor 18A: choose 18B or 18C");
  draft.retired_factors_allowed = true;  // history from an earlier census file
  Recorded({draft});
  draft = Assessment();
  draft.primary_need = "";
  draft.child_seen = "maybe";
  const auto errors = Refusal(draft);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "child_seen");
  EXPECT_EQ(errors[1].field, "primary_need");
}

TEST(CaseSteps, AnAssessmentUnderWayIsCompletedOnTheDayItStarted) {
  // Started, it is open: no authorisation, no findings yet.
  auto episode = Recorded({Step("assessment_start", "2026-10-06")});
  ASSERT_EQ(episode.assessments.size(), 1u);
  EXPECT_FALSE(episode.assessments[0].authorised);
  EXPECT_EQ(episode.assessments[0].date, Day("2026-10-06"));
  EXPECT_FALSE(episode.NoFurtherAction());
  // One under way at a time; the case does not close while it is.
  EXPECT_EQ(Refusal(Step("assessment_start", "2026-10-09"), episode).front().message,
            "An assessment is already under way (started 6 October 2026)");
  auto closure = Step("closure", "2026-11-25");
  closure.closure_reason = "RC7";
  EXPECT_EQ(Refusal(closure, episode).front().message,
            "Record the assessment's completion before closing the case");
  // Its completion gives the day it started, and then stands in its place.
  auto other_start = Assessment();
  other_start.date = "2026-10-07";
  EXPECT_EQ(Refusal(other_start, episode).front().message,
            "The assessment under way started on 6 October 2026: give that day");
  episode = Recorded({Step("assessment_start", "2026-10-06"), Assessment()});
  ASSERT_EQ(episode.assessments.size(), 1u);
  EXPECT_EQ(episode.assessments[0].authorised, Day("2026-11-20"));
  EXPECT_EQ(episode.assessments[0].primary_need, "N1");
  // A later assessment can start once that one is done.
  episode = Recorded({Assessment(), Step("assessment_start", "2026-11-23")});
  ASSERT_EQ(episode.assessments.size(), 2u);
  EXPECT_FALSE(episode.assessments[1].authorised);
}

TEST(CaseSteps, AnAssessmentStartsAfterTheOnesBeforeItEndedSoOneIsNotRecordedTwice) {
  // The same completed assessment sent again, or another starting while it ran, is refused, as
  // the census return would refuse it (rule 8863); the day after it was authorised is fine.
  const auto assessed = Recorded({Assessment()});
  const std::string ran =
      "Another assessment ran from 6 October 2026 to 20 November 2026: this one starts after it";
  EXPECT_EQ(Refusal(Assessment(), assessed).front().message, ran);
  EXPECT_EQ(Refusal(Step("assessment_start", "2026-11-20"), assessed).front().message, ran);
  EXPECT_EQ(Refusal(Step("assessment_start", "2026-11-20"), assessed).front().field, "date");
  auto next = Assessment();
  next.date = "2026-11-21";
  next.authorised = "2026-11-28";
  EXPECT_TRUE(Refusal(next, assessed).empty());
}

TEST(CaseSteps, NoStepIsDatedBeforeTheReferralOrInTheFuture) {
  EXPECT_EQ(Refusal(Step("section_47", "2026-10-04")).front().message,
            "The date cannot be before the referral (5 October 2026)");
  EXPECT_EQ(Refusal(Step("section_47", "2026-12-02")).front().message,
            "The date cannot be in the future");
  EXPECT_EQ(Refusal(Step("section_47", "next week")).front().field, "date");
  EXPECT_EQ(Refusal(Step("visit", "2026-10-06")).front().field, "kind");
  EXPECT_TRUE(Refusal(Step("section_47", "2026-10-05")).empty());
}

TEST(CaseSteps, AConferenceFollowsAnEnquiryOnAWorkingDayAndItsPlanStartsThere) {
  EXPECT_EQ(Refusal(Conference("2026-11-02", "no")).front().message,
            "Record the section 47 enquiry before its conference");
  const auto enquiring = Recorded({Step("section_47", "2026-10-12")});
  EXPECT_EQ(Refusal(Conference("2026-11-07", "no"), enquiring).front().message,
            "A conference is held on a working day: 7 November 2026 is not one");
  EXPECT_EQ(Refusal(Conference("2026-10-09", "no"), enquiring).front().field, "date");
  EXPECT_EQ(Refusal(Conference("2026-11-02", "yes"), enquiring).front().field, "category");
  const auto episode =
      Recorded({Step("section_47", "2026-10-12"), Conference("2026-11-02", "yes", "NEG")});
  ASSERT_EQ(episode.enquiries.size(), 1u);
  EXPECT_EQ(episode.enquiries[0].conference_date, Day("2026-11-02"));
  EXPECT_TRUE(episode.enquiries[0].plan_followed);
  ASSERT_EQ(episode.protection_plans.size(), 1u);
  EXPECT_EQ(episode.protection_plans[0].start, Day("2026-11-02"));
  EXPECT_EQ(episode.protection_plans[0].initial_category, "NEG");
  EXPECT_TRUE(episode.protection_plans[0].Open());
  // The enquiry is concluded: a second conference needs a second enquiry.
  EXPECT_EQ(Refusal(Conference("2026-11-03", "no"), episode).front().field, "kind");
}

TEST(CaseSteps, OneSectionFortySevenEnquiryIsUnderWayAtATime) {
  // Open until its conference, or the finding that none is needed: another is refused meanwhile,
  // as the census return would refuse it (rule 8890), and the same one sent twice is refused too.
  const auto enquiring = Recorded({Step("section_47", "2026-10-12")});
  EXPECT_EQ(Refusal(Step("section_47", "2026-10-13"), enquiring).front().message,
            "A section 47 enquiry is already under way (started 12 October 2026): record its "
            "conference, or that none is needed, first");
  EXPECT_EQ(Refusal(Step("section_47", "2026-10-12"), enquiring).front().field, "kind");
  auto not_needed = Step("conference", "2026-10-14");
  not_needed.conference = "not_required";
  const auto concluded = Recorded({Step("section_47", "2026-10-12"), not_needed});
  // Not dated while the first was under way, either; after it concluded, a new one starts.
  EXPECT_EQ(Refusal(Step("section_47", "2026-10-14"), concluded).front().message,
            "Another section 47 enquiry ran from 12 October 2026 to 14 October 2026: this one "
            "starts after it");
  EXPECT_TRUE(Refusal(Step("section_47", "2026-10-15"), concluded).empty());
}

TEST(CaseSteps, AConferenceFoundNotNeededConcludesTheEnquiryWithoutAPlan) {
  auto not_needed = Step("conference", "2026-10-14");
  not_needed.conference = "not_required";
  const auto episode = Recorded({Step("section_47", "2026-10-12"), not_needed});
  EXPECT_TRUE(episode.enquiries[0].conference_not_required);
  EXPECT_FALSE(episode.enquiries[0].conference_date.has_value());
  EXPECT_TRUE(episode.protection_plans.empty());
  not_needed.plan_followed = "yes";
  EXPECT_EQ(Refusal(not_needed, Recorded({Step("section_47", "2026-10-12")})).front().field,
            "plan_followed");
}

TEST(CaseSteps, APlanEndsOnlyWhenOpenAndNotBeforeItStarted) {
  EXPECT_EQ(Refusal(Step("need_plan_end", "2026-11-01")).front().message,
            "There is no child in need plan open to end");
  const auto planned = Recorded({Step("need_plan_start", "2026-10-20")});
  EXPECT_EQ(Refusal(Step("need_plan_start", "2026-10-21"), planned).front().message,
            "A child in need plan is already open");
  EXPECT_EQ(Refusal(Step("need_plan_end", "2026-10-19"), planned).front().field, "date");
  const auto ended =
      Recorded({Step("need_plan_start", "2026-10-20"), Step("need_plan_end", "2026-11-30")});
  EXPECT_EQ(ended.need_plans[0].end, Day("2026-11-30"));
  auto end = Step("protection_plan_end", "2026-11-30");
  end.category = "EMO";
  const auto protection =
      Recorded({Step("section_47", "2026-10-12"), Conference("2026-11-02", "yes", "NEG"), end});
  EXPECT_EQ(protection.protection_plans[0].latest_category, "EMO");
  EXPECT_EQ(protection.protection_plans[0].initial_category, "NEG");
}

TEST(CaseSteps, AProtectionPlanIsReviewedAfterItStartsAndNotAfterItEnds) {
  EXPECT_EQ(Refusal(Step("protection_plan_review", "2026-11-20")).front().message,
            "There is no child protection plan to review");
  const auto planned =
      Recorded({Step("section_47", "2026-10-12"), Conference("2026-11-02", "yes", "NEG")});
  EXPECT_EQ(Refusal(Step("protection_plan_review", "2026-11-02"), planned).front().message,
            "A review comes after the day the plan started (2 November 2026)");
  const auto reviewed =
      Recorded({Step("section_47", "2026-10-12"), Conference("2026-11-02", "yes", "NEG"),
                Step("protection_plan_review", "2026-11-20")});
  EXPECT_EQ(reviewed.protection_plans[0].reviews, std::vector<Date>{Day("2026-11-20")});
  EXPECT_EQ(reviewed.LatestDay(), Day("2026-11-20"));
  // The first review within three months of the conference, then within six of the last.
  EXPECT_EQ(NextReviewDue(planned.protection_plans[0], kCalendar), Day("2027-02-02"));
  EXPECT_EQ(NextReviewDue(reviewed.protection_plans[0], kCalendar), Day("2027-05-20"));
  // Three months from 30 November is Sunday 28 February: the conference is held by the Friday.
  EXPECT_EQ(NextReviewDue({Day("2026-11-30"), std::nullopt, "NEG", "NEG"}, kCalendar),
            Day("2027-02-26"));
  // Six months from a review on 28 June 2027 is Tuesday 28 December, a bank holiday (Christmas
  // falls on a Saturday): the working day before is Friday 24 December.
  EXPECT_EQ(NextReviewDue(
                {Day("2027-05-01"), std::nullopt, "NEG", "NEG", std::nullopt, {Day("2027-06-28")}},
                kCalendar),
            Day("2027-12-24"));
  // One recorded late is kept in its place, oldest first.
  const auto late = Recorded(
      {Step("section_47", "2026-10-12"), Conference("2026-11-02", "yes", "NEG"),
       Step("protection_plan_review", "2026-11-20"), Step("protection_plan_review", "2026-11-10")});
  EXPECT_EQ(late.protection_plans[0].reviews,
            (std::vector<Date>{Day("2026-11-10"), Day("2026-11-20")}));
  EXPECT_EQ(Refusal(Step("protection_plan_review", "2026-11-20"), reviewed).front().message,
            "The plan's review on 20 November 2026 is already recorded");
  EXPECT_EQ(Refusal(Step("protection_plan_end", "2026-11-19"), reviewed).front().message,
            "The child protection plan was reviewed on 20 November 2026: it cannot end before "
            "that");
  // The review conference that ends the plan is on its last day; none follows the end.
  const auto ended = Recorded(
      {Step("section_47", "2026-10-12"), Conference("2026-11-02", "yes", "NEG"),
       Step("protection_plan_review", "2026-11-20"), Step("protection_plan_end", "2026-11-20")});
  EXPECT_EQ(ended.protection_plans[0].end, Day("2026-11-20"));
  EXPECT_FALSE(NextReviewDue(ended.protection_plans[0], kCalendar));
  EXPECT_EQ(Refusal(Step("protection_plan_review", "2026-11-23"), ended).front().message,
            "The plan ended on 20 November 2026: a review cannot be after it");
  CaseStep review;
  review.kind = CaseStepKind::kProtectionPlanReview;
  review.date = Day("2026-11-20");
  EXPECT_EQ(CaseStepEvent(review, "C-1").title, "Child protection plan reviewed");
  EXPECT_EQ(CaseStepEvent(review, "C-1").summary, "Review conference held 20 November 2026.");
}

TEST(CaseSteps, AClosureComesLastWithNoPlanOpenAndNothingFollowsIt) {
  auto closure = Step("closure", "2026-11-25");
  closure.closure_reason = "RC8";
  EXPECT_EQ(Refusal(closure).front().message,
            "Record the assessment before closing the case after it");
  const auto planned = Recorded({Step("need_plan_start", "2026-10-20")});
  closure.closure_reason = "RC7";
  EXPECT_EQ(Refusal(closure, planned).front().message,
            "End the child in need plan before closing the case");
  const auto assessed = Recorded({Assessment()});
  closure.date = "2026-11-19";
  EXPECT_EQ(Refusal(closure, assessed).front().message,
            "The case cannot close before its last step (20 November 2026)");
  closure.closure_reason = "RC99";
  EXPECT_EQ(Refusal(closure, assessed).front().field, "closure_reason");
  closure.date = "2026-11-25";
  closure.closure_reason = "RC8";
  const auto closed = Recorded({Assessment(), closure});
  EXPECT_EQ(closed.closure_date, Day("2026-11-25"));
  EXPECT_FALSE(closed.NoFurtherAction());
  EXPECT_EQ(Refusal(Step("section_47", "2026-11-26"), closed).front().message,
            "The case closed on 25 November 2026: nothing can be added after it");
  closure.closure_reason = "RC7";
  EXPECT_TRUE(Recorded({closure}).NoFurtherAction());
  // After a section 47 enquiry (or a plan) the case does not close as "after assessment" (the
  // Department's rule 2990).
  closure.closure_reason = "RC9";
  const auto enquired = Recorded({Step("section_47", "2026-10-12"), Assessment()});
  EXPECT_EQ(Refusal(closure, enquired).front().field, "closure_reason");
  EXPECT_NE(Refusal(closure, enquired).front().message.find("section 47 enquiry or a plan"),
            std::string::npos);
}

TEST(CaseSteps, EachStepReadsOnTheJourneyInWords) {
  CaseStep step;
  ValidateCaseStep(Assessment(), Referred(), kToday, kCalendar, step);
  step.recorded_by = "Sam Patel, Social worker";
  const auto event = CaseStepEvent(step, "C-7");
  EXPECT_EQ(event.kind, "after_referral");
  EXPECT_EQ(event.title, "Assessment completed");
  EXPECT_EQ(event.summary,
            "Started 6 October 2026, authorised 20 November 2026. The child was seen. Found: "
            "Domestic abuse: a parent or carer; Mental health: a parent or carer. Needs children's "
            "social care support; primary need: Abuse or neglect.");
  EXPECT_EQ(event.link, "/contacts/7/children/3/steps");
  EXPECT_EQ(event.reference, "C-7");
  CaseStep started;
  ValidateCaseStep(Step("assessment_start", "2026-10-06"), Referred(), kToday, kCalendar, started);
  EXPECT_EQ(CaseStepEvent(started, "C-7").title, "Assessment started");
  EXPECT_EQ(CaseStepEvent(started, "C-7").summary, "Started 6 October 2026.");
  // A conference brought in from a census file says how many plans the file gave before it.
  CaseStep conference;
  conference.kind = CaseStepKind::kConference;
  conference.date = Day("2026-11-02");
  conference.plan_followed = true;
  conference.category = "NEG";
  conference.previous_plans = 2;
  EXPECT_EQ(CaseStepEvent(conference, "C-7").summary,
            "Held 2 November 2026. A child protection plan followed: Neglect. Child protection "
            "plans before it, as the census file gave: 2.");
}

TEST(CaseSteps, PreProceedingsAreKeptPartByPart) {
  const auto episode = Recorded(PreProceedingsToCourt());
  ASSERT_EQ(episode.pre_proceedings.size(), 1u);
  const PreProceedings& pre = episode.pre_proceedings[0];
  EXPECT_EQ(pre.start, Day("2026-10-06"));
  EXPECT_EQ(pre.letter_sent, Day("2026-10-08"));
  EXPECT_EQ(pre.family_meeting_offered, true);
  EXPECT_EQ(pre.first_meeting, Day("2026-10-20"));
  EXPECT_EQ(pre.decided_on, Day("2026-11-10"));
  EXPECT_EQ(pre.outcome, "A");
  EXPECT_EQ(pre.family_meeting_held, true);
  EXPECT_EQ(pre.review_meetings, 2);
  EXPECT_EQ(pre.court_application, Day("2026-11-12"));
  EXPECT_EQ(pre.proceedings_letter, Day("2026-11-13"));
  EXPECT_FALSE(pre.Open());
  EXPECT_FALSE(PreProceedingsDecisionDue(pre));  // decided
  EXPECT_EQ(episode.LatestDay(), Day("2026-11-13"));
  // Under way, the decision is due sixteen weeks after they began.
  const auto under_way = Recorded({PreProceedingsToCourt()[0]});
  EXPECT_EQ(PreProceedingsDecisionDue(under_way.pre_proceedings[0]), Day("2027-01-26"));
  // Stepped down with no first meeting: neither the count of reviews nor, when none was offered,
  // whether a family meeting was held is needed.
  CaseStepDraft down = Step("pre_proceedings_decision", "2026-10-30");
  down.outcome = "B";
  CaseStepDraft not_offered = Step("letter_before_proceedings", "2026-10-08");
  not_offered.family_meeting = "no";
  const auto stepped_down =
      Recorded({Step("pre_proceedings_start", "2026-10-06"), not_offered, down});
  EXPECT_EQ(stepped_down.pre_proceedings[0].outcome, "B");
  EXPECT_FALSE(stepped_down.pre_proceedings[0].family_meeting_held);
  EXPECT_FALSE(stepped_down.pre_proceedings[0].review_meetings);
  // Closed after pre-proceedings alone, the referral was still acted on.
  CaseStepDraft closure = Step("closure", "2026-11-02");
  closure.closure_reason = "RC7";
  EXPECT_FALSE(Recorded({Step("pre_proceedings_start", "2026-10-06"), not_offered, down, closure})
                   .NoFurtherAction());
}

TEST(CaseSteps, PreProceedingsStepsAreRefusedOutOfOrder) {
  const auto drafts = PreProceedingsToCourt();
  const auto first = [&](std::size_t count) {
    return Recorded(std::vector<CaseStepDraft>(drafts.begin(), drafts.begin() + count));
  };
  const auto field = [](const FieldErrors& errors) {
    return errors.empty() ? std::string("none") : errors.front().field;
  };
  // Nothing of pre-proceedings before they begin, and one at a time.
  EXPECT_EQ(field(Refusal(drafts[1])), "kind");
  EXPECT_EQ(field(Refusal(drafts[0], first(1))), "kind");
  // The letter: not before they began, once, and whether it offered a family meeting.
  CaseStepDraft early = drafts[1];
  early.date = "2026-10-05";
  EXPECT_EQ(field(Refusal(early, first(1))), "date");
  CaseStepDraft unanswered = drafts[1];
  unanswered.family_meeting = "";
  EXPECT_EQ(field(Refusal(unanswered, first(1))), "family_meeting");
  EXPECT_EQ(field(Refusal(drafts[1], first(2))), "kind");
  // The decision: its outcome from the list, the family meeting answered once one was offered,
  // its reviews a whole number and only after a first meeting, not before the letter.
  CaseStepDraft decision = drafts[3];
  decision.outcome = "D";
  EXPECT_EQ(field(Refusal(decision, first(3))), "outcome");
  decision = drafts[3];
  decision.family_meeting = "";
  EXPECT_EQ(field(Refusal(decision, first(3))), "family_meeting");
  decision = drafts[3];
  decision.review_meetings = "two";
  EXPECT_EQ(field(Refusal(decision, first(3))), "review_meetings");
  decision.review_meetings = "";
  EXPECT_EQ(field(Refusal(decision, first(3))), "review_meetings");
  decision = drafts[3];
  EXPECT_EQ(field(Refusal(decision, first(2))), "review_meetings");  // no first meeting held
  decision.review_meetings = "0";
  EXPECT_EQ(field(Refusal(decision, first(2))), "none");
  decision.date = "2026-10-07";
  EXPECT_EQ(field(Refusal(decision, first(2))), "date");  // before the letter
  // The court application only after a decision to step up; its letter only after it.
  EXPECT_EQ(field(Refusal(drafts[4], first(3))), "kind");
  CaseStepDraft down = drafts[3];
  down.outcome = "B";
  auto stepped_down = std::vector<CaseStepDraft>(drafts.begin(), drafts.begin() + 3);
  stepped_down.push_back(down);
  EXPECT_EQ(field(Refusal(drafts[4], Recorded(stepped_down))), "kind");
  EXPECT_EQ(field(Refusal(drafts[5], first(4))), "kind");
  CaseStepDraft before_application = drafts[5];
  before_application.date = "2026-11-11";
  EXPECT_EQ(field(Refusal(before_application, first(5))), "date");
  // The case does not close while they are under way; once decided, it may.
  CaseStepDraft closure = Step("closure", "2026-11-20");
  closure.closure_reason = "RC7";
  EXPECT_EQ(field(Refusal(closure, first(3))), "kind");
  EXPECT_EQ(field(Refusal(closure, first(6))), "none");
  // Begun again once the last were decided, and not before that.
  EXPECT_EQ(field(Refusal(Step("pre_proceedings_start", "2026-11-05"), first(4))), "date");
  EXPECT_EQ(field(Refusal(Step("pre_proceedings_start", "2026-11-20"), first(4))), "none");
}

TEST(CaseSteps, APreProceedingsDecisionReadsInWordsOnTheJourney) {
  CaseStep step;
  ASSERT_TRUE(ValidateCaseStep(PreProceedingsToCourt()[3],
                               Recorded({PreProceedingsToCourt()[0], PreProceedingsToCourt()[1],
                                         PreProceedingsToCourt()[2]}),
                               kToday, kCalendar, step)
                  .empty());
  const auto event = CaseStepEvent(step, "C-7");
  EXPECT_EQ(event.title, "Pre-proceedings decision: step up or down");
  EXPECT_EQ(event.summary,
            "Decided 10 November 2026: Stepped up: care proceedings to begin. A family group "
            "decision meeting was held. Review meetings after the first: 2.");
  // What was not said is not written.
  CaseStep down;
  down.kind = CaseStepKind::kPreProceedingsDecision;
  down.date = Day("2026-10-30");
  down.outcome = "B";
  EXPECT_EQ(CaseStepEvent(down, "C-7").summary,
            "Decided 30 October 2026: Stepped down: no care proceedings.");
}

}  // namespace
}  // namespace frontdoor::domain
