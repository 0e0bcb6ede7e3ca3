// src/web/check_api_controller.cpp — the checks API's routes.
#include "web/check_api_controller.hpp"

#include "web/decision_views.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoContact = "There is no contact with that id";
constexpr const char* kNoCheck = "There is no check with that id";

nlohmann::json ChecksJson(const std::vector<domain::MashCheck>& checks) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& check : checks) list.push_back(CheckJson(check));
  return {{"checks", list}};
}

}  // namespace

void CheckApiController::AddRoutes(Router& router) {
  using domain::Action;
  router.Add("POST", "/api/v1/contacts/{id}/checks", Action::kRequestChecks,
             ApiWithBody(kNoContact, [this](const RequestContext& context, std::int64_t id,
                                            const nlohmann::json& body, auto& errors) {
               const domain::CheckRequestDraft draft{StringList(body, "agencies", errors),
                                                     StringMember(body, "urgency", errors),
                                                     StringMember(body, "question", errors)};
               if (!errors.empty()) return JsonErrors(422, errors);
               return ApiAnswer(checks_.RequestChecks(*context.identity, id, draft), kNoContact,
                                201, ChecksJson);
             }));
  router.Add("GET", "/api/v1/checks", Action::kViewChecks, [this](const RequestContext& context) {
    nlohmann::json checks = nlohmann::json::array();
    for (const auto& shown : checks_.OpenChecks(*context.identity)) {
      nlohmann::json check = CheckJson(shown.check);
      check["contact_reference"] = shown.contact_reference;
      check["about"] = shown.about;
      checks.push_back(std::move(check));
    }
    return JsonResponse(200, {{"checks", checks}});
  });
  router.Add("POST", "/api/v1/checks/{id}/answer", Action::kAnswerCheck,
             ApiWithBody(kNoCheck, [this](const RequestContext& context, std::int64_t id,
                                          const nlohmann::json& body, auto& errors) {
               const std::string answer = StringMember(body, "answer", errors);
               if (!errors.empty()) return JsonErrors(422, errors);
               return ApiAnswer(checks_.AnswerCheck(*context.identity, id, answer), kNoCheck, 200,
                                CheckJson);
             }));
}

}  // namespace frontdoor::web
