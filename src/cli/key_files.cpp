// src/cli/key_files.cpp — key files made once and read at start, and checkpoint files replaced
// whole.
#include "cli/key_files.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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
  if (linked == 0) return true;
  errno = link_error;
  if (errno == EEXIST) return false;
  throw FileError("cannot make", path);
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

std::variant<domain::AuditCheckpoint, std::string> OpenSignedCheckpoint(
    const std::string& note, const std::string& audit_key, const std::string& public_key) {
  return domain::OpenCheckpoint(
      note, ReadAuditPublicKey(public_key.empty() ? audit_key + ".pub" : public_key));
}

service::TwoStepKey LoadOrMakeTwoStepKey(const std::string& path, bool& made) {
  made = false;
  const auto read = [&] {
    const std::string text = ReadWholeFile(path);
    service::TwoStepKey key;
    std::size_t length = 0;
    const char* end = nullptr;
    const auto trimmed = text.find_last_not_of(" \n\r\t");
    if (trimmed == std::string::npos ||
        sodium_base642bin(key.data(), key.size(), text.data(), trimmed + 1, nullptr, &length, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        length != key.size() || end != text.data() + trimmed + 1) {
      throw std::runtime_error(path + " does not hold a two-step key (32 bytes in base64)");
    }
    return key;
  };
  if (std::filesystem::exists(path)) return read();
  const auto folder = std::filesystem::path(path).parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder);
  auto key = service::NewTwoStepKey();
  std::string text(sodium_base64_encoded_len(key.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(text.data(), text.size(), key.data(), key.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  text.back() = '\n';
  // Another process starting at the same moment may have made it first: then theirs is the key.
  if (!WriteNewFile(path, text, 0600)) return read();
  made = true;
  return key;
}

void WriteCheckpointFile(const std::string& path, const std::string& note) {
  const std::string beside = path + ".next";
  std::filesystem::remove(beside);
  WriteNewFile(beside, note, 0644);
  if (::rename(beside.c_str(), path.c_str()) != 0) throw FileError("cannot replace", path);
}

}  // namespace frontdoor::cli
