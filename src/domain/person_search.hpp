// src/domain/person_search.hpp — "is this child known?": ranking likely matches and saying why each
// one matched.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/name_matching.hpp"
#include "domain/person.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! What a practitioner typed to look for someone.
struct PersonSearch {
  std::string name;  //!< "Jaden Smyth", or one name
  std::string date_of_birth;
  std::string postcode;
  std::string identifier;  //!< NHS number, unique pupil number or local child id
};

//! A search made ready: names split, date and postcode read, identifier recognised.
struct ParsedSearch {
  std::string given_name;   //!< "" when only one name was typed
  std::string family_name;  //!< the last name typed (or the only one)
  std::optional<Date> date_of_birth;
  std::optional<std::string> postcode;
  std::optional<std::string> nhs_number;
  std::optional<std::string> upn;
  std::optional<std::int64_t> local_person_id;
};

//! Reads a search; errors name the field. At least one thing to search by is needed.
FieldErrors ParseSearch(const PersonSearch& search, ParsedSearch& parsed);

//! A person the store found worth comparing, with the postcodes they have lived at.
struct SearchCandidate {
  Person person;
  std::vector<std::string> postcodes;
};

//! A likely match, best first, with the reasons in words a practitioner can check.
struct SearchMatch {
  Person person;
  int score = 0;
  std::vector<std::string> reasons;
  bool restricted = false;  //!< the record is restricted from the searcher: only its id is shown
};

//! Keeps only what a searcher may see of a restricted record: its id, and that it matched.
void HideMatchDetails(SearchMatch& match);

//! Scores each candidate against the search and keeps the likely ones, best first.
std::vector<SearchMatch> RankMatches(const ParsedSearch& search,
                                     const std::vector<SearchCandidate>& candidates,
                                     const NameVariants& variants);

//! Both readings of a date whose day and month might have been swapped (4/3 and 3/4).
std::vector<Date> DatesWithDayAndMonthSwapped(const Date& date);

}  // namespace frontdoor::domain
