// fuzz/json_body_fuzz.cpp — hostile bytes as a JSON API body: read as the app reads it, then each
// kind of field the API takes, nested objects and lists of objects included.
#include <cstddef>
#include <cstdint>
#include <string>

#include "web/fields.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  frontdoor::http::Request request;
  request.method = "POST";
  request.path = "/api/v1/contacts";
  request.headers.emplace_back("Content-Type", "application/json");
  request.body.assign(reinterpret_cast<const char*>(data), size);
  frontdoor::http::Response refusal;
  const auto body = frontdoor::web::ReadJsonObject(request, refusal);
  if (!body) return 0;
  frontdoor::web::Fields fields(*body);
  (void)fields.Text("concern");
  (void)fields.Texts("agencies");
  (void)fields.Id("person_id");
  (void)fields.Ids("children");
  (void)fields.Number("level");
  (void)fields.Object("referrer").Text("name");
  for (auto& item : fields.Objects("exclusions", "Each exclusion is {person_id, reason}"))
    (void)item.Id("person_id");
  return 0;
}
