// tests/store/audit_records_test.cpp — the access audit contract, on SQLite and PostgreSQL.
#include "store/audit_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

domain::AuditEntry Entry(std::int64_t sequence, std::string record_ids) {
  domain::AuditEntry entry;
  entry.sequence = sequence;
  entry.at = At("2026-11-27T09:30:00.250Z") + std::chrono::seconds(sequence);
  entry.username = "jo";
  entry.role = "practitioner";
  entry.action = "view_person_record";
  entry.record_ids = std::move(record_ids);
  entry.client_address = "10.0.0.1";
  entry.outcome = sequence % 2 ? domain::AuditOutcome::kAllowed : domain::AuditOutcome::kRefused;
  entry.detail = "Zoë’s record";
  entry.previous_hash = sequence > 1 ? "hash" + std::to_string(sequence - 1) : "";
  entry.hash = "hash" + std::to_string(sequence);
  return entry;
}

using AuditRecordsTest = RecordsTest;

TEST_P(AuditRecordsTest, AppendsAndReadsBackInEveryOrder) {
  EXPECT_FALSE(Write([](Records& records) { return records.audit.LastForAppend(); }));
  Write([](Records& records) {
    records.audit.Add(Entry(1, "person:1"));
    records.audit.Add(Entry(2, "person:1 contact:4"));
    records.audit.Add(Entry(3, ""));
    return 0;
  });
  const auto last = *Write([](Records& records) { return records.audit.LastForAppend(); });
  EXPECT_EQ(last.sequence, 3);
  EXPECT_EQ(last.hash, "hash3");

  const auto after = Read([](Records& records) { return records.audit.After(1, 10); });
  ASSERT_EQ(after.size(), 2u);
  EXPECT_EQ(after[0].sequence, 2);
  EXPECT_EQ(after[0].record_ids, "person:1 contact:4");
  EXPECT_EQ(after[0].outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(after[0].at, Entry(2, "").at);
  EXPECT_EQ(after[0].detail, "Zoë’s record");
  EXPECT_EQ(after[0].previous_hash, "hash1");
  EXPECT_EQ(Read([](Records& records) { return records.audit.After(0, 1); }).size(), 1u);

  const auto seen = Read([](Records& records) { return records.audit.ForRecord("person:1", 10); });
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].sequence, 2);  // newest first
  EXPECT_EQ(Read([](Records& records) { return records.audit.ForRecord("contact:4", 10); }).size(),
            1u);
  EXPECT_EQ(Read([](Records& records) { return records.audit.ForRecord("person:1", 1); }).size(),
            1u);

  const auto recent = Read([](Records& records) { return records.audit.Recent(2); });
  ASSERT_EQ(recent.size(), 2u);
  EXPECT_EQ(recent[0].sequence, 3);
  EXPECT_EQ(recent[1].sequence, 2);
}

TEST_P(AuditRecordsTest, RefusesASecondEntryWithTheSameSequence) {
  Write([](Records& records) {
    records.audit.Add(Entry(1, ""));
    return 0;
  });
  EXPECT_THROW(Write([](Records& records) {
                 records.audit.Add(Entry(1, ""));
                 return 0;
               }),
               StoreError);
}

FRONTDOOR_ON_BOTH_DATABASES(AuditRecordsTest);

}  // namespace
}  // namespace frontdoor::store
