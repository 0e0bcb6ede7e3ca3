// src/cli/key_files.hpp — what is kept in files outside the database: the key that signs the
// access audit's checkpoints (its public half beside it), the newest signed checkpoint, and the
// key that seals two-step secrets.
#pragma once

#include <optional>
#include <string>
#include <variant>

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
//! The public key in `path`. Throws std::runtime_error saying what is wrong.
domain::AuditVerifierKey ReadAuditPublicKey(const std::string& path);
//! The signed checkpoint `note` when the audit key's public half opened it: `public_key`'s file,
//! or when that is "" `audit_key` + ".pub"; why not otherwise.
std::variant<domain::AuditCheckpoint, std::string> OpenSignedCheckpoint(
    const std::string& note, const std::string& audit_key, const std::string& public_key);
//! The whole of a text file. Throws std::runtime_error when it cannot be read.
std::string ReadWholeFile(const std::string& path);
//! Where the two-step secrets' key is kept unless told.
inline constexpr const char* kDefaultTwoStepKeyFile = "./data/two-step.key";
//! The key in `path` that seals two-step secrets; when there is none, a new one is made there
//! (readable by its owner alone). Throws std::runtime_error saying what is wrong.
service::TwoStepKey LoadOrMakeTwoStepKey(const std::string& path, bool& made);

//! Replaces `path` with `note` on disk (written beside it, synced, then renamed over it).
void WriteCheckpointFile(const std::string& path, const std::string& note);

}  // namespace frontdoor::cli
