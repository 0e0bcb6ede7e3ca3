// src/store/audit_log_records.cpp — the access audit log's statements and row mappers, for both
// databases.
#include "store/audit_log_records.hpp"

#include "store/sql.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

// Any fixed number: one sequencer at a time across PostgreSQL connections and instances.
constexpr std::int64_t kAuditSequencerLockKey = 7243002;

domain::MerkleHash HashColumn(const SqlRow& row, int column) {
  const auto hash = domain::MerkleHashFromHex(row.Text(column));
  if (!hash) throw StoreError("the access audit log holds a hash that is not 64 hex digits");
  return *hash;
}

}  // namespace

void AuditLogRecords::HoldForSequencing() {
  sql_.HoldLock(kAuditSequencerLockKey);
}

domain::AuditLogHead AuditLogRecords::Head() {
  return sql_
      .One("SELECT size, root, grown_at, checkpoint FROM audit_log_head WHERE log = 1", {},
           [](const SqlRow& row) {
             domain::AuditLogHead head;
             head.size = row.Int(0);
             head.root = HashColumn(row, 1);
             head.at = row.Time(2);
             head.checkpoint = row.Text(3);
             return head;
           })
      .value_or(domain::AuditLogHead{});
}

void AuditLogRecords::SetHead(const domain::AuditLogHead& head) {
  sql_.Execute(
      "INSERT INTO audit_log_head (log, size, root, grown_at, checkpoint) VALUES (1, ?, ?, ?, ?) "
      "ON CONFLICT (log) DO UPDATE SET size = excluded.size, root = excluded.root, "
      "grown_at = excluded.grown_at, checkpoint = excluded.checkpoint",
      {head.size, domain::HexOf(head.root), head.at.value(), head.checkpoint});
}

void AuditLogRecords::Keep(const std::vector<domain::MerkleNode>& nodes) {
  std::vector<std::vector<SqlValue>> rows;
  rows.reserve(nodes.size());
  for (const domain::MerkleNode& node : nodes) {
    rows.push_back({node.level, node.index, domain::HexOf(node.hash)});
  }
  sql_.BulkInsert("audit_log_nodes", {"level", "number", "hash"}, rows);
}

domain::MerkleHash AuditLogRecords::Node(int level, std::int64_t number) {
  const auto hash = sql_.One("SELECT hash FROM audit_log_nodes WHERE level = ? AND number = ?",
                             {level, number}, [](const SqlRow& row) { return HashColumn(row, 0); });
  if (!hash) {
    throw StoreError("the access audit log keeps no subtree " + std::to_string(level) + "/" +
                     std::to_string(number));
  }
  return *hash;
}

}  // namespace frontdoor::store
