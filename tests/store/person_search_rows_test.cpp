// tests/store/person_search_rows_test.cpp — the search table (migration 0027) stays in step with
// people, their names, merges and households through every write that changes them, and answers a
// pair of name keys with what a search compares, on SQLite and PostgreSQL.
#include "store/person_search_rows.hpp"

#include "domain/name_matching.hpp"
#include "records_test_support.hpp"
#include "store/person_candidates.hpp"

namespace frontdoor::store {
namespace {

class PersonSearchRowsSteps : public RecordsTest {
 protected:
  std::int64_t OutOfStep() {
    return Read([](Records& records) { return records.people.SearchRowsOutOfStep(); });
  }

  std::vector<domain::SearchCandidate> ByNames(const char* given, const char* family) {
    return Read([&](Records& records) {
      return records.people.ByNameKeys(domain::PhoneticKey(family), domain::PhoneticKey(given), 10);
    });
  }
};

TEST_P(PersonSearchRowsSteps, EveryWriteKeepsTheSearchTableInStep) {
  // Added one at a time, with other names.
  domain::Person jayden;
  jayden.given_name = "Jayden";
  jayden.family_name = "Smith";
  jayden.date_of_birth = On("2015-05-14");
  jayden.created_at = At("2026-11-01T09:00:00Z");
  jayden.other_names = {{"Jaden", "Smyth"}};
  jayden.nhs_number = "9434765919";
  jayden.id = Write([&](Records& records) { return records.people.Add(jayden); });
  EXPECT_EQ(OutOfStep(), 0);
  auto found = ByNames("Jaden", "Smyth");
  ASSERT_EQ(found.size(), 2u);  // both names have the same keys: a row each
  EXPECT_EQ(found[0].person.FullName(), "Jayden Smith");  // the current name, whichever matched
  EXPECT_EQ(found[0].person.nhs_number, "9434765919");
  EXPECT_TRUE(found[0].postcodes.empty());

  // Households, one at a time and many at once: postcodes newest first.
  const auto amelia = AddPerson("Amelia", "Smith", "2017-03-01");
  Write([&](Records& records) {
    const auto old_home = records.households.Add({0, "1 Old Road", "", "Southampton", "SO14 7LY"});
    records.households.AddMember({old_home, jayden.id, On("2015-05-14"), On("2020-01-01")});
    const auto ids = records.bulk.ReserveIds(BulkTable::kHouseholds, 1);
    records.households.AddMany({{ids[0], "14 Oakbank Road", "", "Southampton", "SO18 5AB"}});
    records.households.AddMembers({{ids[0], jayden.id, On("2020-01-01"), std::nullopt},
                                   {ids[0], amelia, On("2020-01-01"), std::nullopt}});
    return 0;
  });
  EXPECT_EQ(OutOfStep(), 0);
  found = ByNames("Jayden", "Smith");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].postcodes, (std::vector<std::string>{"SO18 5AB", "SO14 7LY"}));
  EXPECT_EQ(ByNames("Amelia", "Smith").at(0).postcodes, std::vector<std::string>{"SO18 5AB"});

  // Moving out keeps the postcode (they lived there); a correction and a merge change the rows.
  Write([&](Records& records) {
    records.households.EndMembership(records.households.HouseholdsOf(amelia)[0].first.id, amelia,
                                     On("2026-01-01"));
    jayden.given_name = "Jaydon";
    jayden.other_names = {{"Jay", "Brown"}};
    records.people.Update(jayden);
    records.people.SetMergedInto(amelia, jayden.id);
    return 0;
  });
  EXPECT_EQ(OutOfStep(), 0);
  EXPECT_EQ(ByNames("Jaden", "Smyth").size(), 1u);  // Jaydon Smith sounds the same; no other name
  EXPECT_EQ(ByNames("Jay", "Brown").at(0).person.given_name, "Jaydon");
  EXPECT_EQ(ByNames("Amelia", "Smith").at(0).person.merged_into, jayden.id);

  // Many at once (a bulk load).
  Write([&](Records& records) {
    const auto ids = records.bulk.ReserveIds(BulkTable::kPeople, 2);
    domain::Person one = jayden, two = jayden;
    one.id = ids[0];
    two.id = ids[1];
    two.given_name = "Oliver";
    two.other_names.clear();
    records.people.AddMany({one, two});
    return 0;
  });
  EXPECT_EQ(OutOfStep(), 0);
  EXPECT_EQ(ByNames("Oliver", "Smith").size(), 1u);
}

TEST_P(PersonSearchRowsSteps, ARowThatIsNotWhatTheRecordsSayIsCounted) {
  const auto id = AddPerson("Jayden", "Smith");
  ASSERT_EQ(OutOfStep(), 0);
  const auto url = database_.Url();
  frontdoor::testing::ExecuteDirectly(url, "UPDATE person_search SET upn = 'stale'");
  EXPECT_EQ(OutOfStep(), 2);  // the stale row, and the row the records make that is missing
  frontdoor::testing::ExecuteDirectly(
      url, "DELETE FROM person_search WHERE person_id = " + std::to_string(id));
  EXPECT_EQ(OutOfStep(), 2);  // the row missing, and one row fewer than names
}

// Each look-up stops at its own limit, not the gathering as a whole: the date of birth either way
// round finds two each, four in all with a limit of three; three more born on one of the days
// fill that look-up alone.
TEST_P(PersonSearchRowsSteps, EachLookUpStopsAtItsOwnLimit) {
  AddPerson("Ava", "Page", "2016-04-07");
  AddPerson("Ben", "Cole", "2016-04-07");
  AddPerson("Cal", "Dunn", "2016-07-04");
  AddPerson("Dee", "Ely", "2016-07-04");
  domain::ParsedSearch search;
  ASSERT_TRUE(domain::ParseSearch({"Noor Bright", "2016-04-07", "", "", ""}, search).empty());
  const auto gather = [&] {
    return Read([&](Records& records) {
      return FindPersonCandidates(records, search, 3, FindNameFrequencies(records, search));
    });
  };
  EXPECT_EQ(gather().size(), 4u);
  AddPerson("Eve", "Fox", "2016-04-07");
  AddPerson("Fay", "Gill", "2016-04-07");
  AddPerson("Gus", "Hart", "2016-04-07");
  EXPECT_EQ(gather().size(), 5u);
}

// Whether a name is rare does not hang on a look-up's limit: with nothing but names to go on, a
// rare family name's key gathers everyone who has it, though there are more of them than a look-up
// of two may find, and the given name typed is nobody's.
TEST_P(PersonSearchRowsSteps, ARareNameGathersEveryoneWhoHasItWhateverTheLimit) {
  AddPerson("Ava", "Quennell", "2016-04-07");
  AddPerson("Ben", "Quennell", "2015-01-02");
  domain::ParsedSearch search;
  ASSERT_TRUE(domain::ParseSearch({"Xanthe Quennell", "", "", "", ""}, search).empty());
  const auto found = Read([&](Records& records) {
    return FindPersonCandidates(records, search, 2, FindNameFrequencies(records, search));
  });
  EXPECT_EQ(found.size(), 2u);
}

FRONTDOOR_ON_BOTH_DATABASES(PersonSearchRowsSteps);

}  // namespace
}  // namespace frontdoor::store
