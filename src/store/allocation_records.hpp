// src/store/allocation_records.hpp — each child's allocation after a decision (team, worker,
// assessment due), or the reason they were left out.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/decision.hpp"

namespace frontdoor::store {

class Sql;

//! Allocations, one a child a contact.
class AllocationRecords {
 public:
  explicit AllocationRecords(Sql& sql) : sql_(sql) {}

  void Add(const domain::Allocation& allocation);
  //! Keeps allocations at once (a bulk load).
  void AddMany(const std::vector<domain::Allocation>& allocations);
  //! The allocations (and exclusions) of these contacts, by contact then person.
  std::vector<domain::Allocation> ForContacts(const std::vector<std::int64_t>& contact_ids);
  //! Allocations to a worker, or to anyone in a team (or both), newest first.
  std::vector<domain::Allocation> To(std::optional<std::string_view> worker,
                                     std::optional<std::string_view> team, int limit);
  //! The contacts on which a person was allocated (or left out), oldest first.
  std::vector<std::int64_t> ContactsOf(std::int64_t person_id);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
