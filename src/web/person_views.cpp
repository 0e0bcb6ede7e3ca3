// src/web/person_views.cpp — view models for people, matches, households and journeys.
#include "web/person_views.hpp"

#include <charconv>
#include <map>

#include "domain/correction.hpp"
#include "domain/identifiers.hpp"
#include "domain/text.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/page_helpers.hpp"
#include "web/responses.hpp"

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
          {"born", domain::BirthInWords(person)},
          {"local_id", domain::LocalChildId(person.id)},
          {"reasons", Join(match.reasons, "; ")},
          {"score", match.score}};
}

nlohmann::json PersonRows(const domain::Person& person, bool child) {
  // Where each part is corrected on the correction form.
  static const std::map<std::string, std::string> kFields = {
      {"Name", "given_name"},
      {"Also known as", "other_names"},
      {"Date of birth", "date_of_birth"},
      {"Expected date of birth", "expected_date_of_birth"},
      {"Sex", "sex"},
      {"Ethnicity", "ethnicity"},
      {"Disability", "disabilities"},
      {"NHS number", "nhs_number"},
      {"Unique pupil number", "upn"},
      {"Former unique pupil number", "former_upn"},
      {"Date of death", "date_of_death"}};
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& part : domain::PersonInWords(person)) {
    // A child is shown with a date of birth or, before they are born, an expected one.
    if (part.name == (person.expected_date_of_birth ? "Date of birth" : "Expected date of birth"))
      continue;
    if (part.name == "Date of death" && !person.date_of_death) continue;  // shown once recorded
    if (part.name == "Former unique pupil number" && person.former_upn.empty()) continue;
    rows.push_back(
        {{"key", part.name},
         {"value", part.words},
         {"change", "/people/" + std::to_string(person.id) + "/correct#" + kFields.at(part.name)},
         {"what", domain::InSentence(part.name)}});
    if (part.name == "Disability")
      rows.push_back({{"key", child ? "Local child id" : "Record number"},
                      {"value", domain::LocalChildId(person.id)},
                      {"change", false}});
  }
  return rows;
}

nlohmann::json PersonFormView(const domain::PersonDraft& draft, nlohmann::json view) {
  view["draft"] = {{"given_name", draft.given_name},
                   {"family_name", draft.family_name},
                   {"other_names", draft.other_names},
                   {"nhs_number", draft.nhs_number},
                   {"upn", draft.upn},
                   {"former_upn", draft.former_upn}};
  view["date_of_birth_input"] = DateInput("date_of_birth", "Date of birth (if known)",
                                          "For example, 14 5 2015", draft.date_of_birth, view);
  view["expected_date_of_birth_input"] =
      DateInput("expected_date_of_birth", "Expected date of birth, for a baby not yet born",
                "Leave empty for a child already born", draft.expected_date_of_birth, view);
  view["date_of_death_input"] =
      DateInput("date_of_death", "Date of death, only if the child has died",
                "Leave empty unless the death is confirmed", draft.date_of_death, view);
  view["sex_options"] = nlohmann::json::array();
  for (const auto& sex : domain::kSexes.All()) {
    // The first option's id is the field's name, so the error summary's link lands on it.
    view["sex_options"].push_back(
        {{"value", sex.code},
         {"label", sex.name},
         {"checked", draft.sex == sex.code},
         {"suffix", view["sex_options"].empty() ? "" : "-" + std::string(sex.code)}});
  }
  view["ethnicity_options"] = CodeOptions(domain::kEthnicities, draft.ethnicity);
  view["upn_unknown_options"] = CodeOptions(domain::kUpnUnknownReasons, draft.upn_unknown);
  view["disability_options"] = nlohmann::json::array();
  for (const auto& code : domain::kDisabilities) {
    view["disability_options"].push_back(
        {{"id", view["disability_options"].empty() ? std::string("disabilities")
                                                   : "disability-" + std::string(code.code)},
         {"value", code.code},
         {"label", code.label},
         {"selected", std::find(draft.disabilities.begin(), draft.disabilities.end(), code.code) !=
                          draft.disabilities.end()}});
  }
  return view;
}

nlohmann::json PersonJson(const domain::Person& person) {
  nlohmann::json other_names = nlohmann::json::array();
  for (const auto& name : person.other_names) {
    other_names.push_back({{"given_name", name.given_name}, {"family_name", name.family_name}});
  }
  return {{"id", person.id},
          {"local_id", domain::LocalChildId(person.id)},
          {"given_name", person.given_name},
          {"family_name", person.family_name},
          {"other_names", other_names},
          {"date_of_birth", JsonDate(person.date_of_birth)},
          {"expected_date_of_birth", JsonDate(person.expected_date_of_birth)},
          {"sex", domain::kSexes.Code(person.sex)},
          {"ethnicity", person.ethnicity},
          {"disabilities", person.disabilities},
          {"nhs_number", person.nhs_number},
          {"upn", person.upn},
          {"upn_unknown", person.upn_unknown},
          {"former_upn", person.former_upn},
          {"date_of_death", JsonDate(person.date_of_death)},
          {"merged_into",
           person.merged_into ? nlohmann::json(*person.merged_into) : nlohmann::json(nullptr)}};
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
    if (for_page) {
      item["at_text"] = domain::FormatUkDateTime(event.at);
      // A template shows any text, even none: an event with no contact shows no reference.
      if (event.reference.empty()) item["reference"] = false;
      item["explanation"] =
          event.explanation.empty() ? nlohmann::json(false) : nlohmann::json(event.explanation);
    }
    list.push_back(item);
  }
  return list;
}

}  // namespace frontdoor::web
