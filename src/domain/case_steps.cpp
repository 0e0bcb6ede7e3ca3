// src/domain/case_steps.cpp — the steps after a referral: the episode they make and the rules a
// new step must keep (how each reads on a child's journey: case_step_words.cpp).
#include "domain/case_steps.hpp"

#include <algorithm>

#include "domain/date_typed.hpp"
#include "domain/re_referral.hpp"

namespace frontdoor::domain {

std::string ReferralEpisode::PrimaryNeed() const {
  if (!assessments.empty() && !assessments.back().primary_need.empty())
    return assessments.back().primary_need;
  return primary_need;
}

bool ReferralEpisode::NoFurtherAction() const {
  return closure_date.has_value() && !acted_on_before && assessments.empty() && enquiries.empty() &&
         pre_proceedings.empty();
}

Date ReferralEpisode::LatestDay() const {
  Date latest = referral_date;
  const auto later = [&](const Date& day) { latest = std::max(latest, day); };
  for (const auto& assessment : assessments) later(assessment.authorised.value_or(assessment.date));
  for (const auto& enquiry : enquiries) {
    later(enquiry.start);
    if (enquiry.conference_date) later(*enquiry.conference_date);
  }
  for (const auto* plans : {&need_plans, &protection_plans}) {
    for (const auto& plan : *plans) {
      later(plan.end.value_or(plan.start));
      for (const auto& review : plan.reviews) later(review);
    }
  }
  for (const auto& pre : pre_proceedings) {
    later(pre.start);
    for (const auto& day : {pre.letter_sent, pre.first_meeting, pre.decided_on,
                            pre.court_application, pre.proceedings_letter})
      if (day) later(*day);
  }
  if (closure_date) later(*closure_date);
  return latest;
}

std::optional<Date> NextReviewDue(const PlanDates& plan, const WorkingCalendar& calendar) {
  if (!plan.Open()) return std::nullopt;
  // MonthsBefore counts back; a negative count counts forward, keeping the day of the month (the
  // month's last day when it has no such day).
  Date due =
      plan.reviews.empty() ? MonthsBefore(plan.start, -3) : MonthsBefore(plan.reviews.back(), -6);
  while (!calendar.IsWorkingDay(due)) due = Date{std::chrono::sys_days{due} - std::chrono::days{1}};
  return due;
}

std::optional<Date> PreProceedingsDecisionDue(const PreProceedings& pre) {
  if (!pre.Open()) return std::nullopt;
  return Date{std::chrono::sys_days{pre.start} + std::chrono::weeks{16}};
}

namespace {

// A step of the latest pre-proceedings, once they began.
void AddToPreProceedings(std::vector<PreProceedings>& all, const CaseStep& step) {
  if (all.empty()) return;
  PreProceedings& pre = all.back();
  switch (step.kind) {
    case CaseStepKind::kLetterBeforeProceedings:
      pre.letter_sent = step.date;
      pre.family_meeting_offered = step.family_meeting;
      break;
    case CaseStepKind::kPreProceedingsMeeting:
      pre.first_meeting = step.date;
      break;
    case CaseStepKind::kPreProceedingsDecision:
      pre.decided_on = step.date;
      pre.outcome = step.outcome;
      pre.family_meeting_held = step.family_meeting;
      pre.review_meetings = step.review_meetings;
      break;
    case CaseStepKind::kCourtApplication:
      pre.court_application = step.date;
      break;
    case CaseStepKind::kProceedingsLetter:
      pre.proceedings_letter = step.date;
      break;
    default:
      break;
  }
}

}  // namespace

ReferralProgress ProgressOfReferral(std::int64_t contact_id, std::int64_t person_id,
                                    const std::vector<CaseStep>& steps, const Date& today) {
  ReferralProgress progress;
  for (const auto& step : steps) {
    if (step.contact_id != contact_id || step.person_id != person_id || step.date > today) continue;
    if (step.kind == CaseStepKind::kAssessment) progress.assessment_completed = true;
    if (step.kind == CaseStepKind::kClosure) progress.closed = true;
  }
  return progress;
}

ReferralEpisode EpisodeOf(std::int64_t contact_id, std::int64_t person_id,
                          const Date& referral_date, const std::vector<CaseStep>& steps) {
  ReferralEpisode episode;
  episode.contact_id = contact_id;
  episode.person_id = person_id;
  episode.referral_date = referral_date;
  for (const auto& step : steps) {
    switch (step.kind) {
      case CaseStepKind::kAssessmentStart:
        episode.assessments.push_back(step);
        break;
      case CaseStepKind::kAssessment:
        // The completion of the assessment under way stands in its place.
        if (!episode.assessments.empty() && !episode.assessments.back().authorised &&
            episode.assessments.back().date == step.date)
          episode.assessments.back() = step;
        else
          episode.assessments.push_back(step);
        break;
      case CaseStepKind::kSection47:
        episode.enquiries.push_back({step.date, std::nullopt, false, false, std::nullopt});
        break;
      case CaseStepKind::kConference: {
        if (!step.not_required && !episode.initial_conference)
          episode.initial_conference = step.date;
        const auto open = std::find_if(episode.enquiries.rbegin(), episode.enquiries.rend(),
                                       [](const auto& enquiry) { return !enquiry.Concluded(); });
        if (open != episode.enquiries.rend()) {
          open->concluded_on = step.date;
          open->conference_not_required = step.not_required;
          if (!step.not_required) {
            open->conference_date = step.date;
            open->plan_followed = step.plan_followed;
          }
        }
        // A plan follows the conference, even one whose enquiry came before the history held.
        if (!step.not_required && step.plan_followed)
          episode.protection_plans.push_back(
              {step.date, std::nullopt, step.category, step.category, step.previous_plans});
        break;
      }
      case CaseStepKind::kNeedPlanStart:
        episode.need_plans.push_back({step.date, std::nullopt, "", ""});
        break;
      case CaseStepKind::kNeedPlanEnd:
        if (!episode.need_plans.empty()) episode.need_plans.back().end = step.date;
        break;
      case CaseStepKind::kProtectionPlanReview:
        if (!episode.protection_plans.empty()) {  // kept oldest first, whatever order recorded
          auto& reviews = episode.protection_plans.back().reviews;
          reviews.insert(std::upper_bound(reviews.begin(), reviews.end(), step.date), step.date);
        }
        break;
      case CaseStepKind::kProtectionPlanEnd:
        if (!episode.protection_plans.empty()) {
          auto& plan = episode.protection_plans.back();
          plan.end = step.date;
          if (!step.category.empty()) plan.latest_category = step.category;
        }
        break;
      case CaseStepKind::kClosure:
        episode.closure_date = step.date;
        episode.closure_reason = step.closure_reason;
        break;
      case CaseStepKind::kPreProceedingsStart:
        episode.pre_proceedings.emplace_back().start = step.date;
        break;
      default:
        AddToPreProceedings(episode.pre_proceedings, step);
        break;
    }
  }
  return episode;
}

namespace {

// "yes" or "no" as a bool; nullopt for anything else.
std::optional<bool> YesOrNo(const std::string& answer) {
  if (answer == "yes") return true;
  if (answer == "no") return false;
  return std::nullopt;
}

template <std::size_t N>
bool InList(const std::array<Code, N>& list, const std::string& code) {
  return LabelFor(list, code).has_value();
}

// The assessment under way in the referral, if one is.
const CaseStep* AssessmentUnderWay(const ReferralEpisode& so_far) {
  if (so_far.assessments.empty() || so_far.assessments.back().authorised) return nullptr;
  return &so_far.assessments.back();
}

//! A section 47 enquiry starts only when none is under way on its day: each runs from its start to
//! its conference or the finding that none is needed (the census return's rule 8890).
void CheckEnquiryStart(FieldErrors& errors, const ReferralEpisode& so_far, const CaseStep& step) {
  for (const auto& enquiry : so_far.enquiries) {
    if (!enquiry.Concluded()) {
      errors.push_back({"kind", "A section 47 enquiry is already under way (started " +
                                    FormatLongDate(enquiry.start) +
                                    "): record its conference, or that none is needed, first"});
      return;
    }
    if (enquiry.concluded_on && step.date <= *enquiry.concluded_on) {
      errors.push_back(
          {"date", "Another section 47 enquiry ran from " + FormatLongDate(enquiry.start) + " to " +
                       FormatLongDate(*enquiry.concluded_on) + ": this one starts after it"});
      return;
    }
  }
}

//! An assessment starts after the referral's earlier assessments ended: one starting on a day
//! another ran (from its start to its authorisation) is refused, a copy sent again among them (the
//! census return's rule 8863).
void CheckAssessmentDates(FieldErrors& errors, const ReferralEpisode& so_far,
                          const CaseStep& step) {
  for (const auto& earlier : so_far.assessments) {
    if (earlier.authorised && step.date >= earlier.date && step.date <= *earlier.authorised) {
      errors.push_back({"date", "Another assessment ran from " + FormatLongDate(earlier.date) +
                                    " to " + FormatLongDate(*earlier.authorised) +
                                    ": this one starts after it"});
      return;
    }
  }
}

void CheckAssessment(const CaseStepDraft& draft, FieldErrors& errors, const ReferralEpisode& so_far,
                     const Date& today, CaseStep& step) {
  if (const auto* under_way = AssessmentUnderWay(so_far); under_way && under_way->date != step.date)
    errors.push_back({"date", "The assessment under way started on " +
                                  FormatLongDate(under_way->date) + ": give that day"});
  CheckAssessmentDates(errors, so_far, step);
  const auto authorised = ParseDate(draft.authorised);
  if (!authorised) {
    errors.push_back(
        {"authorised",
         FindDateProblem(draft.authorised, "The date the assessment was authorised").message});
  } else if (*authorised < step.date) {
    errors.push_back({"authorised", "The assessment cannot be authorised before it started"});
  } else if (*authorised > today) {
    errors.push_back(
        {"authorised", "The date the assessment was authorised cannot be in the future"});
  }
  step.authorised = authorised;
  const auto seen = YesOrNo(draft.child_seen);
  if (!seen)
    errors.push_back({"child_seen", "Say whether the child was seen during the assessment"});
  step.child_seen = seen.value_or(false);
  if (draft.factors.empty() && !draft.details_not_kept)
    errors.push_back({"factors", "Select what the assessment found, or no factors identified"});
  for (const auto& factor : draft.factors) {
    const bool here = !draft.retired_factors_allowed;  // history stays as its file gave it
    std::string wrong;
    if (here && InList(kRetiredAssessmentFactors, factor))
      wrong =
          "The census no longer takes factor " + factor + ": choose " + FactorsReplacing(factor);
    else if (!AssessmentFactorLabel(factor))
      wrong = "\"" + factor + "\" is not a factor the census knows";
    else if (here && std::count(draft.factors.begin(), draft.factors.end(), factor) > 1)
      wrong = "Factor " + factor + " is chosen twice: choose it once";  // rule 8898
    else if (factor == "21" && draft.factors.size() > 1)
      wrong = "\"No factors identified\" cannot be chosen with a factor";
    if (!wrong.empty()) {
      errors.push_back({"factors", wrong});
      break;
    }
  }
  step.factors = draft.factors;
  const auto support = YesOrNo(draft.needs_support);
  if (!support)
    errors.push_back(
        {"needs_support", "Say whether the child needs children's social care support"});
  step.needs_support = support.value_or(false);
  if (!InList(kPrimaryNeeds, draft.primary_need))
    errors.push_back({"primary_need", "Select the child's primary need"});
  step.primary_need = draft.primary_need;
}

void CheckConference(const CaseStepDraft& draft, FieldErrors& errors, const ReferralEpisode& so_far,
                     const WorkingCalendar& calendar, CaseStep& step) {
  const auto open = std::find_if(so_far.enquiries.rbegin(), so_far.enquiries.rend(),
                                 [](const auto& enquiry) { return !enquiry.Concluded(); });
  const bool enquiry_held = open != so_far.enquiries.rend();
  if (!enquiry_held && !(draft.earlier_steps_not_held && draft.conference == "held")) {
    errors.push_back({"kind", "Record the section 47 enquiry before its conference"});
    return;
  }
  if (enquiry_held && step.date < open->start)
    errors.push_back({"date", "The conference cannot be before the section 47 enquiry started (" +
                                  FormatLongDate(open->start) + ")"});
  if (draft.conference != "held" && draft.conference != "not_required") {
    errors.push_back({"conference", "Say whether a conference was held or was not needed"});
    return;
  }
  step.not_required = draft.conference == "not_required";
  if (step.not_required) {
    if (draft.plan_followed == "yes")
      errors.push_back({"plan_followed", "A plan cannot follow a conference that was not held"});
    return;
  }
  if (!calendar.IsWorkingDay(step.date))
    errors.push_back({"date", "A conference is held on a working day: " +
                                  FormatLongDate(step.date) + " is not one"});
  const auto followed = YesOrNo(draft.plan_followed);
  if (!followed)
    errors.push_back({"plan_followed", "Say whether a child protection plan followed"});
  step.plan_followed = followed.value_or(false);
  if (step.plan_followed && !InList(kAbuseCategories, draft.category) &&
      !(draft.details_not_kept && draft.category.empty()))
    errors.push_back({"category", "Select the plan's category of abuse"});
  if (step.plan_followed) {
    step.category = draft.category;
    step.previous_plans = draft.previous_plans;
  }
}

void CheckPlanEnd(const std::vector<PlanDates>& plans, const char* plan_name, FieldErrors& errors,
                  CaseStep& step) {
  if (plans.empty() || !plans.back().Open()) {
    errors.push_back({"kind", std::string("There is no ") + plan_name + " open to end"});
  } else if (step.date < plans.back().start) {
    errors.push_back({"date", std::string("The ") + plan_name + " cannot end before it started (" +
                                  FormatLongDate(plans.back().start) + ")"});
  } else if (const auto& reviews = plans.back().reviews;
             !reviews.empty() && step.date < reviews.back()) {
    errors.push_back({"date", std::string("The ") + plan_name + " was reviewed on " +
                                  FormatLongDate(reviews.back()) + ": it cannot end before that"});
  }
}

// A review conference of the latest child protection plan: after the day it started, not after
// the day it ended, and one a day.
void CheckPlanReview(const std::vector<PlanDates>& plans, FieldErrors& errors,
                     const CaseStep& step) {
  if (plans.empty()) {
    errors.push_back({"kind", "There is no child protection plan to review"});
    return;
  }
  const PlanDates& plan = plans.back();
  if (step.date <= plan.start)
    errors.push_back({"date", "A review comes after the day the plan started (" +
                                  FormatLongDate(plan.start) + ")"});
  else if (plan.end && step.date > *plan.end)
    errors.push_back({"date", "The plan ended on " + FormatLongDate(*plan.end) +
                                  ": a review cannot be after it"});
  else if (std::find(plan.reviews.begin(), plan.reviews.end(), step.date) != plan.reviews.end())
    errors.push_back(
        {"date", "The plan's review on " + FormatLongDate(step.date) + " is already recorded"});
}

void CheckClosure(const CaseStepDraft& draft, FieldErrors& errors, const ReferralEpisode& so_far,
                  CaseStep& step) {
  if (!InList(kClosureReasons, draft.closure_reason))
    errors.push_back({"closure_reason", "Select the reason the case closed"});
  step.closure_reason = draft.closure_reason;
  const bool after_assessment = draft.closure_reason == "RC8" || draft.closure_reason == "RC9";
  if (after_assessment && so_far.assessments.empty() && !draft.earlier_steps_not_held)
    errors.push_back({"closure_reason", "Record the assessment before closing the case after it"});
  else if (after_assessment && (!so_far.enquiries.empty() || !so_far.need_plans.empty() ||
                                !so_far.protection_plans.empty()))
    errors.push_back({"closure_reason",
                      "A case with a section 47 enquiry or a plan does not close as \"after "
                      "assessment\": choose the reason it ended"});
  if (AssessmentUnderWay(so_far))
    errors.push_back({"kind", "Record the assessment's completion before closing the case"});
  const auto open = [](const auto& plans) { return !plans.empty() && plans.back().Open(); };
  if (open(so_far.protection_plans))
    errors.push_back({"kind", "End the child protection plan before closing the case"});
  if (open(so_far.need_plans))
    errors.push_back({"kind", "End the child in need plan before closing the case"});
  if (!so_far.pre_proceedings.empty() && so_far.pre_proceedings.back().Open())
    errors.push_back({"kind", "Record the pre-proceedings decision before closing the case"});
  if (step.date < so_far.LatestDay())
    errors.push_back({"date", "The case cannot close before its last step (" +
                                  FormatLongDate(so_far.LatestDay()) + ")"});
}

// "yes" or "no" into `answer`, or the problem with `field`.
void YesOrNoInto(const std::string& given, const char* field, const char* question,
                 FieldErrors& errors, std::optional<bool>& answer) {
  answer = YesOrNo(given);
  if (!answer) errors.push_back({field, question});
}

// The day `step` may not come before: the pre-proceedings' step on `day`, named.
void NotBefore(const std::optional<Date>& day, const char* what, FieldErrors& errors,
               const CaseStep& step) {
  if (day && step.date < *day)
    errors.push_back(
        {"date", std::string("This cannot be before ") + what + " (" + FormatLongDate(*day) + ")"});
}

// The decision's parts: outcome, the family meeting, and the reviews after a first meeting.
void CheckPreProceedingsDecision(const CaseStepDraft& draft, FieldErrors& errors,
                                 const PreProceedings& pre, CaseStep& step) {
  NotBefore(pre.letter_sent, "the letter before proceedings", errors, step);
  NotBefore(pre.first_meeting, "the first pre-proceedings meeting", errors, step);
  if (!InList(kPreProceedingsOutcomes, draft.outcome))
    errors.push_back({"outcome", "Select how pre-proceedings ended"});
  step.outcome = draft.outcome;
  // Asked whenever one was offered (the Department's query 9010Q); otherwise as known.
  const bool may_be_missing = draft.queried_answers_may_be_missing;
  if ((pre.family_meeting_offered.value_or(false) && !may_be_missing) ||
      !draft.family_meeting.empty())
    YesOrNoInto(draft.family_meeting, "family_meeting",
                "Say whether a family group decision meeting was held", errors,
                step.family_meeting);
  if (draft.review_meetings.empty()) {
    if (pre.first_meeting && !may_be_missing)
      errors.push_back({"review_meetings",
                        "Enter how many review meetings followed the first meeting, 0 if none"});
    return;
  }
  const auto& text = draft.review_meetings;
  if (text.size() > 2 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    errors.push_back({"review_meetings",
                      "Enter the number of review meetings as a whole number "
                      "from 0 to 99"});
    return;
  }
  step.review_meetings = std::stoi(text);
  if (!pre.first_meeting && *step.review_meetings > 0)
    errors.push_back({"review_meetings",
                      "Review meetings follow the first pre-proceedings meeting: record it first"});
}

// The pre-proceedings steps: begun one at a time; then each of their parts once, in order.
void CheckPreProceedingsStep(const CaseStepDraft& draft, FieldErrors& errors,
                             const std::vector<PreProceedings>& all, CaseStep& step) {
  const PreProceedings* latest = all.empty() ? nullptr : &all.back();
  if (step.kind == CaseStepKind::kPreProceedingsStart) {
    if (latest && latest->Open())
      errors.push_back({"kind", "Pre-proceedings are already under way (begun " +
                                    FormatLongDate(latest->start) + ")"});
    else if (latest)
      NotBefore(latest->decided_on, "the last pre-proceedings were decided", errors, step);
    return;
  }
  const bool after_decision =
      step.kind == CaseStepKind::kCourtApplication || step.kind == CaseStepKind::kProceedingsLetter;
  if (!latest) {
    errors.push_back({"kind", "Record that pre-proceedings began first"});
    return;
  }
  if (!after_decision && !latest->Open()) {
    errors.push_back({"kind", "The last pre-proceedings were decided on " +
                                  FormatLongDate(*latest->decided_on) +
                                  ": record that new ones began first"});
    return;
  }
  const auto once = [&](const std::optional<Date>& day, const char* what) {
    if (!day) return true;
    errors.push_back(
        {"kind", std::string(what) + " is already recorded (" + FormatLongDate(*day) + ")"});
    return false;
  };
  NotBefore(latest->start, "pre-proceedings began", errors, step);
  switch (step.kind) {
    case CaseStepKind::kLetterBeforeProceedings:
      if (once(latest->letter_sent, "The letter before proceedings"))
        YesOrNoInto(draft.family_meeting, "family_meeting",
                    "Say whether the letter offered a family group decision meeting", errors,
                    step.family_meeting);
      break;
    case CaseStepKind::kPreProceedingsMeeting:
      once(latest->first_meeting, "The first pre-proceedings meeting");
      break;
    case CaseStepKind::kPreProceedingsDecision:
      CheckPreProceedingsDecision(draft, errors, *latest, step);
      break;
    case CaseStepKind::kCourtApplication:
      if (latest->Open() || latest->outcome != "A")
        errors.push_back({"kind",
                          "A court application follows a decision to step up to care "
                          "proceedings"});
      else if (once(latest->court_application, "The court application"))
        NotBefore(latest->decided_on, "the decision to step up", errors, step);
      break;
    case CaseStepKind::kProceedingsLetter:
      if (!latest->court_application)
        errors.push_back({"kind", "Record the court application before this letter"});
      else if (once(latest->proceedings_letter, "The letter that proceedings have begun"))
        NotBefore(latest->court_application, "the court application", errors, step);
      break;
    default:
      break;
  }
}

}  // namespace

FieldErrors ValidateCaseStep(const CaseStepDraft& draft, const ReferralEpisode& so_far,
                             const Date& today, const WorkingCalendar& calendar, CaseStep& step) {
  FieldErrors errors;
  const auto kind = kCaseStepKinds.Parse(draft.kind);
  if (!kind) return {{"kind", "Select what happened"}};
  step.kind = *kind;
  step.contact_id = so_far.contact_id;
  step.person_id = so_far.person_id;
  if (so_far.closure_date)
    return {{"kind", "The case closed on " + FormatLongDate(*so_far.closure_date) +
                         ": nothing can be added after it"}};
  const auto date = ParseDate(draft.date);
  if (!date) {
    errors.push_back({"date", FindDateProblem(draft.date, "The date").message});
    return errors;
  }
  step.date = *date;
  if (step.date < so_far.referral_date)
    errors.push_back({"date", "The date cannot be before the referral (" +
                                  FormatLongDate(so_far.referral_date) + ")"});
  if (step.date > today) errors.push_back({"date", "The date cannot be in the future"});
  switch (step.kind) {
    case CaseStepKind::kAssessmentStart:
      if (const auto* under_way = AssessmentUnderWay(so_far))
        errors.push_back({"kind", "An assessment is already under way (started " +
                                      FormatLongDate(under_way->date) + ")"});
      else
        CheckAssessmentDates(errors, so_far, step);
      break;
    case CaseStepKind::kAssessment:
      CheckAssessment(draft, errors, so_far, today, step);
      break;
    case CaseStepKind::kSection47:
      CheckEnquiryStart(errors, so_far, step);
      break;
    case CaseStepKind::kConference:
      CheckConference(draft, errors, so_far, calendar, step);
      break;
    case CaseStepKind::kNeedPlanStart:
      if (!so_far.need_plans.empty() && so_far.need_plans.back().Open())
        errors.push_back({"kind", "A child in need plan is already open"});
      break;
    case CaseStepKind::kNeedPlanEnd:
      CheckPlanEnd(so_far.need_plans, "child in need plan", errors, step);
      break;
    case CaseStepKind::kProtectionPlanReview:
      CheckPlanReview(so_far.protection_plans, errors, step);
      break;
    case CaseStepKind::kProtectionPlanEnd:
      CheckPlanEnd(so_far.protection_plans, "child protection plan", errors, step);
      if (!draft.category.empty() && !InList(kAbuseCategories, draft.category))
        errors.push_back({"category", "Select the plan's latest category of abuse"});
      step.category = draft.category;
      break;
    case CaseStepKind::kClosure:
      CheckClosure(draft, errors, so_far, step);
      break;
    default:
      CheckPreProceedingsStep(draft, errors, so_far.pre_proceedings, step);
      break;
  }
  return errors;
}

FieldErrors AppendCaseStep(const CaseStepDraft& draft, std::int64_t contact_id,
                           std::int64_t person_id, const Date& referral_date, const Date& today,
                           const WorkingCalendar& calendar, std::vector<CaseStep>& steps) {
  CaseStep step;
  auto errors = ValidateCaseStep(draft, EpisodeOf(contact_id, person_id, referral_date, steps),
                                 today, calendar, step);
  if (errors.empty()) steps.push_back(std::move(step));
  return errors;
}

}  // namespace frontdoor::domain
