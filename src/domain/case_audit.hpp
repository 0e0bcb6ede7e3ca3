// src/domain/case_audit.hpp — auditing decisions: Ofsted's four grades, the configured questions,
// what a dip sample is drawn by, an auditor's grades, the peer audit and moderation that settle a
// case, who may see and do what at each stage, the written response of those audited and the
// follow-up an inadequate grade opens.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.hpp"
#include "domain/code_list.hpp"
#include "domain/codes.hpp"
#include "domain/dip_sample.hpp"
#include "domain/improvement_plan.hpp"
#include "domain/person.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

struct FrontDoorSettings;
struct ThresholdFramework;

//! Ofsted's four judgements, best first.
enum class Grade { kOutstanding, kGood, kRequiresImprovement, kInadequate };
inline constexpr CodeList<Grade, 4> kGrades{{{
    {Grade::kOutstanding, "outstanding", "Outstanding"},
    {Grade::kGood, "good", "Good"},
    {Grade::kRequiresImprovement, "requires_improvement", "Requires improvement to be good"},
    {Grade::kInadequate, "inadequate", "Inadequate"},
}}};
//! The grade's place on the scale, 0 (outstanding) to 3 (inadequate), for agreement tables.
inline int GradeIndex(Grade grade) {
  return static_cast<int>(grade);
}

//! One question an audit grades (configuration: `audit_question CODE | QUESTION | HINT` lines in
//! config/audit-questions.txt).
struct AuditQuestion {
  std::string code;      //!< "threshold"
  std::string question;  //!< "Was the threshold applied and evidenced?"
  std::string hint;      //!< what a good answer shows
};

//! The questions an audit asks, in order. Throws std::invalid_argument naming the line.
std::vector<AuditQuestion> LoadAuditQuestions(std::string_view text);

//! The question a language sample asks alone.
inline constexpr std::string_view kLanguageQuestion = "language";

//! What a sample is for: whole case audits, or the language used alone.
enum class SamplePurpose { kCase, kLanguage };
inline constexpr CodeList<SamplePurpose, 2> kSamplePurposes{{{
    {SamplePurpose::kCase, "case", "Case audit"},
    {SamplePurpose::kLanguage, "language", "Language used"},
}}};

//! The questions a sample's audits ask: all of them, or for language alone the language question.
std::vector<AuditQuestion> QuestionsFor(SamplePurpose purpose,
                                        const std::vector<AuditQuestion>& questions);

//! What the cases are grouped by before so many are drawn from each group.
enum class SampleStrata { kNone, kOutcome, kLevel, kTeam, kReReferral, kConsentRefused };
inline constexpr CodeList<SampleStrata, 6> kSampleStrata{{{
    {SampleStrata::kNone, "none", "Nothing: draw from every decision"},
    {SampleStrata::kOutcome, "outcome", "Outcome"},
    {SampleStrata::kLevel, "level", "Threshold level"},
    {SampleStrata::kTeam, "team", "Team allocated"},
    {SampleStrata::kReReferral, "re_referral", "Re-referral or not"},
    {SampleStrata::kConsentRefused, "consent_refused", "Consent refused or not"},
}}};

//! What a case is, as far as drawing it goes: one child's decision on a contact.
struct DecidedCase {
  SampledCase decision;
  std::string outcome;  //!< the outcome's code
  int level = 0;
  std::string team;                   //!< the team allocated; "" when the child was not allocated
  std::optional<Date> referral_date;  //!< when this decision made a referral
  std::optional<Date> earlier_referral_date;  //!< the child's latest referral before it
  bool consent_refused = false;  //!< consent to services refused or withdrawn at the decision
};

//! The stratum a case falls in: the outcome's code, "level 3", a team's code ("not allocated"),
//! "re-referral" or "not a re-referral", "consent refused" or "consent not refused", or "all".
std::string StratumOf(const DecidedCase& decided, SampleStrata strata);
//! A stratum in words for a page: the outcome's or team's name as configured ("Assessment team
//! (north)"), "All decisions", or the stratum with a capital ("Level 3"). A code no longer
//! configured is shown as it is.
std::string StratumName(const std::string& stratum, SampleStrata strata,
                        const ThresholdFramework& framework, const FrontDoorSettings& settings);

//! The sample asked for.
struct SampleRequest {
  SamplePurpose purpose = SamplePurpose::kCase;
  Date from;
  Date to;
  SampleStrata strata = SampleStrata::kNone;
  int per_stratum = 0;  //!< so many from every stratum found, unless `only` names them
  //! Strata asked for by name, each with its own size (empty: every stratum, `per_stratum` each).
  std::map<std::string, int> only;
  std::uint64_t seed = 0;
};

//! The most cases drawn from one stratum, and the longest period a sample is drawn over.
inline constexpr int kMostPerStratum = 200;
inline constexpr int kLongestSampleDays = 732;
//! Seeds are whole numbers up to this (twelve digits: easy to write down, hard to guess).
inline constexpr std::uint64_t kLargestSeed = 999'999'999'999ULL;

//! Checks a request: a period that starts on or before it ends, no longer than two years and not
//! after `today`; a size from 1 to kMostPerStratum (each named stratum's too); a seed in range.
FieldErrors ValidateSampleRequest(const SampleRequest& request, const Date& today);

