// tests/store/audit_records_test.cpp — the access audit's entries and log, on SQLite and
// PostgreSQL.
#include "store/audit_records.hpp"

#include <algorithm>
#include <tuple>

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

domain::AuditEntry Entry(int second, std::string record_ids) {
  domain::AuditEntry entry;
  entry.at = At("2026-11-27T09:30:00.250Z") + std::chrono::seconds(second);
  entry.username = "jo";
  entry.role = "practitioner";
  entry.action = "view_person_record";
  entry.record_ids = std::move(record_ids);
  entry.client_address = "10.0.0.1";
  entry.outcome = second % 2 ? domain::AuditOutcome::kAllowed : domain::AuditOutcome::kRefused;
  entry.detail = "Zoë’s record";
  return entry;
}

using AuditRecordsTest = RecordsTest;

TEST_P(AuditRecordsTest, WritesNumbersPlacesAndReadsBackInEveryOrder) {
  Write([](Records& records) {
    records.audit.Add(Entry(1, "person:1"));
    records.audit.Add(Entry(2, "person:1 contact:4"));
    records.audit.Add(Entry(3, ""));
    return 0;
  });
  auto waiting = Read([](Records& records) { return records.audit.Waiting(10); });
  ASSERT_EQ(waiting.size(), 3u);
  EXPECT_EQ(waiting[0].sequence + 1, waiting[1].sequence);  // numbered as written
  EXPECT_FALSE(waiting[0].position.has_value());
  EXPECT_EQ(waiting[1].record_ids, "person:1 contact:4");
  EXPECT_EQ(waiting[1].outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(waiting[1].at, Entry(2, "").at);
  EXPECT_EQ(waiting[1].detail, "Zoë’s record");
  EXPECT_EQ(Read([](Records& records) { return records.audit.WaitingCount(); }), 3);

  waiting[0].position = 0;
  waiting[1].position = 1;
  waiting.pop_back();
  Write([&](Records& records) {
    records.audit.Place(waiting);
    records.audit_log.Keep({{0, 0, domain::MerkleLeafHash("a")}});
    return 0;
  });
  EXPECT_EQ(Read([](Records& records) { return records.audit.WaitingCount(); }), 1);
  const auto logged = Read([](Records& records) { return records.audit.InLog(0, 10); });
  ASSERT_EQ(logged.size(), 2u);
  EXPECT_EQ(logged[1].first.position, 1);
  EXPECT_EQ(logged[0].second, domain::MerkleLeafHash("a"));
  EXPECT_FALSE(logged[1].second.has_value());  // no leaf kept for place 1
  EXPECT_EQ(Read([](Records& records) { return records.audit.InLog(1, 10); }).size(), 1u);

  const auto first = waiting[0].sequence;
  EXPECT_EQ(Read([&](Records& records) { return records.audit.Find(first); })->position, 0);
  const auto seen = Read([](Records& records) { return records.audit.ForRecord("person:1", 10); });
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0].sequence, first + 1);  // newest first
  EXPECT_EQ(Read([](Records& records) { return records.audit.ForRecord("contact:4", 10); }).size(),
            1u);
  const auto recent = Read([](Records& records) { return records.audit.Recent(2); });
  ASSERT_EQ(recent.size(), 2u);
  EXPECT_EQ(recent[0].sequence, first + 2);
}

TEST_P(AuditRecordsTest, VolumesCountEachAccountsRecordsOfOneActionSinceAMoment) {
  Write([](Records& records) {
    for (const auto& [second, username, action, record] :
         std::vector<std::tuple<int, std::string, std::string, std::string>>{
             {-1, "jo", "view_person_record", "person:9"},  // before the moment
             {0, "jo", "view_person_record", "person:1"},   // at it, and refused
             {1, "jo", "view_person_record", "person:1"},   // the same record again
             {2, "jo", "view_person_record", "person:2"},
             {3, "jo", "view_contact", "person:3"},  // another action
             {3, "jo", "view_person_record", ""},    // refused before it named a record
             {4, "sam", "view_person_record", "person:1"}}) {
      auto entry = Entry(second, record);
      entry.username = username;
      entry.action = action;
      records.audit.Add(entry);
    }
    return 0;
  });
  auto volumes = Read([](Records& records) {
    return records.audit.VolumesSince("view_person_record", Entry(0, "").at);
  });
  std::sort(volumes.begin(), volumes.end(),
            [](const auto& a, const auto& b) { return a.username < b.username; });
  ASSERT_EQ(volumes.size(), 2u);
  EXPECT_EQ(volumes[0].username, "jo");
  EXPECT_EQ(volumes[0].people, 2);
  EXPECT_EQ(volumes[0].entries, 3);
  EXPECT_EQ(volumes[1].username, "sam");
  EXPECT_EQ(volumes[1].people, 1);
  EXPECT_EQ(volumes[1].entries, 1);
  EXPECT_TRUE(Read([](Records& records) {
                return records.audit.VolumesSince("view_person_record", Entry(5, "").at);
              }).empty());
}

TEST_P(AuditRecordsTest, APlaceIsGivenOnceAndNeverTwice) {
  Write([](Records& records) {
    records.audit.Add(Entry(1, ""));
    records.audit.Add(Entry(2, ""));
    return 0;
  });
  auto waiting = Read([](Records& records) { return records.audit.Waiting(10); });
  waiting[0].position = 0;
  Write([&](Records& records) {
    records.audit.Place({waiting[0]});
    return 0;
  });
  waiting[0].position = 5;  // already placed: left where it is
  waiting[1].position = 0;  // a place already taken: refused
  EXPECT_THROW(Write([&](Records& records) {
                 records.audit.Place(waiting);
                 return 0;
               }),
               StoreError);
  EXPECT_EQ(
      Read([&](Records& records) { return records.audit.Find(waiting[0].sequence); })->position, 0);
}

TEST_P(AuditRecordsTest, TheLogKeepsItsSubtreesAndOneHead) {
  EXPECT_EQ(Read([](Records& records) { return records.audit_log.Head(); }).size, 0);
  domain::AuditLogHead head;
  head.size = 2;
  head.root = domain::MerkleLeafHash("root");
  head.at = At("2026-11-27T09:30:00Z");
  head.checkpoint = "signed";
  Write([&](Records& records) {
    records.audit_log.Keep({{0, 0, domain::MerkleLeafHash("a")},
                            {0, 1, domain::MerkleLeafHash("b")},
                            {1, 0, domain::MerkleLeafHash("ab")}});
    records.audit_log.SetHead(head);
    head.size = 3;
    records.audit_log.SetHead(head);
    return 0;
  });
  const auto kept = Read([](Records& records) { return records.audit_log.Head(); });
  EXPECT_EQ(kept.size, 3);
  EXPECT_EQ(kept.root, head.root);
  EXPECT_EQ(kept.checkpoint, "signed");
  EXPECT_EQ(Read([](Records& records) { return records.audit_log.Node(1, 0); }),
            domain::MerkleLeafHash("ab"));
  EXPECT_THROW(Read([](Records& records) { return records.audit_log.Node(1, 1); }), StoreError);
}

FRONTDOOR_ON_BOTH_DATABASES(AuditRecordsTest);

}  // namespace
}  // namespace frontdoor::store
