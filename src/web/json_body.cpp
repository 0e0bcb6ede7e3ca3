// src/web/json_body.cpp — JSON body reading shared by every API route.
#include "web/json_body.hpp"

#include "web/responses.hpp"

namespace frontdoor::web {

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

std::string StringMember(const nlohmann::json& body, const std::string& name,
                         domain::FieldErrors& errors) {
  auto found = body.find(name);
  if (found == body.end() || found->is_null()) return {};
  if (!found->is_string()) {
    errors.push_back({name, "Must be text"});
    return {};
  }
  return found->get<std::string>();
}

std::vector<std::string> StringList(const nlohmann::json& body, const std::string& name,
                                    domain::FieldErrors& errors) {
  std::vector<std::string> values;
  const auto found = body.find(name);
  if (found == body.end() || found->is_null()) return values;
  if (!found->is_array()) {
    errors.push_back({name, "Must be a list of text"});
    return values;
  }
  for (const auto& item : *found) {
    if (!item.is_string()) {
      errors.push_back({name, "Must be a list of text"});
      return {};
    }
    values.push_back(item.get<std::string>());
  }
  return values;
}

std::int64_t IdMember(const nlohmann::json& body, const std::string& name,
                      domain::FieldErrors& errors) {
  const auto found = body.find(name);
  if (found == body.end() || !found->is_number_integer() || found->get<std::int64_t>() <= 0) {
    errors.push_back({name, "Must be the id of a record, a whole number"});
    return 0;
  }
  return found->get<std::int64_t>();
}

}  // namespace frontdoor::web