//! Draws the sample: each case in its stratum, then so many from each stratum asked for (every
//! stratum found, in order of name, when none is named).
std::vector<SampleStratum> DrawCases(const std::vector<DecidedCase>& decided,
                                     const SampleRequest& request);

//! A kept sample.
struct DipSample {
  std::int64_t id = 0;
  SampleRequest request;
  int candidates = 0;  //!< the cases there were to draw from
  std::vector<SampleStratum> strata;
  std::string drawn_by;
  Timestamp drawn_at;
};

//! One question's grade in an audit, with the auditor's comment.
struct QuestionGrade {
  std::string question;  //!< its code
  std::string text;      //!< the question as it was asked
  Grade grade = Grade::kGood;
  std::string comment;
};

//! A journey event an auditor cites as evidence: its kind and moment name it.
struct AuditEvidence {
  std::string kind;
  Timestamp at;
  std::string title;
};

//! One auditor's grades on one case.
struct CaseAudit {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  std::string auditor;
  std::vector<QuestionGrade> grades;  //!< in the order of the questions
  Grade overall = Grade::kGood;
  std::string summary;
  std::vector<AuditEvidence> evidence;
  Timestamp submitted_at;
};

//! An audit as typed: each question's grade code and comment, the overall grade, a summary.
struct CaseAuditDraft {
  std::map<std::string, std::string> grades;    //!< question code → grade code
  std::map<std::string, std::string> comments;  //!< question code → comment
  std::string overall;
  std::string summary;
};

//! Checks a draft against the questions and fills `audit`'s grades: every question graded, a
//! comment saying why for a grade below good, an overall grade and a summary. Field names:
//! "grade-CODE", "comment-CODE", "overall", "summary".
FieldErrors ValidateCaseAudit(const CaseAuditDraft& draft,
                              const std::vector<AuditQuestion>& questions, CaseAudit& audit);

//! The moderator's settling of a case.
struct Moderation {
  std::int64_t case_id = 0;
  Grade final_grade = Grade::kGood;
  std::string reason;
  std::string moderator;
  Timestamp moderated_at;
};

//! A moderation as typed, with the follow-up an inadequate grade needs.
struct ModerationDraft {
  std::string final_grade;
  std::string reason;
  std::string action;  //!< what must be done (inadequate only)
  std::string owner;
  std::optional<Date> due;
  std::string due_typed;  //!< the due date as typed, so an unreadable one is named
};

//! Checks a moderation: a final grade and a reason; for an inadequate grade, the follow-up's
//! description, an owner among `owners` and a due date after `today`. Fills `moderation` and,
//! for an inadequate grade, `action`. Field names: "final_grade", "reason", "action", "owner",
//! "due".
FieldErrors ValidateModeration(const ModerationDraft& draft, const std::vector<std::string>& owners,
                               const Date& today, Moderation& moderation,
                               std::optional<FollowUpAction>& action);

//! A written response from someone whose work was audited.
struct AuditResponse {
  std::int64_t id = 0;
  std::int64_t case_id = 0;
  std::string responder;
  std::string words;
  Timestamp responded_at;
};

//! Checks a response: words, at most 5,000 characters.
FieldErrors ValidateAuditResponse(const std::string& words);

//! A case drawn for audit, with everything done on it.
struct AuditCase {
  std::int64_t id = 0;
  std::int64_t sample_id = 0;
  SampledCase decision;
  std::string stratum;
  int position = 0;         //!< its place in the sample's draw
  std::string decided_by;   //!< the manager who made the decision
  std::string recorded_by;  //!< the practitioner who recorded the contact
  std::string contact_reference;
  std::vector<CaseAudit> audits;  //!< the first and second, in the order they were given
  std::optional<Moderation> moderation;
  std::vector<AuditResponse> responses;
  std::optional<FollowUpAction> action;
};

//! Where a case stands.
enum class AuditStage { kFirstAudit, kSecondAudit, kModeration, kSettled };
inline constexpr CodeList<AuditStage, 4> kAuditStages{{{
    {AuditStage::kFirstAudit, "first_audit", "Waiting for its first audit"},
    {AuditStage::kSecondAudit, "second_audit", "Waiting for a second auditor"},
    {AuditStage::kModeration, "moderation", "Waiting for moderation"},
    {AuditStage::kSettled, "settled", "Settled"},
}}};
AuditStage StageOf(const AuditCase& audited);

//! True when `username` did the work audited: made the decision or recorded the contact.
bool DidTheWork(const AuditCase& audited, std::string_view username);
//! True when `username` has graded the case.
bool HasGraded(const AuditCase& audited, std::string_view username);

//! Why `username` (whose role may audit) may not grade the case now; "" when they may: it still
//! needs a grade, they have not given one, and they did not do the work (a peer audit is by
//! someone who did not make the decision).
std::string WhyNotGrade(const AuditCase& audited, std::string_view username);
//! Why `username` (whose role may moderate) may not moderate the case now; "" when they may: both
//! audits are in, it is not settled, and they neither graded it nor did the work.
std::string WhyNotModerate(const AuditCase& audited, std::string_view username);
//! True when `username` may see every auditor's grades: the case is settled, or they may moderate
//! it now. Before then an auditor sees only their own (the second grades blind).
bool SeesAllGrades(const AuditCase& audited, std::string_view username, bool may_moderate);
//! Why `username` may not respond; "" when they may: the case is settled and they did the work.
std::string WhyNotRespond(const AuditCase& audited, std::string_view username);

}  // namespace frontdoor::domain
