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

std::string_view CaseStepInPlainWords(CaseStepKind kind) {
  switch (kind) {
    case CaseStepKind::kAssessmentStart:
    case CaseStepKind::kAssessment:
      return "An assessment is when a social worker gets to know the child and their family, to "
             "understand what they need and what help would make a difference.";
    case CaseStepKind::kSection47:
      return "The council must find out whether a child is being harmed, or may be, and what "
             "should be done to keep them safe. The law that says so is section 47 of the "
             "Children Act 1989.";
    case CaseStepKind::kConference:
      return "A child protection conference is a meeting of the family and the people who work "
             "with the child. It decides whether the child needs a plan to keep them safe.";
    case CaseStepKind::kNeedPlanStart:
    case CaseStepKind::kNeedPlanEnd:
      return "A child in need plan sets out the help the child and their family will get, agreed "
             "with them.";
    case CaseStepKind::kProtectionPlanReview:
    case CaseStepKind::kProtectionPlanEnd:
      return "A child protection plan sets out what everyone will do to keep the child safe. It is "
             "looked at again in meetings with the family until the child is safe without it.";
    case CaseStepKind::kPreProceedingsStart:
    case CaseStepKind::kLetterBeforeProceedings:
    case CaseStepKind::kPreProceedingsMeeting:
    case CaseStepKind::kPreProceedingsDecision:
      return "Before asking a court to decide, the council meets the parents and their lawyers "
             "to agree what must change for the child to be safe at home.";
    case CaseStepKind::kCourtApplication:
    case CaseStepKind::kProceedingsLetter:
      return "The council asked the family court to decide what should happen to keep the child "
             "safe.";
    case CaseStepKind::kClosure:
      return "";
  }
  return "";
}

JourneyEvent CaseStepEvent(const CaseStep& step, const std::string& contact_reference) {
  return {step.recorded_at,
          "after_referral",
          std::string(kCaseStepKinds.Name(step.kind)),
          CaseStepSummary(step),
          contact_reference,
          "/contacts/" + std::to_string(step.contact_id) + "/children/" +
              std::to_string(step.person_id) + "/steps",
          step.recorded_by,
          CaseStepSummary(step),
          std::string(CaseStepInPlainWords(step.kind))};
}

}  // namespace frontdoor::domain
