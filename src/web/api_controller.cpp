// src/web/api_controller.cpp — health, the OpenAPI document, feedback, the threshold framework and
// the language check.
#include "web/api_controller.hpp"

#include "domain/timestamp.hpp"
#include "store/embedded_file.hpp"
#include "version.hpp"
#include "web/contact_views.hpp"
#include "web/decision_views.hpp"

namespace frontdoor::web {

namespace {

// The language check's longest text: long enough for any written part, short enough that one
// request cannot keep a worker busy for long.
constexpr size_t kLanguageCheckMax = 100000;

nlohmann::json FeedbackJson(const domain::Feedback& feedback) {
  return {{"id", feedback.id},
          {"received_at", domain::FormatTimestamp(feedback.received_at)},
          {"text", feedback.text},
          {"page", feedback.page}};
}

}  // namespace

void ApiController::AddRoutes(Router& router) {
  using domain::Action;
  router.Add("GET", "/health", Action::kPublic, [this](const auto&) { return Health(); });
  router.Add("GET", "/api/v1/openapi.json", Action::kPublic, [](const auto&) {
    http::Response response;
    response.SetHeader("Content-Type", "application/json");
    response.body = std::string(ApiDocumentFiles().at(0).text);
    return response;
  });
  router.Add("GET", "/api/v1/me", Action::kSignedIn, [](const RequestContext& context) {
    const domain::User& user = context.identity->user;
    nlohmann::json body = {{"username", user.username}, {"role", domain::kRoles.Code(user.role)}};
    if (!user.agency.empty()) body["agency"] = user.agency;
    return JsonResponse(200, body);
  });
  router.Add("POST", "/api/v1/feedback", Action::kSendFeedback,
             ApiWithBody("", [this](const auto&, std::int64_t, const auto& body, auto& errors) {
               return SendFeedback(body, errors);
             }));
  router.Add("GET", "/api/v1/feedback/{id}", Action::kReadFeedback,
             ApiAbout("There is no feedback with that id", [this](const auto&, std::int64_t id) {
               return ApiAnswer(feedback_.ShowFeedback(id), "There is no feedback with that id",
                                200, FeedbackJson);
             }));
  router.Add("GET", "/api/v1/threshold", Action::kSignedIn, [this](const auto&) {
    return JsonResponse(200, FrameworkJson(configuration_.framework));
  });
  // As-you-type checking from the page's script; the session's form token comes with the text.
  router.Add("POST", "/language-check", Action::kSignedIn, [this](const RequestContext& context) {
    return CheckLanguage(context.form.Value("text"));
  });
  router.Add("POST", "/api/v1/language-check", Action::kSignedIn,
             ApiWithBody("", [this](const auto&, std::int64_t, const auto& body, auto& errors) {
               const std::string text = StringMember(body, "text", errors);
               if (!errors.empty()) return JsonErrors(422, errors);
               return CheckLanguage(text);
             }));
}

http::Response ApiController::Health() const {
  const service::HealthReport report = health_.Check();
  nlohmann::json body = {{"status", report.ok ? "ok" : "unavailable"},
                         {"version", kVersion},
                         {"database", report.database},
                         {"schema_version", report.schema_version}};
  if (!report.ok) body["problem"] = report.problem;
  return JsonResponse(report.ok ? 200 : 503, body);
}

http::Response ApiController::SendFeedback(const nlohmann::json& body,
                                           domain::FieldErrors& errors) const {
  domain::FeedbackDraft draft{StringMember(body, "text", errors),
                              StringMember(body, "page", errors)};
  if (!errors.empty()) return JsonErrors(422, errors);
  auto result = feedback_.SendFeedback(std::move(draft));
  http::Response response = ApiAnswer(result, "", 201, FeedbackJson);
  if (const auto* feedback = std::get_if<domain::Feedback>(&result))
    response.SetHeader("Location", "/api/v1/feedback/" + std::to_string(feedback->id));
  return response;
}

http::Response ApiController::CheckLanguage(const std::string& text) const {
  if (text.size() > kLanguageCheckMax)
    return JsonErrors(422, {{"text", "Text must be 100,000 characters or fewer"}});
  return JsonResponse(200, {{"warnings", WarningsJson(contacts_.CheckLanguage(text))}});
}

}  // namespace frontdoor::web
