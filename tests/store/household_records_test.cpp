// tests/store/household_records_test.cpp — the households and relationships contract, on SQLite
// and PostgreSQL.
#include "store/people_records.hpp"

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using HouseholdRecordsTest = RecordsTest;

TEST_P(HouseholdRecordsTest, KeepsHouseholdsAndWhoLivedThereWhen) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto claire = AddPerson("Claire", "Smith", "1990-01-02");
  const auto [old_home, new_home] = Write([&](Records& records) {
    const auto old_home =
        records.households.Add({0, "1 Old Road", "Flat 2", "Southampton", "SO14 7LY"});
    const auto new_home =
        records.households.Add({0, "14 Oakbank Road", "", "Southampton", "SO18 5AB"});
    records.households.AddMember({old_home, jayden, On("2015-05-14"), On("2020-01-01")});
    records.households.AddMember({new_home, jayden, On("2020-01-01"), std::nullopt});
    records.households.AddMember({new_home, claire, On("2019-06-01"), std::nullopt});
    return std::pair{old_home, new_home};
  });
  const auto home = *Read([&](Records& records) { return records.households.Find(old_home); });
  EXPECT_EQ(home.address_line_2, "Flat 2");
  EXPECT_EQ(home.postcode, "SO14 7LY");
  EXPECT_FALSE(Read([](Records& records) { return records.households.Find(77777); }));

  const auto lived =
      Read([&](Records& records) { return records.households.HouseholdsOf(jayden); });
  ASSERT_EQ(lived.size(), 2u);
  EXPECT_EQ(lived[0].first.id, new_home);  // newest first
  EXPECT_FALSE(lived[0].second.to);
  EXPECT_EQ(lived[1].second.to, On("2020-01-01"));
  // Every postcode of many people in one look-up, newest first; nobody's for a person with none.
  const auto postcodes = Read([&](Records& records) {
    return records.households.PostcodesOf({jayden, claire, claire + 100});
  });
  EXPECT_EQ(postcodes.at(jayden), (std::vector<std::string>{"SO18 5AB", "SO14 7LY"}));
  EXPECT_EQ(postcodes.at(claire), std::vector<std::string>{"SO18 5AB"});
  EXPECT_FALSE(postcodes.count(claire + 100));
  const auto members =
      Read([&](Records& records) { return records.households.MembersOf(new_home); });
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(members[0].person_id, claire);  // earliest first
  EXPECT_EQ(members[0].from, On("2019-06-01"));
  // The same person cannot start living in the same household twice on one day.
  EXPECT_THROW(Write([&](Records& records) {
                 records.households.AddMember({new_home, claire, On("2019-06-01"), std::nullopt});
                 return 0;
               }),
               StoreError);
}

TEST_P(HouseholdRecordsTest, AddsManyAtOnce) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto id = Write([&](Records& records) {
    const auto ids = records.bulk.ReserveIds(BulkTable::kHouseholds, 1);
    records.households.AddMany({{ids[0], "2 Bulk Street", "", "Leeds", "LS1 1AA"}});
    records.households.AddMembers({{ids[0], jayden, On("2021-01-01"), std::nullopt}});
    return ids[0];
  });
  EXPECT_EQ(Read([&](Records& records) { return records.households.Find(id); })->town, "Leeds");
  EXPECT_EQ(Read([&](Records& records) { return records.households.MembersOf(id); }).size(), 1u);
}

TEST_P(HouseholdRecordsTest, ARelationshipIsReplacedNotRepeated) {
  const auto jayden = AddPerson("Jayden", "Smith");
  const auto amelia = AddPerson("Amelia", "Smith", "2018-09-02");
  const auto claire = AddPerson("Claire", "Smith", "1990-01-02");
  Write([&](Records& records) {
    records.households.AddRelationship({jayden, claire, domain::RelationshipKind::kChild});
    records.households.AddRelationship({jayden, amelia, domain::RelationshipKind::kSibling});
    records.households.AddRelationship({jayden, amelia, domain::RelationshipKind::kHalfSibling});
    return 0;
  });
  const auto related =
      Read([&](Records& records) { return records.households.RelationshipsOf(jayden); });
  ASSERT_EQ(related.size(), 2u);
  EXPECT_EQ(related[0].related_person_id, std::min(amelia, claire));
  const auto to_amelia = related[0].related_person_id == amelia ? related[0] : related[1];
  EXPECT_EQ(to_amelia.kind, domain::RelationshipKind::kHalfSibling);
  EXPECT_TRUE(
      Read([&](Records& records) { return records.households.RelationshipsOf(claire); }).empty());
}

FRONTDOOR_ON_BOTH_DATABASES(HouseholdRecordsTest);

}  // namespace
}  // namespace frontdoor::store
