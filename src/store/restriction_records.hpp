// src/store/restriction_records.hpp — records restricted to named people, and managers' break-glass
// openings of them awaiting an auditor's review.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/person.hpp"

namespace frontdoor::store {

class Sql;

//! Restrictions and break-glass openings.
class RestrictionRecords {
 public:
  explicit RestrictionRecords(Sql& sql) : sql_(sql) {}

  //! Restricts a record (replacing any restriction it had).
  void Set(const domain::Restriction& restriction);
  std::optional<domain::Restriction> Find(std::int64_t person_id);
  std::int64_t AddBreakGlass(const domain::BreakGlass& opening);
  //! This user's openings of this record, newest first (the last 20).
  std::vector<domain::BreakGlass> BreakGlassFor(std::int64_t person_id, std::int64_t user_id);
  //! Openings no auditor has reviewed yet, oldest first.
  std::vector<domain::BreakGlass> UnreviewedBreakGlass(int limit);
  //! Marks an opening reviewed; false when there is no such unreviewed opening.
  bool MarkReviewed(std::int64_t id, std::string_view reviewer, domain::Timestamp at);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
