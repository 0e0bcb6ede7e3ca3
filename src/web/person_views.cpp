// src/web/person_views.cpp — view models for people, matches, households and journeys.
#include "web/person_views.hpp"

#include <charconv>

#include "domain/identifiers.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::web {

namespace {

std::string Join(const std::vector<std::string>& parts, const char* separator) {
  std::string text;
  for (const auto& part : parts) text += (text.empty() ? "" : separator) + part;
  return text;
}

}  // namespace

nlohmann::json MatchView(const domain::SearchMatch& match) {
  const auto& person = match.person;
  return {{"id", person.id},
          {"visible", !match.restricted},
          {"name", person.FullName()},
          {"date_of_birth",
           person.date_of_birth ? domain::FormatLongDate(*person.date_of_birth) : "not known"},
          {"local_id", domain::LocalChildId(person.id)},
          {"reasons", Join(match.reasons, "; ")},
          {"score", match.score}};
}

nlohmann::json PersonRows(const domain::Person& person) {
  nlohmann::json rows = nlohmann::json::array();
  const auto row = [&](const char* key, const std::string& value) {
    rows.push_back({{"key", key}, {"value", value}});
  };
  row("Name", person.FullName());
  if (!person.other_names.empty()) {
    std::vector<std::string> names;
    for (const auto& name : person.other_names)
      names.push_back(name.given_name + " " + name.family_name);
    row("Also known as", Join(names, ", "));
  }
  if (person.expected_date_of_birth) {
    row("Expected date of birth", domain::FormatLongDate(*person.expected_date_of_birth));
  } else {
    row("Date of birth",
        person.date_of_birth ? domain::FormatLongDate(*person.date_of_birth) : "Not known");
  }
  row("Sex", person.sex == domain::Sex::kFemale ? "Female"
             : person.sex == domain::Sex::kMale ? "Male"
                                                : "Not known");
  row("Ethnicity",
      std::string(
          domain::LabelFor(domain::kEthnicities, person.ethnicity).value_or("Not recorded")));
  std::vector<std::string> disabilities;
  for (const auto& code : person.disabilities) {
    disabilities.emplace_back(domain::LabelFor(domain::kDisabilities, code).value_or(code));
  }
  row("Disability", disabilities.empty() ? "Not recorded" : Join(disabilities, ", "));
  row("Local child id", domain::LocalChildId(person.id));
  row("NHS number",
      person.nhs_number.empty() ? "Not recorded" : domain::FormatNhsNumber(person.nhs_number));
  row("Unique pupil number", person.upn.empty() ? "Not recorded" : person.upn);
  return rows;
}

nlohmann::json PersonJson(const domain::Person& person) {
  nlohmann::json other_names = nlohmann::json::array();
  for (const auto& name : person.other_names) {
    other_names.push_back({{"given_name", name.given_name}, {"family_name", name.family_name}});
  }
  const auto date = [](const std::optional<domain::Date>& value) {
    return value ? nlohmann::json(domain::FormatDate(*value)) : nlohmann::json();
  };
  return {{"id", person.id},
          {"local_id", domain::LocalChildId(person.id)},
          {"given_name", person.given_name},
          {"family_name", person.family_name},
          {"other_names", other_names},
          {"date_of_birth", date(person.date_of_birth)},
          {"expected_date_of_birth", date(person.expected_date_of_birth)},
          {"sex", domain::kSexes.Code(person.sex)},
          {"ethnicity", person.ethnicity},
          {"disabilities", person.disabilities},
          {"nhs_number", person.nhs_number},
          {"upn", person.upn}};
}

std::string AddressText(const domain::Household& household) {
  std::string text = household.address_line_1;
  if (!household.address_line_2.empty()) text += ", " + household.address_line_2;
  return text + ", " + household.town + " " + household.postcode;
}

nlohmann::json CodeOptions(std::span<const domain::Code> codes, const std::string& selected) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& code : codes) {
    options.push_back(
        {{"value", code.code}, {"label", code.label}, {"selected", code.code == selected}});
  }
  return options;
}

nlohmann::json JourneyEventsJson(const std::vector<domain::JourneyEvent>& events, bool for_page) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& event : events) {
    nlohmann::json item = {{"at", domain::FormatTimestamp(event.at)},
                           {"kind", event.kind},
                           {"title", event.title},
                           {"summary", event.summary},
                           {"reference", event.reference},
                           {"link", event.link},
                           {"by", event.by}};
    if (for_page) item["at_text"] = domain::FormatUkDateTime(event.at);
    list.push_back(item);
  }
  return list;
}

}  // namespace frontdoor::web
