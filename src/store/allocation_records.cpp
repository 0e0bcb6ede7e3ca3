// src/store/allocation_records.cpp — allocations' statements and row mapper, for both databases.
#include "store/allocation_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kAllocationColumns = {
    "contact_id",      "person_id",      "team",         "worker",
    "excluded_reason", "assessment_due", "allocated_by", "allocated_at"};

constexpr const char* kSelectAllocation =
    "SELECT contact_id, person_id, team, worker, excluded_reason, assessment_due, allocated_by, "
    "allocated_at FROM allocations ";

std::vector<SqlValue> AllocationValues(const domain::Allocation& allocation) {
  return {allocation.contact_id,   allocation.person_id,       allocation.team,
          allocation.worker,       allocation.excluded_reason, allocation.assessment_due,
          allocation.allocated_by, allocation.allocated_at};
}

domain::Allocation ReadAllocation(const SqlRow& row) {
  return {row.Int(0),  row.Int(1),          row.Text(2), row.Text(3),
          row.Text(4), row.OptionalDate(5), row.Text(6), row.Time(7)};
}

}  // namespace

void AllocationRecords::Add(const domain::Allocation& allocation) {
  sql_.Execute(InsertStatement("allocations", kAllocationColumns), AllocationValues(allocation));
}

void AllocationRecords::AddMany(const std::vector<domain::Allocation>& allocations) {
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& allocation : allocations) rows.push_back(AllocationValues(allocation));
  sql_.BulkInsert("allocations", kAllocationColumns, rows);
}

std::vector<domain::Allocation> AllocationRecords::ForContacts(
    const std::vector<std::int64_t>& contact_ids) {
  return sql_.All(std::string(kSelectAllocation) + "WHERE " + sql_.InIds("contact_id") +
                      " ORDER BY contact_id, person_id",
                  {IdList{contact_ids}}, ReadAllocation);
}

std::vector<domain::Allocation> AllocationRecords::To(std::optional<std::string_view> worker,
                                                      std::optional<std::string_view> team,
                                                      int limit) {
  std::string statement = std::string(kSelectAllocation) + "WHERE worker <> '' ";
  std::vector<SqlValue> values;
  if (worker) {
    statement += "AND worker = ? ";
    values.push_back(*worker);
  }
  if (team) {
    statement += "AND team = ? ";
    values.push_back(*team);
  }
  values.push_back(limit);
  return sql_.All(statement + "ORDER BY contact_id DESC, person_id LIMIT ?", values,
                  ReadAllocation);
}

std::vector<std::int64_t> AllocationRecords::ContactsOf(std::int64_t person_id) {
  return sql_.All("SELECT contact_id FROM allocations WHERE person_id = ? ORDER BY contact_id",
                  {person_id}, [](const SqlRow& row) { return row.Int(0); });
}

}  // namespace frontdoor::store
