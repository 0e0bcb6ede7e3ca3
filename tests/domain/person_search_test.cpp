// tests/domain/person_search_test.cpp — reading a search and ranking likely matches with their
// reasons.
#include "domain/person_search.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

SearchCandidate Candidate(std::int64_t id, const char* given, const char* family, const char* born,
                          std::vector<std::string> postcodes = {}) {
  Person person;
  person.id = id;
  person.given_name = given;
  person.family_name = family;
  person.date_of_birth = ParseDate(born);
  return {person, std::move(postcodes)};
}

const NameVariants kVariants = NameVariants::FromText("jayden jaden\njohn jon\n");

TEST(PersonSearch, NeedsSomethingToSearchByAndReadsEachPart) {
  ParsedSearch parsed;
  EXPECT_EQ(ParseSearch({}, parsed).at(0).field, "name");
  EXPECT_TRUE(
      ParseSearch({"Mary Jane Smith", "2015-05-14", "so18 5ab", "943 476 5919"}, parsed).empty());
  EXPECT_EQ(parsed.given_name, "Mary Jane");
  EXPECT_EQ(parsed.family_name, "Smith");
  EXPECT_EQ(*parsed.postcode, "SO18 5AB");
  EXPECT_EQ(*parsed.nhs_number, "9434765919");
  ParsedSearch bad;
  const auto errors = ParseSearch({"", "2015-13-01", "nowhere", "12345"}, bad);
  ASSERT_EQ(errors.size(), 3u);
}

TEST(PersonSearch, RanksTheLikelyMatchFirstWithReasons) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Jaden Smyth", "2015-05-14", "", ""}, search).empty());
  const auto matches = RankMatches(
      search,
      {Candidate(1, "Jade", "Smith", "1990-01-01"), Candidate(2, "Jayden", "Smith", "2015-05-14"),
       Candidate(3, "Jayden", "Smith", "2015-14-05"),
       Candidate(4, "Brandon", "Jones", "2015-05-14")},
      kVariants);
  ASSERT_GE(matches.size(), 1u);
  EXPECT_EQ(matches[0].person.id, 2);
  EXPECT_EQ(matches[0].reasons,
            (std::vector<std::string>{"family name Smith sounds like Smyth",
                                      "given name Jayden is another form of Jaden",
                                      "same date of birth"}));
  for (const auto& match : matches)
    EXPECT_NE(match.person.id, 4) << "a different child born the same day";
}

TEST(PersonSearch, DayAndMonthSwappedStillMatches) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Jon Smith", "2015-04-03", "", ""}, search).empty());
  const auto matches =
      RankMatches(search, {Candidate(7, "John", "Smith", "2015-03-04")}, kVariants);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].reasons.back(), "date of birth matches with day and month swapped");
  EXPECT_EQ(DatesWithDayAndMonthSwapped(*ParseDate("2015-04-13")).size(), 1u);  // no 13th month
}

TEST(PersonSearch, IdentifiersAndPostcodesFindPeopleOnTheirOwn) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"", "", "SO18 5AB", "C0000009"}, search).empty());
  const auto matches = RankMatches(search,
                                   {Candidate(9, "Amelia", "Smith", "2018-09-02", {"SO18 5AB"}),
                                    Candidate(10, "Ann", "Other", "2018-01-01")},
                                   kVariants);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].reasons,
            (std::vector<std::string>{"same local child id", "has lived at SO18 5AB"}));
}

}  // namespace
}  // namespace frontdoor::domain
