// src/web/page_helpers.cpp — form pages' view models: errors, radios, checkboxes, text areas.
#include "web/page_helpers.hpp"

#include <algorithm>

#include "domain/date_typed.hpp"

namespace frontdoor::web {

nlohmann::json FormErrorsView(std::string title, const domain::FieldErrors& errors) {
  nlohmann::json view = {{"title", std::move(title)},
                         {"has_errors", !errors.empty()},
                         {"errors", nlohmann::json::array()}};
  for (const auto& error : errors) {
    // An error about the whole form (no field) is listed without a link to nowhere.
    view["errors"].push_back(
        {{"field", error.field}, {"message", error.message}, {"whole", error.field.empty()}});
    view[error.field + "_error"] = error.message;
  }
  return view;
}

namespace {

nlohmann::json FieldError(const std::string& name, const nlohmann::json& view) {
  const std::string key = name + "_error";
  return view.contains(key) ? view[key] : nlohmann::json(false);
}

nlohmann::json ChoiceOptions(const std::string& name, const std::vector<Choice>& choices,
                             const std::vector<std::string>& chosen) {
  nlohmann::json options = nlohmann::json::array();
  for (size_t index = 0; index < choices.size(); ++index) {
    // The first option's id is the field's name, so the error summary's link lands on it.
    options.push_back({{"id", index == 0 ? name : name + "-" + choices[index].value},
                       {"name", name},
                       {"value", choices[index].value},
                       {"label", choices[index].label},
                       {"hint", choices[index].hint},
                       {"checked", std::find(chosen.begin(), chosen.end(), choices[index].value) !=
                                       chosen.end()}});
  }
  return options;
}

}  // namespace

nlohmann::json Radios(const std::string& name, const std::string& legend,
                      const std::vector<Choice>& choices, const std::string& chosen,
                      const nlohmann::json& view) {
  return {{"name", name},
          {"legend", legend},
          {"options", ChoiceOptions(name, choices, {chosen})},
          {"error", FieldError(name, view)}};
}

nlohmann::json Select(const std::string& name, const std::string& label, const std::string& hint,
                      const std::vector<Choice>& choices, const std::string& chosen,
                      const nlohmann::json& view) {
  nlohmann::json options = nlohmann::json::array();
  for (const auto& choice : choices)
    options.push_back(
        {{"value", choice.value}, {"label", choice.label}, {"selected", choice.value == chosen}});
  const nlohmann::json error = FieldError(name, view);
  std::string described_by = hint.empty() ? "" : name + "-hint";
  if (error.is_string()) described_by += (described_by.empty() ? "" : " ") + name + "-error";
  return {{"name", name},       {"label", label}, {"hint", hint},
          {"options", options}, {"error", error}, {"described_by", described_by}};
}

nlohmann::json Checkboxes(const std::string& name, const std::string& legend,
                          const std::vector<Choice>& choices,
                          const std::vector<std::string>& chosen, const nlohmann::json& view) {
  return {{"name", name},
          {"legend", legend},
          {"options", ChoiceOptions(name, choices, chosen)},
          {"error", FieldError(name, view)}};
}

nlohmann::json DateInput(const std::string& name, const std::string& legend,
                         const std::string& hint, const std::string& date,
                         const nlohmann::json& view) {
  std::string day, month, year;
  if (const auto kept = domain::ParseDate(date)) {
    year = std::to_string(int(kept->year()));
    month = std::to_string(unsigned(kept->month()));
    day = std::to_string(unsigned(kept->day()));
  } else if (const size_t first = date.find('/'); first != std::string::npos) {
    const size_t second = date.find('/', first + 1);
    day = date.substr(0, first);
    month = date.substr(first + 1, second == std::string::npos ? second : second - first - 1);
    if (second != std::string::npos) year = date.substr(second + 1);
  } else if (std::count(date.begin(), date.end(), '-') == 2) {
    // "2016-02-31": numbers that make no date, shown as they were typed.
    const size_t first = date.find('-'), second = date.rfind('-');
    year = date.substr(0, first);
    month = date.substr(first + 1, second - first - 1);
    day = date.substr(second + 1);
    for (std::string* part : {&month, &day}) {
      if (part->size() == 2 && part->front() == '0') part->erase(0, 1);
    }
  } else {
    year = date;  // text from elsewhere that is not a date: shown where it can be corrected
  }
  const nlohmann::json error = FieldError(name, view);
  // Only the boxes to mend are marked; an error about the date as a whole marks all three.
  auto boxes = domain::FindDateProblem(date, "");
  if (!boxes.day && !boxes.month && !boxes.year) boxes.day = boxes.month = boxes.year = true;
  const bool marked = error.is_string() && !error.get<std::string>().empty();
  return {{"name", name},
          {"legend", legend},
          {"hint", hint},
          {"day", day},
          {"month", month},
          {"year", year},
          {"error", error},
          {"day_error", marked && boxes.day},
          {"month_error", marked && boxes.month},
          {"year_error", marked && boxes.year}};
}

nlohmann::json TextArea(const std::string& name, const std::string& label, const std::string& hint,
                        const std::string& value, const nlohmann::json& view, int rows) {
  return {{"name", name},
          {"label", label},
          {"hint", hint},
          {"value", value},
          {"error", FieldError(name, view)},
          {"rows", rows}};
}

nlohmann::json TextInput(const std::string& name, const std::string& label, const std::string& hint,
                         const std::string& value, const nlohmann::json& view) {
  return {{"name", name},
          {"label", label},
          {"hint", hint},
          {"value", value},
          {"error", FieldError(name, view)}};
}

std::string NamesForLanguageCheck(const std::vector<const domain::Person*>& people) {
  std::string names;
  const auto add = [&](const std::string& given, const std::string& family) {
    names += (names.empty() ? "" : "|") + given + " " + family;
  };
  for (const domain::Person* person : people) {
    add(person->given_name, person->family_name);
    for (const auto& other : person->other_names) add(other.given_name, other.family_name);
  }
  return names;
}

}  // namespace frontdoor::web
