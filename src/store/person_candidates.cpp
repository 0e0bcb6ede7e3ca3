// src/store/person_candidates.cpp — which indexes a search consults, the same for both databases.
#include "store/person_candidates.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_set>

#include "domain/name_matching.hpp"

namespace frontdoor::store {

namespace {

//! Everyone any index given by the search finds, in the order found (repeats kept): their ids,
//! and the rows already read with them (people born on the day come with theirs; people found by
//! name, from the search table, with their postcodes too).
struct Gathered {
  std::vector<std::int64_t> ids;
  std::vector<domain::SearchCandidate> rows;
  std::unordered_set<std::int64_t> postcodes_read;
  std::unordered_set<std::int64_t> by_former_upn;  //!< found by the typed number as a former one
};

Gathered Gather(Records& records, const domain::ParsedSearch& search, int limit,
                const domain::NameFrequencies& frequencies) {
  // Each selective fact gathers everyone it finds: identifiers, the date of birth either way
  // round, the postcode, and both names' keys together (either way round). None is cut by record
  // number; `limit` only guards against a runaway look-up.
  Gathered gathered;
  auto& ids = gathered.ids;
  const auto add = [&](const std::vector<std::int64_t>& found) {
    ids.insert(ids.end(), found.begin(), found.end());
  };
  const auto collect = [&](PersonIndex index, const std::string& value) {
    add(records.people.ByIndex(index, value, limit));
  };
  if (search.nhs_number) collect(PersonIndex::kNhsNumber, *search.nhs_number);
  if (search.upn) {
    collect(PersonIndex::kUpn, *search.upn);
    const auto former = records.people.ByIndex(PersonIndex::kFormerUpn, *search.upn, limit);
    gathered.by_former_upn.insert(former.begin(), former.end());
    add(former);
  }
  if (search.local_person_id) collect(PersonIndex::kId, std::to_string(*search.local_person_id));
  if (search.date_of_birth) {
    for (const auto& date : domain::DatesWithDayAndMonthSwapped(*search.date_of_birth)) {
      for (auto& person : records.people.BornOn(date, limit)) {
        ids.push_back(person.id);
        gathered.rows.push_back({std::move(person), {}});
      }
    }
  }
  if (search.postcode) collect(PersonIndex::kPostcode, *search.postcode);
  // People found by name come from the search table with what a search compares and their
  // postcodes.
  const auto add_rows = [&](std::vector<domain::SearchCandidate> found) {
    for (auto& row : found) {
      ids.push_back(row.person.id);
      gathered.postcodes_read.insert(row.person.id);
      gathered.rows.push_back(std::move(row));
    }
  };
  const std::string family_key =
      search.family_name.empty() ? "" : domain::PhoneticKey(search.family_name);
  if (search.given_name.empty()) {
    if (family_key.empty()) return gathered;
    add_rows(records.people.ByFamilyKey(family_key, limit));
    collect(PersonIndex::kGivenNameKey, family_key);  // one name: it may be either
    return gathered;
  }
  const std::string given_key = domain::PhoneticKey(search.given_name);
  add_rows(records.people.ByNameKeys(family_key, given_key, limit));  // either way round
  // With a date of birth, a postcode or an identifier given, those gather the child already.
  if (!search.NamesOnly()) return gathered;
  // The name's other readings: middle names, a family name typed without its hyphen.
  const auto readings = domain::NameReadings(search);
  for (std::size_t index = 1; index < readings.size(); ++index) {
    add_rows(records.people.ByNameKeys(domain::PhoneticKey(readings[index].family_name),
                                       domain::PhoneticKey(readings[index].given_name), limit));
  }
  // Nothing but names: a first letter typed wrong changes a name's key but not the rest of it.
  add(records.people.ByNameKeysButFirstLetter(family_key, given_key, limit));
  // A name misspelt past its key: a rare name's key alone gathers everyone who has it, so the
  // other name may be wrong. A common name's key is never cut to its first few hundred records: it
  // would rank thousands for nothing.
  const auto rare = [&](const std::map<std::string, std::int64_t>& counts, const std::string& key) {
    const auto count = counts.find(key);
    return count != counts.end() && count->second < domain::kRareNameBelow;
  };
  if (rare(frequencies.family, family_key)) add_rows(records.people.ByFamilyKey(family_key, limit));
  if (rare(frequencies.given, given_key)) collect(PersonIndex::kGivenNameKey, given_key);
  return gathered;
}

//! The rows of `wanted`, in id order, each once: those read while gathering (by birth, or from the
//! search table; moved from `rows`, which keep their ids and postcodes), then one look-up for the
//! rest; with everyone's other names.
std::vector<domain::Person> SearchRowsOf(Records& records, const std::vector<std::int64_t>& wanted,
                                         std::vector<domain::SearchCandidate>& rows) {
  std::unordered_set<std::int64_t> read;
  std::vector<domain::Person> people;
  people.reserve(wanted.size());
  for (auto& row : rows) {
    if (read.insert(row.person.id).second) people.push_back(std::move(row.person));
  }
  std::vector<std::int64_t> missing;
  for (std::int64_t id : wanted) {
    if (!read.count(id)) missing.push_back(id);
  }
  for (auto& person : records.people.FindSearchRows(missing)) people.push_back(std::move(person));
  // Put in id order by sorting their places, then moving each person once: a person is large,
  // and sorting moves each many times.
  std::vector<std::size_t> places(people.size());
  std::iota(places.begin(), places.end(), std::size_t{0});
  std::sort(places.begin(), places.end(),
            [&](std::size_t a, std::size_t b) { return people[a].id < people[b].id; });
  std::vector<domain::Person> in_order;
  in_order.reserve(people.size());
  for (std::size_t place : places) in_order.push_back(std::move(people[place]));
  records.people.AddOtherNames(in_order);
  return in_order;
}

}  // namespace

std::vector<domain::SearchCandidate> FindPersonCandidates(
    Records& records, const domain::ParsedSearch& search, int limit,
    const domain::NameFrequencies& frequencies) {
  // One look-up for every candidate not read already, in the order found; merged records are
  // followed one by one.
  auto gathered = Gather(records, search, limit, frequencies);
  std::vector<std::int64_t> wanted;
  std::unordered_set<std::int64_t> already;
  for (std::int64_t id : gathered.ids) {
    if (already.insert(id).second) wanted.push_back(id);
  }
  auto people = SearchRowsOf(records, wanted, gathered.rows);
  std::vector<domain::SearchCandidate> candidates;
  candidates.reserve(wanted.size());
  std::vector<std::int64_t> taken;
  std::unordered_set<std::int64_t> taken_once;
  for (std::int64_t id : wanted) {
    const auto found =
        std::lower_bound(people.begin(), people.end(), id,
                         [](const auto& one, std::int64_t key) { return one.id < key; });
    if (found == people.end() || found->id != id) continue;
    std::optional<domain::Person> person = std::move(*found);  // `wanted` holds each id once
    // The rows a search reads leave the former number out: one found by it had the typed one.
    const bool had_upn = gathered.by_former_upn.count(id) > 0;
    // A merged record found by its own name or number stands for the record it was merged into.
    if (person->merged_into) {
      id = *person->merged_into;
      person = records.people.Find(id);
    }
    if (!person) continue;
    if (!taken_once.insert(id).second) {  // found before, perhaps by name: the number still agrees
      if (had_upn)
        for (auto& candidate : candidates) candidate.had_upn |= candidate.person.id == id;
      continue;
    }
    taken.push_back(id);
    candidates.push_back({std::move(*person), {}, had_upn});
  }
  // Addresses only matter to a search that gives a postcode: those read from the search table
  // came with theirs, and one look-up finds everyone else's.
  if (search.postcode) {
    std::map<std::int64_t, std::vector<std::string>> postcodes;
    for (auto& row : gathered.rows) {
      if (gathered.postcodes_read.count(row.person.id) && !row.postcodes.empty())
        postcodes.try_emplace(row.person.id, std::move(row.postcodes));
    }
    std::vector<std::int64_t> unread;
    for (std::int64_t id : taken) {
      if (!gathered.postcodes_read.count(id)) unread.push_back(id);
    }
    for (auto& [id, lived] : records.households.PostcodesOf(unread))
      postcodes[id] = std::move(lived);
    for (auto& candidate : candidates)
      candidate.postcodes = std::move(postcodes[candidate.person.id]);
  }
  return candidates;
}

domain::NameFrequencies FindNameFrequencies(Records& records, const domain::ParsedSearch& search) {
  domain::NameFrequencies frequencies;
  if (search.family_name.empty()) return frequencies;
  const std::string family_key = domain::NameKey(search.family_name);
  // One name typed may be either.
  const std::string given_key =
      domain::NameKey(search.given_name.empty() ? search.family_name : search.given_name);
  const auto counts = records.people.CountNames(family_key, given_key);
  frequencies.people = counts.people;
  if (!family_key.empty()) frequencies.family[family_key] = counts.family;
  if (!given_key.empty()) frequencies.given[given_key] = counts.given;
  return frequencies;
}

}  // namespace frontdoor::store
