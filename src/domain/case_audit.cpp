// src/domain/case_audit.cpp — audit questions, strata, drawing, grading, moderation and who may do
// what at each stage of a case.
#include "domain/case_audit.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <stdexcept>

#include "domain/config_lines.hpp"
#include "domain/date_typed.hpp"
#include "domain/mash_check.hpp"
#include "domain/re_referral.hpp"
#include "domain/threshold.hpp"

namespace frontdoor::domain {

namespace {

constexpr const char* kQuestionsFile = "audit questions";
constexpr size_t kShortestReasonCharacters = 20;
constexpr size_t kLongestResponseCharacters = 5000;
constexpr std::string_view kNotAllocated = "not allocated";  // the team stratum of no team

// A grade below good needs its reason.
bool NeedsComment(Grade grade) {
  return grade == Grade::kRequiresImprovement || grade == Grade::kInadequate;
}

}  // namespace

std::vector<AuditQuestion> LoadAuditQuestions(std::string_view text) {
  std::vector<AuditQuestion> questions;
  std::set<std::string> codes;
  for (const auto& line : ConfigLines(text)) {
    ConfigStatement statement(kQuestionsFile, line);
    if (statement.Kind() != "audit_question")
      statement.Fail("expected audit_question CODE | QUESTION | HINT");
    statement.Need(3, "audit_question CODE | QUESTION | HINT");
    const std::string& code = statement[0];
    if (code.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos)
      statement.Fail("a question's code is lower-case letters and underscores");
    if (!codes.insert(code).second) statement.Fail("the question " + code + " is listed twice");
    questions.push_back({code, statement[1], statement[2]});
  }
  if (questions.empty()) FailConfig(kQuestionsFile, text, "no audit_question lines");
  return questions;
}

std::vector<AuditQuestion> QuestionsFor(SamplePurpose purpose,
                                        const std::vector<AuditQuestion>& questions) {
  if (purpose == SamplePurpose::kCase) return questions;
  std::vector<AuditQuestion> language;
  for (const auto& question : questions)
    if (question.code == kLanguageQuestion) language.push_back(question);
  return language;
}

std::string StratumOf(const DecidedCase& decided, SampleStrata strata) {
  switch (strata) {
    case SampleStrata::kNone:
      return "all";
    case SampleStrata::kOutcome:
      return decided.outcome;
    case SampleStrata::kLevel:
      return "level " + std::to_string(decided.level);
    case SampleStrata::kTeam:
      return decided.team.empty() ? std::string(kNotAllocated) : decided.team;
    case SampleStrata::kReReferral: {
      const bool again = decided.referral_date && decided.earlier_referral_date &&
                         IsReReferral({*decided.earlier_referral_date}, *decided.referral_date);
      return again ? "re-referral" : "not a re-referral";
    }
    case SampleStrata::kConsentRefused:
      return decided.consent_refused ? "consent refused" : "consent not refused";
  }
  return "all";
}

std::string StratumName(const std::string& stratum, SampleStrata strata,
                        const ThresholdFramework& framework, const FrontDoorSettings& settings) {
  if (strata == SampleStrata::kNone) return "All decisions";
  if (strata == SampleStrata::kOutcome) {
    const Outcome* outcome = framework.FindOutcome(stratum);
    return outcome ? outcome->name : stratum;
  }
  if (strata == SampleStrata::kTeam && stratum != kNotAllocated) {
    const Team* team = settings.FindTeam(stratum);
    return team ? team->name : stratum;
  }
  // "level 3", "not allocated", "consent refused" and the like: StratumOf's words, in lower case.
  std::string named = stratum;
  if (!named.empty() && named[0] >= 'a' && named[0] <= 'z') named[0] = char(named[0] - 'a' + 'A');
  return named;
}

FieldErrors ValidateSampleRequest(const SampleRequest& request, const Date& today) {
  FieldErrors errors;
  using std::chrono::sys_days;
  if (!request.from.ok()) errors.push_back({"from", "Enter the first day of the period"});
  if (!request.to.ok()) errors.push_back({"to", "Enter the last day of the period"});
  if (request.from.ok() && request.to.ok()) {
    if (request.to < request.from)
      errors.push_back({"to", "The period must end on or after the day it starts"});
    else if ((sys_days(request.to) - sys_days(request.from)).count() > kLongestSampleDays)
      errors.push_back({"to", "The period can be at most two years long"});
    if (request.from > today) errors.push_back({"from", "The period must start today or before"});
  }
  if (request.only.empty() && (request.per_stratum < 1 || request.per_stratum > kMostPerStratum))
    errors.push_back({"per_stratum", "Enter how many to draw from each group, from 1 to " +
                                         std::to_string(kMostPerStratum)});
  for (const auto& [stratum, size] : request.only) {
    if (stratum.empty() || size < 1 || size > kMostPerStratum) {
      errors.push_back({"only", "Each group named needs a name and a size from 1 to " +
                                    std::to_string(kMostPerStratum)});
      break;
    }
  }
  if (request.seed > kLargestSeed)
    errors.push_back({"seed", "Enter a seed of at most twelve digits"});
  return errors;
}

std::vector<SampleStratum> DrawCases(const std::vector<DecidedCase>& decided,
                                     const SampleRequest& request) {
  std::vector<SampleCandidate> candidates;
  candidates.reserve(decided.size());
  std::map<std::string, int> sizes = request.only;
  for (const auto& one : decided) {
    candidates.push_back({one.decision, StratumOf(one, request.strata)});
    if (request.only.empty()) sizes[candidates.back().stratum] = request.per_stratum;
  }
  return DrawDipSample(candidates, sizes, request.seed);
}

FieldErrors ValidateCaseAudit(const CaseAuditDraft& draft,
                              const std::vector<AuditQuestion>& questions, CaseAudit& audit) {
  FieldErrors errors;
  audit.grades.clear();
  for (const auto& question : questions) {
    const std::string grade_field = "grade-" + question.code;
    const std::string comment_field = "comment-" + question.code;
    const auto typed = draft.grades.find(question.code);
    const auto said = draft.comments.find(question.code);
    const std::string comment = said == draft.comments.end() ? "" : said->second;
    CheckText(errors, comment, comment_field.c_str(), "The comment", kFreeTextMaxCharacters);
    const auto grade = kGrades.Parse(typed == draft.grades.end() ? "" : typed->second);
    if (!grade) {
      errors.push_back({grade_field, "Grade the question: " + question.question});
      continue;
    }
    if (NeedsComment(*grade) && comment.find_first_not_of(" \t\r\n") == std::string::npos)
      errors.push_back({comment_field, "Say why this is graded " +
                                           std::string(kGrades.Name(*grade)) + ": " +
                                           question.question});
    audit.grades.push_back({question.code, question.question, *grade, comment});
  }
  const auto overall = kGrades.Parse(draft.overall);
  if (!overall)
    errors.push_back({"overall", "Choose the overall grade"});
  else
    audit.overall = *overall;
  CheckText(errors, draft.summary, "summary", "The summary", kFreeTextMaxCharacters,
            "Summarise what the audit found");
  audit.summary = draft.summary;
  return errors;
}

FieldErrors ValidateModeration(const ModerationDraft& draft, const std::vector<std::string>& owners,
                               const Date& today, Moderation& moderation,
                               std::optional<FollowUpAction>& action) {
  FieldErrors errors;
  const auto grade = kGrades.Parse(draft.final_grade);
  if (!grade) errors.push_back({"final_grade", "Choose the final grade"});
  CheckText(errors, draft.reason, "reason", "The reason", kFreeTextMaxCharacters,
            "Say why this is the final grade");
  if (!draft.reason.empty() && draft.reason.size() < kShortestReasonCharacters)
    errors.push_back({"reason", "Say why in a sentence: at least 20 characters"});
  action.reset();
  if (grade == Grade::kInadequate) {
    FollowUpAction follow_up;
    follow_up.source = ActionSource::kCaseAudit;
    CheckText(errors, draft.action, "action", "The follow-up", kFreeTextMaxCharacters,
              "Say what must be done to follow up an inadequate grade");
    if (std::find(owners.begin(), owners.end(), draft.owner) == owners.end())
      errors.push_back({"owner", "Choose who owns the follow-up"});
    if (!draft.due)
      errors.push_back({"due", draft.due_typed.empty()
                                   ? "Enter when the follow-up is due"
                                   : FindDateProblem(draft.due_typed, "The due date").message});
    else if (*draft.due <= today)
      errors.push_back({"due", "The follow-up must be due after today"});
    follow_up.description = draft.action;
    follow_up.owner = draft.owner;
    if (draft.due) follow_up.due = *draft.due;
    action = std::move(follow_up);
  }
  if (grade) moderation.final_grade = *grade;
  moderation.reason = draft.reason;
  return errors;
}

FieldErrors ValidateAuditResponse(const std::string& words) {
  FieldErrors errors;
  CheckText(errors, words, "response", "The response", kLongestResponseCharacters,
            "Write your response");
  return errors;
}

AuditStage StageOf(const AuditCase& audited) {
  if (audited.moderation) return AuditStage::kSettled;
  if (audited.audits.empty()) return AuditStage::kFirstAudit;
  if (audited.audits.size() == 1) return AuditStage::kSecondAudit;
  return AuditStage::kModeration;
}

bool DidTheWork(const AuditCase& audited, std::string_view username) {
  return audited.decided_by == username || audited.recorded_by == username;
}

bool HasGraded(const AuditCase& audited, std::string_view username) {
  return std::any_of(audited.audits.begin(), audited.audits.end(),
                     [&](const CaseAudit& audit) { return audit.auditor == username; });
}

std::string WhyNotGrade(const AuditCase& audited, std::string_view username) {
  const auto stage = StageOf(audited);
  if (stage == AuditStage::kSettled) return "This case has been settled by moderation";
  if (HasGraded(audited, username)) return "You have graded this case";
  if (stage == AuditStage::kModeration) return "Both audits of this case are in";
  if (DidTheWork(audited, username))
    return "You cannot audit a decision you made or a contact you recorded";
  return "";
}

std::string WhyNotModerate(const AuditCase& audited, std::string_view username) {
  const auto stage = StageOf(audited);
  if (stage == AuditStage::kSettled) return "This case has been settled by moderation";
  if (stage != AuditStage::kModeration) return "Both audits must be in before moderation";
  if (HasGraded(audited, username)) return "You cannot moderate a case you graded";
  if (DidTheWork(audited, username))
    return "You cannot moderate a decision you made or a contact you recorded";
  return "";
}

bool SeesAllGrades(const AuditCase& audited, std::string_view username, bool may_moderate) {
  if (StageOf(audited) == AuditStage::kSettled) return true;
  return may_moderate && WhyNotModerate(audited, username).empty();
}

std::string WhyNotRespond(const AuditCase& audited, std::string_view username) {
  if (!DidTheWork(audited, username)) return "Only the people whose work was audited can respond";
  if (StageOf(audited) != AuditStage::kSettled) return "You can respond once the audit is settled";
  return "";
}

}  // namespace frontdoor::domain
