// src/store/audit_records.hpp — what was seen and what changed: the access audit's entries (indexed
// by the records they touched, each given its place in the log by the sequencer) and the record
// history.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/access_audit.hpp"
#include "domain/reading_volume.hpp"
#include "domain/record_history.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! The access audit's entries. Only ever added.
class AuditRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Writes an entry (the database gives its number; it has no place yet) and indexes it by each
  //! record id in its `record_ids`. Holds no lock: writers never wait for one another here.
  //! After KeepForLater, keeps it instead.
  void Add(const domain::AuditEntry& entry);
  //! From now on Add keeps each entry in `later` rather than writing it: a reading run on a
  //! read-only connection, whose entries are written afterwards in a write transaction.
  void KeepForLater(std::vector<domain::AuditEntry>& later) { later_ = &later; }
  //! Entries not yet in the log, in the order written, at most `limit`.
  std::vector<domain::AuditEntry> Waiting(int limit);
  //! How many entries are not yet in the log.
  std::int64_t WaitingCount();
  //! How many entries have a place in the log.
  std::int64_t PlacedCount();
  //! Gives each entry (by its number) its place in the log.
  void Place(const std::vector<domain::AuditEntry>& placed);
  //! Entries in the log from place `from`, in order, at most `limit`, each with the leaf hash the
  //! log keeps for its place (none when none is kept).
  std::vector<std::pair<domain::AuditEntry, std::optional<domain::MerkleHash>>> InLog(
      std::int64_t from, int limit);
  //! The entry numbered `sequence`.
  std::optional<domain::AuditEntry> Find(std::int64_t sequence);
  //! Entries that touched `record_id`, newest first, at most `limit`.
  std::vector<domain::AuditEntry> ForRecord(std::string_view record_id, int limit);
  //! The newest entries, newest first.
  std::vector<domain::AuditEntry> Recent(int limit);
  //! For each account with entries of `action` naming a record at or after `since` (allowed or
  //! refused): how many different records those entries named (each names one) and how many
  //! entries. In no order.
  std::vector<domain::ReadingVolume> VolumesSince(std::string_view action, domain::Timestamp since);

 private:
  std::vector<domain::AuditEntry>* later_ = nullptr;
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
