// src/domain/improvement_plan.hpp — the improvement plan: actions from an Ofsted inspection, the
// safeguarding partnership, the authority's own audits or an inadequate case audit, each with an
// owner, a due date, a status, the evidence it links to and its history of progress updates; and
// the red, amber or green each is shown with.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/clock.hpp"
#include "domain/code_list.hpp"
#include "domain/person.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! Where an action's finding came from.
enum class ActionSource { kCaseAudit, kOfsted, kPartnership, kOwnAudit };
inline constexpr CodeList<ActionSource, 4> kActionSources{{{
    {ActionSource::kCaseAudit, "case_audit", "An inadequate case audit"},
    {ActionSource::kOfsted, "ofsted", "An Ofsted inspection"},
    {ActionSource::kPartnership, "partnership", "The safeguarding partnership"},
    {ActionSource::kOwnAudit, "own_audit", "The authority's own audits"},
}}};

enum class ActionStatus { kNotStarted, kInProgress, kDone };
inline constexpr CodeList<ActionStatus, 3> kActionStatuses{{{
    {ActionStatus::kNotStarted, "not_started", "Not started"},
    {ActionStatus::kInProgress, "in_progress", "In progress"},
    {ActionStatus::kDone, "done", "Done"},
}}};

//! One progress update, with the status it left the action in.
struct ActionUpdate {
  std::string words;
  ActionStatus status = ActionStatus::kInProgress;
  std::string by;
  Timestamp at;
};

//! What an action links to as evidence: an audited case, or a report named in words.
struct ActionEvidence {
  std::int64_t audit_case_id = 0;  //!< 0 for a document
  std::string document;            //!< a report's title or address
};

//! An action on the improvement plan.
struct FollowUpAction {
  std::int64_t id = 0;
  std::int64_t case_id = 0;  //!< the case whose inadequate grade opened it; 0 for none
  ActionSource source = ActionSource::kCaseAudit;
  std::string finding;  //!< what was found, that the action answers
  std::string description;
  std::string owner;  //!< a username
  Date due;
  ActionStatus status = ActionStatus::kNotStarted;
  std::string opened_by;
  Timestamp opened_at;
  std::string done_note;  //!< what was done
  std::string done_by;
  std::optional<Timestamp> done_at;
  std::vector<ActionEvidence> evidence;
  std::vector<ActionUpdate> updates;  //!< oldest first

  bool Done() const { return done_at.has_value(); }
  //! Late: not done and past its due date.
  bool Late(const Date& today) const { return !Done() && due < today; }
};

//! Managers and auditors with working accounts may own an action.
bool MayOwnAction(const User& user);
//! An action's owner, or a manager, may record progress on it.
bool MayUpdateAction(const FollowUpAction& action, const User& user);

//! How an action is shown on the plan.
enum class Rag { kRed, kAmber, kGreen, kDone };
inline constexpr CodeList<Rag, 4> kRags{{{
    {Rag::kRed, "red", "Late"},
    {Rag::kAmber, "amber", "Due soon or no recent update"},
    {Rag::kGreen, "green", "On track"},
    {Rag::kDone, "done", "Done"},
}}};
//! An action not done is amber when due within this many days, or not updated for this long.
inline constexpr int kAmberDaysBeforeDue = 14;
inline constexpr int kAmberDaysWithoutUpdate = 30;
//! Red when late; amber when due within 14 days or nothing has been said of it for 30; else green.
Rag RagOf(const FollowUpAction& action, const Date& today);

//! An action as typed.
struct ActionDraft {
  std::string source;
  std::string finding;
  std::string description;
  std::string owner;
  std::optional<Date> due;
  std::string due_typed;  //!< the due date as typed, so an unreadable one is named
  std::vector<std::int64_t> audit_cases;
  std::vector<std::string> documents;
};

//! Checks a new action: a source (not a case audit: those open from moderation), the finding,
//! what must be done, an owner among `owners`, a due date after `today`, evidence that is a known
//! case (`known_cases`) or a document named in at most 500 characters. Fills `action`.
FieldErrors ValidateNewAction(const ActionDraft& draft, const std::vector<std::string>& owners,
                              const std::vector<std::int64_t>& known_cases, const Date& today,
                              FollowUpAction& action);

//! Checks a progress update: words, and a status; an action done is not updated again.
FieldErrors ValidateActionUpdate(const FollowUpAction& action, const std::string& words,
                                 const std::string& status, ActionUpdate& update);

}  // namespace frontdoor::domain
