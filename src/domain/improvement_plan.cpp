// src/domain/improvement_plan.cpp — checking actions and their updates, and their colour on the
// plan.
#include "domain/improvement_plan.hpp"

#include <algorithm>
#include <chrono>

#include "domain/date_typed.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {

namespace {

constexpr size_t kLongestDocumentCharacters = 500;

int DaysBetween(const Date& from, const Date& to) {
  return static_cast<int>((std::chrono::sys_days(to) - std::chrono::sys_days(from)).count());
}

}  // namespace

bool MayOwnAction(const User& user) {
  return !user.disabled && (user.role == Role::kManager || user.role == Role::kAuditor);
}

bool MayUpdateAction(const FollowUpAction& action, const User& user) {
  return action.owner == user.username || user.role == Role::kManager;
}

Rag RagOf(const FollowUpAction& action, const Date& today) {
  if (action.Done()) return Rag::kDone;
  if (action.due < today) return Rag::kRed;
  const Timestamp last = action.updates.empty() ? action.opened_at : action.updates.back().at;
  if (DaysBetween(today, action.due) <= kAmberDaysBeforeDue ||
      DaysBetween(UkDate(last), today) > kAmberDaysWithoutUpdate)
    return Rag::kAmber;
  return Rag::kGreen;
}

FieldErrors ValidateNewAction(const ActionDraft& draft, const std::vector<std::string>& owners,
                              const std::vector<std::int64_t>& known_cases, const Date& today,
                              FollowUpAction& action) {
  FieldErrors errors;
  const auto source = kActionSources.Parse(draft.source);
  if (!source || *source == ActionSource::kCaseAudit)
    errors.push_back({"source", "Choose where the finding came from"});
  else
    action.source = *source;
  CheckText(errors, draft.finding, "finding", "The finding", kFreeTextMaxCharacters,
            "Say what was found");
  CheckText(errors, draft.description, "description", "The action", kFreeTextMaxCharacters,
            "Say what must be done");
  if (std::find(owners.begin(), owners.end(), draft.owner) == owners.end())
    errors.push_back({"owner", "Choose who owns the action"});
  if (!draft.due)
    errors.push_back({"due", draft.due_typed.empty()
                                 ? "Enter when the action is due"
                                 : FindDateProblem(draft.due_typed, "The due date").message});
  else if (*draft.due <= today)
    errors.push_back({"due", "The action must be due after today"});
  for (const auto id : draft.audit_cases) {
    if (std::find(known_cases.begin(), known_cases.end(), id) == known_cases.end()) {
      errors.push_back({"audit_cases", "Link only audited cases that exist"});
      break;
    }
    action.evidence.push_back({id, ""});
  }
  for (const auto& document : draft.documents) {
    const size_t before = errors.size();
    CheckText(errors, document, "documents", "A report's name", kLongestDocumentCharacters);
    if (errors.size() > before) break;
    if (!document.empty()) action.evidence.push_back({0, document});
  }
  action.finding = draft.finding;
  action.description = draft.description;
  action.owner = draft.owner;
  if (draft.due) action.due = *draft.due;
  action.status = ActionStatus::kNotStarted;
  return errors;
}

FieldErrors ValidateActionUpdate(const FollowUpAction& action, const std::string& words,
                                 const std::string& status, ActionUpdate& update) {
  FieldErrors errors;
  if (action.Done()) errors.push_back({"words", "This action is done already"});
  CheckText(errors, words, "words", "The update", kFreeTextMaxCharacters,
            "Say what has been done since the last update");
  const auto parsed = kActionStatuses.Parse(status);
  if (!parsed)
    errors.push_back({"status", "Choose where the action stands now"});
  else
    update.status = *parsed;
  update.words = words;
  return errors;
}

}  // namespace frontdoor::domain
