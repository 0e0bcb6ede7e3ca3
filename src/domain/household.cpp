// src/domain/household.cpp — addresses, membership dates and relationship kinds.
#include "domain/household.hpp"

#include "domain/identifiers.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

struct RelationshipText {
  RelationshipKind kind;
  std::string_view code;
  std::string_view name;
  RelationshipKind inverse;
};

constexpr RelationshipText kRelationships[] = {
    {RelationshipKind::kParent, "parent", "parent", RelationshipKind::kChild},
    {RelationshipKind::kChild, "child", "child", RelationshipKind::kParent},
    {RelationshipKind::kStepParent, "step_parent", "step-parent", RelationshipKind::kStepChild},
    {RelationshipKind::kStepChild, "step_child", "step-child", RelationshipKind::kStepParent},
    {RelationshipKind::kCarer, "carer", "carer", RelationshipKind::kCaredFor},
    {RelationshipKind::kCaredFor, "cared_for", "cared for by", RelationshipKind::kCarer},
    {RelationshipKind::kSibling, "sibling", "brother or sister", RelationshipKind::kSibling},
    {RelationshipKind::kHalfSibling, "half_sibling", "half-brother or half-sister",
     RelationshipKind::kHalfSibling},
    {RelationshipKind::kPartner, "partner", "partner", RelationshipKind::kPartner},
    {RelationshipKind::kOther, "other", "other relationship", RelationshipKind::kOther},
};

}  // namespace

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

std::string_view RelationshipCode(RelationshipKind kind) {
  return kRelationships[int(kind)].code;
}

std::string_view RelationshipName(RelationshipKind kind) {
  return kRelationships[int(kind)].name;
}

std::optional<RelationshipKind> ParseRelationship(std::string_view code) {
  for (const auto& text : kRelationships) {
    if (text.code == code) return text.kind;
  }
  return std::nullopt;
}

RelationshipKind Inverse(RelationshipKind kind) {
  return kRelationships[int(kind)].inverse;
}

}  // namespace frontdoor::domain
