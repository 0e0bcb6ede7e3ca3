// src/domain/oversight.cpp — the rules a decision must meet before it is concluded.
#include "domain/oversight.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

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

std::string ChildField(std::string_view part, std::int64_t person_id) {
  return std::string(part) + "-" + std::to_string(person_id);
}

std::vector<std::string> RiskFactorsAbove(const std::vector<std::string>& risk_indicators,
                                          int level, const ThresholdFramework& framework) {
  std::vector<std::string> above;
  for (const auto& code : risk_indicators) {
    const Indicator* indicator = framework.FindIndicator(code);
    if (indicator && indicator->level > level) above.push_back(code);
  }
  return above;
}

bool IsOverride(const ChildDecision& child, const std::vector<std::string>& risk_indicators,
                const ThresholdFramework& framework) {
  if (!framework.Level(child.level) || !framework.FindOutcome(child.outcome)) return false;
  return !framework.OutcomeFitsLevel(child.outcome, child.level) ||
         !RiskFactorsAbove(risk_indicators, child.level, framework).empty();
}

namespace {

//! A child's parts in the order the form asks them.
constexpr std::array<std::string_view, 8> kChildParts = {
    "child_voice", "level",           "level_indicators",      "outcome",
    "rationale",   "override_reason", "consent_refused_offer", "primary_need"};

//! One child's part, in the order the rules are checked.
void ValidateChildParts(FieldErrors& errors, const ChildDecision& child, const std::string& name,
                        const std::vector<std::string>& risk_indicators,
                        const ThresholdFramework& framework, ConsentStatus consent) {
  const auto field = [&](const char* part) { return ChildField(part, child.person_id); };
  const auto add = [&](const char* part, const std::string& message) {
    errors.push_back({field(part), name + ": " + message});
  };
  const auto require = [&](const std::string& value, const char* part, const char* message) {
    const size_t before = errors.size();
    CheckText(errors, value, field(part).c_str(), "this part", kFreeTextMaxCharacters, message);
    for (size_t i = before; i < errors.size(); ++i)
      errors[i].message = name + ": " + errors[i].message;
  };
  // Parts needed only for some decisions are still checked as text whenever they are given.
  require(child.override_reason, "override_reason", nullptr);
  require(child.consent_refused_offer, "consent_refused_offer", nullptr);
  require(child.child_voice, "child_voice", "describe their voice and daily life");
  const ThresholdLevel* level = framework.Level(child.level);
  if (!level) {
    add("level", "choose the threshold level");
  } else if (child.level_indicators.empty()) {
    add("level_indicators", "choose the indicators that put them at this level");
  } else {
    for (const auto& code : child.level_indicators) {
      const Indicator* indicator = framework.FindIndicator(code);
      if (!indicator || indicator->level != child.level) {
        add("level_indicators",
            "indicator " + code + " is not an indicator for level " + std::to_string(child.level));
        break;
      }
    }
  }
  const Outcome* outcome = framework.FindOutcome(child.outcome);
  if (!outcome) add("outcome", "choose the decision");
  require(child.rationale, "rationale", "explain the reasons for the decision");
  if (!level || !outcome) return;
  const auto above = RiskFactorsAbove(risk_indicators, child.level, framework);
  if (Trim(child.override_reason).empty()) {
    const std::string level_words = "level " + std::to_string(child.level);
    if (!framework.OutcomeFitsLevel(child.outcome, child.level)) {
      add("override_reason", "this decision is not a usual route at " + level_words +
                                 ": explain why it is right for them");
    } else if (!above.empty()) {
      std::string codes;
      for (const auto& code : above) codes += (codes.empty() ? "" : ", ") + code;
      add("override_reason", "the risk factors " + codes + " are above " + level_words +
                                 ": explain why " + level_words + " is right for them");
    }
  }
  if (outcome->needs_consent && consent != ConsentStatus::kGiven) {
    add("outcome", outcome->name +
                       " needs the family's consent to services. Without it, choose a strategy "
                       "discussion if the child may be at risk of significant harm, or record a "
                       "closure that says consent was refused and what was offered");
  }
  if (IsConsentClosure(*outcome, consent) && Trim(child.consent_refused_offer).empty())
    add("consent_refused_offer", "say what was offered to the family when they refused consent");
  if (!child.primary_need.empty() && !LabelFor(kPrimaryNeeds, child.primary_need))
    add("primary_need", "choose a primary need from the list");
  else if (!child.primary_need.empty() && !outcome->makes_referral)
    add("primary_need",
        "a primary need is recorded only for a referral: leave it for this "
        "decision");
}

//! One child's part: each error's field names the child, and its message starts with their name.
//! The child's errors are listed in the order the form asks the parts.
void ValidateChild(FieldErrors& errors, const ChildDecision& child, const std::string& name,
                   const std::vector<std::string>& risk_indicators,
                   const ThresholdFramework& framework, ConsentStatus consent) {
  const size_t first = errors.size();
  ValidateChildParts(errors, child, name, risk_indicators, framework, consent);
  ListInFormOrder(errors.begin() + std::ptrdiff_t(first), errors.end(), kChildParts);
}

}  // namespace

FieldErrors ValidateOversight(const OversightDraft& draft, const ThresholdFramework& framework,
                              ConsentStatus consent,
                              const std::map<std::int64_t, std::string>& children) {
  FieldErrors errors;
  if (draft.risk_indicators.empty())
    errors.push_back({"risk_indicators", "Choose the risk factors from the threshold document"});
  for (const auto& code : draft.risk_indicators) {
    if (!framework.FindIndicator(code)) {
      errors.push_back(
          {"risk_indicators", "Risk factor " + code + " is not in the threshold document"});
      break;
    }
  }
  Require(errors, draft.risks, "risks", "Describe the risks to the children");
  Require(errors, draft.strengths, "strengths", "Describe the strengths and protective factors");
  Require(errors, draft.analysis, "analysis", "Write your analysis");
  std::set<std::int64_t> decided;
  for (const auto& child : draft.children) {
    const auto name = children.find(child.person_id);
    if (name == children.end()) {
      errors.push_back({"children", "Person " + std::to_string(child.person_id) +
                                        " is not a child on this contact"});
    } else if (!decided.insert(child.person_id).second) {
      errors.push_back(
          {"children", name->second + " is decided twice: decide once for each child"});
    } else {
      ValidateChild(errors, child, name->second, draft.risk_indicators, framework, consent);
    }
  }
  for (const auto& [id, name] : children) {
    if (!decided.count(id))
      errors.push_back({ChildField("outcome", id), name + ": choose the decision"});
  }
  // The form asks the next steps last.
  Require(errors, draft.next_steps, "next_steps", "Write the next steps");
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
                "Give a reason for not allocating each child you leave out");
      if (errors.size() != before) allocated.push_back(sibling);
    }
  }
  return errors;
}

}  // namespace frontdoor::domain
