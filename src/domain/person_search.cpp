// src/domain/person_search.cpp — search parsing and match scoring, with reasons.
#include "domain/person_search.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "domain/date_typed.hpp"
#include "domain/identifiers.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

std::string NameReason(const char* which, NameAgreement agreement, const std::string& typed,
                       const std::string& found) {
  switch (agreement) {
    case NameAgreement::kExact:
      // One part of a longer name ("O'Neill" of "O'Neill-Smith") is not the same name.
      if (!found.empty() && NormaliseName(found) != NormaliseName(typed))
        return std::string(which) + " " + found + " includes " + typed;
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
      : typed_(FormsOf(typed)), variants_(variants) {}
  NameAgreement Against(const std::string& name) {
    auto [known, inserted] = answers_.try_emplace(name, NameAgreement::kNone);
    if (inserted) known->second = CompareNames(typed_, FormsOf(name), variants_);
    return known->second;
  }

 private:
  const NameForms typed_;
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
  match.score = 0;
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

std::vector<NameReading> NameReadings(const ParsedSearch& search) {
  if (search.given_name.empty() || search.family_name.empty()) return {};
  std::vector<NameReading> readings{{search.given_name, search.family_name}};
  const size_t first_space = search.given_name.find(' ');
  if (first_space == std::string::npos) return readings;
  const std::string first = search.given_name.substr(0, first_space);
  readings.push_back({first, search.family_name});
  readings.push_back({first, search.given_name.substr(search.given_name.rfind(' ') + 1) + " " +
                                 search.family_name});
  return readings;
}

FieldErrors ParseSearch(const PersonSearch& search, ParsedSearch& parsed,
                        const std::optional<CursorPaging>& by_cursor) {
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
      errors.push_back(
          {"date_of_birth", FindDateProblem(search.date_of_birth, "Date of birth").message});
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
    if (!parsed.nhs_number && LooksLikeNhsNumber(identifier)) {
      errors.push_back({"identifier",
                        "That NHS number cannot be right: look for a digit typed wrongly or two "
                        "typed the wrong way round"});
    } else if (!parsed.nhs_number && !parsed.upn && !parsed.local_person_id) {
      errors.push_back(
          {"identifier",
           "Enter an NHS number, a unique pupil number or a local child id like C0000012"});
    }
  }
  const std::string page = Trim(search.page);
  if (!page.empty()) {
    const bool digits = page.size() <= 2 && std::all_of(page.begin(), page.end(), [](char digit) {
                          return digit >= '0' && digit <= '9';
                        });
    parsed.page = digits ? std::stoi(page) : 0;
    if (parsed.page < 1 || parsed.page > kMostPages)
      errors.push_back(
          {"page", "Page must be a whole number from 1 to " + std::to_string(kMostPages)});
  }
  if (by_cursor) {
    // A cursor must come back with the terms it was given for.
    parsed.by_cursor.emplace();
    const auto paging = ReadPageRequest(Trim(by_cursor->limit), Trim(by_cursor->cursor),
                                        Trim(search.name) + "\n" + Trim(search.date_of_birth) +
                                            "\n" + Trim(search.postcode) + "\n" + identifier,
                                        kMatchesPerPage, *parsed.by_cursor);
    errors.insert(errors.end(), paging.begin(), paging.end());
  }
  if (errors.empty() && parsed.family_name.empty() && !parsed.date_of_birth && !parsed.postcode &&
      identifier.empty()) {
    errors.push_back({"name", "Enter a name, date of birth, postcode or identifier to search for"});
  }
  return errors;
}

namespace {

//! A candidate being weighed: the weight so far, its reasons, and what agreed.
struct Weighing {
  double weight = 0;
  std::vector<std::string> reasons;
  bool identified = false;
  bool same_nhs_number = false;  // the consistent identifier agrees: the record comes first
  bool named = false;            // both names agree, either way round, sounding alike or closer
  bool dated = false;            // the date of birth agrees, either way round
  bool name_alone = false;       // one name was all that was typed, and this person has it

  void Add(double bits, std::string reason = {}) {
    weight += bits;
    if (!reason.empty()) reasons.push_back(std::move(reason));
  }
};

//! NHS number, unique pupil number (current or former), local child id: agreeing all but settles
//! it; a different number given on both sides counts strongly against.
void WeighIdentifiers(const ParsedSearch& search, const SearchCandidate& candidate,
                      Weighing& weighing) {
  const Person& person = candidate.person;
  const auto weigh = [&](const std::optional<std::string>& typed, const std::string& held,
                         const char* what) {
    if (!typed || held.empty()) return;
    if (held == *typed) {
      weighing.Add(levels::kIdentifierExact.Weight(), std::string("same ") + what);
      weighing.identified = true;
    } else {
      weighing.Add(levels::kIdentifierDifferent.Weight(), std::string("a different ") + what);
    }
  };
  weigh(search.nhs_number, person.nhs_number, "NHS number");
  weighing.same_nhs_number = search.nhs_number && *search.nhs_number == person.nhs_number;
  // A number the child had before agrees as well as their current one (the school that gave it
  // may still use it); it is not then a different number.
  if (search.upn && (candidate.had_upn || person.former_upn == *search.upn)) {
    weighing.Add(levels::kIdentifierExact.Weight(), "same former unique pupil number");
    weighing.identified = true;
  } else {
    weigh(search.upn, person.upn, "unique pupil number");
  }
  if (search.local_person_id && person.id == *search.local_person_id) {
    weighing.Add(levels::kIdentifierExact.Weight(), "same local child id");
    weighing.identified = true;
  }
}

//! How common the typed names are, and so the weights of agreeing exactly with them: worked out
//! once a search, not once a candidate. With one name typed, it is weighed as either.
struct TypedNameShares {
  double family = 0;
  double given = 0;
};

TypedNameShares ShareTypedNames(const ParsedSearch& search, const NameFrequencies& frequencies) {
  const auto share = [&](const std::map<std::string, std::int64_t>& counts,
                         const std::string& typed) {
    const auto count = counts.find(NameKey(typed));
    return NameShare(count == counts.end() ? 0 : count->second, frequencies.people);
  };
  const std::string& given = search.given_name.empty() ? search.family_name : search.given_name;
  return {share(frequencies.family, search.family_name), share(frequencies.given, given)};
}

//! Names: each typed name against the person's current and other names; one name typed may be
//! either; both typed may have been written the other way round.
void WeighNames(const ParsedSearch& search, TypedName& typed_family, TypedName& typed_given,
                const Person& person, const TypedNameShares& shares, Weighing& weighing) {
  if (search.family_name.empty()) return;
  const auto weight = [&](NameAgreement agreement, bool family) {
    const double share = family ? shares.family : shares.given;
    if (agreement == NameAgreement::kExact) return ExactNameWeight(share);
    return NameAgreementWeight(
        agreement, family ? levels::kFamilyNameDifferent : levels::kGivenNameDifferent, share);
  };
  const auto family = BestName(typed_family, person, true);
  if (search.given_name.empty()) {
    const auto given = BestName(typed_family, person, false);
    const bool use_family = family.first <= given.first;
    const auto& best = use_family ? family : given;
    weighing.name_alone = best.first == NameAgreement::kExact && search.NamesOnly();
    weighing.Add(weight(best.first, use_family),
                 NameReason(use_family ? "family name" : "given name", best.first,
                            search.family_name, best.second));
    return;
  }
  const auto given = BestName(typed_given, person, false);
  if (family.first == NameAgreement::kNone && given.first == NameAgreement::kNone) {
    const auto crossed_family = BestName(typed_given, person, true);
    const auto crossed_given = BestName(typed_family, person, false);
    if (crossed_family.first != NameAgreement::kNone &&
        crossed_given.first != NameAgreement::kNone) {
      weighing.Add(levels::kNamesSwapped.Weight(),
                   "given and family names written the other way round");
      weighing.named = crossed_family.first <= NameAgreement::kSoundsAlike &&
                       crossed_given.first <= NameAgreement::kSoundsAlike;
      return;
    }
  }
  weighing.named =
      family.first <= NameAgreement::kSoundsAlike && given.first <= NameAgreement::kSoundsAlike;
  weighing.Add(weight(family.first, true),
               NameReason("family name", family.first, search.family_name, family.second));
  weighing.Add(weight(given.first, false),
               NameReason("given name", given.first, search.given_name, given.second));
}

//! True when two dates differ in one of day, month or year only, by one (a slip of the pen or
//! the keyboard: 14 and 15, 2015 and 2016).
bool OneSlipApart(const Date& a, const Date& b) {
  const int day = std::abs(int(unsigned(a.day())) - int(unsigned(b.day())));
  const int month = std::abs(int(unsigned(a.month())) - int(unsigned(b.month())));
  const int year = std::abs(int(a.year()) - int(b.year()));
  return day + month + year == 1;
}

void WeighBirth(const ParsedSearch& search, const Person& person, Weighing& weighing) {
  if (!search.date_of_birth || !person.date_of_birth) return;
  const Date& typed = *search.date_of_birth;
  const Date& held = *person.date_of_birth;
  const auto swapped = DatesWithDayAndMonthSwapped(typed);
  if (held == typed) {
    weighing.Add(levels::kBirthExact.Weight(), "same date of birth");
    weighing.dated = true;
  } else if (swapped.size() == 2 && swapped[1] == held) {
    weighing.Add(levels::kBirthDayMonthSwapped.Weight(),
                 "date of birth matches with day and month swapped");
    weighing.dated = true;
  } else if (OneSlipApart(typed, held)) {
    weighing.Add(levels::kBirthOneSlip.Weight(), "date of birth " + FormatDate(held) +
                                                     " is one day, month or year from " +
                                                     FormatDate(typed));
  } else {
    weighing.Add(levels::kBirthDifferent.Weight());
  }
}

//! A postcode's sector: the outward code and the first character of the inward ("SO18 5").
std::string_view Sector(std::string_view postcode) {
  const auto space = postcode.find(' ');
  return space == std::string_view::npos ? postcode : postcode.substr(0, space + 2);
}

void WeighPostcode(const ParsedSearch& search, const SearchCandidate& candidate,
                   Weighing& weighing) {
  if (!search.postcode || candidate.postcodes.empty()) return;
  const auto& postcodes = candidate.postcodes;
  if (std::find(postcodes.begin(), postcodes.end(), *search.postcode) != postcodes.end()) {
    weighing.Add(levels::kPostcodeExact.Weight(), "has lived at " + *search.postcode);
    return;
  }
  for (const std::string& postcode : postcodes) {
    if (Sector(postcode) == Sector(*search.postcode)) {
      weighing.Add(levels::kPostcodeSector.Weight(),
                   "has lived near " + *search.postcode + ", at " + postcode);
      return;
    }
  }
  weighing.Add(levels::kPostcodeDifferent.Weight());
}

}  // namespace

std::vector<SearchMatch> RankMatches(const ParsedSearch& search,
                                     const std::vector<SearchCandidate>& candidates,
                                     const NameVariants& variants,
                                     const NameFrequencies& frequencies) {
  std::vector<SearchMatch> matches;
  TypedName typed_family(search.family_name, variants), typed_given(search.given_name, variants);
  const TypedNameShares shares = ShareTypedNames(search, frequencies);
  std::vector<bool> alone;  // of each match: it has the one name typed alone
  const std::string typed_whole =
      search.given_name.empty() ? "" : NormaliseName(search.given_name + " " + search.family_name);
  for (const SearchCandidate& candidate : candidates) {
    Weighing weighing;
    WeighIdentifiers(search, candidate, weighing);
    WeighNames(search, typed_family, typed_given, candidate.person, shares, weighing);
    WeighBirth(search, candidate.person, weighing);
    WeighPostcode(search, candidate, weighing);
    // Likely: an identifier agrees, the evidence is strong whatever the population, or in a
    // small one (a new council's records, a demonstration) the match is more likely than not.
    // A name typed alone shows everyone who has it: a list to choose from, not evidence.
    const bool likely =
        weighing.identified || weighing.weight >= kLikelyMatchWeight || weighing.name_alone ||
        (frequencies.people > 0 && MatchProbability(weighing.weight, frequencies.people) >= 0.5);
    if (likely) {
      alone.push_back(weighing.name_alone);
      const bool strong = weighing.identified || (weighing.named && weighing.dated);
      const bool as_typed =
          !typed_whole.empty() && NormaliseName(candidate.person.given_name + " " +
                                                candidate.person.family_name) == typed_whole;
      matches.push_back({candidate.person, std::round(weighing.weight * 10) / 10,
                         std::move(weighing.reasons), false, strong, weighing.same_nhs_number,
                         as_typed});
    }
  }
  // One name typed alone lists everyone who has it; only when no one has it are the names that
  // sound like it or are spelled close to it shown instead.
  if (std::find(alone.begin(), alone.end(), true) != alone.end()) {
    std::vector<SearchMatch> holders;
    for (std::size_t index = 0; index < matches.size(); ++index) {
      if (alone[index]) holders.push_back(std::move(matches[index]));
    }
    matches = std::move(holders);
  }
  // The NHS number, the identifier agencies match a child by, puts its record first.
  std::stable_sort(matches.begin(), matches.end(), [](const SearchMatch& a, const SearchMatch& b) {
    if (a.same_nhs_number != b.same_nhs_number) return a.same_nhs_number;
    if (a.score != b.score) return a.score > b.score;
    if (a.named_as_typed != b.named_as_typed) return a.named_as_typed;
    if (a.person.family_name != b.person.family_name)
      return a.person.family_name < b.person.family_name;
    return a.person.id < b.person.id;  // one order every time, which paging relies on
  });
  return matches;
}

}  // namespace frontdoor::domain
