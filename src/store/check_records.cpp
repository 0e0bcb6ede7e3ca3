// src/store/check_records.cpp — checks' statements and row mappers, for both databases.
#include "store/check_records.hpp"

#include "store/sql.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kCheckColumns = {
    "contact_id",   "agency", "urgency", "question",    "requested_by",
    "requested_at", "due_at", "answer",  "answered_by", "answered_at"};

constexpr const char* kSelectCheck =
    "SELECT id, contact_id, agency, urgency, question, requested_by, requested_at, due_at, answer, "
    "answered_by, answered_at FROM mash_checks ";

std::vector<SqlValue> CheckValues(const domain::MashCheck& check) {
  return {check.contact_id,   check.agency, check.urgency, check.question,    check.requested_by,
          check.requested_at, check.due_at, check.answer,  check.answered_by, check.answered_at};
}

domain::MashCheck ReadCheck(const SqlRow& row) {
  domain::MashCheck check;
  check.id = row.Int(0);
  check.contact_id = row.Int(1);
  check.agency = row.Text(2);
  check.urgency = row.Text(3);
  check.question = row.Text(4);
  check.requested_by = row.Text(5);
  check.requested_at = row.Time(6);
  check.due_at = row.Time(7);
  check.answer = row.Text(8);
  check.answered_by = row.Text(9);
  check.answered_at = row.OptionalTime(10);
  return check;
}

}  // namespace

std::int64_t CheckRecords::Add(const domain::MashCheck& check) {
  return sql_.Insert(InsertStatement("mash_checks", kCheckColumns) + " RETURNING id",
                     CheckValues(check));
}

void CheckRecords::AddMany(const std::vector<domain::MashCheck>& checks) {
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& check : checks) rows.push_back(CheckValues(check));
  sql_.BulkInsert("mash_checks", kCheckColumns, rows);
}

std::optional<domain::MashCheck> CheckRecords::Find(std::int64_t id) {
  return sql_.One(std::string(kSelectCheck) + "WHERE id = ?", {id}, ReadCheck);
}

bool CheckRecords::Answer(const domain::MashCheck& check) {
  if (!check.answered_at) throw StoreError("an answer needs the time it was given");
  return sql_.Execute(
             "UPDATE mash_checks SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ? "
             "AND answered_at IS NULL",
             {check.answer, check.answered_by, check.answered_at, check.id}) == 1;
}

std::vector<domain::MashCheck> CheckRecords::ForContacts(
    const std::vector<std::int64_t>& contact_ids) {
  return sql_.All(
      std::string(kSelectCheck) + "WHERE " + sql_.InIds("contact_id") + " ORDER BY contact_id, id",
      {IdList{contact_ids}}, ReadCheck);
}

std::vector<domain::MashCheck> CheckRecords::Open(std::optional<std::string_view> agency,
                                                  std::optional<std::string_view> requested_by,
                                                  int limit) {
  std::string statement = std::string(kSelectCheck) + "WHERE answered_at IS NULL ";
  std::vector<SqlValue> values;
  if (agency) {
    statement += "AND agency = ? ";
    values.push_back(*agency);
  }
  if (requested_by) {
    statement += "AND requested_by = ? ";
    values.push_back(*requested_by);
  }
  values.push_back(limit);
  return sql_.All(statement + "ORDER BY due_at, id LIMIT ?", values, ReadCheck);
}

void CheckRecords::AddNotNeeded(const domain::ChecksNotNeeded& record) {
  sql_.Execute(
      "INSERT INTO checks_not_needed (contact_id, reason, recorded_by, recorded_at) "
      "VALUES (?, ?, ?, ?)",
      {record.contact_id, record.reason, record.recorded_by, record.recorded_at});
}

std::vector<domain::ChecksNotNeeded> CheckRecords::NotNeededFor(
    const std::vector<std::int64_t>& contact_ids) {
  return sql_.All(
      "SELECT contact_id, reason, recorded_by, recorded_at FROM checks_not_needed WHERE " +
          sql_.InIds("contact_id") + " ORDER BY contact_id",
      {IdList{contact_ids}}, [](const SqlRow& row) {
        return domain::ChecksNotNeeded{row.Int(0), row.Text(1), row.Text(2), row.Time(3)};
      });
}

}  // namespace frontdoor::store
