// src/domain/case_steps.hpp — what happened to a child's referral after the front door: assessment,
// section 47 enquiry, initial child protection conference, plans and closure, as the steps people
// record and the episode they make (the Children in Need census's CINdetails for one referral).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.hpp"
#include "domain/code_list.hpp"
#include "domain/codes.hpp"
#include "domain/journey.hpp"
#include "domain/person.hpp"
#include "domain/validation.hpp"
#include "domain/working_days.hpp"

namespace frontdoor::domain {

//! The kinds of step recorded after a referral.
enum class CaseStepKind {
  kAssessmentStart,  //!< an assessment started: under way until it is completed
  kAssessment,       //!< an assessment completed and authorised (the one under way, if any)
  kSection47,        //!< a section 47 enquiry started (a strategy discussion decided on it)
  kConference,       //!< the initial child protection conference after an enquiry, or not needed
  kNeedPlanStart,    //!< a child in need plan started
  kNeedPlanEnd,      //!< the child in need plan ended
  kProtectionPlanReview,  //!< a review conference of the child protection plan was held
  kProtectionPlanEnd,     //!< the child protection plan ended (it starts at a conference)
  kClosure,               //!< the case closed, with the census reason
  // The pre-proceedings of the Public Law Outline (the census's module 5 from 2026-27).
  kPreProceedingsStart,      //!< a legal planning meeting decided to begin pre-proceedings
  kLetterBeforeProceedings,  //!< the letter before proceedings was sent to the parents
  kPreProceedingsMeeting,    //!< the first pre-proceedings meeting was held
  kPreProceedingsDecision,   //!< the decision to step up to care proceedings, or down
  kCourtApplication,         //!< the application to court to begin care proceedings
  kProceedingsLetter,        //!< the letter telling the parents care proceedings were begun
};

inline constexpr CodeList<CaseStepKind, 15> kCaseStepKinds{{{
    {CaseStepKind::kAssessmentStart, "assessment_start", "Assessment started"},
    {CaseStepKind::kAssessment, "assessment", "Assessment completed"},
    {CaseStepKind::kSection47, "section_47", "Section 47 enquiry started"},
    {CaseStepKind::kConference, "conference", "Initial child protection conference"},
    {CaseStepKind::kNeedPlanStart, "need_plan_start", "Child in need plan started"},
    {CaseStepKind::kNeedPlanEnd, "need_plan_end", "Child in need plan ended"},
    {CaseStepKind::kProtectionPlanReview, "protection_plan_review",
     "Child protection plan reviewed"},
    {CaseStepKind::kProtectionPlanEnd, "protection_plan_end", "Child protection plan ended"},
    {CaseStepKind::kPreProceedingsStart, "pre_proceedings_start", "Pre-proceedings begun"},
    {CaseStepKind::kLetterBeforeProceedings, "letter_before_proceedings",
     "Letter before proceedings sent"},
    {CaseStepKind::kPreProceedingsMeeting, "pre_proceedings_meeting",
     "First pre-proceedings meeting held"},
    {CaseStepKind::kPreProceedingsDecision, "pre_proceedings_decision",
     "Pre-proceedings decision: step up or down"},
    {CaseStepKind::kCourtApplication, "court_application",
     "Court application for care proceedings"},
    {CaseStepKind::kProceedingsLetter, "proceedings_letter",
     "Letter sent that care proceedings have begun"},
    {CaseStepKind::kClosure, "closure", "Case closed"},
}}};

//! One step after a child's referral, as recorded. Which parts it has depends on its kind.
struct CaseStep {
  std::int64_t id = 0;
  std::int64_t contact_id = 0;  //!< the contact that became the referral
  std::int64_t person_id = 0;   //!< the child
  CaseStepKind kind = CaseStepKind::kAssessment;
  //! The step's day: an assessment's start (for a completed one, too), an enquiry's start, a
  //! conference's day (or the day it was decided none was needed), a plan's start, review or end,
  //! the closure.
  Date date;
  std::optional<Date> authorised;    //!< assessment: the day it was authorised (none: under way)
  bool child_seen = false;           //!< assessment: the child was seen during it
  std::vector<std::string> factors;  //!< assessment: census factor codes (kAssessmentFactors)
  bool needs_support = false;        //!< assessment: the child needs children's social care
  std::string primary_need;          //!< assessment: census primary need code (kPrimaryNeeds)
  bool not_required = false;         //!< conference: none was needed after the enquiry
  bool plan_followed = false;        //!< conference: a child protection plan followed
  std::string category;              //!< conference with a plan: initial category; plan end: latest
  std::string closure_reason;        //!< closure: census reason code (kClosureReasons)
  //! Conference a plan followed, brought in from a census file: the plans the child had before
  //! this one as the file gave them (NumberOfPreviousCPP), since the file holds only its year.
  std::optional<int> previous_plans;
  //! Letter before proceedings: it offered a family group decision meeting. Pre-proceedings
  //! decision: such a meeting was held during them.
  std::optional<bool> family_meeting;
  std::string outcome;  //!< pre-proceedings decision: kPreProceedingsOutcomes code
  std::optional<int>
      review_meetings;  //!< pre-proceedings decision: reviews after the first meeting
  std::string recorded_by;
  Timestamp recorded_at;
};

//! A step as typed into a form or an API body: dates as text, answers as "yes" or "no".
struct CaseStepDraft {
  std::string kind;
  std::string date;
  std::string authorised;
  std::string child_seen;
  std::vector<std::string> factors;
  std::string needs_support;
  std::string primary_need;
  std::string conference;  //!< "held" or "not_required"
  std::string plan_followed;
  std::string category;
  std::string closure_reason;
  std::string family_meeting;   //!< "yes" or "no"
  std::string outcome;          //!< kPreProceedingsOutcomes code
  std::string review_meetings;  //!< a whole number, as typed
  //! History from a file that does not hold an assessment's factors or a plan's category
  //! (Ofsted's Annex A): those may be left unrecorded, and the census check names them.
  bool details_not_kept = false;
  //! History from a census file, which holds only its year: a conference whose section 47 enquiry
  //! came before the year, and a closure "after assessment" whose assessment did, are taken as the
  //! file gives them.
  bool earlier_steps_not_held = false;
  //! History from a census file: a pre-proceedings decision may leave out what the Department only
  //! asks about when missing (whether a family meeting was held, how many reviews followed).
  bool queried_answers_may_be_missing = false;
  //! History from a census file, whose assessments may name factors retired since (18A, 19A).
  bool retired_factors_allowed = false;
  //! History from a census file: a conference a plan followed keeps the file's count of the
  //! child's plans before it (CaseStep::previous_plans).
  std::optional<int> previous_plans;
};

//! A section 47 enquiry with what followed it.
struct Section47Enquiry {
  Date start;
  std::optional<Date> conference_date;  //!< the initial conference, when one was held
  bool conference_not_required = false;
  bool plan_followed = false;
  std::optional<Date> concluded_on;  //!< the day of the conference, or of finding none needed
  //! True once the conference was held or found not needed.
  bool Concluded() const { return conference_date.has_value() || conference_not_required; }
};

//! A plan's start and, once it ended, its end.
struct PlanDates {
  Date start;
  std::optional<Date> end;
  std::string initial_category;  //!< child protection plans only
  std::string latest_category;   //!< child protection plans only
  //! Child protection plans brought in from a census file: the plans before it as the file gave
  //! them (NumberOfPreviousCPP).
  std::optional<int> previous_plans_given = std::nullopt;
  //! Child protection plans only: the days of its review conferences, oldest first (the census's
  //! CPPreviewDate).
  std::vector<Date> reviews = {};
  bool Open() const { return !end.has_value(); }
};

//! One child's pre-proceedings (the Public Law Outline's step before care proceedings), as the
//! census's PreProceedingsandFGDM module records them.
struct PreProceedings {
  Date start;                                  //!< PPStartDate: the decision to begin them
  std::optional<Date> letter_sent;             //!< LBPSentDate: the letter before proceedings
  std::optional<bool> family_meeting_offered;  //!< FGDMMeetingOffer: offered in that letter
  std::optional<Date> first_meeting;           //!< InitialPPMeetingDate
  std::optional<Date> decided_on;              //!< StepDecisionDate: step up or down
  std::string outcome;                         //!< PPOutcome (kPreProceedingsOutcomes)
  std::optional<bool> family_meeting_held;     //!< FGDMMeetingFac
  std::optional<int> review_meetings;          //!< ReviewMeetingsCount
  std::optional<Date> court_application;       //!< CourtAppDate
  std::optional<Date> proceedings_letter;      //!< LetterInitCPDate
  bool Open() const { return !decided_on.has_value(); }
};

//! One child's referral and everything after it, as the census counts it.
struct ReferralEpisode {
  std::int64_t contact_id = 0;
  std::int64_t person_id = 0;
  Date referral_date;
  std::string referral_source;  //!< the contact's census ReferralSource code
  std::vector<CaseStep> assessments;
  std::vector<Section47Enquiry> enquiries;
  std::vector<PlanDates> need_plans;
  std::vector<PlanDates> protection_plans;
  std::vector<PreProceedings> pre_proceedings;
  std::optional<Date> closure_date;
  std::string closure_reason;
  //! The referral's own primary need, for when no assessment shown holds one (an assessment done
  //! before the census year, or history brought in without its assessment).
  std::string primary_need;
  //! Brought in from a file without assessments' factors or plans' categories.
  bool details_not_kept = false;
  //! The day of the referral's first initial child protection conference, whether or not its
  //! enquiry is among the steps (one brought in from a census file may have begun before it).
  std::optional<Date> initial_conference;
  //! The referral was acted on (assessed, enquired into) before the steps shown: history from a
  //! census file, which holds only its year, or a census year that began after that action.
  bool acted_on_before = false;

