// src/service/audit_log_service.hpp — the access audit's log: the sequencer that gives written
// entries their places and signs the log's new head, verification against a signed checkpoint, and
// proofs that an entry is in the log.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/access_audit.hpp"
#include "domain/audit_checkpoint.hpp"
#include "domain/clock.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What one round of sequencing did.
struct SequencedLog {
  std::int64_t added = 0;     //!< entries given their places
  domain::AuditLogHead head;  //!< the log after it
};

//! The proof that an entry is in the log the head describes (RFC 9162 inclusion proof).
struct AuditInclusionProof {
  domain::AuditEntry entry;
  domain::MerkleHash leaf{};
  domain::AuditLogHead head;
  std::vector<domain::MerkleHash> path;
  bool holds = false;  //!< the proof checked against the head's root
};

class AuditLogService {
 public:
  //! `key` signs each new head; without one heads are kept unsigned.
  AuditLogService(store::Store& store, const domain::Clock& clock,
                  std::optional<domain::AuditSigningKey> key)
      : store_(store), clock_(clock), key_(std::move(key)) {}

  //! Adds up to `limit` waiting entries to the log, in the order written, in one transaction that
  //! holds the log against other sequencers alone; keeps the subtrees they complete and the new
  //! head, signed.
  SequencedLog Sequence(int limit = 5000);
  //! The log's head as it is.
  domain::AuditLogHead Head();
  //! Sequences until nothing waits; the head after.
  domain::AuditLogHead SequenceAll();
  //! Makes the log again from its entries, checking each against the leaf kept for its place and
  //! the whole against the head and (when given) a trusted checkpoint, which the kept subtrees must
  //! also prove the head extends.
  domain::AuditVerification Verify(const std::optional<domain::AuditCheckpoint>& trusted);
  //! The proof that the entry numbered `sequence` is in the log; why not when it cannot be given.
  std::variant<AuditInclusionProof, std::string> Prove(std::int64_t sequence);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  std::optional<domain::AuditSigningKey> key_;
};

}  // namespace frontdoor::service
