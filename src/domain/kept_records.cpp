// src/domain/kept_records.cpp — which record stands for a child recorded twice and merged.
#include "domain/kept_records.hpp"

#include <algorithm>

namespace frontdoor::domain {

KeptRecords::KeptRecords(const std::vector<std::pair<std::int64_t, std::int64_t>>& merges) {
  for (const auto& [merged, kept] : merges) {
    into_[merged] = kept;
    merged_.emplace(kept, merged);
  }
}

std::int64_t KeptRecords::Of(std::int64_t id) const {
  const auto found = into_.find(id);
  return found == into_.end() ? id : found->second;
}

std::vector<std::int64_t> KeptRecords::WithMerged(const std::vector<std::int64_t>& kept) const {
  std::vector<std::int64_t> ids = kept;
  for (std::int64_t id : kept) {
    const auto [first, last] = merged_.equal_range(id);
    for (auto one = first; one != last; ++one) ids.push_back(one->second);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace frontdoor::domain
