// src/store/bulk_load.cpp — a slice of generated records, written through each kind's AddMany.
#include "store/bulk_load.hpp"

#include <set>
#include <string>

#include "store/case_step_records.hpp"
#include "store/contact_records.hpp"
#include "store/decision_records.hpp"
#include "store/people_records.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

std::vector<std::int64_t> BulkLoad::ReserveIds(BulkTable table, std::int64_t count) {
  auto ids = sql_.ReserveIds(kBulkTables.Code(table), count);
  if (!ids.empty()) reserved_[table].push_back({ids.front(), ids.back()});
  return ids;
}

std::int64_t NewIds::Of(BulkTable table, std::int64_t id) const {
  if (id >= 0) return id;
  return reserved_.at(table).at(std::size_t(-id - 1));
}

NewIds BulkLoad::AddNew(BulkRecords batch) {
  NewIds ids;
  const auto reserve = [&](BulkTable table, std::size_t count) {
    ids.reserved_[table] = ReserveIds(table, std::int64_t(count));
  };
  reserve(BulkTable::kHouseholds, batch.households.size());
  reserve(BulkTable::kPeople, batch.people.size());
  reserve(BulkTable::kContacts, batch.contacts.size());
  reserve(BulkTable::kCaseSteps, batch.case_steps.size());
  const auto real = [&](BulkTable table, std::int64_t& id) { id = ids.Of(table, id); };
  using enum BulkTable;
  for (auto& household : batch.households) real(kHouseholds, household.id);
  for (auto& person : batch.people) real(kPeople, person.id);
  for (auto& member : batch.members) {
    real(kHouseholds, member.household_id);
    real(kPeople, member.person_id);
  }
  for (auto& contact : batch.contacts) {
    real(kContacts, contact.id);
    contact.reference = domain::ContactReference(contact.id);
    for (auto& child : contact.children) real(kPeople, child);
    for (auto& adult : contact.adults) real(kPeople, adult);
  }
  for (auto& check : batch.checks) real(kContacts, check.contact_id);
  for (auto& decision : batch.decisions) {
    real(kContacts, decision.contact_id);
    for (auto& child : decision.proforma.children) real(kPeople, child.person_id);
  }
  for (auto& allocation : batch.allocations) {
    real(kContacts, allocation.contact_id);
    real(kPeople, allocation.person_id);
  }
  for (auto& step : batch.case_steps) {
    real(kCaseSteps, step.id);
    real(kContacts, step.contact_id);
    real(kPeople, step.person_id);
  }
  Add(batch);
  return ids;
}

void BulkLoad::Add(const BulkRecords& records) {
  const auto check = [&](BulkTable table, const auto& list) {
    for (const auto& record : list) {
      const auto& ranges = reserved_[table];
      const bool reserved = std::any_of(ranges.begin(), ranges.end(), [&](const auto& range) {
        return record.id >= range.first && record.id <= range.second;
      });
      if (!reserved)
        throw StoreError("a bulk record of " + std::string(kBulkTables.Code(table)) + " has id " +
                         std::to_string(record.id) + ", which was not reserved");
    }
  };
  check(BulkTable::kHouseholds, records.households);
  check(BulkTable::kPeople, records.people);
  check(BulkTable::kContacts, records.contacts);
  check(BulkTable::kCaseSteps, records.case_steps);

  std::set<std::int64_t> decided;
  for (const auto& decision : records.decisions) decided.insert(decision.contact_id);
  HouseholdRecords households(sql_);
  households.AddMany(records.households);
  PeopleRecords(sql_).AddMany(records.people);
  households.AddMembers(records.members);
  ContactRecords(sql_).AddMany(records.contacts, decided);
  CheckRecords(sql_).AddMany(records.checks);
  DecisionRecords(sql_).AddMany(records.decisions);
  AllocationRecords(sql_).AddMany(records.allocations);
  CaseStepRecords(sql_).AddMany(records.case_steps);
}

}  // namespace frontdoor::store
