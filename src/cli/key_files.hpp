// src/cli/key_files.hpp — what is kept in files outside the database: the key that signs the
// access audit's checkpoints (the public halves of it and of the keys before it beside it), the
// newest signed checkpoint, and the keys that seal two-step secrets; and those keys changed.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/audit_checkpoint.hpp"
#include "service/credentials.hpp"

namespace frontdoor::cli {

//! Where the signing key is kept unless told: beside the default database.
inline constexpr const char* kDefaultAuditKeyFile = "./data/audit-signing.key";
//! The name checkpoints are signed with, and the log's origin line, when a key is made.
inline constexpr const char* kAuditKeyName = "frontdoor/access-audit";

//! The signing key in `path`; when there is none, a new one is made there (readable by its owner
//! alone) with its public key in `path`.pub. Throws std::runtime_error saying what is wrong.
domain::AuditSigningKey LoadOrMakeAuditKey(const std::string& path, bool& made);
//! The signing key in `path`, or nothing when there is no such file. Throws when it is not a key.
std::optional<domain::AuditSigningKey> ReadAuditKey(const std::string& path);
//! The public keys in `path`, the newest first. Throws std::runtime_error saying what is wrong.
std::vector<domain::AuditVerifierKey> ReadAuditPublicKeys(const std::string& path);
//! Makes a new signing key of the same name in `path` in place of the one there, and puts its
//! public half first in `path`.pub, before every key the log was signed with (so checkpoints they
//! signed still verify). Returns the new key.
domain::AuditSigningKey ReplaceAuditKey(const std::string& path,
                                        const domain::AuditSigningKey& old_key);
//! The signed checkpoint `note` when one of the audit key's public keys opened it: `public_key`'s
//! file, or when that is "" `audit_key` + ".pub"; why not otherwise.
std::variant<domain::AuditCheckpoint, std::string> OpenSignedCheckpoint(
    const std::string& note, const std::string& audit_key, const std::string& public_key);
//! The whole of a text file. Throws std::runtime_error when it cannot be read.
std::string ReadWholeFile(const std::string& path);
//! Where the two-step secrets' key is kept unless told.
inline constexpr const char* kDefaultTwoStepKeyFile = "./data/two-step.key";
//! The keys in `path`, one a line, that seal two-step secrets (the first seals, every one opens);
//! when there is no file, one new key is made there (readable by its owner alone). Throws
//! std::runtime_error saying what is wrong.
std::vector<service::TwoStepKey> LoadOrMakeTwoStepKeys(const std::string& path, bool& made);
//! Puts a new key first in the two-step key file `path`, before the keys there (which still open
//! what they sealed). Returns the new key. Throws when there is no key file there.
service::TwoStepKey AddTwoStepKey(const std::string& path);
//! Leaves only the first key in `path` and adds the others to the end of `path`.retired (kept
//! for restoring backups made before they were retired); answers how many were retired.
std::size_t RetireOlderTwoStepKeys(const std::string& path);

//! Replaces `path` with `note` on disk (written beside it, synced, then renamed over it).
void WriteCheckpointFile(const std::string& path, const std::string& note);

}  // namespace frontdoor::cli
