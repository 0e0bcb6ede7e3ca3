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
