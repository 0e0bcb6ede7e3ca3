// tests/domain/audit_checkpoint_test.cpp — signed checkpoints: keys and notes byte for byte as the
// signed-note reference implementation writes them, and a checkpoint refused when anything in it
// changes or another key signed it.
#include "domain/audit_checkpoint.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

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

TEST(AuditCheckpoint, AKeyChangedHandsTheLogOverWithACheckpointBothKeysSign) {
  const AuditSigningKey old_key = TestKey();
  std::array<unsigned char, 32> new_seed{};
  new_seed.fill(9);
  const AuditSigningKey new_key = AuditSigningKeyFromSeed(old_key.verifier.name, new_seed);
  ASSERT_NE(new_key.verifier.id, old_key.verifier.id);
  const std::string by_old = SignCheckpoint(Checkpoint(old_key, 50), old_key);
  const auto handover = CosignNote(by_old, new_key);
  ASSERT_TRUE(handover.has_value());
  EXPECT_TRUE(handover->starts_with(by_old));
  EXPECT_EQ(std::count(handover->begin(), handover->end(), '\n'), 6);  // three lines, a gap, two
  const std::vector<AuditVerifierKey> both = {new_key.verifier, old_key.verifier};
  for (const auto& keys : {std::vector{old_key.verifier}, std::vector{new_key.verifier}, both}) {
    const auto opened = OpenCheckpoint(*handover, keys);
    ASSERT_TRUE(std::holds_alternative<AuditCheckpoint>(opened)) << std::get<std::string>(opened);
    EXPECT_EQ(std::get<AuditCheckpoint>(opened).size, 50);
  }
  // Checkpoints signed before and after the change open with the list of both keys.
  EXPECT_TRUE(std::holds_alternative<AuditCheckpoint>(OpenCheckpoint(by_old, both)));
  const std::string by_new = SignCheckpoint(Checkpoint(new_key, 60), new_key);
  EXPECT_TRUE(std::holds_alternative<AuditCheckpoint>(OpenCheckpoint(by_new, both)));
  EXPECT_TRUE(std::holds_alternative<std::string>(OpenCheckpoint(by_new, old_key.verifier)));
  // The new key's signature does not carry over to a body changed after it signed.
  std::string changed = *handover;
  changed.replace(changed.find("\n50\n"), 4, "\n51\n");
  EXPECT_TRUE(std::holds_alternative<std::string>(OpenCheckpoint(changed, both)));
  EXPECT_FALSE(CosignNote(CheckpointBody(Checkpoint(old_key, 50)), new_key).has_value());
}

TEST(AuditCheckpoint, AFileOfPublicKeysListsEveryKeyTheLogWasSignedWith) {
  const auto keys = ParseVerifierKeys(std::string(kExampleVerifier) + "\n\n" +
                                      FormatVerifierKey(TestKey().verifier) + "\n");
  ASSERT_TRUE(std::holds_alternative<std::vector<AuditVerifierKey>>(keys))
      << std::get<std::string>(keys);
  ASSERT_EQ(std::get<std::vector<AuditVerifierKey>>(keys).size(), 2u);
  EXPECT_EQ(std::get<std::vector<AuditVerifierKey>>(keys)[1].name,
            "frontdoor.example/access-audit");
  const auto bad = ParseVerifierKeys(std::string(kExampleVerifier) + "\nPeterNeumann+c74f20a3\n");
  ASSERT_TRUE(std::holds_alternative<std::string>(bad));
  EXPECT_TRUE(std::get<std::string>(bad).starts_with("line 2: ")) << std::get<std::string>(bad);
  EXPECT_TRUE(std::holds_alternative<std::string>(ParseVerifierKeys(" \n")));
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
