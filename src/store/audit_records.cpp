// src/store/audit_records.cpp — the access audit's and the record history's statements and row
// mappers, for both databases.
#include "store/audit_records.hpp"

#include "store/sql.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

constexpr std::string_view kAuditFields =
    "SELECT a.sequence, a.position, a.at, a.username, a.role, a.action, a.record_ids, "
    "a.client_address, a.outcome, a.detail";
const std::string kAuditColumns = std::string(kAuditFields) + " FROM access_audit a ";
//! The entries with the leaf the log keeps at each one's place.
const std::string kLoggedAuditColumns =
    std::string(kAuditFields) +
    ", n.hash FROM access_audit a LEFT JOIN audit_log_nodes n ON n.level = 0 AND "
    "n.number = a.position ";

domain::AuditEntry ReadAuditEntry(const SqlRow& row) {
  domain::AuditEntry entry;
  row.Read(0, entry.sequence, entry.position, entry.at, entry.username, entry.role, entry.action,
           entry.record_ids, entry.client_address, AsCode(entry.outcome, domain::kAuditOutcomes),
           entry.detail);
  return entry;
}

domain::HistoryEntry ReadHistoryEntry(const SqlRow& row) {
  domain::HistoryEntry entry;
  row.Read(0, entry.record, entry.field, entry.from, entry.to, entry.by, entry.at, entry.reason);
  return entry;
}

}  // namespace

void AuditRecords::Add(const domain::AuditEntry& entry) {
  if (later_) {
    later_->push_back(entry);
    return;
  }
  const std::vector<SqlValue> values = {entry.at,
                                        entry.username,
                                        entry.role,
                                        entry.action,
                                        entry.record_ids,
                                        entry.client_address,
                                        domain::kAuditOutcomes.Code(entry.outcome),
                                        entry.detail};
  // Every record the entry names, written with it: a search names ten.
  const auto record_ids = domain::SplitRecordIds(entry.record_ids);
  std::vector<std::vector<SqlValue>> named;
  for (const std::string& record_id : record_ids) named.push_back({std::string_view(record_id)});
  sql_.InsertWithRows(
      "INSERT INTO access_audit (at, username, role, action, record_ids, client_address, outcome, "
      "detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING sequence",
      values, "access_audit_records", ColumnList("sequence, record_id"), named,
      "ON CONFLICT DO NOTHING");
}

std::vector<domain::AuditEntry> AuditRecords::Waiting(int limit) {
  return sql_.All(kAuditColumns + "WHERE a.position IS NULL ORDER BY a.sequence LIMIT ?", {limit},
                  ReadAuditEntry);
}

std::int64_t AuditRecords::PlacedCount() {
  return sql_
      .One("SELECT COUNT(position) FROM access_audit", {},
           [](const SqlRow& row) { return row.Int(0); })
      .value_or(0);
}

std::int64_t AuditRecords::WaitingCount() {
  return sql_
      .One("SELECT COUNT(*) FROM access_audit WHERE position IS NULL", {},
           [](const SqlRow& row) { return row.Int(0); })
      .value_or(0);
}

void AuditRecords::Place(const std::vector<domain::AuditEntry>& placed) {
  // A few hundred at a time, each statement naming its entries' numbers and places.
  constexpr std::size_t kPerStatement = 400;
  for (std::size_t first = 0; first < placed.size(); first += kPerStatement) {
    const std::size_t end = std::min(placed.size(), first + kPerStatement);
    std::string statement = "UPDATE access_audit SET position = placed.column2 FROM (VALUES ";
    std::vector<SqlValue> values;
    for (std::size_t entry_idx = first; entry_idx < end; ++entry_idx) {
      statement += entry_idx == first ? "" : ", ";
      statement += "(CAST(? AS BIGINT), CAST(? AS BIGINT))";
      values.push_back(placed[entry_idx].sequence);
      values.push_back(placed[entry_idx].position.value());
    }
    const auto changed = sql_.Execute(statement +
                                          ") AS placed WHERE access_audit.sequence = "
                                          "placed.column1 AND access_audit.position IS NULL",
                                      values);
    // Each entry placed exactly once, or nothing: a hole in the log could never verify.
    if (changed != std::int64_t(end - first)) {
      throw StoreError("access audit entries changed while they were being placed in the log");
    }
  }
}

std::vector<std::pair<domain::AuditEntry, std::optional<domain::MerkleHash>>> AuditRecords::InLog(
    std::int64_t from, int limit) {
  return sql_.All(kLoggedAuditColumns + "WHERE a.position >= ? ORDER BY a.position LIMIT ?",
                  {from, limit}, [](const SqlRow& row) {
                    return std::pair(
                        ReadAuditEntry(row),
                        row.IsNull(10) ? std::nullopt : domain::MerkleHashFromHex(row.Text(10)));
                  });
}

std::optional<domain::AuditEntry> AuditRecords::Find(std::int64_t sequence) {
  return sql_.One(kAuditColumns + "WHERE a.sequence = ?", {sequence}, ReadAuditEntry);
}

std::vector<domain::AuditEntry> AuditRecords::ForRecord(std::string_view record_id, int limit) {
  return sql_.All(kAuditColumns +
                      "JOIN access_audit_records r ON r.sequence = a.sequence "
                      "WHERE r.record_id = ? ORDER BY r.sequence DESC LIMIT ?",
                  {record_id, limit}, ReadAuditEntry);
}

std::vector<domain::AuditEntry> AuditRecords::Recent(int limit) {
  return sql_.All(kAuditColumns + "ORDER BY a.sequence DESC LIMIT ?", {limit}, ReadAuditEntry);
}

std::vector<domain::ReadingVolume> AuditRecords::VolumesSince(std::string_view action,
                                                              domain::Timestamp since) {
  return sql_.All(
      "SELECT username, COUNT(DISTINCT record_ids), COUNT(*) FROM access_audit "
      "WHERE action = ? AND at >= ? AND record_ids <> '' GROUP BY username",
      {action, since}, [](const SqlRow& row) {
        domain::ReadingVolume volume;
        row.Read(0, volume.username, volume.people, volume.entries);
        return volume;
      });
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
