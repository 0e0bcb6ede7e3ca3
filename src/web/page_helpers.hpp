// src/web/page_helpers.hpp — small helpers the page controllers share.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/code_list.hpp"
#include "domain/codes.hpp"
#include "domain/person.hpp"
#include "domain/validation.hpp"
#include "http/message.hpp"

namespace frontdoor::web {

//! A form page's view model with its title, error summary and each field's error.
nlohmann::json FormErrorsView(std::string title, const domain::FieldErrors& errors);
//! One choice of a set of radios or checkboxes: the value sent and the label shown.
struct Choice {
  std::string value;
  std::string label;
  std::string hint = "";  //!< more about the choice, under its label
};

//! The view of a drop-down list (template partial "select"), its first choice usually "none yet";
//! the field's error comes from `view`.
nlohmann::json Select(const std::string& name, const std::string& label, const std::string& hint,
                      const std::vector<Choice>& choices, const std::string& chosen,
                      const nlohmann::json& view);

//! The view of a set of radios (template partial "radios"); the field's error comes from `view`.
nlohmann::json Radios(const std::string& name, const std::string& legend,
                      const std::vector<Choice>& choices, const std::string& chosen,
                      const nlohmann::json& view);
//! The view of a set of checkboxes (partial "checkboxes"), with the values already chosen.
nlohmann::json Checkboxes(const std::string& name, const std::string& legend,
                          const std::vector<Choice>& choices,
                          const std::vector<std::string>& chosen, const nlohmann::json& view);
//! The view of a date typed in three boxes (partial "date_input", the GOV.UK date input), showing
//! `date` as kept ("2015-05-14") or as typed (DateFromParts's "14//2015").
nlohmann::json DateInput(const std::string& name, const std::string& legend,
                         const std::string& hint, const std::string& date,
                         const nlohmann::json& view);
//! The view of a text area (partial "textarea") checked for plain language as it is typed.
nlohmann::json TextArea(const std::string& name, const std::string& label, const std::string& hint,
                        const std::string& value, const nlohmann::json& view, int rows = 5);
//! The view of a one-line text box (partial "text_input"); the field's error comes from `view`.
nlohmann::json TextInput(const std::string& name, const std::string& label, const std::string& hint,
                         const std::string& value, const nlohmann::json& view);
//! The names of `people`, current and other, for a form's data-names: the language check as text
//! is typed never flags them ("Jayden Smith|Jay Brown").
std::string NamesForLanguageCheck(const std::vector<const domain::Person*>& people);
//! The refusal when a path names no contact.
inline constexpr const char* kNoContact = "There is no contact with that id";
//! Every value of a domain code list as choices, in the list's order and words.
template <typename Kind, std::size_t N>
std::vector<Choice> ChoicesFrom(const domain::CodeList<Kind, N>& list) {
  std::vector<Choice> choices;
  for (const auto& entry : list.All())
    choices.push_back({std::string(entry.code), std::string(entry.name)});
  return choices;
}

//! Every code of a census list as choices, in the list's order and words.
template <std::size_t N>
std::vector<Choice> CensusChoices(const std::array<domain::Code, N>& list) {
  std::vector<Choice> choices;
  for (const auto& code : list)
    choices.push_back({std::string(code.code), std::string(code.label)});
  return choices;
}

}  // namespace frontdoor::web
