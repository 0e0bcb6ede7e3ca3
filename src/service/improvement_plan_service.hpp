// src/service/improvement_plan_service.hpp — the improvement plan's use cases: read the plan with
// each action's red, amber or green, add an action from a finding, record progress on one, and
// the plan as a workbook's rows.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/improvement_plan.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/records.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! An action as one person sees it.
struct ActionView {
  domain::FollowUpAction action;
  domain::Rag rag = domain::Rag::kGreen;
  bool may_update = false;  //!< the viewer owns it or is a manager, and it is not done
};

//! The plan, or one action of it, with what its forms offer.
struct PlanView {
  std::vector<ActionView> actions;
  std::vector<std::string> owners;  //!< who may own an action (managers and auditors)
  //! Username → "Full Name (job title)", for everyone named.
  std::map<std::string, std::string> names;
};

class ImprovementPlanService {
 public:
  ImprovementPlanService(store::Store& store, const domain::Clock& clock)
      : store_(store), clock_(clock) {}

  //! Every action, late ones first (at most `limit`).
  Result<PlanView> ShowPlan(const Identity& by, int limit);
  //! One action (the view's only one).
  Result<PlanView> ShowAction(const Identity& by, std::int64_t id);
  //! Adds an action from a finding.
  Submission<domain::FollowUpAction, PlanView> AddAction(const Identity& by,
                                                         const domain::ActionDraft& draft);
  //! Records progress; a status of done closes the action with the update's words.
  Submission<domain::ActionUpdate, PlanView> UpdateAction(const Identity& by, std::int64_t id,
                                                          const std::string& words,
                                                          const std::string& status);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
};

//! "follow_up:7": how the record history and the access audit name an action.
std::string ActionRecordId(std::int64_t action_id);
//! Of `users`, those who may own an action (domain::MayOwnAction).
std::vector<std::string> ActionOwners(const std::vector<domain::User>& users);

}  // namespace frontdoor::service
