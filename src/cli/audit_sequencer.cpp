// src/cli/audit_sequencer.cpp — the sequencer's thread, and a checkpoint published to the log
// output and a file.
#include "cli/audit_sequencer.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "cli/key_files.hpp"
#include "cli/periodic.hpp"

namespace frontdoor::cli {

AuditSequencer::AuditSequencer(service::AuditLogService& log, std::string checkpoint_file)
    : log_(log), checkpoint_file_(std::move(checkpoint_file)) {
  // Once more when stopped: what was written before the server stopped.
  thread_ = EveryPeriod(
      std::chrono::seconds(1), [this] { RunOnce(); }, true);
}

AuditSequencer::~AuditSequencer() {
  thread_.request_stop();
  thread_.join();
}

void AuditSequencer::RunOnce() {
  try {
    const auto started = std::chrono::steady_clock::now();
    const domain::AuditLogHead head = log_.SequenceAll();
    const auto finished = std::chrono::steady_clock::now();
    last_round_.store(finished.time_since_epoch().count());
    log_size_.store(head.size);
    if (head.size == published_size_) return;
    const auto took = std::chrono::duration<double, std::milli>(finished - started);
    growing_round_seconds_.store(took.count() / 1000);
    const std::int64_t added = published_size_ < 0 ? head.size : head.size - published_size_;
    published_size_ = head.size;
    if (head.checkpoint.empty()) return;
    std::string note = head.checkpoint;
    for (auto at = note.find('\n'); at != std::string::npos; at = note.find('\n', at + 2)) {
      note.replace(at, 1, "\\n");
    }
    spdlog::info("event=audit_checkpoint size={} added={} took_ms={:.1f} root={} note=\"{}\"",
                 head.size, added, took.count(), domain::HexOf(head.root), note);
    if (!checkpoint_file_.empty()) WriteCheckpointFile(checkpoint_file_, head.checkpoint);
  } catch (const std::exception& failure) {
    failures_.fetch_add(1);
    spdlog::error("event=audit_sequencing_failed error=\"{}\"", failure.what());
  }
}

std::string AuditSequencer::Metrics() const {
  const auto last = last_round_.load();
  const double ago =
      last == 0 ? -1
                : std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                                std::chrono::steady_clock::time_point(
                                                    std::chrono::steady_clock::duration(last)))
                      .count();
  return fmt::format(
      "# HELP frontdoor_audit_log_entries Entries in the access audit's log.\n"
      "# TYPE frontdoor_audit_log_entries gauge\n"
      "frontdoor_audit_log_entries {}\n"
      "# HELP frontdoor_audit_sequenced_seconds_ago Seconds since the sequencer last finished a "
      "round (-1 before the first); it runs every second.\n"
      "# TYPE frontdoor_audit_sequenced_seconds_ago gauge\n"
      "frontdoor_audit_sequenced_seconds_ago {:.3f}\n"
      "# HELP frontdoor_audit_growing_round_seconds How long the last round that added entries "
      "took.\n"
      "# TYPE frontdoor_audit_growing_round_seconds gauge\n"
      "frontdoor_audit_growing_round_seconds {:.6f}\n"
      "# HELP frontdoor_audit_sequencing_failures_total Rounds of the sequencer that failed.\n"
      "# TYPE frontdoor_audit_sequencing_failures_total counter\n"
      "frontdoor_audit_sequencing_failures_total {}\n",
      log_size_.load(), ago, growing_round_seconds_.load(), failures_.load());
}

}  // namespace frontdoor::cli
