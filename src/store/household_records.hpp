// src/store/household_records.hpp — households (who lives where, from when to when) and how people
// are related to one another.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "domain/household.hpp"

namespace frontdoor::store {

class Sql;

//! Households, their members and relationships.
class HouseholdRecords {
 public:
  explicit HouseholdRecords(Sql& sql) : sql_(sql) {}

  std::int64_t Add(const domain::Household& household);
  //! Adds households whose ids were reserved (a bulk load).
  void AddMany(const std::vector<domain::Household>& households);
  std::optional<domain::Household> Find(std::int64_t id);
  void AddMember(const domain::HouseholdMember& member);
  //! Adds many memberships at once (a bulk load).
  void AddMembers(const std::vector<domain::HouseholdMember>& members);
  //! The households a person has lived in, with their membership, newest first.
  std::vector<std::pair<domain::Household, domain::HouseholdMember>> HouseholdsOf(
      std::int64_t person_id);
  //! Everyone who has lived in a household, earliest first.
  std::vector<domain::HouseholdMember> MembersOf(std::int64_t household_id);
  //! Adds (or replaces) "person is related_person's KIND".
  void AddRelationship(const domain::Relationship& relationship);
  //! How others are related to the person, by the other person's id.
  std::vector<domain::Relationship> RelationshipsOf(std::int64_t person_id);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
