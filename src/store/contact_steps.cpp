// src/store/contact_steps.cpp — one statement a kind for all the contacts asked about.
#include "store/contact_steps.hpp"

#include "store/records.hpp"

namespace frontdoor::store {

std::map<std::int64_t, domain::ContactSteps> LoadContactSteps(
    Records& records, const std::vector<std::int64_t>& contact_ids) {
  std::map<std::int64_t, domain::ContactSteps> steps;
  for (std::int64_t id : contact_ids) steps[id];
  if (contact_ids.empty()) return steps;
  for (auto& consent : records.consents.ForContacts(contact_ids))
    steps.at(consent.contact_id).consents.push_back(std::move(consent));
  for (auto& check : records.checks.ForContacts(contact_ids))
    steps.at(check.contact_id).checks.push_back(std::move(check));
  for (auto& not_needed : records.checks.NotNeededFor(contact_ids))
    steps.at(not_needed.contact_id).checks_not_needed = std::move(not_needed);
  for (auto& decision : records.decisions.ForContacts(contact_ids))
    steps.at(decision.contact_id).decision = std::move(decision);
  for (auto& earlier : records.decisions.ReopenedFor(contact_ids))
    steps.at(earlier.decision.contact_id).reopened.push_back(std::move(earlier));
  for (auto& allocation : records.allocations.ForContacts(contact_ids))
    steps.at(allocation.contact_id).allocations.push_back(std::move(allocation));
  for (auto& step : records.case_steps.ForContacts(contact_ids))
    steps.at(step.contact_id).case_steps.push_back(std::move(step));
  return steps;
}

domain::ContactSteps LoadContactSteps(Records& records, std::int64_t contact_id) {
  return LoadContactSteps(records, std::vector<std::int64_t>{contact_id}).at(contact_id);
}

}  // namespace frontdoor::store
