// src/store/improvement_plan_records.hpp — the improvement plan's actions, their evidence and their
// progress updates.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/improvement_plan.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! Improvement plan actions (an inadequate case audit's follow-up among them).
class ImprovementPlanRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Keeps an action and its evidence; answers its id.
  std::int64_t Add(const domain::FollowUpAction& action);
  //! One action with its evidence and updates; with `for_update`, held to the end of the
  //! transaction.
  std::optional<domain::FollowUpAction> Find(std::int64_t id, bool for_update = false);
  //! Actions not done first (soonest due first), then done (latest first); at most `limit`.
  std::vector<domain::FollowUpAction> Plan(int limit);
  //! The actions opened by the audited cases, by case id.
  std::map<std::int64_t, domain::FollowUpAction> ForCases(
      const std::vector<std::int64_t>& case_ids);
  //! Keeps an update and sets the action's status; a status of done marks it done with the
  //! update's words.
  void AddUpdate(std::int64_t action_id, const domain::ActionUpdate& update);

 private:
  //! Fills in each action's evidence and updates.
  void Fill(std::vector<domain::FollowUpAction>& actions);
};

}  // namespace frontdoor::store
