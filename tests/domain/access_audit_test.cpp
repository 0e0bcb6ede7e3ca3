// tests/domain/access_audit_test.cpp — verifying the access audit's log: finding the entry edited,
// removed or moved, and a log rewritten or cut short behind a signed checkpoint.
#include "domain/access_audit.hpp"

#include <gtest/gtest.h>

#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

std::vector<AuditEntry> Entries(int count) {
  std::vector<AuditEntry> entries;
  for (int entry_idx = 0; entry_idx < count; ++entry_idx) {
    AuditEntry entry;
    entry.sequence = entry_idx + 1;
    entry.position = entry_idx;
    entry.at = *ParseTimestamp("2026-11-27T09:00:00Z");
    entry.username = "ann";
    entry.role = "practitioner";
    entry.action = "view_person_record";
    entry.record_ids = "person:" + std::to_string(entry_idx);
    entries.push_back(entry);
  }
  return entries;
}

//! A log as the sequencer keeps it: each entry's leaf at its place, and the head.
struct Log {
  std::vector<AuditEntry> entries;
  std::vector<MerkleHash> leaves;
  AuditLogHead head;

  explicit Log(std::vector<AuditEntry> written) : entries(std::move(written)) {
    MerkleRightEdge edge;
    for (const AuditEntry& entry : entries) {
      leaves.push_back(MerkleLeafHash(CanonicalAuditText(entry)));
      edge.Append(leaves.back());
    }
    head.size = edge.Size();
    head.root = edge.Root();
  }
  AuditCheckpoint Checkpoint() const { return {"test", head.size, head.root}; }
  //! Verifies the entries as they are now against the leaves and head as they were made.
  AuditVerification Verify(std::optional<AuditCheckpoint> trusted = std::nullopt) const {
    AuditLogVerifier verifier(std::move(trusted));
    for (std::size_t entry_idx = 0; entry_idx < entries.size(); ++entry_idx) {
      const auto place = entries[entry_idx].position.value_or(-1);
      const auto kept = place >= 0 && place < std::int64_t(leaves.size())
                            ? std::optional(leaves[std::size_t(place)])
                            : std::nullopt;
      if (!verifier.Next(entries[entry_idx], kept)) break;
    }
    return verifier.Finish(head);
  }
};

TEST(AccessAudit, ARecordAskedAboutIsReadAsTheEntriesNameIt) {
  EXPECT_EQ(ReadAuditRecordId("person:12"), "person:12");
  EXPECT_EQ(ReadAuditRecordId(" audit_case:4 "), "audit_case:4");
  EXPECT_EQ(ReadAuditRecordId("Person:12"), "person:12");
  // The number on a child's record page is the person's.
  EXPECT_EQ(ReadAuditRecordId("C0000007"), "person:7");
  EXPECT_EQ(ReadAuditRecordId("c7"), "person:7");
  // Anything else names no record the entries could name: it is not an answer of "no one".
  for (const char* typed :
       {"Jan Nowak", "person:", "person:x", ":12", "person:0", "person:12 x", "C", "12"})
    EXPECT_EQ(ReadAuditRecordId(typed), std::nullopt) << typed;
}

TEST(AccessAudit, AnUntouchedLogVerifies) {
  const Log log(Entries(5));
  const auto result = log.Verify();
  EXPECT_TRUE(result.ok) << result.problem;
  EXPECT_EQ(result.entries, 5);
  EXPECT_EQ(result.root, log.head.root);
}

TEST(AccessAudit, FindsAnEditedEntry) {
  Log log(Entries(5));
  log.entries[2].username = "someone else";
  const auto result = log.Verify();
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_sequence, 3);
  EXPECT_NE(result.problem.find("edited"), std::string::npos);
}

TEST(AccessAudit, FindsARemovedOrMovedEntry) {
  Log removed(Entries(5));
  removed.entries.erase(removed.entries.begin() + 1);
  auto result = removed.Verify();
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_sequence, 3);

  Log moved(Entries(5));
  std::swap(moved.entries[1].position, moved.entries[2].position);
  std::swap(moved.entries[1], moved.entries[2]);
  result = moved.Verify();
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.first_bad_sequence, 3);
}

TEST(AccessAudit, AGrownLogExtendsAnEarlierCheckpoint) {
  const AuditCheckpoint earlier = Log(Entries(3)).Checkpoint();
  const auto result = Log(Entries(7)).Verify(earlier);
  EXPECT_TRUE(result.ok) << result.problem;
  ASSERT_TRUE(result.extends.has_value());
  EXPECT_EQ(result.extends->size, 3);
}

TEST(AccessAudit, ALogRewrittenWholeOnlyFailsAgainstACheckpointKeptElsewhere) {
  const AuditCheckpoint kept = Log(Entries(5)).Checkpoint();
  auto entries = Entries(6);
  entries[1].detail = "a view that never happened";
  const Log rewritten(entries);  // leaves and head made again to match
  EXPECT_TRUE(rewritten.Verify().ok);
  const auto result = rewritten.Verify(kept);
  EXPECT_FALSE(result.ok);
  EXPECT_NE(result.problem.find("rewritten"), std::string::npos) << result.problem;
}

TEST(AccessAudit, ALogCutShortFailsAgainstACheckpoint) {
  const AuditCheckpoint kept = Log(Entries(5)).Checkpoint();
  const Log cut(Entries(3));
  EXPECT_TRUE(cut.Verify().ok);
  const auto result = cut.Verify(kept);
  EXPECT_FALSE(result.ok);
  EXPECT_NE(result.problem.find("cut short"), std::string::npos) << result.problem;

  Log head_kept(Entries(5));
  head_kept.entries.pop_back();
  EXPECT_FALSE(head_kept.Verify().ok);
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
