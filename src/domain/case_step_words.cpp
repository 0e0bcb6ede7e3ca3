// src/domain/case_step_words.cpp — how a step after a referral reads on the child's journey.
#include "domain/case_steps.hpp"

namespace frontdoor::domain {

namespace {

std::string Words(bool yes, const char* when_yes, const char* when_no) {
  return yes ? when_yes : when_no;
}

std::string CaseStepSummary(const CaseStep& step) {
  switch (step.kind) {
    case CaseStepKind::kAssessment: {
      std::string found;
      for (const auto& factor : step.factors)
        found += (found.empty() ? "" : "; ") +
                 std::string(AssessmentFactorLabel(factor).value_or(factor));
      return "Started " + FormatLongDate(step.date) + ", authorised " +
             (step.authorised ? FormatLongDate(*step.authorised) : "") + ". " +
             Words(step.child_seen, "The child was seen.", "The child was not seen.") +
             " Found: " + found + ". " +
             Words(step.needs_support, "Needs children's social care support",
                   "Does not need children's social care support") +
             "; primary need: " +
             std::string(LabelFor(kPrimaryNeeds, step.primary_need).value_or(step.primary_need)) +
             ".";
    }
    case CaseStepKind::kAssessmentStart:
      return "Started " + FormatLongDate(step.date) + ".";
    case CaseStepKind::kConference:
      if (step.not_required) return "Not needed after the section 47 enquiry.";
      return "Held " + FormatLongDate(step.date) + ". " +
             (step.plan_followed
                  ? "A child protection plan followed: " +
                        std::string(LabelFor(kAbuseCategories, step.category).value_or("")) + "."
                  : std::string("No child protection plan followed.")) +
             (step.previous_plans ? " Child protection plans before it, as the census file gave: " +
                                        std::to_string(*step.previous_plans) + "."
                                  : "");
    case CaseStepKind::kProtectionPlanEnd:
      return "Ended " + FormatLongDate(step.date) +
             (step.category.empty()
                  ? "."
                  : ". Latest category: " +
                        std::string(LabelFor(kAbuseCategories, step.category).value_or("")) + ".");
    case CaseStepKind::kProtectionPlanReview:
      return "Review conference held " + FormatLongDate(step.date) + ".";
    case CaseStepKind::kClosure:
      return "Closed " + FormatLongDate(step.date) + ": " +
             std::string(LabelFor(kClosureReasons, step.closure_reason).value_or("")) + ".";
    case CaseStepKind::kLetterBeforeProceedings:
      return "Sent " + FormatLongDate(step.date) + ". " +
             Words(step.family_meeting.value_or(false),
                   "It offered a family group decision meeting.",
                   "It did not offer a family group decision meeting.");
    case CaseStepKind::kPreProceedingsDecision:
      return "Decided " + FormatLongDate(step.date) + ": " +
             std::string(LabelFor(kPreProceedingsOutcomes, step.outcome).value_or("")) + "." +
             (step.family_meeting
                  ? Words(*step.family_meeting, " A family group decision meeting was held.",
                          " No family group decision meeting was held.")
                  : std::string()) +
             (step.review_meetings ? " Review meetings after the first: " +
                                         std::to_string(*step.review_meetings) + "."
                                   : "");
    default:
      return "On " + FormatLongDate(step.date) + ".";
  }
}

}  // namespace

JourneyEvent CaseStepEvent(const CaseStep& step, const std::string& contact_reference) {
  return {step.recorded_at,
          "after_referral",
          std::string(kCaseStepKinds.Name(step.kind)),
          CaseStepSummary(step),
          contact_reference,
          "/contacts/" + std::to_string(step.contact_id) + "/children/" +
              std::to_string(step.person_id) + "/steps",
          step.recorded_by,
          CaseStepSummary(step)};
}

}  // namespace frontdoor::domain
