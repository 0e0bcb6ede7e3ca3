// src/domain/access_audit.hpp — the access audit: who did what to which records, in an append-only
// Merkle tree log no one can quietly edit, cut short or rewrite behind a signed checkpoint.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/audit_checkpoint.hpp"
#include "domain/clock.hpp"
#include "domain/codes.hpp"
#include "domain/merkle_tree.hpp"

namespace frontdoor::domain {

//! One entry. Entries are only ever added: written with the work they record, then given their
//! place in the log (a Merkle tree, RFC 9162) by the sequencer.
struct AuditEntry {
  std::int64_t sequence = 0;  //!< the entry's number, given when it is written
  //! Its place in the log, from 0; none until the sequencer has added it.
  std::optional<std::int64_t> position;
  Timestamp at;
  std::string username;    //!< who; "" when nobody is signed in
  std::string role;        //!< their role code at the time
  std::string action;      //!< what, e.g. "sign_in", "view_person_record", "user_add"
  std::string record_ids;  //!< which records, e.g. "person:12 contact:40", or ""
  std::string client_address;
  AuditOutcome outcome = AuditOutcome::kAllowed;
  std::string detail;  //!< search terms, a break-glass reason, what changed
};

//! The exact bytes of an entry's leaf in the log: every field but its position, each
//! length-prefixed so no two different entries can produce the same text.
std::string CanonicalAuditText(const AuditEntry& entry);

//! The log as the sequencer last left it.
struct AuditLogHead {
  std::int64_t size = 0;
  MerkleHash root = EmptyMerkleRoot();
  std::optional<Timestamp> at;  //!< when it last grew
  std::string checkpoint;       //!< the signed checkpoint of this size and root, when signed
};

//! What verification found.
struct AuditVerification {
  bool ok = true;
  std::int64_t entries = 0;                //!< entries in the log checked
  std::int64_t first_bad_sequence = 0;     //!< the entry that does not fit, when one is known
  std::string problem;                     //!< why, in words
  MerkleHash root = EmptyMerkleRoot();     //!< the root made again from the entries
  std::int64_t waiting = 0;                //!< entries written but not yet in the log
  std::optional<AuditCheckpoint> extends;  //!< the checkpoint the log was proved to extend
  std::size_t consistency_proof = 0;       //!< hashes in that proof
};

//! The record ids in "person:12 contact:40" form, split on spaces.
std::vector<std::string> SplitRecordIds(std::string_view record_ids);
//! A record someone asks the audit about, as entries name it: "person:12" (its kind in any case),
//! or a child's local id as their record shows it ("C0000012" is person:12). Nothing for text
//! that names no record.
std::optional<std::string> ReadAuditRecordId(std::string_view typed);

//! Checks the log one entry at a time, in the order of their places: no place missing or
//! repeated, each entry's contents matching the leaf kept for it, the tree made again matching a
//! trusted checkpoint at its size and the log's head at the end.
class AuditLogVerifier {
 public:
  explicit AuditLogVerifier(std::optional<AuditCheckpoint> trusted = std::nullopt)
      : trusted_(std::move(trusted)) {}
  //! Checks the next entry with the leaf hash the log keeps at its place (none: none kept); false
  //! from the first entry that does not fit.
  bool Next(const AuditEntry& entry, const std::optional<MerkleHash>& kept_leaf);
  //! Checks what was read against the log's head, and answers what was found.
  AuditVerification Finish(const AuditLogHead& head);

 private:
  bool Fail(std::int64_t sequence, std::string problem);

  std::optional<AuditCheckpoint> trusted_;
  MerkleRightEdge edge_;
  AuditVerification result_;
};

}  // namespace frontdoor::domain
