// src/domain/person_search.cpp — search parsing and match scoring, with reasons.
#include "domain/person_search.hpp"

#include <algorithm>
#include <unordered_map>

#include "domain/identifiers.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

int NamePoints(NameAgreement agreement) {
  switch (agreement) {
    case NameAgreement::kExact:
      return 30;
    case NameAgreement::kVariant:
      return 26;
    case NameAgreement::kSoundsAlike:
      return 24;
    case NameAgreement::kSpelledClose:
      return 18;
    case NameAgreement::kNone:
      break;
  }
  return 0;
}

std::string NameReason(const char* which, NameAgreement agreement, const std::string& typed,
                       const std::string& found) {
  switch (agreement) {
    case NameAgreement::kExact:
      return std::string(which) + " is the same";
    case NameAgreement::kVariant:
      return std::string(which) + " " + found + " is another form of " + typed;
    case NameAgreement::kSoundsAlike:
      return std::string(which) + " " + found + " sounds like " + typed;
    case NameAgreement::kSpelledClose:
      return std::string(which) + " " + found + " is spelled nearly like " + typed;
    case NameAgreement::kNone:
      break;
  }
  return "";
}

//! One typed name, compared with candidates' names; each answer is kept, because candidates share
//! names (hundreds of Smiths) and comparing is the costly part of ranking.
class TypedName {
 public:
  TypedName(const std::string& typed, const NameVariants& variants)
      : typed_(typed), variants_(variants) {}
  NameAgreement Against(const std::string& name) {
    auto [known, inserted] = answers_.try_emplace(name, NameAgreement::kNone);
    if (inserted) known->second = CompareNames(typed_, name, variants_);
    return known->second;
  }

 private:
  const std::string& typed_;
  const NameVariants& variants_;
  std::unordered_map<std::string, NameAgreement> answers_;
};

//! The best agreement between the typed name and the person's current or other names in one
//! position.
std::pair<NameAgreement, std::string> BestName(TypedName& typed, const Person& person,
                                               bool family) {
  std::pair<NameAgreement, std::string> best{NameAgreement::kNone, ""};
  const auto consider = [&](const std::string& name) {
    if (name.empty()) return;
    const NameAgreement agreement = typed.Against(name);
    if (agreement < best.first) best = {agreement, name};
  };
  consider(family ? person.family_name : person.given_name);
  for (const PersonName& other : person.other_names)
    consider(family ? other.family_name : other.given_name);
  return best;
}

}  // namespace

void HideMatchDetails(SearchMatch& match) {
  const std::int64_t id = match.person.id;
  match.person = Person{};
  match.person.id = id;
  match.reasons = {"this record is restricted: ask your manager if you need to know more"};
  match.restricted = true;
}

std::vector<Date> DatesWithDayAndMonthSwapped(const Date& date) {
  std::vector<Date> dates{date};
  const Date swapped{date.year(), std::chrono::month{unsigned(date.day())},
                     std::chrono::day{unsigned(date.month())}};
  if (swapped.ok() && swapped != date) dates.push_back(swapped);
  return dates;
}

FieldErrors ParseSearch(const PersonSearch& search, ParsedSearch& parsed) {
  FieldErrors errors;
  const std::string name = Trim(search.name);
  if (!IsValidUtf8(name) || HasControlCharacters(name) || CountCharacters(name) > 200) {
    errors.push_back({"name", "Name must be 200 characters or fewer of ordinary text"});
  } else if (!name.empty()) {
    const size_t space = name.rfind(' ');
    parsed.family_name = space == std::string::npos ? name : Trim(name.substr(space + 1));
    parsed.given_name = space == std::string::npos ? "" : Trim(name.substr(0, space));
  }
  if (!Trim(search.date_of_birth).empty()) {
    parsed.date_of_birth = ParseDate(Trim(search.date_of_birth));
    if (!parsed.date_of_birth)
      errors.push_back({"date_of_birth", "Date of birth must be a real date, like 2015-05-14"});
  }
  if (!Trim(search.postcode).empty()) {
    parsed.postcode = NormalisePostcode(search.postcode);
    if (!parsed.postcode) errors.push_back({"postcode", "Enter a real postcode, like SO14 7LY"});
  }
  const std::string identifier = Trim(search.identifier);
  if (!identifier.empty()) {
    parsed.nhs_number = ParseNhsNumber(identifier);
    parsed.upn = ParseUpn(identifier);
    parsed.local_person_id = ParseLocalChildId(identifier);
    if (!parsed.nhs_number && !parsed.upn && !parsed.local_person_id) {
      errors.push_back(
          {"identifier",
           "Enter an NHS number, a unique pupil number or a local child id like C0000012"});
    }
  }
  if (errors.empty() && parsed.family_name.empty() && !parsed.date_of_birth && !parsed.postcode &&
      identifier.empty()) {
    errors.push_back({"name", "Enter a name, date of birth, postcode or identifier to search for"});
  }
  return errors;
}

