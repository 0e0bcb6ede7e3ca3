// src/domain/household.hpp — where people live together, and how they are related to one another.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codes.hpp"
#include "domain/person.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! An address people live at together.
struct Household {
  std::int64_t id = 0;
  std::string address_line_1;
  std::string address_line_2;
  std::string town;
  std::string postcode;  //!< normalised, "SO14 7LY"
};

//! Someone living in a household, from one date to (perhaps) another.
struct HouseholdMember {
  std::int64_t household_id = 0;
  std::int64_t person_id = 0;
  Date from;
  std::optional<Date> to;
  //! True when they live there on `day`.
  bool LivesThereOn(const Date& day) const;
};

//! The address on one line: "12 Oak Road, Flat 2, Southampton SO14 1AA".
std::string AddressLine(const Household& household);

//! True when two records are one address: the same postcode and first line (in any case).
bool SameAddress(const Household& one, const Household& other);

//! A household as typed.
struct HouseholdDraft {
  std::string address_line_1;
  std::string address_line_2;
  std::string town;
  std::string postcode;
};

//! Checks an address; fills `household` (with the postcode normalised) when valid.
FieldErrors ValidateHousehold(const HouseholdDraft& draft, Household& household);

//! Checks `person` starting to live in a household on `from`, given their `spells` there
//! already: not in the future, not before they were born, not while they live there still, not
//! twice from one day; and never a record merged into another.
FieldErrors ValidateJoining(const Person& person, const Date& from, const Date& today,
                            const std::vector<HouseholdMember>& spells);

//! The same relationship seen from the other person (parent <-> child; sibling <-> sibling).
RelationshipKind Inverse(RelationshipKind kind);

//! "person_id is related_person_id's KIND".
struct Relationship {
  std::int64_t person_id = 0;
  std::int64_t related_person_id = 0;
  RelationshipKind kind = RelationshipKind::kOther;
};

//! The refusal of `person` as `related`'s `kind` when their dates of birth rule it out: a parent
//! is born before their child. Step-parents, carers and the rest may be of any age (a carer may
//! be an older brother); a date of birth not known rules out nothing.
std::optional<FieldError> CheckRelationshipAges(const Person& person, const Person& related,
                                                RelationshipKind kind);

}  // namespace frontdoor::domain
