// tests/domain/access_audit_test.cpp — the hash chain: sealing, and finding the first entry edited,
// removed or reordered.
#include "domain/access_audit.hpp"

#include <gtest/gtest.h>

#include <functional>

#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

// A stand-in hash for the rules' sake (the service uses SHA-256); any change in text changes it.
std::string TestHash(std::string_view text) {
  return std::to_string(std::hash<std::string_view>{}(text));
}

std::vector<AuditEntry> Chain(int length) {
  std::vector<AuditEntry> entries;
  for (int entry_idx = 0; entry_idx < length; ++entry_idx) {
    AuditEntry entry;
    entry.at = *ParseTimestamp("2026-11-27T09:00:00Z");
    entry.username = "ann";
    entry.role = "practitioner";
    entry.action = "view_person_record";
    entry.record_ids = "person:" + std::to_string(entry_idx);
    SealAuditEntry(entry, entries.empty() ? std::nullopt : std::optional(entries.back()), TestHash);
    entries.push_back(entry);
  }
  return entries;
}

TEST(AccessAudit, AnUntouchedChainVerifies) {
  const auto entries = Chain(5);
  EXPECT_EQ(entries[0].sequence, 1);
  EXPECT_EQ(entries[4].previous_hash, entries[3].hash);
  const auto result = VerifyAuditChain(entries, TestHash);
  EXPECT_TRUE(result.ok);
  EXPECT_EQ(result.entries, 5);
  EXPECT_EQ(result.head_hash, entries[4].hash);
}

TEST(AccessAudit, FindsAnEditedEntry) {
  auto entries = Chain(5);
  entries[2].username = "someone else";
  const auto result = VerifyAuditChain(entries, TestHash);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_sequence, 3);
  EXPECT_NE(result.problem.find("edited"), std::string::npos);
}

TEST(AccessAudit, FindsARemovedEntry) {
  auto entries = Chain(5);
  entries.erase(entries.begin() + 1);
  const auto result = VerifyAuditChain(entries, TestHash);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_sequence, 3);
}

TEST(AccessAudit, FindsReorderedEntriesEvenWithRenumbering) {
  auto entries = Chain(5);
  std::swap(entries[1], entries[2]);
  std::swap(entries[1].sequence, entries[2].sequence);
  const auto result = VerifyAuditChain(entries, TestHash);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_sequence, 2);
}

TEST(AccessAudit, CanonicalTextCannotBeShiftedBetweenFields) {
  AuditEntry a, b;
  a.username = "ab";
  a.role = "c";
  b.username = "a";
  b.role = "bc";
  EXPECT_NE(CanonicalAuditText(a), CanonicalAuditText(b));
}

TEST(AccessAudit, SplitsRecordIds) {
  EXPECT_EQ(SplitRecordIds("person:1  contact:2"),
            (std::vector<std::string>{"person:1", "contact:2"}));
  EXPECT_TRUE(SplitRecordIds("").empty());
}

}  // namespace
}  // namespace frontdoor::domain