  //! The latest assessment's primary need, else the referral's own, or "" before either.
  std::string PrimaryNeed() const;
  //! The census's ReferralNFA: closed, and never assessed, enquired into nor taken into
  //! pre-proceedings.
  bool NoFurtherAction() const;
  //! The latest day of any step (the referral's day before any).
  Date LatestDay() const;
};

//! When a child protection plan's next review conference is due: within three months of the
//! initial conference that started it, then within six months of its latest review (Working
//! Together to Safeguard Children 2023); none once the plan has ended. A conference is held on a
//! working day, so a limit on a weekend or bank holiday brings the review to the working day
//! before.
std::optional<Date> NextReviewDue(const PlanDates& plan, const WorkingCalendar& calendar);

//! When pre-proceedings under way should be decided: sixteen weeks after they began (the Public
//! Law Working Group's timescale for pre-proceedings, 2021); none once decided.
std::optional<Date> PreProceedingsDecisionDue(const PreProceedings& pre);

//! What has become of a child's referral by a day: an allocation's assessment is no longer due
//! once an assessment is completed, and the involvement is no longer open once the case closed.
//! What a step means, in words the child could read when they are older (none for a closure).
std::string_view CaseStepInPlainWords(CaseStepKind kind);

//! The steps after which an allocation no longer awaits its assessment: the assessment completed
//! or the case closed (`ReferralProgress`'s two flags, asked of the database by the work list).
inline constexpr std::array<CaseStepKind, 2> kStepsEndingWaitForAssessment{
    CaseStepKind::kAssessment, CaseStepKind::kClosure};

struct ReferralProgress {
  bool assessment_completed = false;
  bool closed = false;
};
//! The progress of `person_id`'s referral on contact `contact_id` by `today`, from `steps` (any
//! of any children's).
ReferralProgress ProgressOfReferral(std::int64_t contact_id, std::int64_t person_id,
                                    const std::vector<CaseStep>& steps, const Date& today);

//! The episode the steps (oldest first) make of a referral on `referral_date`.
ReferralEpisode EpisodeOf(std::int64_t contact_id, std::int64_t person_id,
                          const Date& referral_date, const std::vector<CaseStep>& steps);

//! Checks one new step against the referral so far and makes it. Dates are on or after the
//! referral and not after `today`; nothing follows a closure; one assessment is under way at a
//! time, and its completion gives the day it started; a conference follows an enquiry not
//! yet concluded and is held on a working day; a child protection plan is reviewed after the day it
//! started and not after it ended, once a day; a plan ends only when one is open and not before
//! it started; a closure comes after every other step, with no plan open nor assessment under way,
//! and "closed after assessment" only after one, and not while pre-proceedings are under way.
//! Pre-proceedings begin one at a time; their letter, first meeting and decision (with its
//! outcome, whether a family group decision meeting was held and, after a first meeting, how many
//! reviews followed) come once each, on or after they began, the decision last; a court
//! application follows a decision to step up, and the letter saying proceedings have begun
//! follows the application. Every problem is named with its field.
FieldErrors ValidateCaseStep(const CaseStepDraft& draft, const ReferralEpisode& so_far,
                             const Date& today, const WorkingCalendar& calendar, CaseStep& step);

//! Checks `draft` against the referral's `steps` so far (ValidateCaseStep on the episode they
//! make) and, when it passes, appends the step it makes: steps built one at a time by the rules
//! (generated, or read back from a census file). Answers the problems; `steps` is unchanged then.
FieldErrors AppendCaseStep(const CaseStepDraft& draft, std::int64_t contact_id,
                           std::int64_t person_id, const Date& referral_date, const Date& today,
                           const WorkingCalendar& calendar, std::vector<CaseStep>& steps);

//! The step on the child's journey: what happened, in words, and who recorded it.
JourneyEvent CaseStepEvent(const CaseStep& step, const std::string& contact_reference);

}  // namespace frontdoor::domain
