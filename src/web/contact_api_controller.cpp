// src/web/contact_api_controller.cpp — the contacts API's routes.
#include "web/contact_api_controller.hpp"

#include "web/contact_views.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoContact = "There is no contact with that id";

//! A list of person ids in `field`; records an error when it is not one.
std::vector<std::int64_t> PersonIds(const nlohmann::json& body, const char* field,
                                    domain::FieldErrors& errors) {
  std::vector<std::int64_t> ids;
  const auto list = body.value(field, nlohmann::json::array());
  for (const auto& id : list.is_array() ? list : nlohmann::json::array({nullptr})) {
    if (!id.is_number_integer()) {
      errors.push_back({field, "Must be a list of person ids"});
      break;
    }
    ids.push_back(id.get<std::int64_t>());
  }
  return ids;
}

domain::ContactDraft DraftFrom(const nlohmann::json& body, domain::FieldErrors& errors) {
  domain::ContactDraft draft;
  const std::string received_at = StringMember(body, "received_at", errors);  // UK time
  draft.received_date = received_at.substr(0, 10);
  draft.received_time = received_at.size() >= 16 ? received_at.substr(11, 5) : "";
  draft.method = StringMember(body, "method", errors);
  const auto referrer = body.value("referrer", nlohmann::json::object());
  if (!referrer.is_object()) errors.push_back({"referrer", "Must be an object"});
  draft.referrer = {StringMember(referrer, "name", errors), StringMember(referrer, "role", errors),
                    StringMember(referrer, "agency", errors),
                    StringMember(referrer, "contact_details", errors),
                    StringMember(referrer, "relationship", errors)};
  draft.source = StringMember(body, "source", errors);
  draft.children = PersonIds(body, "children", errors);
  draft.adults = PersonIds(body, "adults", errors);
  draft.concern = StringMember(body, "concern", errors);
  draft.family_knows = StringMember(body, "family_knows", errors);
  draft.family_agreement = StringMember(body, "family_agreement", errors);
  draft.urgency = StringMember(body, "urgency", errors);
  return draft;
}

}  // namespace

void ContactApiController::AddRoutes(Router& router) {
  using domain::Action;
  router.Add("POST", "/api/v1/contacts", Action::kRecordContact,
             ApiWithBody(kNoContact,
                         [this](const auto& context, std::int64_t, const auto& body, auto& errors) {
                           return RecordContact(context, body, errors);
                         }));
  router.Add("GET", "/api/v1/contacts/{id}", Action::kViewContact,
             ApiAbout(kNoContact, [this](const RequestContext& context, std::int64_t id) {
               return ApiAnswer(contacts_.ShowContact(*context.identity, id), kNoContact, 200,
                                ContactWithHistoryJson);
             }));
}

http::Response ContactApiController::RecordContact(const RequestContext& context,
                                                   const nlohmann::json& body,
                                                   domain::FieldErrors& errors) const {
  const domain::ContactDraft draft = DraftFrom(body, errors);
  if (!errors.empty()) return JsonErrors(422, errors);
  auto result = contacts_.RecordContact(*context.identity, draft);
  http::Response response = ApiAnswer(result, kNoContact, 201, ContactJson);
  if (const auto* contact = std::get_if<domain::Contact>(&result))
    response.SetHeader("Location", "/api/v1/contacts/" + std::to_string(contact->id));
  return response;
}

}  // namespace frontdoor::web
