// src/service/decision_service.hpp — the manager's part after a contact: consent, a reason the
// checks are not needed, the oversight and its decision, and allocation of the children.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/decision.hpp"
#include "service/contact_progress.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What a manager allocates.
struct AllocationDraft {
  std::string team;
  std::string worker;
  std::map<std::int64_t, std::string> exclusions;  //!< child id -> reason for leaving them out
};

//! The allocation form: the contact, its children and those living with them, and the accounts
//! that may be given the work.
struct AllocationForm {
  ContactProgress progress;
  std::vector<domain::User> workers;
};

//! A proforma that meets every rule, shown to the manager before it is concluded: the decision it
//! would make (its flags and language warnings) and the contact it is about.
struct OversightCheck {
  domain::Decision decision;
  ContactProgress progress;
};

//! Decisions on contacts. Each use case runs in one transaction, checks every rule before
//! writing anything, and writes the record history and one access-audit entry.
class DecisionService {
 public:
  DecisionService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! A contact with every step since it arrived (the contact's forms show it).
  Result<ContactProgress> ShowProgress(const Identity& by, std::int64_t contact_id);
  //! The allocation form.
  Result<AllocationForm> ShowAllocation(const Identity& by, std::int64_t contact_id);
  //! Records a change of consent.
  Submission<domain::ConsentRecord, ContactProgress> RecordConsent(
      const Identity& by, std::int64_t contact_id, const domain::ConsentDraft& draft);
  //! A manager records why a contact's checks are not needed.
  Submission<domain::ChecksNotNeeded, ContactProgress> RecordChecksNotNeeded(
      const Identity& by, std::int64_t contact_id, const std::string& reason);
  //! Reopens a contact's decision with a reason (a manager's, before any child is allocated on
  //! it): the decision is kept whole as an earlier version on the journey and in the record
  //! history, and the contact awaits a decision again. Answers the version it became.
  Submission<int, ContactProgress> ReopenDecision(const Identity& by, std::int64_t contact_id,
                                                  const std::string& reason);
  //! The check before concluding: every rule CompleteOversight applies, nothing saved (one
  //! access-audit entry).
  Submission<OversightCheck, ContactProgress> CheckOversight(const Identity& by,
                                                             std::int64_t contact_id,
                                                             const domain::OversightDraft& draft);
  //! A manager concludes the oversight: the proforma, the decision and (for an assessment or a
  //! strategy discussion) the contact becoming a referral.
  Submission<domain::Decision, ContactProgress> CompleteOversight(
      const Identity& by, std::int64_t contact_id, const domain::OversightDraft& draft);
  //! A manager allocates the children of a decided contact, with those who live with them.
  Submission<std::vector<domain::Allocation>, AllocationForm> Allocate(
      const Identity& by, std::int64_t contact_id, const AllocationDraft& draft);

 private:
  //! The decision `draft` would conclude on `contact` now, or every reason it cannot (nothing is
  //! written); `people` are those on the contact (PeopleOnContact).
  std::variant<domain::Decision, domain::FieldErrors> Conclude(
      store::Records& records, const Identity& by, const domain::Contact& contact,
      const std::vector<domain::Person>& people, const domain::OversightDraft& draft,
      domain::Timestamp now) const;

  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
