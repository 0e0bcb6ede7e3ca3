// src/store/person_candidates.cpp — which indexes a search consults, the same for both databases.
#include "store/person_candidates.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "domain/name_matching.hpp"

namespace frontdoor::store {

namespace {

//! The ids of everyone any index given by the search finds, in the order found (repeats kept).
std::vector<std::int64_t> GatherIds(Records& records, const domain::ParsedSearch& search, int limit,
                                    const domain::NameFrequencies& frequencies) {
  // Each selective fact gathers everyone it finds: identifiers, the date of birth either way
  // round, the postcode, and both names' keys together (either way round). None is cut by record
  // number; `limit` only guards against a runaway look-up.
  std::vector<std::int64_t> ids;
  const auto add = [&](const std::vector<std::int64_t>& found) {
    ids.insert(ids.end(), found.begin(), found.end());
  };
  const auto collect = [&](PersonIndex index, const std::string& value) {
    add(records.people.ByIndex(index, value, limit));
  };
  if (search.nhs_number) collect(PersonIndex::kNhsNumber, *search.nhs_number);
  if (search.upn) collect(PersonIndex::kUpn, *search.upn);
  if (search.local_person_id) collect(PersonIndex::kId, std::to_string(*search.local_person_id));
  if (search.date_of_birth) {
    for (const auto& date : domain::DatesWithDayAndMonthSwapped(*search.date_of_birth)) {
      collect(PersonIndex::kDateOfBirth, domain::FormatDate(date));
    }
  }
  if (search.postcode) collect(PersonIndex::kPostcode, *search.postcode);
  const std::string family_key =
      search.family_name.empty() ? "" : domain::PhoneticKey(search.family_name);
  if (search.given_name.empty()) {
    if (family_key.empty()) return ids;
    collect(PersonIndex::kFamilyNameKey, family_key);
    collect(PersonIndex::kGivenNameKey, family_key);  // one name: it may be either
    return ids;
  }
  const std::string given_key = domain::PhoneticKey(search.given_name);
  add(records.people.ByNameKeys(family_key, given_key, limit));
  add(records.people.ByNameKeys(given_key, family_key, limit));  // written the other way round
  // With a date of birth, a postcode or an identifier given, those gather the child already.
  if (search.date_of_birth || search.postcode || search.nhs_number || search.upn ||
      search.local_person_id)
    return ids;
  // Nothing but names: a first letter typed wrong changes a name's key but not the rest of it.
  using Mistyped = PeopleRecords::MistypedName;
  add(records.people.ByNameKeysButFirstLetter(family_key, given_key, Mistyped::kFamily, limit));
  add(records.people.ByNameKeysButFirstLetter(family_key, given_key, Mistyped::kGiven, limit));
  // A name misspelt past its key: a rare name's key alone gathers everyone who has it (fewer than
  // `limit`), so the other name may be wrong. A common name's key is never cut to its first few
  // hundred records: it would rank thousands for nothing.
  const auto rare = [&](const std::map<std::string, std::int64_t>& counts, const std::string& key) {
    const auto count = counts.find(key);
    return count != counts.end() && count->second < limit;
  };
  if (rare(frequencies.family, family_key)) collect(PersonIndex::kFamilyNameKey, family_key);
  if (rare(frequencies.given, given_key)) collect(PersonIndex::kGivenNameKey, given_key);
  return ids;
}

}  // namespace

std::vector<domain::SearchCandidate> FindPersonCandidates(
    Records& records, const domain::ParsedSearch& search, int limit,
    const domain::NameFrequencies& frequencies) {
  // One look-up for every candidate, in the order found; merged records are followed one by one.
  std::vector<std::int64_t> wanted;
  std::unordered_set<std::int64_t> already;
  for (std::int64_t id : GatherIds(records, search, limit, frequencies)) {
    if (already.insert(id).second) wanted.push_back(id);
  }
  const auto people = records.people.FindMany(wanted);
  std::vector<domain::SearchCandidate> candidates;
  std::vector<std::int64_t> taken;
  for (std::int64_t id : wanted) {
    const auto found =
        std::lower_bound(people.begin(), people.end(), id,
                         [](const auto& one, std::int64_t key) { return one.id < key; });
    if (found == people.end() || found->id != id) continue;
    std::optional<domain::Person> person = *found;
    // A merged record found by its own name or number stands for the record it was merged into.
    if (person->merged_into) {
      id = *person->merged_into;
      person = records.people.Find(id);
    }
    if (!person || std::find(taken.begin(), taken.end(), id) != taken.end()) continue;
    taken.push_back(id);
    candidates.push_back({std::move(*person), {}});
  }
  // Addresses only matter to a search that gives a postcode: one look-up for every candidate.
  if (search.postcode) {
    auto postcodes = records.households.PostcodesOf(taken);
    for (auto& candidate : candidates)
      candidate.postcodes = std::move(postcodes[candidate.person.id]);
  }
  return candidates;
}

domain::NameFrequencies FindNameFrequencies(Records& records, const domain::ParsedSearch& search) {
  domain::NameFrequencies frequencies;
  if (search.family_name.empty()) return frequencies;
  frequencies.people = records.people.CountPeopleRoughly();
  const auto count = [&](std::map<std::string, std::int64_t>& into, PersonIndex index,
                         const std::string& name) {
    const std::string key = domain::NameKey(name);
    if (!key.empty() && !into.count(key)) into[key] = records.people.CountNameKey(index, key);
  };
  count(frequencies.family, PersonIndex::kFamilyNameKey, search.family_name);
  if (search.given_name.empty()) {
    count(frequencies.given, PersonIndex::kGivenNameKey, search.family_name);  // may be either
  } else {
    count(frequencies.given, PersonIndex::kGivenNameKey, search.given_name);
  }
  return frequencies;
}

}  // namespace frontdoor::store
