// tests/store/people_records_test.cpp — the people's records contract, on SQLite and PostgreSQL.
#include "store/people_records.hpp"

#include "domain/name_matching.hpp"
#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

domain::Person Jayden() {
  domain::Person person;
  person.given_name = "Jayden";
  person.family_name = "Smith";
  person.date_of_birth = On("2015-05-14");
  person.created_at = At("2026-11-01T09:00:00.500Z");
  person.other_names = {{"Jaden", "Smyth"}, {"Jay", "Brown"}};
  person.sex = domain::Sex::kMale;
  person.ethnicity = "WBRI";
  person.disabilities = {"MOB", "HAND"};
  person.nhs_number = "9434765919";
  person.upn = "A123456789012";
  person.former_upn = "W801200106001";
  person.date_of_death = On("2026-10-01");
  return person;
}

using PeopleRecordsTest = RecordsTest;

TEST_P(PeopleRecordsTest, KeepsEveryFieldAndEveryName) {
  const auto id = Write([](Records& records) { return records.people.Add(Jayden()); });
  const auto kept = *Read([&](Records& records) { return records.people.Find(id); });
  auto expected = Jayden();
  expected.id = id;
  EXPECT_EQ(kept.FullName(), "Jayden Smith");
  EXPECT_EQ(kept.date_of_birth, expected.date_of_birth);
  EXPECT_EQ(kept.created_at, expected.created_at);
  EXPECT_EQ(kept.sex, domain::Sex::kMale);
  EXPECT_EQ(kept.disabilities, expected.disabilities);
  EXPECT_EQ(kept.nhs_number, expected.nhs_number);
  EXPECT_EQ(kept.upn, expected.upn);
  EXPECT_EQ(kept.former_upn, expected.former_upn);
  EXPECT_EQ(kept.date_of_death, expected.date_of_death);
  EXPECT_EQ(kept.ethnicity, "WBRI");
  // Other names come back by family name, then given name.
  EXPECT_EQ(kept.other_names,
            (std::vector<domain::PersonName>{{"Jay", "Brown"}, {"Jaden", "Smyth"}}));
  EXPECT_FALSE(kept.merged_into);
  EXPECT_FALSE(kept.expected_date_of_birth);
  EXPECT_FALSE(Read([](Records& records) { return records.people.Find(987654); }));
}

TEST_P(PeopleRecordsTest, FindsManyInIdOrderAndLeavesOutThoseThatDoNotExist) {
  const auto first = AddPerson("Amelia", "Smith");
  const auto second = AddPerson("Claire", "Smith", "1990-01-02");
  const auto people = Read([&](Records& records) {
    return records.people.FindMany({second, 424242, first});
  });
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].id, first);
  EXPECT_EQ(people[1].given_name, "Claire");
  EXPECT_TRUE(Read([](Records& records) { return records.people.FindMany({}); }).empty());
}

TEST_P(PeopleRecordsTest, AddsManyWithReservedIds) {
  const auto ids = Write([](Records& records) {
    auto reserved = records.bulk.ReserveIds(BulkTable::kPeople, 2);
    auto one = Jayden();
    one.id = reserved[0];
    auto two = Jayden();
    two.id = reserved[1];
    two.given_name = "Amelia";
    two.other_names.clear();
    records.people.AddMany({one, two});
    return reserved;
  });
  const auto people = Read([&](Records& records) { return records.people.FindMany(ids); });
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].other_names.size(), 2u);
  EXPECT_EQ(people[1].given_name, "Amelia");
  // The next single add continues after the reserved ids.
  EXPECT_GT(AddPerson("Next", "One"), ids[1]);
}

TEST_P(PeopleRecordsTest, MergesAndUndoesAMergeUnderALock) {
  const auto kept = AddPerson("Jayden", "Smith");
  const auto duplicate = AddPerson("Jaden", "Smyth");
  Write([&](Records& records) {
    records.people.Lock(duplicate);
    records.people.SetMergedInto(duplicate, kept);
    return 0;
  });
  EXPECT_EQ(Read([&](Records& records) { return records.people.Find(duplicate); })->merged_into,
            kept);
  EXPECT_EQ(Read([&](Records& records) { return records.people.MergedInto(kept); }),
            std::vector<std::int64_t>{duplicate});
  Write([&](Records& records) {
    records.people.SetMergedInto(duplicate, std::nullopt);
    return 0;
  });
  EXPECT_TRUE(Read([&](Records& records) { return records.people.MergedInto(kept); }).empty());
}

