// tests/domain/person_search_test.cpp — reading a search and ranking likely matches with their
// reasons.
#include "domain/person_search.hpp"

#include <gtest/gtest.h>

#include <algorithm>

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
  EXPECT_TRUE(ParseSearch({"Mary Jane Smith", "2015-05-14", "so18 5ab", "943 476 5919", ""}, parsed)
                  .empty());
  EXPECT_EQ(parsed.given_name, "Mary Jane");
  EXPECT_EQ(parsed.family_name, "Smith");
  EXPECT_EQ(*parsed.postcode, "SO18 5AB");
  EXPECT_EQ(*parsed.nhs_number, "9434765919");
  ParsedSearch bad;
  const auto errors = ParseSearch({"", "2015-13-01", "nowhere", "12345", ""}, bad);
  ASSERT_EQ(errors.size(), 3u);
}

TEST(PersonSearch, ANameOfThreeWordsIsAlsoReadWithMiddleNamesOrAFamilyNameWithoutItsHyphen) {
  const auto readings = [](const char* name) {
    ParsedSearch parsed;
    EXPECT_TRUE(ParseSearch({name, "", "", "", ""}, parsed).empty());
    std::vector<std::string> read;
    for (const auto& reading : NameReadings(parsed))
      read.push_back(reading.given_name + " / " + reading.family_name);
    return read;
  };
  EXPECT_EQ(readings("Zoe Nowak Lukasiewicz"),
            (std::vector<std::string>{"Zoe Nowak / Lukasiewicz", "Zoe / Lukasiewicz",
                                      "Zoe / Nowak Lukasiewicz"}));
  EXPECT_EQ(readings("Ava Mae Rose Page"),
            (std::vector<std::string>{"Ava Mae Rose / Page", "Ava / Page", "Ava / Rose Page"}));
  EXPECT_EQ(readings("Jayden Smith"), (std::vector<std::string>{"Jayden / Smith"}));
  EXPECT_TRUE(readings("Smith").empty());
}

TEST(PersonSearch, RanksTheLikelyMatchFirstWithReasons) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Jaden Smyth", "2015-05-14", "", "", ""}, search).empty());
  const auto matches = RankMatches(
      search,
      {Candidate(1, "Jade", "Smith", "1990-01-01"), Candidate(2, "Jayden", "Smith", "2015-05-14"),
       Candidate(3, "Jayden", "Smith", "2015-14-05"),
       Candidate(4, "Brandon", "Jones", "2015-05-14")},
      kVariants, {});
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
  ASSERT_TRUE(ParseSearch({"Jon Smith", "2015-04-03", "", "", ""}, search).empty());
  const auto matches =
      RankMatches(search, {Candidate(7, "John", "Smith", "2015-03-04")}, kVariants, {});
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].reasons.back(), "date of birth matches with day and month swapped");
  EXPECT_EQ(DatesWithDayAndMonthSwapped(*ParseDate("2015-04-13")).size(), 1u);  // no 13th month
}

TEST(PersonSearch, IdentifiersAndPostcodesFindPeopleOnTheirOwn) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"", "", "SO18 5AB", "C0000009", ""}, search).empty());
  const auto matches = RankMatches(search,
                                   {Candidate(9, "Amelia", "Smith", "2018-09-02", {"SO18 5AB"}),
                                    Candidate(10, "Ann", "Other", "2018-01-01")},
                                   kVariants, {});
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].reasons,
            (std::vector<std::string>{"same local child id", "has lived at SO18 5AB"}));
}

TEST(PersonSearch, AnNhsNumberWithAWrongCheckDigitIsRefusedSayingWhy) {
  ParsedSearch search;
  const auto errors = ParseSearch({"", "", "", "943 476 5918", ""}, search);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "identifier");
  EXPECT_NE(errors[0].message.find("NHS number cannot be right"), std::string::npos);
}

TEST(PersonSearch, TheRecordWithTheSearchedNhsNumberComesFirstWithItsReason) {
  ParsedSearch search;
  ASSERT_TRUE(
      ParseSearch({"Jayden Smith", "2015-05-14", "SO18 5AB", "9434765919", ""}, search).empty());
  auto namesake = Candidate(1, "Jayden", "Smith", "2015-05-14", {"SO18 5AB"});
  auto numbered = Candidate(2, "Jaiden", "Smyth", "2015-05-15");
  numbered.person.nhs_number = "9434765919";
  const auto matches = RankMatches(search, {namesake, numbered}, kVariants, {});
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_LT(matches[0].score, matches[1].score);  // the namesake has more evidence in all
  EXPECT_EQ(matches[0].person.id, 2);
  EXPECT_EQ(matches[0].reasons.front(), "same NHS number");
  EXPECT_TRUE(matches[0].same_nhs_number);
}

