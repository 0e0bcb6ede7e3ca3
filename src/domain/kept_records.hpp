// src/domain/kept_records.hpp — which record stands for a child recorded twice and merged, so a
// statutory return counts each child once, under the record kept.
#pragma once

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace frontdoor::domain {

//! The merges in force: each record merged into another, and the record it was merged into (a
//! merge is never into a record itself merged, so one step reaches the record kept).
class KeptRecords {
 public:
  KeptRecords() = default;
  //! From (merged record, record kept) pairs.
  explicit KeptRecords(const std::vector<std::pair<std::int64_t, std::int64_t>>& merges);

  //! The record kept for `id`: the one it was merged into, or itself.
  std::int64_t Of(std::int64_t id) const;
  //! `kept` and every record merged into one of them, each once, in order.
  std::vector<std::int64_t> WithMerged(const std::vector<std::int64_t>& kept) const;

 private:
  std::map<std::int64_t, std::int64_t> into_;
  std::multimap<std::int64_t, std::int64_t> merged_;
};

}  // namespace frontdoor::domain