TEST_P(PeopleRecordsTest, RefusesADateOfDeathBeforeTheBirth) {
  auto person = Jayden();
  person.date_of_death = On("2015-05-13");
  EXPECT_ANY_THROW(Write([&](Records& records) { return records.people.Add(person); }));
}

TEST_P(PeopleRecordsTest, KeepsWhyThereIsNoPupilNumberOnlyForAChildWithoutOne) {
  auto person = Jayden();
  person.upn.clear();
  person.upn_unknown = "UN2";
  const auto id = Write([&](Records& records) { return records.people.Add(person); });
  EXPECT_EQ(Read([&](Records& records) { return records.people.Find(id); })->upn_unknown, "UN2");
  person.upn = "A123456789012";  // a number and a reason for having none
  EXPECT_ANY_THROW(Write([&](Records& records) { return records.people.Add(person); }));
  person.upn.clear();
  person.upn_unknown = "UN8";  // not a census code
  EXPECT_ANY_THROW(Write([&](Records& records) { return records.people.Add(person); }));
}

TEST_P(PeopleRecordsTest, LooksPeopleUpByEachIndex) {
  const auto id = Write([](Records& records) { return records.people.Add(Jayden()); });
  const auto other = AddPerson("Amelia", "Jones", "2018-09-02");
  Write([&](Records& records) {
    const auto household =
        records.households.Add({0, "14 Oakbank Road", "", "Southampton", "SO18 5AB"});
    records.households.AddMember({household, id, On("2020-01-01"), std::nullopt});
    return 0;
  });
  // Each person once (someone may be found through more than one of their names).
  const auto by = [&](PersonIndex index, std::string_view value) {
    auto ids = Read([&](Records& records) { return records.people.ByIndex(index, value, 10); });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
  };
  const std::vector<std::int64_t> just{id};
  EXPECT_EQ(by(PersonIndex::kGivenNameKey, domain::PhoneticKey("Jayden")), just);
  EXPECT_EQ(by(PersonIndex::kNhsNumber, "9434765919"), just);
  EXPECT_EQ(by(PersonIndex::kUpn, "A123456789012"), just);
  EXPECT_EQ(by(PersonIndex::kFormerUpn, "W801200106001"), just);
  EXPECT_TRUE(by(PersonIndex::kFormerUpn, "A123456789012").empty());  // his current one
  EXPECT_EQ(by(PersonIndex::kId, std::to_string(other)), std::vector<std::int64_t>{other});
  EXPECT_EQ(by(PersonIndex::kPostcode, "SO18 5AB"), just);
  EXPECT_TRUE(by(PersonIndex::kId, "not a number").empty());
  const auto limited = Read([&](Records& records) {
    return records.people.ByIndex(PersonIndex::kGivenNameKey, domain::PhoneticKey("Jayden"), 0);
  });
  EXPECT_TRUE(limited.empty());
  // A family name's key, from the search table: every name it is on, with what a search compares.
  const auto smyth = Read([&](Records& records) {
    return records.people.ByFamilyKey(domain::PhoneticKey("Smyth"), 10);
  });
  ASSERT_EQ(smyth.size(), 2u);  // Jayden Smith, also known as Jaden Smyth: a row each name
  EXPECT_EQ(smyth[0].person.id, id);
  EXPECT_EQ(smyth[0].person.nhs_number, "9434765919");
  EXPECT_EQ(smyth[0].postcodes, std::vector<std::string>{"SO18 5AB"});
  EXPECT_EQ(Read([&](Records& records) {
              return records.people.ByFamilyKey(domain::PhoneticKey("Smith"), 1);
            }).size(),
            1u);
}

