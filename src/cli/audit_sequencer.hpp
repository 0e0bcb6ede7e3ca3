// src/cli/audit_sequencer.hpp — the server's access-audit sequencer: a thread that adds written
// entries to the log every second and publishes each new signed checkpoint.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <stop_token>
#include <string>
#include <thread>

#include "service/audit_log_service.hpp"

namespace frontdoor::cli {

//! Adds written entries to the log every second until stopped, and once more when stopped;
//! after each round that grew the log, writes its signed checkpoint to the log output and (when
//! named) to `checkpoint_file`.
class AuditSequencer {
 public:
  AuditSequencer(service::AuditLogService& log, std::string checkpoint_file);
  ~AuditSequencer();
  AuditSequencer(const AuditSequencer&) = delete;
  AuditSequencer& operator=(const AuditSequencer&) = delete;

  //! The log's size, how long ago a round last finished (the sequencer's lag), how long the last
  //! round that grew the log took, and rounds that failed, in Prometheus' text format.
  std::string Metrics() const;

 private:
  //! Sequences until nothing waits and publishes the checkpoint if the log grew.
  void RunOnce();

  service::AuditLogService& log_;
  std::string checkpoint_file_;
  std::int64_t published_size_ = -1;
  std::atomic<std::int64_t> log_size_{0};
  std::atomic<double> growing_round_seconds_{0};
  std::atomic<std::chrono::steady_clock::rep> last_round_{0};  //!< steady_clock ticks; 0: none yet
  std::atomic<std::uint64_t> failures_{0};
  std::jthread thread_;
};

}  // namespace frontdoor::cli
