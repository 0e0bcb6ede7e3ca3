// src/cli/audit_log_files.cpp — the signing key's files, checkpoint files, and the sequencer's
// thread.
#include "cli/audit_log_files.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace frontdoor::cli {

namespace {

std::runtime_error FileError(const std::string& what, const std::string& path) {
  return std::runtime_error(what + " " + path + ": " + std::strerror(errno));
}

//! Writes `text` to a new file `path` with `mode`, synced; false when it already exists.
bool WriteNewFile(const std::string& path, const std::string& text, mode_t mode) {
  const int file = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (file < 0) {
    if (errno == EEXIST) return false;
    throw FileError("cannot make", path);
  }
  const bool written =
      ::write(file, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(file) == 0;
  ::close(file);
  if (!written) throw FileError("cannot write", path);
  return true;
}

template <typename Key>
Key Parsed(const std::variant<Key, std::string>& parsed, const std::string& path) {
  if (const auto* error = std::get_if<std::string>(&parsed)) {
    throw std::runtime_error(path + " does not hold the key it should: " + *error);
  }
  return std::get<Key>(parsed);
}

}  // namespace

std::string ReadWholeFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw FileError("cannot read", path);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

std::optional<domain::AuditSigningKey> ReadAuditKey(const std::string& path) {
  if (!std::filesystem::exists(path)) return std::nullopt;
  return Parsed(domain::ParseSigningKey(ReadWholeFile(path)), path);
}

domain::AuditSigningKey LoadOrMakeAuditKey(const std::string& path, bool& made) {
  made = false;
  if (auto key = ReadAuditKey(path)) return *key;
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
  const auto folder = std::filesystem::path(path).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder);
  std::array<unsigned char, 32> seed;
  randombytes_buf(seed.data(), seed.size());
  const auto key = domain::AuditSigningKeyFromSeed(kAuditKeyName, seed);
  sodium_memzero(seed.data(), seed.size());
  // Another process starting at the same moment may have made it first: then theirs is the key.
  if (!WriteNewFile(path, domain::FormatSigningKey(key) + "\n", 0600)) return *ReadAuditKey(path);
  made = true;
  const std::string public_path = path + ".pub";
  std::filesystem::remove(public_path);
  WriteNewFile(public_path, domain::FormatVerifierKey(key.verifier) + "\n", 0644);
  return key;
}

domain::AuditVerifierKey ReadAuditPublicKey(const std::string& path) {
  return Parsed(domain::ParseVerifierKey(ReadWholeFile(path)), path);
}

void WriteCheckpointFile(const std::string& path, const std::string& note) {
  const std::string beside = path + ".new";
  std::filesystem::remove(beside);
  WriteNewFile(beside, note, 0644);
  if (::rename(beside.c_str(), path.c_str()) != 0) throw FileError("cannot replace", path);
}

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
