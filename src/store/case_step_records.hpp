// src/store/case_step_records.hpp — the steps after each child's referral (assessments, enquiries,
// conferences, plans, closure), each with its assessment factors.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/case_steps.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! Steps after referrals, in the order they were recorded.
class CaseStepRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Keeps a step and its factors; answers its id.
  std::int64_t Add(const domain::CaseStep& step);
  //! Keeps steps whose ids are already reserved (BulkLoad), with their factors.
  void AddMany(const std::vector<domain::CaseStep>& steps);
  //! The steps after referrals on these contacts, by contact, child and the order recorded.
  std::vector<domain::CaseStep> ForContacts(const std::vector<std::int64_t>& contact_ids);
  //! Steps dated from `from` to `to` (both included), or assessments authorised then.
  std::vector<domain::CaseStep> Between(const domain::Date& from, const domain::Date& to);
  //! Every step after referrals of these children, by contact, child and the order recorded.
  std::vector<domain::CaseStep> OfPeople(const std::vector<std::int64_t>& person_ids);
  //! Every step of the referrals whose child protection plan is still open (more conferences
  //! that started a plan than plan ends), at most `limit` referrals, newest contact first; only
  //! those whose child is allocated to `worker` when one is given.
  std::vector<domain::CaseStep> OfOpenProtectionPlans(std::optional<std::string_view> worker,
                                                      int limit);
};

}  // namespace frontdoor::store
