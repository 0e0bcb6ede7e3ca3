// src/store/audit_records.hpp — the access audit: entries appended to a hash chain, and indexed by
// the records they touched.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/access_audit.hpp"

namespace frontdoor::store {

class Sql;

//! The access audit's entries. Only ever appended.
class AuditRecords {
 public:
  explicit AuditRecords(Sql& sql) : sql_(sql) {}

  //! The newest entry, holding the chain so no other transaction appends until this one ends.
  std::optional<domain::AuditEntry> LastForAppend();
  //! Appends a sealed entry and indexes it by each record id in its `record_ids`.
  void Add(const domain::AuditEntry& entry);
  //! Entries after `after_sequence`, oldest first, at most `limit`.
  std::vector<domain::AuditEntry> After(std::int64_t after_sequence, int limit);
  //! Entries that touched `record_id`, newest first, at most `limit`.
  std::vector<domain::AuditEntry> ForRecord(std::string_view record_id, int limit);
  //! The newest entries, newest first.
  std::vector<domain::AuditEntry> Recent(int limit);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
