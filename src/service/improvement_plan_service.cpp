// src/service/improvement_plan_service.cpp — reading and changing the improvement plan, each in one
// transaction with its record history and access-audit entry.
#include "service/improvement_plan_service.hpp"

#include <algorithm>

#include "domain/permissions.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"

namespace frontdoor::service {

namespace {

ActionView ViewOf(domain::FollowUpAction action, const Identity& by, const domain::Date& today) {
  const bool may = !action.Done() && domain::MayUpdateAction(action, by.user);
  const auto rag = domain::RagOf(action, today);
  return {std::move(action), rag, may};
}

PlanView PlanOf(store::Records& records, const Identity& by,
                std::vector<domain::FollowUpAction> actions, const domain::Date& today) {
  PlanView view;
  for (auto& action : actions) view.actions.push_back(ViewOf(std::move(action), by, today));
  // Late first, then the rest in the order kept (not done by due date, then done).
  std::stable_partition(view.actions.begin(), view.actions.end(),
                        [](const ActionView& one) { return one.rag == domain::Rag::kRed; });
  const auto users = records.accounts.List();
  view.owners = ActionOwners(users);
  view.names = domain::ShownNames(users);
  return view;
}

}  // namespace

std::string ActionRecordId(std::int64_t action_id) {
  return "follow_up:" + std::to_string(action_id);
}

std::vector<std::string> ActionOwners(const std::vector<domain::User>& users) {
  std::vector<std::string> owners;
  for (const auto& user : users)
    if (domain::MayOwnAction(user)) owners.push_back(user.username);
  return owners;
}

Result<PlanView> ImprovementPlanService::ShowPlan(const Identity& by, int limit) {
  return store_.ReadingResult([&](store::Records& records) -> Result<PlanView> {
    const auto now = clock_.Now();
    auto view = PlanOf(records, by, records.plan.Plan(limit), domain::UkDate(now));
    AuditAllowed(records, by, now, domain::Action::kViewAudits, "",
                 std::to_string(view.actions.size()) + " improvement plan actions");
    return view;
  });
}

Result<PlanView> ImprovementPlanService::ShowAction(const Identity& by, std::int64_t id) {
  return store_.ReadingResult([&](store::Records& records) -> Result<PlanView> {
    auto action = records.plan.Find(id);
    if (!action) return NotFound{};
    const auto now = clock_.Now();
    auto view = PlanOf(records, by, {std::move(*action)}, domain::UkDate(now));
    AuditAllowed(records, by, now, domain::Action::kViewAudits, ActionRecordId(id), "");
    return view;
  });
}

Submission<domain::FollowUpAction, PlanView> ImprovementPlanService::AddAction(
    const Identity& by, const domain::ActionDraft& draft) {
  using Answer = Submission<domain::FollowUpAction, PlanView>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    const auto now = clock_.Now();
    domain::FollowUpAction action;
    const auto owners = ActionOwners(records.accounts.List());
    auto errors =
        domain::ValidateNewAction(draft, owners, records.case_audits.Existing(draft.audit_cases),
                                  domain::UkDate(now), action);
    if (!errors.empty())
      return Refused<PlanView>{std::move(errors), PlanOf(records, by, {}, domain::UkDate(now))};
    action.opened_by = by.user.username;
    action.opened_at = now;
    action.id = records.plan.Add(action);
    records.history.Add({ActionRecordId(action.id), "opened", "", action.description,
                         by.user.username, now, action.finding});
    AuditAllowed(
        records, by, now, domain::Action::kAddAction, ActionRecordId(action.id),
        std::string(domain::kActionSources.Code(action.source)) + ", owner " + action.owner);
    return action;
  });
}

Submission<domain::ActionUpdate, PlanView> ImprovementPlanService::UpdateAction(
    const Identity& by, std::int64_t id, const std::string& words, const std::string& status) {
  using Answer = Submission<domain::ActionUpdate, PlanView>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    auto action = records.plan.Find(id, true);
    if (!action) return NotFound{};
    const auto now = clock_.Now();
    domain::ActionUpdate update;
    auto errors = domain::ValidateActionUpdate(*action, words, status, update);
    if (!domain::MayUpdateAction(*action, by.user))
      errors.insert(errors.begin(), {"words", "Only its owner or a manager can update it"});
    if (!errors.empty())
      return Refused<PlanView>{std::move(errors),
                               PlanOf(records, by, {std::move(*action)}, domain::UkDate(now))};
    update.by = by.user.username;
    update.at = now;
    records.plan.AddUpdate(id, update);
    records.history.Add(
        {ActionRecordId(id), "status", std::string(domain::kActionStatuses.Name(action->status)),
         std::string(domain::kActionStatuses.Name(update.status)), by.user.username, now, words});
    AuditAllowed(records, by, now, domain::Action::kUpdateAction, ActionRecordId(id),
                 std::string(domain::kActionStatuses.Code(update.status)));
    return update;
  });
}

}  // namespace frontdoor::service