namespace {

//! Adds the points of identifiers that agree; whether any did.
bool ScoreIdentifiers(const ParsedSearch& search, const Person& person, SearchMatch& match) {
  bool identified = false;
  if (search.nhs_number && person.nhs_number == *search.nhs_number) {
    match.score += 100;
    match.reasons.push_back("same NHS number");
    identified = true;
  }
  if (search.upn && person.upn == *search.upn) {
    match.score += 100;
    match.reasons.push_back("same unique pupil number");
    identified = true;
  }
  if (search.local_person_id && person.id == *search.local_person_id) {
    match.score += 100;
    match.reasons.push_back("same local child id");
    identified = true;
  }
  return identified;
}

//! Adds the points of the names that agree; whether any did. One name typed may be either.
bool ScoreNames(const ParsedSearch& search, TypedName& typed_family, TypedName& typed_given,
                const Person& person, SearchMatch& match) {
  bool named = false;
  if (!search.family_name.empty()) {
    if (search.given_name.empty()) {
      // One name typed: it may be either.
      auto family = BestName(typed_family, person, true);
      auto given = BestName(typed_family, person, false);
      const bool use_family = family.first <= given.first;
      const auto& best = use_family ? family : given;
      if (best.first != NameAgreement::kNone) {
        match.score += NamePoints(best.first);
        match.reasons.push_back(NameReason(use_family ? "family name" : "given name", best.first,
                                           search.family_name, best.second));
        named = true;
      }
    } else {
      const auto family = BestName(typed_family, person, true);
      const auto given = BestName(typed_given, person, false);
      if (family.first != NameAgreement::kNone) {
        match.score += NamePoints(family.first);
        match.reasons.push_back(
            NameReason("family name", family.first, search.family_name, family.second));
      }
      if (given.first != NameAgreement::kNone) {
        match.score += NamePoints(given.first);
        match.reasons.push_back(
            NameReason("given name", given.first, search.given_name, given.second));
      }
      named = family.first != NameAgreement::kNone || given.first != NameAgreement::kNone;
    }
  }
  return named;
}

}  // namespace

std::vector<SearchMatch> RankMatches(const ParsedSearch& search,
                                     const std::vector<SearchCandidate>& candidates,
                                     const NameVariants& variants) {
  std::vector<SearchMatch> matches;
  TypedName typed_family(search.family_name, variants), typed_given(search.given_name, variants);
  for (const SearchCandidate& candidate : candidates) {
    const Person& person = candidate.person;
    SearchMatch match{person, 0, {}};
    const bool identified = ScoreIdentifiers(search, person, match);
    const bool named = ScoreNames(search, typed_family, typed_given, person, match);
    bool dated = false;
    if (search.date_of_birth && person.date_of_birth) {
      if (*person.date_of_birth == *search.date_of_birth) {
        match.score += 30;
        match.reasons.push_back("same date of birth");
        dated = true;
      } else if (DatesWithDayAndMonthSwapped(*search.date_of_birth).size() == 2 &&
                 DatesWithDayAndMonthSwapped(*search.date_of_birth)[1] == *person.date_of_birth) {
        match.score += 22;
        match.reasons.push_back("date of birth matches with day and month swapped");
        dated = true;
      }
    }
    bool located = false;
    if (search.postcode && std::find(candidate.postcodes.begin(), candidate.postcodes.end(),
                                     *search.postcode) != candidate.postcodes.end()) {
      match.score += 10;
      match.reasons.push_back("has lived at " + *search.postcode);
      located = true;
    }
    // A likely match: identified, or agreeing on what was asked for. A name alone that was
    // asked for with a date of birth must agree on one of them, at least.
    const bool asked_name = !search.family_name.empty();
    const bool likely =
        identified ||
        (asked_name && named && (!search.date_of_birth || dated || match.score >= 48)) ||
        (!asked_name && (dated || located));
    if (likely) matches.push_back(std::move(match));
  }
  std::stable_sort(matches.begin(), matches.end(), [](const SearchMatch& a, const SearchMatch& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.person.family_name < b.person.family_name;
  });
  return matches;
}

}  // namespace frontdoor::domain