TEST(PersonSearch, APupilNumberTheChildHadBeforeAgreesAsTheirCurrentOneWould) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Jayden Smith", "", "", "W801200106001", ""}, search).empty());
  auto renumbered = Candidate(1, "Jayden", "Smith", "2015-05-14");
  renumbered.person.upn = "A123456789012";
  renumbered.person.former_upn = "W801200106001";
  auto found_by_it = Candidate(2, "Jayden", "Smith", "2015-05-14");  // as the store marks one
  found_by_it.person.upn = "A123456789012";
  found_by_it.had_upn = true;
  auto other = Candidate(3, "Jayden", "Smith", "2015-05-14");
  other.person.upn = "A123456789012";
  const auto matches = RankMatches(search, {renumbered, found_by_it, other}, kVariants, {});
  ASSERT_GE(matches.size(), 2u);
  for (std::size_t index : {0u, 1u}) {
    EXPECT_NE(matches[index].person.id, 3);
    EXPECT_EQ(matches[index].reasons.front(), "same former unique pupil number");
    EXPECT_TRUE(matches[index].strong);
  }
  const auto namesake = std::find_if(matches.begin(), matches.end(),
                                     [](const auto& match) { return match.person.id == 3; });
  ASSERT_NE(namesake, matches.end());
  EXPECT_EQ(namesake->reasons.front(), "a different unique pupil number");
}

TEST(PersonSearch, AgreeingOnARareNameCountsForMoreThanOnACommonOne) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Amara Okonkwo", "", "", "", ""}, search).empty());
  NameFrequencies frequencies{1'000'000, {}, {}};
  frequencies.given[NameKey("Amara")] = 40;
  frequencies.family[NameKey("Okonkwo")] = 12;
  const auto rare =
      RankMatches(search, {Candidate(1, "Amara", "Okonkwo", "2016-02-03")}, kVariants, frequencies);
  ASSERT_TRUE(ParseSearch({"Oliver Smith", "", "", "", ""}, search).empty());
  frequencies.given[NameKey("Oliver")] = 20'000;
  frequencies.family[NameKey("Smith")] = 12'000;
  const auto common =
      RankMatches(search, {Candidate(2, "Oliver", "Smith", "2016-02-03")}, kVariants, frequencies);
  ASSERT_EQ(rare.size(), 1u);
  ASSERT_EQ(common.size(), 1u);
  // log2(0.88 / (40 / 1e6)) + log2(0.88 / (12 / 1e6)) against the same for 20,000 and 12,000.
  EXPECT_NEAR(rare[0].score, 14.4 + 16.2, 0.2);
  EXPECT_NEAR(common[0].score, 5.5 + 6.2, 0.2);
}

TEST(PersonSearch, TheNameTypedCountsForMoreThanOneSoundingLikeItHoweverCommon) {
  // A thousand people, a hundred of them Smiths: typed "Smith", the Smith comes before the Smyth
  // born the same day (a sounding-alike Smyth would otherwise weigh log2(0.04 / 0.002), more than
  // the common Smith's log2(0.88 / 0.1)).
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Smith", "2015-05-14", "", "", ""}, search).empty());
  NameFrequencies smiths{1000, {}, {}};
  smiths.family[NameKey("Smith")] = 100;
  const auto matches = RankMatches(
      search,
      {Candidate(1, "Jaden", "Smyth", "2015-05-14"), Candidate(2, "Amelia", "Smith", "2015-05-14")},
      kVariants, smiths);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].person.id, 2);
  EXPECT_GT(matches[0].score, matches[1].score);
  // Typed "Mohammed", a Mohammed comes before a Muhammad, however common Mohammed is.
  ASSERT_TRUE(ParseSearch({"Mohammed Ali", "2016-02-03", "", "", ""}, search).empty());
  NameFrequencies many{1'000'000, {}, {}};
  many.given[NameKey("Mohammed")] = 15'000;
  many.family[NameKey("Ali")] = 9'000;
  const auto named = RankMatches(search,
                                 {Candidate(3, "Muhammad", "Ali", "2016-02-03"),
                                  Candidate(4, "Mohammed", "Ali", "2016-02-03")},
                                 NameVariants::FromText("mohammed muhammad mohamed\n"), many);
  ASSERT_EQ(named.size(), 2u);
  EXPECT_EQ(named[0].person.id, 4);
  EXPECT_GT(named[0].score, named[1].score);
}

