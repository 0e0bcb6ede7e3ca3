// src/cli/key_files.cpp — key files made once and read at start, and checkpoint files replaced
// whole.
#include "cli/key_files.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "domain/base64.hpp"
#include "domain/text.hpp"
#include "store/disk_sync.hpp"

namespace frontdoor::cli {

namespace {

std::runtime_error FileError(const std::string& what, const std::string& path) {
  return std::runtime_error(what + " " + path + ": " + std::strerror(errno));
}

//! Writes `text` to a new file `path` with `mode`, synced; false when it already exists. The file
//! appears whole or not at all (written beside it, then linked into place), so a process starting
//! at the same moment never reads half of it.
bool WriteNewFile(const std::string& path, const std::string& text, mode_t mode) {
  const std::string beside = path + ".new." + std::to_string(::getpid());
  const int file = ::open(beside.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (file < 0) throw FileError("cannot make", beside);
  const bool written =
      ::write(file, text.data(), text.size()) == ssize_t(text.size()) && ::fsync(file) == 0;
  ::close(file);
  if (!written) {
    ::unlink(beside.c_str());
    throw FileError("cannot write", beside);
  }
  const int linked = ::link(beside.c_str(), path.c_str());
  const int link_error = errno;
  ::unlink(beside.c_str());
  if (linked == 0) {
    store::SyncFolderOf(path);
    return true;
  }
  errno = link_error;
  if (errno == EEXIST) return false;
  throw FileError("cannot make", path);
}

//! Replaces `path` with `text` (written beside it with `mode`, synced, then renamed over it), so a
//! reader finds the old file or the new one, never half of one.
void ReplaceFile(const std::string& path, const std::string& text, mode_t mode) {
  const std::string beside = path + ".next";
  std::filesystem::remove(beside);
  WriteNewFile(beside, text, mode);
  if (::rename(beside.c_str(), path.c_str()) != 0) throw FileError("cannot replace", path);
  store::SyncFolderOf(path);
}

std::string TwoStepKeyText(const service::TwoStepKey& key) {
  return domain::Base64(key.data(), key.size()) + "\n";
}

std::vector<service::TwoStepKey> ReadTwoStepKeys(const std::string& path) {
  std::vector<service::TwoStepKey> keys;
  std::istringstream lines(ReadWholeFile(path));
  std::string line;
  while (std::getline(lines, line)) {
    const std::string trimmed = domain::Trim(line);
    if (trimmed.empty()) continue;
    const auto bytes = domain::FromBase64(trimmed);
    service::TwoStepKey key;
    if (!bytes || bytes->size() != key.size()) {
      throw std::runtime_error(path + " does not hold two-step keys (32 bytes in base64 a line)");
    }
    std::copy(bytes->begin(), bytes->end(), key.begin());
    keys.push_back(key);
  }
  if (keys.empty()) throw std::runtime_error(path + " holds no two-step key");
  return keys;
}

void WriteTwoStepKeys(const std::string& path, const std::vector<service::TwoStepKey>& keys) {
  std::string text;
  for (const auto& key : keys) text += TwoStepKeyText(key);
  ReplaceFile(path, text, 0600);
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

std::vector<domain::AuditVerifierKey> ReadAuditPublicKeys(const std::string& path) {
  return Parsed(domain::ParseVerifierKeys(ReadWholeFile(path)), path);
}

domain::AuditSigningKey ReplaceAuditKey(const std::string& path,
                                        const domain::AuditSigningKey& old_key) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not start");
  std::array<unsigned char, 32> seed;
  randombytes_buf(seed.data(), seed.size());
  const auto key = domain::AuditSigningKeyFromSeed(old_key.verifier.name, seed);
  sodium_memzero(seed.data(), seed.size());
  // The public keys first, so a checkpoint the new key signs is never met without its key.
  const std::string public_path = path + ".pub";
  std::vector<domain::AuditVerifierKey> known;
  if (std::filesystem::exists(public_path)) known = ReadAuditPublicKeys(public_path);
  std::string listed = domain::FormatVerifierKey(key.verifier) + "\n";
  bool old_listed = false;
  for (const auto& verifier : known) {
    listed += domain::FormatVerifierKey(verifier) + "\n";
    old_listed = old_listed || verifier.id == old_key.verifier.id;
  }
  if (!old_listed) listed += domain::FormatVerifierKey(old_key.verifier) + "\n";
  ReplaceFile(public_path, listed, 0644);
  ReplaceFile(path, domain::FormatSigningKey(key) + "\n", 0600);
  return key;
}

std::variant<domain::AuditCheckpoint, std::string> OpenSignedCheckpoint(
    const std::string& note, const std::string& audit_key, const std::string& public_key) {
  return domain::OpenCheckpoint(
      note, ReadAuditPublicKeys(public_key.empty() ? audit_key + ".pub" : public_key));
}

std::vector<service::TwoStepKey> LoadOrMakeTwoStepKeys(const std::string& path, bool& made) {
  made = false;
  if (std::filesystem::exists(path)) return ReadTwoStepKeys(path);
  const auto folder = std::filesystem::path(path).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder);
  const auto key = service::NewTwoStepKey();
  // Another process starting at the same moment may have made it first: then theirs is the key.
  if (!WriteNewFile(path, TwoStepKeyText(key), 0600)) return ReadTwoStepKeys(path);
  made = true;
  return {key};
}

service::TwoStepKey AddTwoStepKey(const std::string& path) {
  if (!std::filesystem::exists(path)) {
    throw std::runtime_error("there is no two-step key at " + path + " to change");
  }
  auto keys = ReadTwoStepKeys(path);
  const auto key = service::NewTwoStepKey();
  keys.insert(keys.begin(), key);
  WriteTwoStepKeys(path, keys);
  return key;
}

std::size_t RetireOlderTwoStepKeys(const std::string& path) {
  auto keys = ReadTwoStepKeys(path);
  if (keys.size() == 1) return 0;
  const std::string retired_path = path + ".retired";
  std::string retired = std::filesystem::exists(retired_path) ? ReadWholeFile(retired_path) : "";
  for (std::size_t older = 1; older < keys.size(); ++older) retired += TwoStepKeyText(keys[older]);
  ReplaceFile(retired_path, retired, 0600);
  WriteTwoStepKeys(path, {keys.front()});
  return keys.size() - 1;
}

void WriteCheckpointFile(const std::string& path, const std::string& note) {
  ReplaceFile(path, note, 0644);
}

}  // namespace frontdoor::cli
