// src/domain/audit_checkpoint.hpp — signed checkpoints of the access audit's log: its size and
// root, signed with an Ed25519 key kept outside the database, in the signed-note checkpoint format
// of Certificate Transparency's successors (C2SP tlog-checkpoint), so anyone holding the public key
// can check a copy kept elsewhere.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/merkle_tree.hpp"

namespace frontdoor::domain {

//! The log as it stood: how many entries and the root over them.
struct AuditCheckpoint {
  std::string origin;  //!< which log: the signing key's name
  std::int64_t size = 0;
  MerkleHash root{};
};

//! Who may check checkpoints: a key's name, its id and its Ed25519 public key.
struct AuditVerifierKey {
  std::string name;
  std::uint32_t id = 0;
  std::array<unsigned char, 32> public_key{};
};

//! The key that signs checkpoints. Kept in a file readable by the service alone.
struct AuditSigningKey {
  AuditVerifierKey verifier;
  std::array<unsigned char, 32> seed{};
  std::array<unsigned char, 64> secret{};
};

//! A key's name: letters, digits and ".-_/", 1 to 100 of them.
bool IsAuditKeyName(std::string_view name);
//! The key made from 32 random bytes (the service supplies them).
AuditSigningKey AuditSigningKeyFromSeed(std::string name,
                                        const std::array<unsigned char, 32>& seed);

//! A key id as signed notes write it: 8 lowercase hex digits.
std::string FormatKeyId(std::uint32_t id);
//! "PRIVATE+KEY+name+id+key", the signed-note format of a signer key.
std::string FormatSigningKey(const AuditSigningKey& key);
//! "name+id+key", the signed-note format of a verifier key.
std::string FormatVerifierKey(const AuditVerifierKey& key);
//! The key a file holds (surrounding white space ignored), or why it is not one.
std::variant<AuditSigningKey, std::string> ParseSigningKey(std::string_view text);
std::variant<AuditVerifierKey, std::string> ParseVerifierKey(std::string_view text);
//! The verifier keys a file holds, one a line (blank lines ignored), or which line is not one. A
//! log whose key was changed keeps every key it was ever signed with, the newest first.
std::variant<std::vector<AuditVerifierKey>, std::string> ParseVerifierKeys(std::string_view text);

//! The checkpoint's text: origin, size and base64 root, a line each.
std::string CheckpointBody(const AuditCheckpoint& checkpoint);
//! The checkpoint as a signed note: its text, a blank line and the key's signature line.
std::string SignCheckpoint(const AuditCheckpoint& checkpoint, const AuditSigningKey& key);
//! `text` (lines each ending in a line feed) as a signed note.
std::string SignNote(std::string_view text, const AuditSigningKey& key);
//! The signed note `note` with `key`'s signature added beside those it has (a checkpoint signed
//! by an old key and the new one hands the log over); nothing when `note` is not a signed note.
std::optional<std::string> CosignNote(std::string_view note, const AuditSigningKey& key);
//! The checkpoint a signed note states when one of `keys` signed it (and it names that key's log);
//! otherwise what is wrong with it.
std::variant<AuditCheckpoint, std::string> OpenCheckpoint(std::string_view note,
                                                          std::span<const AuditVerifierKey> keys);
inline std::variant<AuditCheckpoint, std::string> OpenCheckpoint(std::string_view note,
                                                                 const AuditVerifierKey& key) {
  return OpenCheckpoint(note, std::span(&key, 1));
}

}  // namespace frontdoor::domain
