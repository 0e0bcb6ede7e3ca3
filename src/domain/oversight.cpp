// src/domain/oversight.cpp — the rules a decision must meet before it is concluded.
#include "domain/oversight.hpp"

#include <algorithm>

#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

void Require(FieldErrors& errors, const std::string& value, const char* field,
             const char* message) {
  CheckText(errors, value, field, "This part", kFreeTextMaxCharacters, message);
}

}  // namespace

bool IsConsentClosure(const Outcome& outcome, ConsentStatus consent) {
  return !outcome.makes_referral && !outcome.needs_consent &&
         (consent == ConsentStatus::kRefused || consent == ConsentStatus::kWithdrawn);
}

bool IsOverride(const OversightDraft& draft, const ThresholdFramework& framework) {
  return framework.Level(draft.level) && framework.FindOutcome(draft.outcome) &&
         !framework.OutcomeFitsLevel(draft.outcome, draft.level);
}

FieldErrors ValidateOversight(const OversightDraft& draft, const ThresholdFramework& framework,
                              ConsentStatus consent) {
  FieldErrors errors;
  // Parts needed only for some decisions are still checked as text whenever they are given.
  CheckText(errors, draft.override_reason, "override_reason", "The reason for this route",
            kFreeTextMaxCharacters);
  CheckText(errors, draft.consent_refused_offer, "consent_refused_offer", "What was offered",
            kFreeTextMaxCharacters);
  if (draft.risk_indicators.empty())
    errors.push_back({"risk_indicators", "Choose the risk factors from the threshold document"});
  for (const auto& code : draft.risk_indicators) {
    if (!framework.FindIndicator(code)) {
      errors.push_back(
          {"risk_indicators", "Risk factor " + code + " is not in the threshold document"});
      break;
    }
  }
  Require(errors, draft.risks, "risks", "Describe the risks to the child");
  Require(errors, draft.strengths, "strengths", "Describe the strengths and protective factors");
  Require(errors, draft.analysis, "analysis", "Write your analysis");
  Require(errors, draft.child_voice, "child_voice", "Describe the child's voice and daily life");
  const ThresholdLevel* level = framework.Level(draft.level);
  if (!level) {
    errors.push_back({"level", "Choose the threshold level"});
  } else if (draft.level_indicators.empty()) {
    errors.push_back(
        {"level_indicators", "Choose the indicators that put the child at this level"});
  } else {
    for (const auto& code : draft.level_indicators) {
      const Indicator* indicator = framework.FindIndicator(code);
      if (!indicator || indicator->level != draft.level) {
        errors.push_back({"level_indicators", "Indicator " + code +
                                                  " is not an indicator for level " +
                                                  std::to_string(draft.level)});
        break;
      }
    }
  }
  const Outcome* outcome = framework.FindOutcome(draft.outcome);
  if (!outcome) errors.push_back({"outcome", "Choose the decision"});
  Require(errors, draft.rationale, "rationale", "Explain the reasons for the decision");
  Require(errors, draft.next_steps, "next_steps", "Write the next steps");
  if (level && outcome) {
    if (!framework.OutcomeFitsLevel(draft.outcome, draft.level) &&
        Trim(draft.override_reason).empty()) {
      errors.push_back({"override_reason", "This decision is not a usual route at level " +
                                               std::to_string(draft.level) +
                                               ": explain why it is right for this child"});
    }
    const bool consented = consent == ConsentStatus::kGiven;
    if (outcome->needs_consent && !consented) {
      errors.push_back(
          {"outcome", outcome->name +
                          " needs the family's consent to services. Without it, choose a strategy "
                          "discussion if the child may be at risk of significant harm, or record a "
                          "closure that says consent was refused and what was offered"});
    }
    if (IsConsentClosure(*outcome, consent))
      Require(errors, draft.consent_refused_offer, "consent_refused_offer",
              "Say what was offered to the family when they refused consent");
  }
  return errors;
}

FieldErrors AllocateSiblings(std::int64_t child,
                             const std::vector<std::int64_t>& household_children,
                             const std::map<std::int64_t, std::string>& exclusions,
                             std::vector<std::int64_t>& allocated) {
  FieldErrors errors;
  allocated = {child};
  for (std::int64_t sibling : household_children) {
    if (sibling == child) continue;
    const auto excluded = exclusions.find(sibling);
    if (excluded == exclusions.end()) {
      allocated.push_back(sibling);
    } else {
      const size_t before = errors.size();
      CheckText(errors, excluded->second, "exclusions", "A reason for leaving a child out",
                kFreeTextMaxCharacters,
                "Give a reason for not assessing each brother or sister you leave out");
      if (errors.size() != before) allocated.push_back(sibling);
    }
  }
  return errors;
}

}  // namespace frontdoor::domain
