// src/domain/oversight.hpp — the manager's decision: the oversight proforma, consent to services,
// outcome rules and siblings.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/consent.hpp"
#include "domain/threshold.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! One child's own part of a manager's oversight: their voice and daily life, the threshold level
//! and the indicators that put them there, and the decision for them with its reasons.
struct ChildDecision {
  std::int64_t person_id = 0;
  std::string child_voice;                    //!< the child's voice and daily life
  int level = 0;                              //!< the threshold level
  std::vector<std::string> level_indicators;  //!< the indicators that put the child at that level
  std::string outcome;                        //!< an outcome code from the framework
  std::string rationale;                      //!< why this decision for this child
  std::string override_reason;  //!< needed when the outcome is not a usual route for the level
  std::string consent_refused_offer;  //!< for a closure after refused consent: what was offered
  // Worked out when the decision is concluded (ConcludeOversight), never written by the manager:
  bool is_override = false;      //!< outside the level's usual routes (counted)
  bool consent_closure = false;  //!< closed after the family refused consent (reported)
  bool referred = false;         //!< the decision made the contact a referral for this child
  //! The referral's census primary need when known before an assessment here (chosen with the
  //! decision, or history brought in); "" otherwise: an assessment records it.
  std::string primary_need;
  //! History brought in from a census file: the referral was assessed or enquired into before the
  //! file's year, so it was never "no further action" though no such step is held.
  bool acted_on_before = false;
};

//! A manager's oversight, as written: the parts about the household once, then each child's own.
struct OversightDraft {
  std::vector<std::string> risk_indicators;  //!< indicator codes from the framework
  std::string risks;                         //!< the household's risks, in words
  std::string strengths;                     //!< strengths and protective factors
  std::string analysis;
  std::string next_steps;
  std::vector<ChildDecision> children;  //!< one for each child on the contact
};

//! The form and API field of one child's part: "outcome-12" is child 12's outcome.
std::string ChildField(std::string_view part, std::int64_t person_id);

//! Checks a proforma against the framework and the family's consent to services. Every missing
//! part is its own field error (a child's part names the child, ChildField); nothing is concluded
//! until the list is empty.
//!  - each child on the contact (`children`: id -> the name shown, which each of their errors
//!    starts with) is decided once, and no one else;
//!  - an outcome outside the level's usual routes, or a level below a chosen risk factor's level,
//!    needs an override reason;
//!  - an outcome that needs consent needs consent given; without it the routes are a strategy
//!    discussion (only at the highest level) or a closure that says consent was refused and what
//!    was offered.
FieldErrors ValidateOversight(const OversightDraft& draft, const ThresholdFramework& framework,
                              ConsentStatus consent,
                              const std::map<std::int64_t, std::string>& children);

//! True when the outcome closes the contact after the family refused or withdrew consent to
//! services (such closures are reported).
bool IsConsentClosure(const Outcome& outcome, ConsentStatus consent);

//! The household's risk factors (`risk_indicators`) that the framework puts above `level`.
std::vector<std::string> RiskFactorsAbove(const std::vector<std::string>& risk_indicators,
                                          int level, const ThresholdFramework& framework);

//! True when a child's decision is outside the usual routes (and so needs a reason and is
//! counted): an outcome that is not a usual route at the child's level, or a level below a risk
//! factor the manager chose for the household.
bool IsOverride(const ChildDecision& child, const std::vector<std::string>& risk_indicators,
                const ThresholdFramework& framework);

//! The children allocated together: every child in the household at the time, less those the
//! manager excludes, each with a reason. An exclusion without a reason is a field error.
FieldErrors AllocateSiblings(std::int64_t child,
                             const std::vector<std::int64_t>& household_children,
                             const std::map<std::int64_t, std::string>& exclusions,
                             std::vector<std::int64_t>& allocated);

}  // namespace frontdoor::domain
