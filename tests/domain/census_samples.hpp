// tests/domain/census_samples.hpp — what the census tests share: a case step on a day, and Jayden's
// sound referral of 2025-26, which passes every pre-flight rule.
#pragma once

#include "domain/case_steps.hpp"
#include "sample_people.hpp"

namespace frontdoor::domain::testing {

inline CaseStep Step(CaseStepKind kind, const char* date) {
  CaseStep step;
  step.kind = kind;
  step.date = Day(date);
  return step;
}

// Jayden's referral of 5 October 2025: assessed, an enquiry, a conference with a plan, the plan
// ended and the case closed, all within 2025-26.
inline ReferralEpisode Sound() {
  CaseStep assessment = Step(CaseStepKind::kAssessment, "2025-10-06");
  assessment.authorised = Day("2025-11-20");
  assessment.child_seen = true;
  assessment.factors = {"3B", "4B"};
  assessment.needs_support = true;
  assessment.primary_need = "N1";
  CaseStep conference = Step(CaseStepKind::kConference, "2025-10-27");
  conference.plan_followed = true;
  conference.category = "NEG";
  CaseStep closure = Step(CaseStepKind::kClosure, "2026-02-27");
  closure.closure_reason = "RC7";
  auto episode = EpisodeOf(7, 2, Day("2025-10-05"),
                           {assessment, Step(CaseStepKind::kSection47, "2025-10-08"), conference,
                            Step(CaseStepKind::kProtectionPlanEnd, "2026-02-26"), closure});
  episode.referral_source = "6";
  return episode;
}

}  // namespace frontdoor::domain::testing
