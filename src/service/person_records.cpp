// src/service/person_records.cpp — one person recorded more than once: their records and homes.
#include "service/person_records.hpp"

#include <algorithm>
#include <chrono>
#include <tuple>

namespace frontdoor::service {

namespace {

//! True when `one` lasts longer than `other`: open where the other ended, or ended later.
bool Later(const domain::HouseholdMember& one, const domain::HouseholdMember& other) {
  if (!one.to || !other.to) return !one.to && other.to;
  return std::chrono::sys_days{*one.to} > std::chrono::sys_days{*other.to};
}

}  // namespace

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
  for (std::int64_t id : ids) {
    for (auto& home : records.households.HouseholdsOf(id)) {
      const auto same = std::find_if(homes.begin(), homes.end(), [&](const auto& kept) {
        return kept.first.id == home.first.id;
      });
      if (same == homes.end())
        homes.push_back(std::move(home));
      else if (Later(home.second, same->second))
        *same = std::move(home);  // the record that lives there longest gives the dates
    }
  }
  // As HouseholdsOf: where they live now first, then newest first.
  std::stable_sort(homes.begin(), homes.end(), [](const auto& a, const auto& b) {
    return std::make_tuple(!a.second.to.has_value(), std::chrono::sys_days{a.second.from}) >
           std::make_tuple(!b.second.to.has_value(), std::chrono::sys_days{b.second.from});
  });
  return homes;
}

}  // namespace frontdoor::service
