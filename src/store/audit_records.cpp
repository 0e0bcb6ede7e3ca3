// src/store/audit_records.cpp — the access audit's and the record history's statements and row
// mappers, for both databases.
#include "store/audit_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

// Any fixed number: serialises appends to the chain across PostgreSQL connections.
constexpr std::int64_t kAuditChainLockKey = 7243002;

constexpr const char* kAuditColumns =
    "SELECT a.sequence, a.at, a.username, a.role, a.action, a.record_ids, a.client_address, "
    "a.outcome, a.detail, a.previous_hash, a.hash FROM access_audit a ";

domain::AuditEntry ReadAuditEntry(const SqlRow& row) {
  domain::AuditEntry entry;
  row.Read(0, entry.sequence, entry.at, entry.username, entry.role, entry.action, entry.record_ids,
           entry.client_address, AsCode(entry.outcome, domain::kAuditOutcomes), entry.detail,
           entry.previous_hash, entry.hash);
  return entry;
}

domain::HistoryEntry ReadHistoryEntry(const SqlRow& row) {
  domain::HistoryEntry entry;
  row.Read(0, entry.record, entry.field, entry.from, entry.to, entry.by, entry.at, entry.reason);
  return entry;
}

}  // namespace

std::optional<domain::AuditEntry> AuditRecords::LastForAppend() {
  // Taken before the read, so under READ COMMITTED the read sees the entry appended by whoever
  // held the lock before.
  sql_.HoldLock(kAuditChainLockKey);
  return sql_.One(std::string(kAuditColumns) + "ORDER BY a.sequence DESC LIMIT 1", {},
                  ReadAuditEntry);
}

void AuditRecords::Add(const domain::AuditEntry& entry) {
  sql_.Execute(
      "INSERT INTO access_audit (sequence, at, username, role, action, record_ids, "
      "client_address, outcome, detail, previous_hash, hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {entry.sequence, entry.at, entry.username, entry.role, entry.action, entry.record_ids,
       entry.client_address, domain::kAuditOutcomes.Code(entry.outcome), entry.detail,
       entry.previous_hash, entry.hash});
  // Every record the entry names, in one statement: a search names ten.
  const auto record_ids = domain::SplitRecordIds(entry.record_ids);
  if (record_ids.empty()) return;
  std::string statement = "INSERT INTO access_audit_records (record_id, sequence) VALUES ";
  std::vector<SqlValue> values;
  for (const std::string& record_id : record_ids) {
    statement += values.empty() ? "(?, ?)" : ", (?, ?)";
    values.push_back(std::string_view(record_id));
    values.push_back(entry.sequence);
  }
  sql_.Execute(statement + " ON CONFLICT DO NOTHING", values);
}

std::vector<domain::AuditEntry> AuditRecords::After(std::int64_t after_sequence, int limit) {
  return sql_.All(std::string(kAuditColumns) + "WHERE a.sequence > ? ORDER BY a.sequence LIMIT ?",
                  {after_sequence, limit}, ReadAuditEntry);
}

std::vector<domain::AuditEntry> AuditRecords::ForRecord(std::string_view record_id, int limit) {
  return sql_.All(std::string(kAuditColumns) +
                      "JOIN access_audit_records r ON r.sequence = a.sequence "
                      "WHERE r.record_id = ? ORDER BY r.sequence DESC LIMIT ?",
                  {record_id, limit}, ReadAuditEntry);
}

std::vector<domain::AuditEntry> AuditRecords::Recent(int limit) {
  return sql_.All(std::string(kAuditColumns) + "ORDER BY a.sequence DESC LIMIT ?", {limit},
                  ReadAuditEntry);
}

void HistoryRecords::Add(const domain::HistoryEntry& entry) {
  sql_.Execute(
      "INSERT INTO record_history (record, field, from_value, to_value, changed_by, changed_at, "
      "reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {entry.record, entry.field, entry.from, entry.to, entry.by, entry.at, entry.reason});
}

std::vector<domain::HistoryEntry> HistoryRecords::Of(std::string_view record) {
  return sql_.All(
      "SELECT record, field, from_value, to_value, changed_by, changed_at, reason "
      "FROM record_history WHERE record = ? ORDER BY id",
      {record}, ReadHistoryEntry);
}

}  // namespace frontdoor::store
