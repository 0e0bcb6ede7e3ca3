// src/web/fields.hpp — what a person submitted, read the same way from a page's form and from an
// API call's JSON body, so each draft is decoded once for both.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/validation.hpp"
#include "http/message.hpp"
#include "web/form.hpp"

namespace frontdoor::web {

//! The body as a JSON object; otherwise nullopt with `refusal` set (415 or 400).
std::optional<nlohmann::json> ReadJsonObject(const http::Request& request, http::Response& refusal);

//! A submission's fields. A form's values are all text; a JSON body's members must have the
//! type asked for, and each that does not is noted in Errors() against its name.
class Fields {
 public:
  explicit Fields(const Form& form) : form_(&form) {}
  explicit Fields(const nlohmann::json& body) : body_(&body) {}

  //! The text of `name` ("" when absent).
  std::string Text(const std::string& name);
  //! A date: from a form, its three boxes `name`-day, -month and -year (DateFromParts); from a
  //! JSON body, the text of `name` ("2015-05-14").
  std::string Date(const std::string& name);
  //! An answer of yes or no as "yes", "no" or "" (absent): a form's radios send the word, a JSON
  //! body true or false.
  std::string YesNo(const std::string& name);
  //! Every text of `name` (a set of checkboxes; a JSON list of text).
  std::vector<std::string> Texts(const std::string& name);
  //! A count as text for the rules to check: a form's as typed, an API body's whole number written
  //! out ("" when absent; anything but a whole number is noted).
  std::string CountText(const std::string& name);
  //! A small whole number such as how many to draw (0 when absent; a form's unreadable number is
  //! 0 too, which the rules refuse against the field; the rules check its range).
  int Number(const std::string& name);
  //! A record's id (0 when it is not a positive whole number, noted as an error).
  std::int64_t Id(const std::string& name);
  //! Record ids (checkboxes of people; a JSON list of ids). A form's unreadable id is 0, which
  //! the rules refuse against the field.
  std::vector<std::int64_t> Ids(const std::string& name);
  //! The JSON member `name` as its own fields (an object inside the body); empty from a form.
  Fields Object(const std::string& name);
  //! Each JSON object in the list `name`; the fields of `what` are noted as an error when an item
  //! is not an object.
  std::vector<Fields> Objects(const std::string& name, const char* what);

  //! What could not be read, by field; Note adds to it.
  const domain::FieldErrors& Errors() const { return *errors_; }
  void Note(const std::string& name, std::string message) {
    errors_->push_back({name, std::move(message)});
  }
  //! True for a page's form (whose fields are named for the page), false for a JSON body.
  bool IsForm() const { return form_ != nullptr; }

 private:
  //! The JSON list `name` of items that are each `is`; `what` is noted when one is not.
  template <typename Value, typename Is>
  std::vector<Value> List(const std::string& name, const char* what, Is is);
  // An object inside a JSON body; its errors go with the body's.
  Fields(const nlohmann::json* body, std::shared_ptr<domain::FieldErrors> errors)
      : body_(body), errors_(std::move(errors)) {}

  const Form* form_ = nullptr;
  const nlohmann::json* body_ = nullptr;
  std::shared_ptr<domain::FieldErrors> errors_ = std::make_shared<domain::FieldErrors>();
};

}  // namespace frontdoor::web
