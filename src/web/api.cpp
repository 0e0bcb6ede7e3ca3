// src/web/api.cpp — the JSON API: health, feedback, and the OpenAPI document that describes it.
#include <charconv>

#include "domain/timestamp.hpp"
#include "service/health_service.hpp"
#include "store/embedded_file.hpp"
#include "version.hpp"
#include "web/app.hpp"
#include "web/json_body.hpp"
#include "web/person_views.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

nlohmann::json FeedbackJson(const domain::Feedback& feedback) {
  return {{"id", feedback.id},
          {"received_at", domain::FormatTimestamp(feedback.received_at)},
          {"text", feedback.text},
          {"page", feedback.page}};
}

}  // namespace

void WebApp::AddApiRoutes() {
  using domain::Action;
  router_.Add("GET", "/health", Action::kPublic, [this](const RequestContext&) {
    const service::HealthReport report = service::CheckHealth(context_.store);
    nlohmann::json body = {{"status", report.ok ? "ok" : "unavailable"},
                           {"version", kVersion},
                           {"database", report.database},
                           {"schema_version", report.schema_version}};
    if (!report.ok) body["problem"] = report.problem;
    return JsonResponse(report.ok ? 200 : 503, body);
  });

  router_.Add("GET", "/api/v1/openapi.json", Action::kPublic, [](const RequestContext&) {
    http::Response response;
    response.SetHeader("Content-Type", "application/json");
    response.body = std::string(ApiDocumentFiles().at(0).text);
    return response;
  });

  router_.Add("GET", "/api/v1/me", Action::kSignedIn, [](const RequestContext& context) {
    const domain::User& user = context.identity->user;
    nlohmann::json body = {{"username", user.username}, {"role", domain::RoleCode(user.role)}};
    if (!user.agency.empty()) body["agency"] = user.agency;
    return JsonResponse(200, body);
  });

  router_.Add("POST", "/api/v1/feedback", Action::kSendFeedback,
              [this](const RequestContext& context) {
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors type_errors;
                domain::FeedbackDraft draft{StringMember(*body, "text", type_errors),
                                            StringMember(*body, "page", type_errors)};
                if (!type_errors.empty()) return JsonErrors(422, type_errors);
                auto result = feedback_.SendFeedback(std::move(draft));
                if (auto* invalid = std::get_if<service::Invalid>(&result)) {
                  return JsonErrors(422, invalid->errors);
                }
                const auto& feedback = std::get<domain::Feedback>(result);
                http::Response response = JsonResponse(201, FeedbackJson(feedback));
                response.SetHeader("Location", "/api/v1/feedback/" + std::to_string(feedback.id));
                return response;
              });

  router_.Add("GET", "/api/v1/feedback/{id}", Action::kReadFeedback,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, "There is no feedback with that id");
                auto result = feedback_.ShowFeedback(*id);
                if (std::holds_alternative<service::NotFound>(result)) {
                  return JsonError(404, "There is no feedback with that id");
                }
                return JsonResponse(200, FeedbackJson(std::get<domain::Feedback>(result)));
              });
}

}  // namespace frontdoor::web
