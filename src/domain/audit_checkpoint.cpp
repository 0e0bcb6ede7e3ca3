// src/domain/audit_checkpoint.cpp — signer and verifier keys, and checkpoints signed and checked,
// in the signed-note formats (Ed25519, algorithm byte 0x01).
#include "domain/audit_checkpoint.hpp"

#include <sodium.h>

#include <charconv>
#include <vector>

#include "domain/base64.hpp"
#include "domain/text.hpp"
#include "domain/whole_number.hpp"

namespace frontdoor::domain {

namespace {

constexpr unsigned char kEd25519 = 0x01;
constexpr std::string_view kSignaturePrefix = "\xE2\x80\x94 ";  // an em dash and a space
constexpr std::string_view kPrivateKeyPrefix = "PRIVATE+KEY+";

//! The parts of `text` between each `separator`, empty ones kept.
std::vector<std::string> SplitOn(std::string_view text, char separator) {
  std::vector<std::string> parts;
  for (;;) {
    const auto at = text.find(separator);
    parts.emplace_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

std::optional<std::int64_t> ParseCount(std::string_view text) {
  const auto count = WholeNumberIn<std::int64_t>(text);
  if (!count || *count < 0) return std::nullopt;
  return count;
}

//! The first four bytes of SHA-256(name "\n" 0x01 public-key), big-endian.
std::uint32_t KeyId(std::string_view name, const std::array<unsigned char, 32>& public_key) {
  std::string text(name);
  text += '\n';
  text += static_cast<char>(kEd25519);
  text.append(reinterpret_cast<const char*>(public_key.data()), public_key.size());
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return (std::uint32_t{digest[0]} << 24) | (std::uint32_t{digest[1]} << 16) |
         (std::uint32_t{digest[2]} << 8) | std::uint32_t{digest[3]};
}

}  // namespace

std::string FormatKeyId(std::uint32_t id) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(8, '0');
  for (int digit = 7; digit >= 0; --digit, id >>= 4) hex[digit] = kDigits[id & 0xF];
  return hex;
}

namespace {

//! The name, id and 32 key bytes of "name+id+base64(0x01 key)".
struct KeyParts {
  std::string name;
  std::uint32_t id = 0;
  std::array<unsigned char, 32> bytes{};
};

std::variant<KeyParts, std::string> SplitKey(std::string_view text) {
  // The key itself is base64, which may hold '+': only the first two separate parts.
  const auto first = text.find('+');
  const auto second = first == std::string_view::npos ? first : text.find('+', first + 1);
  if (second == std::string_view::npos) {
    return std::string("a key is name+id+key, three parts joined by '+'");
  }
  const std::string parts[] = {std::string(text.substr(0, first)),
                               std::string(text.substr(first + 1, second - first - 1)),
                               std::string(text.substr(second + 1))};
  KeyParts key{parts[0], 0, {}};
  if (!IsAuditKeyName(key.name)) return std::string("the key's name is not a valid name");
  const auto decoded = FromBase64(parts[2]);
  if (!decoded || decoded->size() != 33 || decoded->front() != kEd25519) {
    return std::string("the key is not an Ed25519 key in base64");
  }
  std::copy(decoded->begin() + 1, decoded->end(), key.bytes.begin());
  const std::string& id = parts[1];
  const auto key_id = WholeNumberIn<decltype(key.id)>(id, 16);
  if (!key_id || FormatKeyId(*key_id) != id) {
    return std::string("the key's id is not 8 lowercase hex digits");
  }
  key.id = *key_id;
  return key;
}

std::string KeyText(std::string_view name, std::uint32_t id,
                    const std::array<unsigned char, 32>& bytes) {
  unsigned char with_algorithm[33];
  with_algorithm[0] = kEd25519;
  std::copy(bytes.begin(), bytes.end(), with_algorithm + 1);
  return std::string(name) + "+" + FormatKeyId(id) + "+" + Base64(with_algorithm, 33);
}

}  // namespace

bool IsAuditKeyName(std::string_view name) {
  if (name.empty() || name.size() > 100) return false;
  for (const char c : name) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                         (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '/';
    if (!allowed) return false;
  }
  return true;
}

AuditSigningKey AuditSigningKeyFromSeed(std::string name,
                                        const std::array<unsigned char, 32>& seed) {
  AuditSigningKey key;
  key.seed = seed;
  crypto_sign_seed_keypair(key.verifier.public_key.data(), key.secret.data(), seed.data());
  key.verifier.id = KeyId(name, key.verifier.public_key);
  key.verifier.name = std::move(name);
  return key;
}

std::string FormatSigningKey(const AuditSigningKey& key) {
  return std::string(kPrivateKeyPrefix) + KeyText(key.verifier.name, key.verifier.id, key.seed);
}

std::string FormatVerifierKey(const AuditVerifierKey& key) {
  return KeyText(key.name, key.id, key.public_key);
}

std::variant<AuditSigningKey, std::string> ParseSigningKey(std::string_view text) {
  const std::string trimmed = Trim(text);
  if (!trimmed.starts_with(kPrivateKeyPrefix)) {
    return std::string("a signing key starts PRIVATE+KEY+");
  }
  auto parts = SplitKey(std::string_view(trimmed).substr(kPrivateKeyPrefix.size()));
  if (auto* error = std::get_if<std::string>(&parts)) return *error;
  const KeyParts& key = std::get<KeyParts>(parts);
  AuditSigningKey signing = AuditSigningKeyFromSeed(key.name, key.bytes);
  if (signing.verifier.id != key.id) return std::string("the key's id does not match the key");
  return signing;
}

std::variant<AuditVerifierKey, std::string> ParseVerifierKey(std::string_view text) {
  auto parts = SplitKey(Trim(text));
  if (auto* error = std::get_if<std::string>(&parts)) return *error;
  const KeyParts& key = std::get<KeyParts>(parts);
  if (KeyId(key.name, key.bytes) != key.id) {
    return std::string("the key's id does not match the key");
  }
  return AuditVerifierKey{key.name, key.id, key.bytes};
}

std::variant<std::vector<AuditVerifierKey>, std::string> ParseVerifierKeys(std::string_view text) {
  std::vector<AuditVerifierKey> keys;
  int number = 0;
  for (const std::string& line : SplitOn(text, '\n')) {
    ++number;
    if (Trim(line).empty()) continue;
    auto key = ParseVerifierKey(line);
    if (auto* error = std::get_if<std::string>(&key)) {
      return "line " + std::to_string(number) + ": " + *error;
    }
    keys.push_back(std::get<AuditVerifierKey>(key));
  }
  if (keys.empty()) return std::string("it holds no key");
  return keys;
}

std::string CheckpointBody(const AuditCheckpoint& checkpoint) {
  return checkpoint.origin + "\n" + std::to_string(checkpoint.size) + "\n" +
         Base64(checkpoint.root.data(), checkpoint.root.size()) + "\n";
}

std::string SignCheckpoint(const AuditCheckpoint& checkpoint, const AuditSigningKey& key) {
  return SignNote(CheckpointBody(checkpoint), key);
}

std::string SignNote(std::string_view body, const AuditSigningKey& key) {
  unsigned char signature[4 + crypto_sign_BYTES];
  for (int byte = 0; byte < 4; ++byte) {
    signature[byte] = static_cast<unsigned char>(key.verifier.id >> (24 - 8 * byte));
  }
  crypto_sign_detached(signature + 4, nullptr, reinterpret_cast<const unsigned char*>(body.data()),
                       body.size(), key.secret.data());
  return std::string(body) + "\n" + std::string(kSignaturePrefix) + key.verifier.name + " " +
         Base64(signature, sizeof(signature)) + "\n";
}

std::optional<std::string> CosignNote(std::string_view note, const AuditSigningKey& key) {
  const auto blank = note.find("\n\n");
  if (blank == std::string_view::npos || !note.ends_with('\n')) return std::nullopt;
  const std::string signed_alone = SignNote(note.substr(0, blank + 1), key);
  return std::string(note) + signed_alone.substr(blank + 2);
}

std::variant<AuditCheckpoint, std::string> OpenCheckpoint(std::string_view note,
                                                          std::span<const AuditVerifierKey> keys) {
  const auto blank = note.find("\n\n");
  if (blank == std::string_view::npos) {
    return std::string("it is not a signed note: no blank line before its signatures");
  }
  const std::string_view body = note.substr(0, blank + 1);
  const AuditVerifierKey* signer = nullptr;
  for (const std::string& line : SplitOn(note.substr(blank + 2), '\n')) {
    if (!line.starts_with(kSignaturePrefix)) continue;
    const auto words = SplitOn(std::string_view(line).substr(kSignaturePrefix.size()), ' ');
    const auto signature = words.size() == 2 ? FromBase64(words[1]) : std::nullopt;
    if (!signature || signature->size() != 4 + crypto_sign_BYTES) continue;
    const std::uint32_t id = (std::uint32_t{(*signature)[0]} << 24) |
                             (std::uint32_t{(*signature)[1]} << 16) |
                             (std::uint32_t{(*signature)[2]} << 8) | std::uint32_t{(*signature)[3]};
    for (const AuditVerifierKey& key : keys) {
      if (key.name != words[0] || key.id != id) continue;
      if (crypto_sign_verify_detached(signature->data() + 4,
                                      reinterpret_cast<const unsigned char*>(body.data()),
                                      body.size(), key.public_key.data()) == 0) {
        signer = &key;
      }
    }
    if (signer) break;
  }
  if (!signer) {
    return std::string(keys.size() == 1 ? "it is not signed by the key " + keys[0].name
                                        : "it is not signed by any of the keys given");
  }
  const auto lines = SplitOn(body, '\n');
  AuditCheckpoint checkpoint;
  checkpoint.origin = lines.size() > 0 ? lines[0] : "";
  if (lines.size() < 3 || checkpoint.origin != signer->name) {
    return std::string("its first line does not name the log " + signer->name);
  }
  const auto size = ParseCount(lines[1]);
  const auto root = FromBase64(lines[2]);
  if (!size || !root || root->size() != checkpoint.root.size()) {
    return std::string("its size or root is not written as a checkpoint's");
  }
  checkpoint.size = *size;
  std::copy(root->begin(), root->end(), checkpoint.root.begin());
  return checkpoint;
}

}  // namespace frontdoor::domain