TEST_P(PeopleRecordsTest, ReadsWhatASearchComparesByBirthAndById) {
  const auto id = Write([](Records& records) { return records.people.Add(Jayden()); });
  const auto twin = AddPerson("Amelia", "Smith", "2015-05-14");
  AddPerson("Oliver", "Jones", "2015-05-15");
  const auto born = Read([&](Records& records) {
    auto people = records.people.BornOn(On("2015-05-14"), 10);
    records.people.AddOtherNames(people);
    return people;
  });
  ASSERT_EQ(born.size(), 2u);
  EXPECT_EQ(born[0].id, id);
  EXPECT_EQ(born[1].id, twin);
  // What a search compares, and nothing it does not.
  EXPECT_EQ(born[0].FullName(), "Jayden Smith");
  EXPECT_EQ(born[0].nhs_number, "9434765919");
  EXPECT_EQ(born[0].upn, "A123456789012");
  EXPECT_EQ(born[0].other_names.size(), 2u);
  EXPECT_TRUE(born[0].disabilities.empty());
  EXPECT_EQ(
      Read([&](Records& records) { return records.people.BornOn(On("2015-05-14"), 1); }).size(),
      1u);
  const auto rows = Read([&](Records& records) {
    return records.people.FindSearchRows({twin, id});
  });
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].id, id);
  EXPECT_EQ(rows[1].FullName(), "Amelia Smith");
  EXPECT_TRUE(Read([](Records& records) { return records.people.FindSearchRows({}); }).empty());
  EXPECT_EQ(rows[1].date_of_birth, On("2015-05-14"));
}

TEST_P(PeopleRecordsTest, LooksPeopleUpByBothNamesKeysAndWithEitherFirstLetterWrong) {
  const auto teddy = AddPerson("Teddy", "Smith", "2016-02-03");
  AddPerson("Oliver", "Smith", "2016-02-03");
  AddPerson("Teddy", "Jones", "2016-02-03");
  const auto by = [&](const char* given, const char* family, auto find) {
    return Read([&](Records& records) {
      return find(records.people, domain::PhoneticKey(family), domain::PhoneticKey(given));
    });
  };
  const auto pair = [](PeopleRecords& people, const std::string& family, const std::string& given) {
    std::vector<std::int64_t> ids;
    for (const auto& row : people.ByNameKeys(family, given, 10)) ids.push_back(row.person.id);
    return ids;
  };
  const auto mistyped = [](PeopleRecords& people, const std::string& family,
                           const std::string& given) {
    return people.ByNameKeysButFirstLetter(family, given, 10);
  };
  const std::vector<std::int64_t> just{teddy};
  EXPECT_EQ(by("Tedy", "Smyth", pair), just);
  EXPECT_EQ(by("Smyth", "Tedy", pair), just);  // either way round
  EXPECT_TRUE(by("Yeddy", "Smith", pair).empty());
  EXPECT_EQ(by("Yeddy", "Smith", mistyped), just);
  EXPECT_EQ(by("Teddy", "Kmith", mistyped), just);
  EXPECT_TRUE(by("Yeddy", "Kmith", mistyped).empty());  // one first letter wrong, not both
  EXPECT_TRUE(by("Smith", "Yeddy", mistyped).empty());  // nor the names swapped as well
  EXPECT_TRUE(by("Teddy", "S", mistyped).empty());      // no key left after the first letter
}

TEST_P(PeopleRecordsTest, CountsNamesByKeyAndPeopleRoughly) {
  const auto count = [&](const char* family, const char* given) {
    return Read([&](Records& records) {
      return records.people.CountNames(domain::PhoneticKey(family), domain::PhoneticKey(given));
    });
  };
  EXPECT_EQ(count("Smith", "Jayden").people, 0);
  const auto id = Write([](Records& records) { return records.people.Add(Jayden()); });
  AddPerson("Amelia", "Smith", "2018-09-02");
  // Jayden Smith, also known as Jaden Smyth and Jay Brown, and Amelia Smith: three
  // Smith-sounding family names and two Jayden-sounding given names.
  const auto smith = count("Smith", "Jayden");
  EXPECT_EQ(smith.family, 3);
  EXPECT_EQ(smith.given, 2);
  EXPECT_EQ(smith.people, id + 1);
  const auto brown = count("Brown", "Smith");
  EXPECT_EQ(brown.family, 1);
  EXPECT_EQ(brown.given, 0);
}

FRONTDOOR_ON_BOTH_DATABASES(PeopleRecordsTest);

}  // namespace
}  // namespace frontdoor::store
