// tests/domain/census_samples.hpp — what the census and step tests share: a case step on a day,
// Jayden's sound referral of 2025-26, which passes every pre-flight rule, and pre-proceedings
// taken to court.
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

// A step of `kind` on `date` ("2026-10-06") as typed, before its other answers.
inline CaseStepDraft StepDraft(const char* kind, const char* date) {
  CaseStepDraft draft;
  draft.kind = kind;
  draft.date = date;
  return draft;
}

// Pre-proceedings begun on 6 October 2026 and followed through to care proceedings, as a
// practitioner records them.
inline std::vector<CaseStepDraft> PreProceedingsToCourt() {
  const auto step = StepDraft;
  CaseStepDraft letter = step("letter_before_proceedings", "2026-10-08");
  letter.family_meeting = "yes";
  CaseStepDraft decision = step("pre_proceedings_decision", "2026-11-10");
  decision.outcome = "A";
  decision.family_meeting = "yes";
  decision.review_meetings = "2";
  return {step("pre_proceedings_start", "2026-10-06"),   letter,
          step("pre_proceedings_meeting", "2026-10-20"), decision,
          step("court_application", "2026-11-12"),       step("proceedings_letter", "2026-11-13")};
}

}  // namespace frontdoor::domain::testing
