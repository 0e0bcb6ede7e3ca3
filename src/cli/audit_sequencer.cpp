// src/cli/audit_sequencer.cpp — the sequencer's thread, and a checkpoint published to the log
// output and a file.
#include "cli/audit_sequencer.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "cli/key_files.hpp"

namespace frontdoor::cli {

AuditSequencer::AuditSequencer(service::AuditLogService& log, std::string checkpoint_file)
    : log_(log), checkpoint_file_(std::move(checkpoint_file)) {
  thread_ = std::jthread([this](std::stop_token stop) {
    std::mutex mutex;
    std::condition_variable_any woken;
    while (!stop.stop_requested()) {
      RunOnce();
      std::unique_lock lock(mutex);
      woken.wait_for(lock, stop, std::chrono::seconds(1), [] { return false; });
    }
    RunOnce();  // what was written before the server stopped
  });
}

AuditSequencer::~AuditSequencer() {
  thread_.request_stop();
  thread_.join();
}

void AuditSequencer::RunOnce() {
  try {
    const auto started = std::chrono::steady_clock::now();
    const domain::AuditLogHead head = log_.SequenceAll();
    if (head.size == published_size_) return;
    const auto took =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
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
    spdlog::error("event=audit_sequencing_failed error=\"{}\"", failure.what());
  }
}

}  // namespace frontdoor::cli
