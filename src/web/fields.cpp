// src/web/fields.cpp — reading a form or a JSON body field by field.
#include "web/fields.hpp"

#include "domain/date_typed.hpp"

#include <charconv>

#include "domain/whole_number.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

const nlohmann::json& EmptyObject() {
  static const nlohmann::json empty = nlohmann::json::object();
  return empty;
}

//! The member `name`, or nullptr when it is absent or null.
const nlohmann::json* Member(const nlohmann::json& body, const std::string& name) {
  const auto found = body.find(name);
  return found == body.end() || found->is_null() ? nullptr : &*found;
}

}  // namespace

std::optional<nlohmann::json> ReadJsonObject(const http::Request& request,
                                             http::Response& refusal) {
  const std::string_view type = request.Header("Content-Type");
  if (!type.starts_with("application/json")) {
    refusal = JsonError(415, "Send the body as JSON, with Content-Type: application/json");
    return std::nullopt;
  }
  auto body = nlohmann::json::parse(request.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    refusal = JsonErrors(400, {{"body", "The body must be a JSON object"}});
    return std::nullopt;
  }
  return body;
}

template <typename Value, typename Is>
std::vector<Value> Fields::List(const std::string& name, const char* what, Is is) {
  std::vector<Value> values;
  const auto* member = Member(*body_, name);
  if (!member) return values;
  for (const auto& item : member->is_array() ? *member : nlohmann::json::array({nullptr})) {
    if (!is(item)) {
      Note(name, what);
      return {};
    }
    values.push_back(item.get<Value>());
  }
  return values;
}

std::string Fields::Text(const std::string& name) {
  if (form_) return form_->Value(name);
  const auto* member = Member(*body_, name);
  if (!member) return {};
  if (!member->is_string()) {
    Note(name, "Must be text");
    return {};
  }
  return member->get<std::string>();
}

std::string Fields::YesNo(const std::string& name) {
  if (form_) return form_->Value(name);
  const auto* member = Member(*body_, name);
  if (!member) return {};
  if (!member->is_boolean()) {
    Note(name, "Must be true or false");
    return {};
  }
  return member->get<bool>() ? "yes" : "no";
}

std::string Fields::Date(const std::string& name) {
  if (!form_) return Text(name);
  return domain::DateFromParts(form_->Value(name + "-day"), form_->Value(name + "-month"),
                               form_->Value(name + "-year"));
}

std::vector<std::string> Fields::Texts(const std::string& name) {
  if (form_) return form_->Values(name);
  return List<std::string>(name, "Must be a list of text",
                           [](const nlohmann::json& item) { return item.is_string(); });
}

std::string Fields::CountText(const std::string& name) {
  if (form_) return form_->Value(name);
  const auto* member = Member(*body_, name);
  if (!member) return {};
  if (!member->is_number_integer()) {
    Note(name, "Must be a whole number");
    return {};
  }
  return std::to_string(member->get<std::int64_t>());
}

int Fields::Number(const std::string& name) {
  if (form_) {
    const std::string text = form_->Value(name);
    int number = 0;
    std::from_chars(text.data(), text.data() + text.size(), number);
    return number;
  }
  const auto* member = Member(*body_, name);
  if (!member) return 0;
  // The rules say how big it may be; here only that it is a whole number an int holds.
  if (member->is_number_integer() && member->get<std::int64_t>() > -1'000'000 &&
      member->get<std::int64_t>() < 1'000'000)
    return member->get<int>();
  Note(name, "Must be a whole number");
  return 0;
}

std::int64_t Fields::Id(const std::string& name) {
  if (form_) {
    if (const auto id = domain::WholeNumberIn<std::int64_t>(form_->Value(name)); id && *id > 0)
      return *id;
  } else if (const auto* member = Member(*body_, name);
             member && member->is_number_integer() && member->get<std::int64_t>() > 0) {
    return member->get<std::int64_t>();
  }
  Note(name, "Must be the id of a record, a whole number");
  return 0;
}

std::vector<std::int64_t> Fields::Ids(const std::string& name) {
  if (!form_) {
    return List<std::int64_t>(name, "Must be a list of record ids",
                              [](const nlohmann::json& item) { return item.is_number_integer(); });
  }
  std::vector<std::int64_t> ids;
  for (const auto& text : form_->Values(name)) {
    ids.push_back(domain::WholeNumberIn<std::int64_t>(text).value_or(0));
  }
  return ids;
}

Fields Fields::Object(const std::string& name) {
  if (form_) return Fields(&EmptyObject(), errors_);
  const auto* member = Member(*body_, name);
  if (member && !member->is_object()) Note(name, "Must be an object");
  return Fields(member && member->is_object() ? member : &EmptyObject(), errors_);
}

std::vector<Fields> Fields::Objects(const std::string& name, const char* what) {
  std::vector<Fields> objects;
  if (form_) return objects;
  const auto* member = Member(*body_, name);
  if (!member) return objects;
  if (!member->is_array()) {
    Note(name, "Must be a list");
    return objects;
  }
  for (const auto& item : *member) {
    if (!item.is_object()) {
      Note(name, what);
      return objects;
    }
    objects.push_back(Fields(&item, errors_));
  }
  return objects;
}

}  // namespace frontdoor::web