TEST(PersonSearch, ANameTypedAloneShowsEveryoneWhoHasItHoweverCommon) {
  // Ten people, four of them Smiths: "Smith" is no evidence of one child, but the searcher is
  // looking through the Smiths; a Smyth, sounding alike, is not shown for it.
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Smith", "", "", "", ""}, search).empty());
  NameFrequencies few{10, {}, {}};
  few.family[NameKey("Smith")] = 4;
  const auto matches = RankMatches(
      search,
      {Candidate(1, "Jaden", "Smyth", "2015-05-14"), Candidate(2, "Amelia", "Smith", "2018-09-02")},
      kVariants, few);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].person.id, 2);
  EXPECT_FALSE(matches[0].strong);
}

TEST(PersonSearch, NamesWrittenTheOtherWayRoundStillMatch) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Smith Jayden", "2015-05-14", "", "", ""}, search).empty());
  const auto matches =
      RankMatches(search, {Candidate(5, "Jayden", "Smith", "2015-05-14")}, kVariants, {});
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].reasons,
            (std::vector<std::string>{"given and family names written the other way round",
                                      "same date of birth"}));
}

TEST(PersonSearch, ADateOfBirthOneSlipAwayIsWeakerEvidenceThanTheSameDate) {
  ParsedSearch exact, slip;
  ASSERT_TRUE(ParseSearch({"Jayden Smith", "2015-05-14", "", "", ""}, exact).empty());
  ASSERT_TRUE(ParseSearch({"Jayden Smith", "2015-05-15", "", "", ""}, slip).empty());
  const std::vector<SearchCandidate> jayden{Candidate(5, "Jayden", "Smith", "2015-05-14")};
  const auto same = RankMatches(exact, jayden, kVariants, {});
  const auto near = RankMatches(slip, jayden, kVariants, {});
  ASSERT_EQ(same.size(), 1u);
  ASSERT_EQ(near.size(), 1u);
  EXPECT_GT(same[0].score, near[0].score);
  EXPECT_EQ(near[0].reasons.back(),
            "date of birth 2015-05-14 is one day, month or year from 2015-05-15");
}

TEST(PersonSearch, DisagreementCountsAgainst) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Jayden Smith", "2015-05-14", "", "943 476 5919", ""}, search).empty());
  SearchCandidate other = Candidate(6, "Jayden", "Smith", "2015-05-14");
  other.person.nhs_number = "4010232137";
  SearchCandidate same = Candidate(7, "Jayden", "Smith", "2015-05-14");
  same.person.nhs_number = "9434765919";
  const auto matches = RankMatches(search, {other, same}, kVariants, {});
  ASSERT_GE(matches.size(), 1u);
  EXPECT_EQ(matches[0].person.id, 7);
  EXPECT_EQ(matches[0].reasons.front(), "same NHS number");
  if (matches.size() == 2) {
    EXPECT_LT(matches[1].score, matches[0].score - 30);
    EXPECT_EQ(matches[1].reasons.front(), "a different NHS number");
  }
  // A child born on the searched day, with both names different, is not a likely match.
  ASSERT_TRUE(ParseSearch({"Brandon Jones", "2015-05-14", "", "", ""}, search).empty());
  EXPECT_TRUE(
      RankMatches(search, {Candidate(8, "Jayden", "Smith", "2015-05-14")}, kVariants, {}).empty());
}

TEST(PersonSearch, ANeighbouringPostcodeIsWeakEvidence) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Jayden Smith", "", "SO18 5AB", "", ""}, search).empty());
  const auto matches = RankMatches(search,
                                   {Candidate(1, "Jayden", "Smith", "2015-05-14", {"SO18 5XY"}),
                                    Candidate(2, "Jayden", "Smith", "2015-05-14", {"SO18 5AB"}),
                                    Candidate(3, "Jayden", "Smith", "2015-05-14", {"PO1 1AA"})},
                                   kVariants, {});
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].person.id, 2);
  EXPECT_EQ(matches[1].person.id, 1);
  EXPECT_EQ(matches[1].reasons.back(), "has lived near SO18 5AB, at SO18 5XY");
  EXPECT_EQ(matches[2].person.id, 3);
}

