// src/service/person_records.cpp — one person recorded more than once: their records and homes.
#include "service/person_records.hpp"

#include <set>

namespace frontdoor::service {

std::vector<std::int64_t> RecordsOfPerson(store::Records& records, std::int64_t id) {
  if (const auto person = records.people.Find(id); person && person->merged_into)
    id = *person->merged_into;
  std::vector<std::int64_t> ids{id};
  for (std::int64_t merged : records.people.MergedInto(id)) ids.push_back(merged);
  return ids;
}

std::vector<std::pair<domain::Household, domain::HouseholdMember>> HomesOf(
    store::Records& records, const std::vector<std::int64_t>& ids) {
  if (ids.size() == 1) return records.households.HouseholdsOf(ids.front());
  std::vector<std::pair<domain::Household, domain::HouseholdMember>> homes;
  std::set<std::int64_t> seen;
  for (std::int64_t id : ids) {
    for (auto& home : records.households.HouseholdsOf(id)) {
      if (seen.insert(home.first.id).second) homes.push_back(std::move(home));
    }
  }
  return homes;
}

}  // namespace frontdoor::service
