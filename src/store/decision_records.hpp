// src/store/decision_records.hpp — managers' decisions (the oversight proforma part by part: the
// household's once and each child's own, the indicators chosen from the threshold framework, the
// language warnings on each written part) and
// each child's allocation after a decision (team, worker, assessment due) or the reason they were
// left out.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/decision.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! One child's referral: the contact their own decision made a referral, and its day.
struct ChildReferral {
  std::int64_t contact_id = 0;
  std::int64_t person_id = 0;
  domain::Date date;
  std::string source;            //!< the contact's census ReferralSource code
  std::string primary_need;      //!< the referral's own primary need code, or ""
  bool acted_on_before = false;  //!< acted on before the history held (a census brought in)
};

//! Decisions, one a contact.
class DecisionRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Keeps a decision and marks its contact decided; throws StoreError when the contact has one.
  void Add(const domain::Decision& decision);
  //! Keeps decisions at once (a bulk load; their contacts are written as decided).
  void AddMany(const std::vector<domain::Decision>& decisions);
  std::optional<domain::Decision> Find(std::int64_t contact_id);
  //! The decisions on these contacts, by contact.
  std::vector<domain::Decision> ForContacts(const std::vector<std::int64_t>& contact_ids);
  //! Decisions that closed a contact after refused consent, newest first.
  std::vector<domain::Decision> ConsentClosures(int limit);
  //! Decisions outside their level's usual routes, newest first.
  std::vector<domain::Decision> Overrides(int limit);
  //! Decisions with a written part that said nothing ("N/A") or an analysis or rationale of a
  //! few words (their language warnings), newest first.
  std::vector<domain::Decision> WithThinReasoning(int limit);
  //! Moves the contact's decision, whole, to its earlier versions with who reopened it, when and
  //! why, and marks the contact as awaiting a decision and no longer a referral. Answers the
  //! version the decision became.
  int Reopen(std::int64_t contact_id, std::string_view reopened_by, domain::Timestamp at,
             std::string_view reason);
  //! The reopened decisions of these contacts, by contact and oldest first.
  std::vector<domain::ReopenedDecision> ReopenedFor(const std::vector<std::int64_t>& contact_ids);
  //! The contacts whose decision made a referral for this child (their own outcome, not a
  //! brother's or sister's).
  std::set<std::int64_t> ReferredOn(std::int64_t person_id);
  //! Every child's referral dated from `from` to `to` (both included), by date, contact and child.
  std::vector<ChildReferral> ReferralsBetween(const domain::Date& from, const domain::Date& to);
  //! Every referral of these children, by date, contact and child.
  std::vector<ChildReferral> ReferralsOf(const std::vector<std::int64_t>& person_ids);

 private:
  //! Fills in each decision's risk factors, each child's own part and the language warnings.
  std::vector<domain::Decision> Completed(std::vector<domain::Decision> decisions);
  //! The decision a part's row belongs to, by its contact and version (0 for those standing).
  using DecisionOf =
      std::function<domain::Decision*(std::int64_t contact_id, std::int64_t version)>;
  //! Fills in the risk factors and each child's own part of decisions on `contact_ids`, from the
  //! tables of decisions standing (`reopened` false) or of reopened ones ("earlier_...").
  void FillParts(bool reopened, const std::vector<std::int64_t>& contact_ids,
                 const DecisionOf& decision_of);
};

//! Allocations, one a child a contact.
class AllocationRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  void Add(const domain::Allocation& allocation);
  //! Keeps allocations at once (a bulk load).
  void AddMany(const std::vector<domain::Allocation>& allocations);
  //! The allocations (and exclusions) of these contacts, by contact then person.
  std::vector<domain::Allocation> ForContacts(const std::vector<std::int64_t>& contact_ids);
  //! Allocations to a worker, or to anyone in a team (or both), whose assessment is still to be
  //! done: due, with no assessment completed nor the case closed on that referral (the rule of
  //! domain::ProgressOfReferral, asked of the database so the limit counts only these). Soonest
  //! due first.
  std::vector<domain::Allocation> AwaitingAssessment(std::optional<std::string_view> worker,
                                                     std::optional<std::string_view> team,
                                                     int limit);
  //! The contacts on which a person was allocated (or left out), oldest first.
  std::vector<std::int64_t> ContactsOf(std::int64_t person_id);
  //! The person's latest allocation to a worker made before `before`, if any.
  std::optional<domain::Allocation> LatestOf(std::int64_t person_id, domain::Timestamp before);
};

}  // namespace frontdoor::store