TEST(PersonSearch, StrongOnlyOnAnIdentifierOrBothNamesWithTheDateOfBirth) {
  const std::vector<SearchCandidate> jayden{
      Candidate(5, "Jayden", "Smith", "2015-05-14", {"SO18 5AB"})};
  const auto strong = [&](domain::PersonSearch typed) {
    ParsedSearch search;
    EXPECT_TRUE(ParseSearch(typed, search).empty());
    const auto matches = RankMatches(search, jayden, kVariants, {});
    return !matches.empty() && matches[0].strong;
  };
  EXPECT_TRUE(strong({"Jaden Smyth", "2015-05-14", "", "", ""}));
  EXPECT_TRUE(strong({"Smith Jayden", "2015-05-14", "", "", ""}));
  EXPECT_TRUE(strong({"", "", "", "C0000005", ""}));
  EXPECT_FALSE(strong({"Jayden Smith", "", "SO18 5AB", "", ""}));
  EXPECT_FALSE(strong({"Jayden Smith", "2015-05-15", "", "", ""}));
  EXPECT_FALSE(strong({"Smith", "2015-05-14", "", "", ""}));
  EXPECT_FALSE(strong({"", "2015-05-14", "SO18 5AB", "", ""}));
}

TEST(PersonSearch, AGivenNameWithNoLatinLettersAgreesWithItselfSoTheMatchIsStrong) {
  // A restricted record is shown to those it is not open to only on a strong match: a name
  // written in Arabic script must agree with itself, or the child could be added a second time.
  const std::vector<SearchCandidate> yusuf{
      Candidate(9, "\u064a\u0648\u0633\u0641", "Haddad", "2014-06-03", {"SO17 2ES"})};
  ParsedSearch search;
  ASSERT_TRUE(
      ParseSearch({"\u064a\u0648\u0633\u0641 Haddad", "2014-06-03", "", "", ""}, search).empty());
  const auto matches = RankMatches(search, yusuf, kVariants, {});
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_TRUE(matches[0].strong);
  EXPECT_NE(
      std::find(matches[0].reasons.begin(), matches[0].reasons.end(), "given name is the same"),
      matches[0].reasons.end());
}

TEST(PersonSearch, AmongFewPeopleNamesAreWeighedAsAmongTwoThousand) {
  // Seven people, three of them Smiths: a few records say little of how common a name is, so they
  // are counted as among two thousand. The full name alone, or with its given name misspelt, is
  // then shown as it would be in a small council's records.
  NameFrequencies few{7, {}, {}};
  few.family[NameKey("Smith")] = 3;
  few.given[NameKey("Jayden")] = 1;
  for (const char* typed : {"Jayden Smith", "Jaiden Smith"}) {
    ParsedSearch search;
    ASSERT_TRUE(ParseSearch({typed, "", "", "", ""}, search).empty());
    const auto matches =
        RankMatches(search, {Candidate(2, "Jayden", "Smith", "2015-05-14")}, kVariants, few);
    ASSERT_EQ(matches.size(), 1u) << typed;
    EXPECT_GE(matches[0].score, kLikelyMatchWeight) << typed;
  }
  EXPECT_DOUBLE_EQ(NameShare(3, 7), 3.0 / 2000);
  EXPECT_DOUBLE_EQ(NameShare(3, 70'000), 3.0 / 70'000);
}

TEST(PersonSearch, ANameNoOneHasTypedAloneShowsThoseThatSoundLikeIt) {
  // No one is called Smyth: the Smiths are shown instead, each saying why.
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Smyth", "", "", "", ""}, search).empty());
  NameFrequencies few{10, {}, {}};
  few.family[NameKey("Smith")] = 4;
  const auto matches =
      RankMatches(search, {Candidate(2, "Amelia", "Smith", "2018-09-02")}, kVariants, few);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].reasons.front(), "family name Smith sounds like Smyth");
}

TEST(PersonSearch, OnePartOfADoubleBarrelledNameIsSaidToBeIncludedNotTheSame) {
  ParsedSearch search;
  ASSERT_TRUE(ParseSearch({"Zoe O'Neill", "2019-03-04", "", "", ""}, search).empty());
  const auto matches =
      RankMatches(search, {Candidate(8, "Zoë", "O'Neill-Smith", "2019-03-04")}, kVariants, {});
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].reasons.front(), "family name O'Neill-Smith includes O'Neill");
  EXPECT_EQ(matches[0].reasons[1], "given name is the same");  // Zoe and Zoë are one name
}

}  // namespace
}  // namespace frontdoor::domain
