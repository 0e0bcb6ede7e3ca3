// src/store/person_candidates.cpp — which indexes a search consults, the same for both databases.
#include "store/person_candidates.hpp"

#include <algorithm>
#include <unordered_set>

#include "domain/name_matching.hpp"

namespace frontdoor::store {

std::vector<domain::SearchCandidate> FindPersonCandidates(Records& records,
                                                          const domain::ParsedSearch& search,
                                                          int limit) {
  // Each selective fact gathers everyone it finds: identifiers, the date of birth either way
  // round, the postcode, and both names' keys together (either way round). None is cut by record
  // number; `limit` only guards against a runaway look-up. A name's key alone is not selective
  // (tens of thousands share Smith's): it gathers at most `limit`, and with both names typed only
  // what room the selective facts leave.
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
  if (!search.given_name.empty()) {
    const std::string given_key = domain::PhoneticKey(search.given_name);
    add(records.people.ByNameKeys(family_key, given_key, limit));
    add(records.people.ByNameKeys(given_key, family_key, limit));  // written the other way round
    // A name misspelt past its key, with nothing else to go on: each name's key alone fills what
    // room is left, lowest record numbers first. With a date of birth, a postcode or an
    // identifier given, those gather the child already, and a common name's thousands would
    // only slow the search.
    const bool other_facts = search.date_of_birth || search.postcode || search.nhs_number ||
                             search.upn || search.local_person_id;
    if (!other_facts) {
      const int room = std::max(0, limit - int(ids.size()));
      add(records.people.ByIndex(PersonIndex::kFamilyNameKey, family_key, room));
      add(records.people.ByIndex(PersonIndex::kGivenNameKey, given_key, room));
    }
  } else if (!family_key.empty()) {
    collect(PersonIndex::kFamilyNameKey, family_key);
    collect(PersonIndex::kGivenNameKey, family_key);  // one name: it may be either
  }

  // One look-up for every candidate, in the order found; merged records are followed one by one.
  std::vector<std::int64_t> wanted;
  std::unordered_set<std::int64_t> already;
  for (std::int64_t id : ids) {
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
    domain::SearchCandidate candidate{std::move(*person), {}};
    // Addresses only matter to a search that gives a postcode.
    if (search.postcode) {
      for (const auto& [household, member] : records.households.HouseholdsOf(id))
        candidate.postcodes.push_back(household.postcode);
    }
    candidates.push_back(std::move(candidate));
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
