// src/domain/household.cpp — addresses, membership dates and relationship kinds.
#include "domain/household.hpp"

#include <utility>

#include "domain/identifiers.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

bool SameAddress(const Household& one, const Household& other) {
  return one.postcode == other.postcode && Lower(one.address_line_1) == Lower(other.address_line_1);
}

std::string AddressLine(const Household& household) {
  std::string text = household.address_line_1;
  if (!household.address_line_2.empty()) text += ", " + household.address_line_2;
  return text + ", " + household.town + " " + household.postcode;
}

bool HouseholdMember::LivesThereOn(const Date& day) const {
  const std::chrono::sys_days date{day};
  return std::chrono::sys_days{from} <= date && (!to || date <= std::chrono::sys_days{*to});
}

FieldErrors ValidateHousehold(const HouseholdDraft& draft, Household& household) {
  FieldErrors errors;
  const auto check = [&](const std::string& value, const char* field, const char* label,
                         bool required) {
    if (!IsValidUtf8(value) || HasControlCharacters(value) || CountCharacters(value) > 200) {
      errors.push_back(
          {field, std::string(label) + " must be 200 characters or fewer of ordinary text"});
    } else if (required && Trim(value).empty()) {
      errors.push_back({field, std::string("Enter the ") + label});
    }
  };
  check(draft.address_line_1, "address_line_1", "first line of the address", true);
  check(draft.address_line_2, "address_line_2", "second line of the address", false);
  check(draft.town, "town", "town or city", true);
  const auto postcode = NormalisePostcode(draft.postcode);
  if (!postcode) errors.push_back({"postcode", "Enter a real postcode, like SO14 7LY"});
  if (!errors.empty()) return errors;
  household.address_line_1 = Trim(draft.address_line_1);
  household.address_line_2 = Trim(draft.address_line_2);
  household.town = Trim(draft.town);
  household.postcode = *postcode;
  return {};
}

std::optional<FieldError> CheckRelationshipAges(const Person& person, const Person& related,
                                                RelationshipKind kind) {
  const bool parent = kind == RelationshipKind::kParent;
  if ((!parent && kind != RelationshipKind::kChild) || !person.date_of_birth ||
      !related.date_of_birth)
    return std::nullopt;
  const Person& elder = parent ? person : related;
  const Person& younger = parent ? related : person;
  if (*elder.date_of_birth < *younger.date_of_birth) return std::nullopt;
  return FieldError{"kind", elder.FullName() + ", " + BirthInWords(elder) +
                                ", cannot be the parent of " + younger.FullName() + ", " +
                                BirthInWords(younger) + ": a parent is born before their child"};
}

RelationshipKind Inverse(RelationshipKind kind) {
  // Siblings, half-siblings, partners and others are so both ways.
  constexpr std::pair<RelationshipKind, RelationshipKind> kPairs[] = {
      {RelationshipKind::kParent, RelationshipKind::kChild},
      {RelationshipKind::kStepParent, RelationshipKind::kStepChild},
      {RelationshipKind::kCarer, RelationshipKind::kCaredFor}};
  for (const auto& [one, other] : kPairs) {
    if (kind == one) return other;
    if (kind == other) return one;
  }
  return kind;
}

FieldErrors ValidateJoining(const Person& person, const Date& from, const Date& today,
                            const std::vector<HouseholdMember>& spells) {
  FieldErrors errors;
  if (auto merged = MergedAway(person, "person_id")) errors.push_back(*merged);
  if (from > today)
    errors.push_back({"from", "The date they started living there is in the future"});
  if (person.date_of_birth && from < *person.date_of_birth)
    errors.push_back({"from", "They cannot have lived there before they were born"});
  for (const auto& spell : spells) {
    if (spell.from == from)
      errors.push_back({"person_id", "They are already recorded as living there from that date"});
    else if (!spell.to)
      errors.push_back({"person_id", "They live there already: record them moving out first"});
    else
      continue;
    break;
  }
  return errors;
}

}  // namespace frontdoor::domain
