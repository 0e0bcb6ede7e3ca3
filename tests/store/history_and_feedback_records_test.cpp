// tests/store/history_and_feedback_records_test.cpp — the record history and feedback contracts,
// on SQLite and PostgreSQL.
#include "store/account_records.hpp"
#include "store/audit_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using HistoryRecordsTest = RecordsTest;

TEST_P(HistoryRecordsTest, KeepsEachChangeOfARecordInOrder) {
  Write([](Records& records) {
    records.history.Add(
        {"contact:1", "consent to share", "", "given", "jo", At("2026-11-27T10:00:00.100Z")});
    records.history.Add({"contact:2", "decision", "", "NFA", "sam", At("2026-11-27T10:30:00Z")});
    records.history.Add(
        {"contact:1", "consent to share", "given", "withdrawn", "jo", At("2026-11-27T11:00:00Z")});
    return 0;
  });
  const auto changes = Read([](Records& records) { return records.history.Of("contact:1"); });
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].to, "given");
  EXPECT_EQ(changes[0].at, At("2026-11-27T10:00:00.100Z"));
  EXPECT_EQ(changes[1].from, "given");
  EXPECT_EQ(changes[1].by, "jo");
  EXPECT_EQ(changes[1].field, "consent to share");
  EXPECT_TRUE(Read([](Records& records) { return records.history.Of("contact:9"); }).empty());
}

TEST_P(HistoryRecordsTest, FeedbackIsKeptAndCounted) {
  const auto id = Write([](Records& records) {
    return records.feedback.Add({0, At("2026-11-27T09:30:00.250Z"), "Zoë’s \"form\"", "/people"});
  });
  const auto kept = *Read([&](Records& records) { return records.feedback.Find(id); });
  EXPECT_EQ(kept.text, "Zoë’s \"form\"");
  EXPECT_EQ(kept.page, "/people");
  EXPECT_EQ(kept.received_at, At("2026-11-27T09:30:00.250Z"));
  EXPECT_EQ(Read([](Records& records) { return records.feedback.Count(); }), 1);
  EXPECT_FALSE(Read([&](Records& records) { return records.feedback.Find(id + 1); }));
}

TEST_P(HistoryRecordsTest, FeedbackIsReadNewestFirstAPageAtATime) {
  const auto ids = Write([](Records& records) {
    std::vector<std::int64_t> added;
    for (const char* text : {"First", "Second", "Third"})
      added.push_back(records.feedback.Add({0, At("2026-11-27T09:30:00Z"), text, "/"}));
    return added;
  });
  const auto newest = Read([](Records& records) { return records.feedback.NewestBefore(0, 2); });
  ASSERT_EQ(newest.size(), 2u);
  EXPECT_EQ(newest[0].text, "Third");
  EXPECT_EQ(newest[1].text, "Second");
  EXPECT_EQ(newest[1].received_at, At("2026-11-27T09:30:00Z"));
  const auto older =
      Read([&](Records& records) { return records.feedback.NewestBefore(newest[1].id, 2); });
  ASSERT_EQ(older.size(), 1u);
  EXPECT_EQ(older[0].id, ids[0]);
  EXPECT_TRUE(
      Read([&](Records& records) { return records.feedback.NewestBefore(ids[0], 2); }).empty());
}

FRONTDOOR_ON_BOTH_DATABASES(HistoryRecordsTest);

}  // namespace
}  // namespace frontdoor::store
