// src/domain/record_version.cpp — records' entity tags and the If-Match rule.
#include "domain/record_version.hpp"

#include "domain/digest.hpp"

namespace frontdoor::domain {

namespace {

//! Appends `text` with its length first, so no two lists of fields make the same bytes.
void Field(std::string& out, std::string_view text) {
  out.append(std::to_string(text.size())).append(":").append(text);
}

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

std::string PersonVersion(const Person& person) {
  std::string fields;
  Field(fields, std::to_string(person.id));
  Field(fields, person.given_name);
  Field(fields, person.family_name);
  Field(fields, person.date_of_birth ? FormatDate(*person.date_of_birth) : "");
  Field(fields, person.expected_date_of_birth ? FormatDate(*person.expected_date_of_birth) : "");
  Field(fields, std::to_string(static_cast<int>(person.sex)));
  Field(fields, person.ethnicity);
  Field(fields, std::to_string(person.disabilities.size()));
  for (const auto& disability : person.disabilities) Field(fields, disability);
  Field(fields, person.nhs_number);
  Field(fields, person.upn);
  Field(fields, person.upn_unknown);
  Field(fields, person.former_upn);
  Field(fields, person.date_of_death ? FormatDate(*person.date_of_death) : "");
  Field(fields, std::to_string(person.other_names.size()));
  for (const auto& name : person.other_names) {
    Field(fields, name.given_name);
    Field(fields, name.family_name);
  }
  Field(fields, person.merged_into ? std::to_string(*person.merged_into) : "");
  return "\"" + Sha256Hex(fields).substr(0, 32) + "\"";
}

std::string ContactVersion(const Contact& contact) {
  std::string fields;
  Field(fields, std::to_string(contact.id));
  Field(fields, contact.reference);
  Field(fields, contact.concern);
  Field(fields, contact.family_knows);
  return "\"" + Sha256Hex(fields).substr(0, 32) + "\"";
}

bool IfMatchHolds(std::string_view if_match, std::string_view version) {
  if (Trimmed(if_match) == "*") return true;
  while (!if_match.empty()) {
    const auto comma = if_match.find(',');
    const std::string_view tag = Trimmed(if_match.substr(0, comma));
    if (tag == version) return true;
    if (comma == std::string_view::npos) break;
    if_match.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace frontdoor::domain
