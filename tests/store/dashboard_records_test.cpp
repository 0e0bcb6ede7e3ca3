// tests/store/dashboard_records_test.cpp — the dashboard's changes and counted days, on SQLite
// and PostgreSQL.
#include "store/dashboard_records.hpp"

#include <algorithm>

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using DashboardRecordsTest = RecordsTest;

std::vector<domain::Timestamp> Sorted(std::vector<domain::Timestamp> moments) {
  std::sort(moments.begin(), moments.end());
  return moments;
}

TEST_P(DashboardRecordsTest, ChangedContactsBringEveryLaterContactAboutTheirChildren) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto amelia = AddPerson("Amelia", "Smith", "2018-09-02");
  const auto zoe = AddPerson("Zoe", "Brown", "2017-03-04");
  AddContact({jayden}, "2025-12-01T10:00:00Z");  // before the change: its day is not touched
  const auto january = AddContact({jayden}, "2026-01-05T10:00:00Z");
  const auto february = AddContact({amelia}, "2026-02-01T10:00:00Z");
  AddContact({jayden, amelia}, "2026-03-01T10:00:00Z");
  AddContact({amelia}, "2026-04-01T10:00:00Z");
  AddContact({zoe}, "2026-06-01T10:00:00Z");  // another family

  const auto around = [&](const std::vector<std::int64_t>& contacts) {
    return Sorted(
        Read([&](Records& records) { return records.dashboard.ReceivedAround(contacts); }));
  };
  EXPECT_EQ(around({january}), (std::vector<domain::Timestamp>{At("2026-01-05T10:00:00Z"),
                                                               At("2026-03-01T10:00:00Z")}));
  EXPECT_EQ(
      around({february, january}),
      (std::vector<domain::Timestamp>{At("2026-01-05T10:00:00Z"), At("2026-02-01T10:00:00Z"),
                                      At("2026-03-01T10:00:00Z"), At("2026-04-01T10:00:00Z")}));
  EXPECT_TRUE(around({}).empty());
}

TEST_P(DashboardRecordsTest, ChangesAreReadInOrderAndOnlyThoseDroppedGo) {
  const auto contact = AddContact({AddPerson("Jayden", "Smith")});
  store_->Write([&](Records& records) {
    records.dashboard.Changed(contact);
    records.dashboard.EverythingChanged();
  });
  const auto changes = Read([](Records& records) { return records.dashboard.Changes(); });
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].contact_id, contact);
  EXPECT_FALSE(changes[1].contact_id);
  EXPECT_LT(changes[0].id, changes[1].id);
  store_->Write([&](Records& records) { records.dashboard.DropChanges({changes[0].id}); });
  const auto left = Read([](Records& records) { return records.dashboard.Changes(); });
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].id, changes[1].id);
}

TEST_P(DashboardRecordsTest, KeepsCountedDaysUntilForgotten) {
  const auto first = On("2026-11-02");
  const auto second = On("2026-11-03");
  const auto third = On("2026-11-04");
  store_->Write([&](Records& records) {
    records.dashboard.HoldCounting();
    records.dashboard.Keep({first, second},
                           {{first, "north", domain::Figure::kContacts, 3},
                            {second, "north", domain::Figure::kContacts, 4},
                            {second, "south", domain::Figure::kReferred, 2}},
                           At("2026-11-04T08:00:00Z"));
  });
  const auto counted = [&] {
    return Read([&](Records& records) { return records.dashboard.CountedDays(first, third); });
  };
  EXPECT_EQ(counted(), (std::set<domain::Date>{first, second}));
  const auto totals = [&](const std::string& team, const domain::Date& from) {
    return Read([&](Records& records) { return records.dashboard.Totals(team, from, third); });
  };
  EXPECT_EQ(totals("north", first), (domain::FigureTotals{{domain::Figure::kContacts, 7}}));
  EXPECT_EQ(totals("north", second), (domain::FigureTotals{{domain::Figure::kContacts, 4}}));
  EXPECT_EQ(totals("south", first), (domain::FigureTotals{{domain::Figure::kReferred, 2}}));

  store_->Write([&](Records& records) { records.dashboard.Forget({first}); });
  EXPECT_EQ(counted(), std::set<domain::Date>{second});
  EXPECT_EQ(totals("north", first), (domain::FigureTotals{{domain::Figure::kContacts, 4}}));
  store_->Write([&](Records& records) { records.dashboard.ForgetAll(); });
  EXPECT_TRUE(counted().empty());
  EXPECT_TRUE(totals("north", first).empty());
}

FRONTDOOR_ON_BOTH_DATABASES(DashboardRecordsTest);

}  // namespace
}  // namespace frontdoor::store
