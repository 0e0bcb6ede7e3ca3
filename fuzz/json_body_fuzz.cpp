// fuzz/json_body_fuzz.cpp — hostile bytes as a JSON API body: read as the API reads it, then each
// kind of member the API takes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "web/json_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  frontdoor::http::Request request;
  request.method = "POST";
  request.path = "/api/v1/contacts";
  request.headers.emplace_back("Content-Type", "application/json");
  request.body.assign(reinterpret_cast<const char*>(data), size);
  frontdoor::http::Response refusal;
  const auto body = frontdoor::web::ReadJsonObject(request, refusal);
  if (!body) return 0;
  frontdoor::domain::FieldErrors errors;
  (void)frontdoor::web::StringMember(*body, "concern", errors);
  (void)frontdoor::web::StringList(*body, "agencies", errors);
  (void)frontdoor::web::IdMember(*body, "person_id", errors);
  const auto referrer = body->value("referrer", nlohmann::json::object());
  if (referrer.is_object()) (void)frontdoor::web::StringMember(referrer, "name", errors);
  for (const auto& item : body->value("exclusions", nlohmann::json::array())) {
    if (item.is_object()) (void)frontdoor::web::IdMember(item, "person_id", errors);
  }
  return 0;
}
