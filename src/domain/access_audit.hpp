// src/domain/access_audit.hpp — the access audit: who did what to which records, in a hash chain no
// one can quietly edit.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/codes.hpp"

namespace frontdoor::domain {

//! One entry. Entries are only ever appended; each carries the hash of the one before it.
struct AuditEntry {
  std::int64_t sequence = 0;  //!< 1, 2, 3... with no gaps
  Timestamp at;
  std::string username;    //!< who; "" when nobody is signed in
  std::string role;        //!< their role code at the time
  std::string action;      //!< what, e.g. "sign_in", "view_person_record", "user_add"
  std::string record_ids;  //!< which records, e.g. "person:12 contact:40", or ""
  std::string client_address;
  AuditOutcome outcome = AuditOutcome::kAllowed;
  std::string detail;         //!< search terms, a break-glass reason, what changed
  std::string previous_hash;  //!< hash of entry sequence-1 ("" for the first)
  std::string hash;           //!< SHA-256 (hex) of this entry's canonical text
};

//! The exact bytes hashed for an entry: every field but `hash`, each length-prefixed so no
//! two different entries can produce the same text.
std::string CanonicalAuditText(const AuditEntry& entry);

//! A hash function over bytes, returning lowercase hex (SHA-256 in the service).
using Hasher = std::function<std::string(std::string_view)>;

//! Fills sequence, previous_hash and hash for `entry` to follow `previous` (nullopt: the first).
void SealAuditEntry(AuditEntry& entry, const std::optional<AuditEntry>& previous,
                    const Hasher& hash);

//! What verification found.
struct AuditVerification {
  bool ok = true;
  std::int64_t entries = 0;             //!< entries checked
  std::int64_t first_bad_sequence = 0;  //!< the first entry that does not fit, when not ok
  std::string problem;                  //!< why, in words
  std::string head_hash;  //!< the last entry's hash: write it down to detect truncation
};

//! The record ids in "person:12 contact:40" form, split on spaces.
std::vector<std::string> SplitRecordIds(std::string_view record_ids);

//! Checks a chain one entry at a time, in stored order: sequence numbers, links and hashes.
class AuditChainVerifier {
 public:
  explicit AuditChainVerifier(Hasher hash) : hash_(std::move(hash)) {}
  //! Checks the next entry; false from the first entry that does not fit.
  bool Next(const AuditEntry& entry);
  //! What was found so far.
  const AuditVerification& Result() const { return result_; }

 private:
  Hasher hash_;
  AuditVerification result_;
  std::int64_t last_sequence_ = 0;
};

//! Checks a whole chain held in memory.
AuditVerification VerifyAuditChain(const std::vector<AuditEntry>& entries, const Hasher& hash);

}  // namespace frontdoor::domain
