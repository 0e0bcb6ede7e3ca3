// src/web/check_api.cpp — checks with partner agencies as JSON: asking them, the checks waiting,
// and answering. Partner agencies' systems see and answer only their own agency's.
#include "web/controllers.hpp"
#include "web/decision_views.hpp"
#include "web/drafts.hpp"

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

http::Response CheckController::ApiRequestChecks(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::CheckRequestDraft draft = CheckRequestDraftFrom(fields);
  return ApiSubmitted(
      fields, [&] { return checks_.RequestChecks(*context.identity, context.id, draft); },
      kNoContact, 201, ChecksJson);
}

http::Response CheckController::ApiWaiting(const RequestContext& context) const {
  nlohmann::json checks = nlohmann::json::array();
  for (const auto& shown : checks_.OpenChecks(*context.identity)) {
    nlohmann::json check = CheckJson(shown.check);
    check["contact_reference"] = shown.contact_reference;
    check["about"] = shown.about;
    checks.push_back(std::move(check));
  }
  return JsonResponse(200, {{"checks", checks}});
}

http::Response CheckController::ApiAnswerCheck(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string answer = fields.Text("answer");
  return ApiSubmitted(
      fields, [&] { return checks_.AnswerCheck(*context.identity, context.id, answer); }, kNoCheck,
      200, CheckJson);
}

}  // namespace frontdoor::web
