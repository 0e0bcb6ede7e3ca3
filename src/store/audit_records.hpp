// src/store/audit_records.hpp — what was seen and what changed: the access audit (entries appended
// to a hash chain, indexed by the records they touched) and the record history.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/access_audit.hpp"
#include "domain/record_history.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! The access audit's entries. Only ever appended.
class AuditRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

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
};

//! The record history: what changed on a record, from what to what, by whom and when. Only ever
//! appended.
class HistoryRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  void Add(const domain::HistoryEntry& entry);
  //! The changes to a record ("contact:12"), oldest first.
  std::vector<domain::HistoryEntry> Of(std::string_view record);
};

}  // namespace frontdoor::store
