// src/cli/audit_log_files.hpp — the files the access audit's log keeps outside the database: the
// signing key (and its public half beside it), the newest signed checkpoint, and the sequencer
// that writes them while the server runs.
#pragma once

#include <optional>
#include <stop_token>
#include <string>
#include <thread>

#include "domain/audit_checkpoint.hpp"
#include "service/audit_log_service.hpp"

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
//! The whole of a text file. Throws std::runtime_error when it cannot be read.
std::string ReadWholeFile(const std::string& path);
//! Replaces `path` with `note` on disk (written beside it, synced, then renamed over it).
void WriteCheckpointFile(const std::string& path, const std::string& note);

//! Adds written entries to the log every second until stopped, and once more when stopped;
//! after each round that grew the log, writes its signed checkpoint to the log output and (when
//! named) to `checkpoint_file`.
class AuditSequencer {
 public:
  AuditSequencer(service::AuditLogService& log, std::string checkpoint_file);
  ~AuditSequencer();
  AuditSequencer(const AuditSequencer&) = delete;
  AuditSequencer& operator=(const AuditSequencer&) = delete;

 private:
  //! Sequences until nothing waits and publishes the checkpoint if the log grew.
  void RunOnce();

  service::AuditLogService& log_;
  std::string checkpoint_file_;
  std::int64_t published_size_ = -1;
  std::jthread thread_;
};

}  // namespace frontdoor::cli
