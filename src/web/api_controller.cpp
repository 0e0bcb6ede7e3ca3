// src/web/api_controller.cpp — health, the OpenAPI document, feedback, the threshold framework and
// the language check.
#include "domain/timestamp.hpp"
#include "store/embedded_file.hpp"
#include "version.hpp"
#include "web/contact_views.hpp"
#include "web/controllers.hpp"
#include "web/decision_views.hpp"

namespace frontdoor::web {

namespace {

// The language check's longest text: long enough for any written part, short enough that one
// request cannot keep a worker busy for long.
constexpr size_t kLanguageCheckMax = 100000;

//! The OpenAPI document: the whole API's description, put together once from each area's paths
//! and schemas (src/web/openapi/).
const std::string& ApiDocumentText() {
  static const std::string text = [] {
    nlohmann::json document;
    for (const EmbeddedFile& file : ApiDocumentFiles()) {
      nlohmann::json part = nlohmann::json::parse(file.text);
      if (document.is_null()) {
        document = std::move(part);
        continue;
      }
      // Two areas may describe operations on one path (GET and PUT of a person).
      for (auto& [path, operations] : part["paths"].items()) {
        for (auto& [method, operation] : operations.items())
          document["paths"][path][method] = operation;
      }
      for (auto& [name, schema] : part["components"]["schemas"].items())
        document["components"]["schemas"][name] = schema;
    }
    return document.dump(2);
  }();
  return text;
}

nlohmann::json FeedbackJson(const domain::Feedback& feedback) {
  return {{"id", feedback.id},
          {"received_at", domain::FormatTimestamp(feedback.received_at)},
          {"text", feedback.text},
          {"page", feedback.page}};
}

}  // namespace

http::Response ApiController::Health(const RequestContext&) const {
  const service::HealthReport report = health_.Check();
  nlohmann::json body = {{"status", report.ok ? "ok" : "unavailable"},
                         {"version", kVersion},
                         {"database", report.database},
                         {"schema_version", report.schema_version}};
  if (!report.ok) body["problem"] = report.problem;
  return JsonResponse(report.ok ? 200 : 503, body);
}

http::Response ApiController::Alive(const RequestContext&) const {
  return JsonResponse(200, {{"status", "alive"}, {"version", kVersion}});
}

http::Response ApiController::ApiDocument(const RequestContext&) const {
  http::Response response;
  response.SetHeader("Content-Type", "application/json");
  response.body = ApiDocumentText();
  return response;
}

http::Response ApiController::Me(const RequestContext& context) const {
  const domain::User& user = context.identity->user;
  nlohmann::json body = {{"username", user.username}, {"role", domain::kRoles.Code(user.role)}};
  if (!user.agency.empty()) body["agency"] = user.agency;
  return JsonResponse(200, body);
}

http::Response ApiController::ShowFeedback(const RequestContext& context) const {
  return ApiAnswer(feedback_.ShowFeedback(*context.identity, context.id),
                   "There is no feedback with that id", 200, FeedbackJson);
}

http::Response ApiController::Threshold(const RequestContext&) const {
  return JsonResponse(200, FrameworkJson(configuration_.framework));
}

http::Response ApiController::SendFeedback(const RequestContext& context) const {
  Fields fields(context.body);
  domain::FeedbackDraft draft{fields.Text("text"), fields.Text("page")};
  return ApiCreated(
      fields, [&] { return feedback_.SendFeedback(std::move(draft)); }, "/api/v1/feedback",
      FeedbackJson);
}

// From the pages' script as text is typed (the session's form token comes with it), and from the
// API.
http::Response ApiController::CheckLanguage(const RequestContext& context) const {
  Fields fields = Submitted(context);
  // The page's check sends whatever is in the box, empty too; the API's names the text.
  if (IsApiPath(context.request.path) &&
      !(context.body.is_object() && context.body.contains("text")))
    return JsonErrors(422, {{"text", "Give the text to check"}});
  const std::string text = fields.Text("text");
  // The names of the people the text is about, which are never flagged.
  const std::vector<std::string> names = fields.Texts("names");
  if (!fields.Errors().empty()) return JsonErrors(422, fields.Errors());
  std::size_t names_size = 0;
  for (const auto& name : names) names_size += name.size();
  if (text.size() > kLanguageCheckMax || names_size > kLanguageCheckMax)
    return JsonErrors(422, {{text.size() > kLanguageCheckMax ? "text" : "names",
                             "Text and names must be 100,000 characters or fewer each"}});
  return JsonResponse(200, {{"warnings", WarningsJson(contacts_.CheckLanguage(text, names))}});
}

}  // namespace frontdoor::web
