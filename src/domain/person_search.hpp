// src/domain/person_search.hpp — "is this child known?": ranking likely matches and saying why each
// one matched.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/match_weights.hpp"
#include "domain/name_matching.hpp"
#include "domain/person.hpp"
#include "domain/result_cursor.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! What a practitioner typed to look for someone.
struct PersonSearch {
  std::string name;  //!< "Jaden Smyth", or one name
  std::string date_of_birth;
  std::string postcode;
  std::string identifier;  //!< NHS number, unique pupil number or local child id
  std::string page;        //!< which page of results, from 1; the first when empty
};

//! Paging by cursor (the API's way): how many a page gives, and the cursor the last page gave
//! (empty for the first page).
struct CursorPaging {
  std::string limit;
  std::string cursor;
};

//! Results are shown a page at a time, at most this many pages.
inline constexpr int kMatchesPerPage = 10;
inline constexpr int kMostPages = 10;
//! Paged by cursor, a search gives at most this many likely matches in all.
inline constexpr int kMostMatchesByCursor = 2000;
//! Shown a page at a time, a search gathers at most this many candidates from each look-up: more
//! than its pages show. Paged by cursor, it gathers as many as it may give.
inline constexpr int kCandidatesEachLookUp = 500;
//! A name shared by fewer people than this is rare: with nothing but names to go on, its key
//! alone gathers everyone who has it, so the other name may be misspelt past its key.
inline constexpr int kRareNameBelow = 500;

//! A search made ready: names split, date and postcode read, identifier recognised.
struct ParsedSearch {
  std::string given_name;   //!< "" when only one name was typed
  std::string family_name;  //!< the last name typed (or the only one)
  std::optional<Date> date_of_birth;
  std::optional<std::string> postcode;
  std::optional<std::string> nhs_number;
  std::optional<std::string> upn;
  std::optional<std::int64_t> local_person_id;
  int page = 1;
  //! Paged by cursor (the API), the page asked for; otherwise `page`.
  std::optional<PageRequest> by_cursor;

  //! True when nothing but names was given: no date of birth, postcode or identifier.
  bool NamesOnly() const {
    return !date_of_birth && !postcode && !nhs_number && !upn && !local_person_id;
  }
};

//! Reads a search, paged by number or else `by_cursor`; errors name the field. At least one thing
//! to search by is needed.
FieldErrors ParseSearch(const PersonSearch& search, ParsedSearch& parsed,
                        const std::optional<CursorPaging>& by_cursor = std::nullopt);

//! One way of reading a typed name as a given name and a family name.
struct NameReading {
  std::string given_name;
  std::string family_name;
};

//! The readings of a search's name that people are looked up by: as parsed (the last word the
//! family name, the words before it the given name); then, with three or more words, the first
//! word as the given name, with the last word as the family name (the ones between are middle
//! names) or the last two as one family name typed with a space for its hyphen ("Zoe Nowak
//! Lukasiewicz" for Zoë Nowak-Łukasiewicz).
//! Empty when no name was given with another.
std::vector<NameReading> NameReadings(const ParsedSearch& search);

//! A person the store found worth comparing, with the postcodes they have lived at.
struct SearchCandidate {
  Person person;
  std::vector<std::string> postcodes;
  //! The unique pupil number searched for is one they had before (FormerUPN), as the store found.
  bool had_upn = false;
};

//! A likely match, best first, with the reasons in words a practitioner can check.
struct SearchMatch {
  Person person;
  double score = 0;  //!< the match weight in bits (match_weights.hpp), to one decimal place
  std::vector<std::string> reasons;
  bool restricted = false;  //!< the record is restricted from the searcher: only its id is shown
  //! A strong match: an identifier agrees, or both names (either way round) and the date of
  //! birth (either way round) do. Only a strong match shows a record restricted from the
  //! searcher, so a guessed postcode or date confirms nothing about it.
  bool strong = false;
  //! The NHS number searched for is this record's: it comes first, whatever the other scores.
  bool same_nhs_number = false;
  //! Their name is the whole name typed (case, accents and hyphens aside): first among matches
  //! that score the same, as Nowak-Łukasiewicz before Nowak for "Zoe Nowak-Lukasiewicz".
  bool named_as_typed = false;
};

//! Keeps only what a searcher may see of a restricted record: its id, and that it matched; no
//! score and no reasons, which would confirm what was guessed.
void HideMatchDetails(SearchMatch& match);

//! The match weight from which a candidate is a likely match: sixty-four times likelier than
//! before the comparison. An identifier that agrees makes a likely match whatever else, and so
//! does a match more likely than not among few people (MatchProbability).
inline constexpr double kLikelyMatchWeight = 6.0;

//! Weighs each candidate against the search (each field's agreement or disagreement, names by
//! how common they are) and keeps the likely ones, best first.
std::vector<SearchMatch> RankMatches(const ParsedSearch& search,
                                     const std::vector<SearchCandidate>& candidates,
                                     const NameVariants& variants,
                                     const NameFrequencies& frequencies);

//! Both readings of a date whose day and month might have been swapped (4/3 and 3/4).
std::vector<Date> DatesWithDayAndMonthSwapped(const Date& date);

}  // namespace frontdoor::domain
