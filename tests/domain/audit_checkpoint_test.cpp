// tests/domain/audit_checkpoint_test.cpp — signed checkpoints: keys and notes byte for byte as the
// signed-note reference implementation writes them, and a checkpoint refused when anything in it
// changes or another key signed it.
#include "domain/audit_checkpoint.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

// The example key and note of the signed-note reference implementation (golang.org/x/mod/sumdb/
// note), as data: Ed25519 signatures are deterministic, so the same key and text sign the same.
constexpr const char* kExampleSigner =
    "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
constexpr const char* kExampleVerifier =
    "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
constexpr const char* kExampleText =
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n";
constexpr const char* kExampleNote =
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n"
    "\n"
    "\xE2\x80\x94 PeterNeumann "
    "x08go/ZJkuBS9UG/"
    "SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

AuditSigningKey TestKey(const char* name = "frontdoor.example/access-audit") {
  std::array<unsigned char, 32> seed{};
  seed.fill(7);
  return AuditSigningKeyFromSeed(name, seed);
}

AuditCheckpoint Checkpoint(const AuditSigningKey& key, std::int64_t size) {
  return {key.verifier.name, size, MerkleLeafHash("root " + std::to_string(size))};
}

TEST(AuditCheckpoint, KeysAndNotesMatchTheReferenceImplementation) {
  const auto signer = ParseSigningKey(kExampleSigner);
  ASSERT_TRUE(std::holds_alternative<AuditSigningKey>(signer)) << std::get<std::string>(signer);
  const auto& key = std::get<AuditSigningKey>(signer);
  EXPECT_EQ(FormatSigningKey(key), kExampleSigner);
  EXPECT_EQ(FormatVerifierKey(key.verifier), kExampleVerifier);
  const auto verifier = ParseVerifierKey(kExampleVerifier);
  ASSERT_TRUE(std::holds_alternative<AuditVerifierKey>(verifier));
  EXPECT_EQ(std::get<AuditVerifierKey>(verifier).public_key, key.verifier.public_key);
  EXPECT_EQ(SignNote(kExampleText, key), kExampleNote);
}

TEST(AuditCheckpoint, ASignedCheckpointOpensWithItsKeyAlone) {
  const AuditSigningKey key = TestKey();
  const AuditCheckpoint checkpoint = Checkpoint(key, 1234);
  const std::string note = SignCheckpoint(checkpoint, key);
  EXPECT_TRUE(note.starts_with("frontdoor.example/access-audit\n1234\n"));
  const auto opened = OpenCheckpoint(note, key.verifier);
  ASSERT_TRUE(std::holds_alternative<AuditCheckpoint>(opened)) << std::get<std::string>(opened);
  EXPECT_EQ(std::get<AuditCheckpoint>(opened).size, 1234);
  EXPECT_EQ(std::get<AuditCheckpoint>(opened).root, checkpoint.root);

  std::array<unsigned char, 32> other_seed{};
  const AuditSigningKey other = AuditSigningKeyFromSeed(key.verifier.name, other_seed);
  EXPECT_TRUE(std::holds_alternative<std::string>(OpenCheckpoint(note, other.verifier)));
}

TEST(AuditCheckpoint, AChangedSizeOrRootOrAMissingSignatureIsRefused) {
  const AuditSigningKey key = TestKey();
  const std::string note = SignCheckpoint(Checkpoint(key, 1234), key);
  std::string smaller = note;
  smaller.replace(smaller.find("1234"), 4, "1233");
  EXPECT_TRUE(std::holds_alternative<std::string>(OpenCheckpoint(smaller, key.verifier)));
  const std::string other_root = SignCheckpoint(Checkpoint(key, 99), key);
  std::string swapped =
      note.substr(0, note.find("\n\n")) + other_root.substr(other_root.find("\n\n"));
  EXPECT_TRUE(std::holds_alternative<std::string>(OpenCheckpoint(swapped, key.verifier)));
  EXPECT_TRUE(std::holds_alternative<std::string>(
      OpenCheckpoint(CheckpointBody(Checkpoint(key, 1234)), key.verifier)));
}

TEST(AuditCheckpoint, BadKeysSayWhatIsWrong) {
  EXPECT_TRUE(std::holds_alternative<std::string>(ParseSigningKey(kExampleVerifier)));
  EXPECT_TRUE(std::holds_alternative<std::string>(
      ParseVerifierKey("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW")));
  EXPECT_TRUE(std::holds_alternative<std::string>(ParseVerifierKey("PeterNeumann+c74f20a3")));
  EXPECT_TRUE(std::holds_alternative<std::string>(ParseVerifierKey("a b+c74f20a3+AAAA")));
  EXPECT_FALSE(IsAuditKeyName("has space"));
  EXPECT_TRUE(IsAuditKeyName("council.gov.uk/frontdoor"));
}

}  // namespace
}  // namespace frontdoor::domain
