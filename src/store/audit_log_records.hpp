// src/store/audit_log_records.hpp — the access audit's log: the perfect subtrees the sequencer
// keeps and the log's head (size, root and signed checkpoint).
#pragma once

#include <cstdint>
#include <vector>

#include "domain/access_audit.hpp"
#include "domain/merkle_tree.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! The log's kept subtrees and head. Written by the sequencer alone.
class AuditLogRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Holds the log to the end of the transaction: one sequencer at a time, however many
  //! instances share the database. Writers of entries never take it.
  void HoldForSequencing();
  //! The log's head (size 0 before anything was added).
  domain::AuditLogHead Head();
  void SetHead(const domain::AuditLogHead& head);
  //! Keeps subtrees the log's new leaves completed.
  void Keep(const std::vector<domain::MerkleNode>& nodes);
  //! A kept subtree's hash. Throws StoreError when it is not kept.
  domain::MerkleHash Node(int level, std::int64_t number);
};

}  // namespace frontdoor::store
