// src/service/decision_service.hpp — what happens after a contact: consent, checks with partner
// agencies, the manager's oversight and decision, allocation, work lists and reports.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/decision.hpp"
#include "domain/language_check.hpp"
#include "domain/mash_check.hpp"
#include "domain/record_history.hpp"
#include "domain/threshold.hpp"
#include "domain/working_days.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! A child a decision is about, or who lives with one.
struct ChildOnContact {
  std::int64_t id = 0;
  std::optional<domain::Person> person;  //!< empty when restricted from the asker
  bool on_contact = false;               //!< named on the contact (not only living with one)
};

//! A contact and everything that has happened since.
struct ContactProgress {
  bool restricted = false;  //!< a person on it is restricted from the asker: nothing else is shown
  domain::Contact contact;
  domain::ContactSteps steps;
  domain::ConsentStatus sharing = domain::ConsentStatus::kNotYetSought;
  domain::ConsentStatus services = domain::ConsentStatus::kNotYetSought;
  bool re_referral = false;      //!< a child on it was referred in the 12 months before
  domain::Date decision_due;     //!< one working day after it was received
  domain::FieldErrors blockers;  //!< what stops the decision being concluded now
  //! The children on it, then the children living with them who would be allocated too.
  std::vector<ChildOnContact> children;
  std::vector<domain::HistoryEntry> history;  //!< what changed, from what to what, by whom
};

//! A check as a partner agency sees it: the question and who it is about.
struct CheckView {
  domain::MashCheck check;
  std::string contact_reference;
  std::vector<std::string> about;  //!< "Jayden Smith, born 4 March 2015" (or "a restricted record")
  //! For staff: the contact is restricted from them, so the question and answer are left out.
  bool restricted = false;
};

//! One thing waiting for someone, sorted by when it is due.
struct WorkItem {
  std::string kind;  //!< "decision", "check", "assessment"
  std::string title;
  std::string link;
  domain::Timestamp due;
  bool overdue = false;
};

//! A work list, and beside it the quality of the decisions it covers.
struct WorkList {
  std::vector<WorkItem> items;
  std::int64_t contacts_last_30_days = 0;
  std::int64_t decided_with_proforma = 0;  //!< of those, with a concluded, complete proforma
};

//! One decision in a report. Its words are shown only to those who may read the contact:
//! otherwise only when, by whom, the level and the outcome.
struct ReportedDecision {
  domain::Decision decision;
  bool details_shown = true;
};

//! Figures for managers, auditors and performance officers.
struct DecisionReport {
  std::vector<ReportedDecision> consent_closures;  //!< newest first
  std::map<std::string, int> consent_closures_by_month;
  std::vector<ReportedDecision> overrides;  //!< newest first
};

//! What a manager allocates.
struct AllocationDraft {
  std::string team;
  std::string worker;
  std::map<std::int64_t, std::string> exclusions;  //!< child id -> reason for leaving them out
};

class DecisionService {
 public:
  DecisionService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  const DecisionRules& Rules() const { return rules_; }

  //! A contact with every step since it arrived.
  Result<ContactProgress> ShowProgress(const Identity& by, std::int64_t contact_id);
  //! Records a change of consent.
  Result<domain::ConsentRecord> RecordConsent(const Identity& by, std::int64_t contact_id,
                                              const domain::ConsentDraft& draft);
  //! Asks partner agencies what they know; one check per agency.
  Result<std::vector<domain::MashCheck>> RequestChecks(const Identity& by, std::int64_t contact_id,
                                                       const domain::CheckRequestDraft& draft);
  //! Checks waiting for answers: a partner sees only their agency's.
  std::vector<CheckView> OpenChecks(const Identity& by);
  //! One check, for answering. Partners may see only their agency's.
  Result<CheckView> ShowCheck(const Identity& by, std::int64_t check_id);
  //! Answers a check (partners: only their agency's). The first answer stands.
  Result<domain::MashCheck> AnswerCheck(const Identity& by, std::int64_t check_id,
                                        const std::string& answer);
  //! A manager records why a contact's checks are not needed.
  Result<domain::ChecksNotNeeded> RecordChecksNotNeeded(const Identity& by, std::int64_t contact_id,
                                                        const std::string& reason);
  //! A manager concludes the oversight: the proforma, the decision and (for an assessment or a
  //! strategy discussion) the contact becoming a referral.
  Result<domain::Decision> CompleteOversight(const Identity& by, std::int64_t contact_id,
                                             const domain::OversightDraft& draft);
  //! A manager allocates the children of a decided contact, with those who live with them.
  Result<std::vector<domain::Allocation>> Allocate(const Identity& by, std::int64_t contact_id,
                                                   const AllocationDraft& draft);
  //! "My work" (mine only) or the whole team's.
  WorkList ShowWork(const Identity& by, bool mine);
  //! Refused-consent closures and decisions outside the usual routes.
  DecisionReport Report(const Identity& by);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
