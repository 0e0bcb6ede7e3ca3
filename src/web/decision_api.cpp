// src/web/decision_api.cpp — the JSON API for consent, checks, the decision, allocation, work
// lists, reports and the threshold framework.
#include "domain/timestamp.hpp"
#include "web/app.hpp"
#include "web/decision_views.hpp"
#include "web/json_body.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoContact = "There is no contact with that id";

nlohmann::json FrameworkJson(const domain::ThresholdFramework& framework) {
  nlohmann::json body = {{"name", framework.name},
                         {"levels", nlohmann::json::array()},
                         {"domains", nlohmann::json::array()},
                         {"indicators", nlohmann::json::array()},
                         {"outcomes", nlohmann::json::array()}};
  for (const auto& level : framework.levels)
    body["levels"].push_back({{"number", level.number},
                              {"name", level.name},
                              {"description", level.description},
                              {"usual_outcomes", level.usual_outcomes}});
  for (const auto& domain : framework.domains)
    body["domains"].push_back({{"code", domain.code}, {"name", domain.name}});
  for (const auto& indicator : framework.indicators)
    body["indicators"].push_back({{"code", indicator.code},
                                  {"level", indicator.level},
                                  {"domain", indicator.domain},
                                  {"text", indicator.text}});
  for (const auto& outcome : framework.outcomes)
    body["outcomes"].push_back({{"code", outcome.code},
                                {"name", outcome.name},
                                {"makes_referral", outcome.makes_referral},
                                {"needs_consent", outcome.needs_consent},
                                {"significant_harm", outcome.significant_harm}});
  return body;
}

}  // namespace

void WebApp::AddDecisionApiRoutes() {
  using domain::Action;

  router_.Add("GET", "/api/v1/threshold", Action::kSignedIn, [this](const RequestContext&) {
    return JsonResponse(200, FrameworkJson(decisions_.Rules().framework));
  });

  router_.Add("GET", "/api/v1/contacts/{id}/progress", Action::kViewContact,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, kNoContact);
                auto result = decisions_.ShowProgress(*context.identity, *id);
                auto* progress = std::get_if<service::ContactProgress>(&result);
                if (!progress) return JsonError(404, kNoContact);
                if (progress->restricted)
                  return JsonResponse(200, {{"contact_id", *id},
                                            {"reference", progress->contact.reference},
                                            {"restricted", true}});
                return JsonResponse(200, ProgressJson(*progress));
              });

  router_.Add("POST", "/api/v1/contacts/{id}/consents", Action::kRecordConsent,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, kNoContact);
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                const domain::ConsentDraft draft{
                    StringMember(*body, "kind", errors), StringMember(*body, "status", errors),
                    StringMember(*body, "given_by", errors), StringMember(*body, "how", errors),
                    StringMember(*body, "reason", errors)};
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = decisions_.RecordConsent(*context.identity, *id, draft);
                if (!std::holds_alternative<domain::ConsentRecord>(result))
                  return Refusal(std::get_if<service::Invalid>(&result), kNoContact);
                return JsonResponse(201, ConsentJson(std::get<domain::ConsentRecord>(result)));
              });

  router_.Add("POST", "/api/v1/contacts/{id}/checks", Action::kRequestChecks,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, kNoContact);
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                const domain::CheckRequestDraft draft{StringList(*body, "agencies", errors),
                                                      StringMember(*body, "urgency", errors),
                                                      StringMember(*body, "question", errors)};
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = decisions_.RequestChecks(*context.identity, *id, draft);
                if (!std::holds_alternative<std::vector<domain::MashCheck>>(result))
                  return Refusal(std::get_if<service::Invalid>(&result), kNoContact);
                nlohmann::json checks = nlohmann::json::array();
                for (const auto& check : std::get<std::vector<domain::MashCheck>>(result))
                  checks.push_back(CheckJson(check));
                return JsonResponse(201, {{"checks", checks}});
              });

  router_.Add("GET", "/api/v1/checks", Action::kViewChecks, [this](const RequestContext& context) {
    nlohmann::json checks = nlohmann::json::array();
    for (const auto& shown : decisions_.OpenChecks(*context.identity)) {
      nlohmann::json check = CheckJson(shown.check);
      check["contact_reference"] = shown.contact_reference;
      check["about"] = shown.about;
      checks.push_back(std::move(check));
    }
    return JsonResponse(200, {{"checks", checks}});
  });

  router_.Add("POST", "/api/v1/checks/{id}/answer", Action::kAnswerCheck,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, "There is no check with that id");
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                const std::string answer = StringMember(*body, "answer", errors);
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = decisions_.AnswerCheck(*context.identity, *id, answer);
                if (!std::holds_alternative<domain::MashCheck>(result))
                  return Refusal(std::get_if<service::Invalid>(&result),
                                 "There is no check with that id");
                return JsonResponse(200, CheckJson(std::get<domain::MashCheck>(result)));
              });

  router_.Add("POST", "/api/v1/contacts/{id}/checks-not-needed", Action::kDecide,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, kNoContact);
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                const std::string reason = StringMember(*body, "reason", errors);
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = decisions_.RecordChecksNotNeeded(*context.identity, *id, reason);
                if (!std::holds_alternative<domain::ChecksNotNeeded>(result))
                  return Refusal(std::get_if<service::Invalid>(&result), kNoContact);
                const auto& record = std::get<domain::ChecksNotNeeded>(result);
                return JsonResponse(201,
                                    {{"contact_id", record.contact_id},
                                     {"reason", record.reason},
                                     {"recorded_by", record.recorded_by},
                                     {"recorded_at", domain::FormatTimestamp(record.recorded_at)}});
              });

  router_.Add("POST", "/api/v1/contacts/{id}/decision", Action::kDecide,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, kNoContact);
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                domain::OversightDraft draft;
                draft.risk_indicators = StringList(*body, "risk_indicators", errors);
                draft.risks = StringMember(*body, "risks", errors);
                draft.strengths = StringMember(*body, "strengths", errors);
                draft.analysis = StringMember(*body, "analysis", errors);
                draft.child_voice = StringMember(*body, "child_voice", errors);
                const auto level = body->find("level");
                if (level != body->end() && !level->is_null()) {
                  if (level->is_number_integer() && level->get<std::int64_t>() > 0 &&
                      level->get<std::int64_t>() < 100) {
                    draft.level = level->get<int>();
                  } else {
                    errors.push_back({"level", "Must be a threshold level number"});
                  }
                }
                draft.level_indicators = StringList(*body, "level_indicators", errors);
                draft.outcome = StringMember(*body, "outcome", errors);
                draft.rationale = StringMember(*body, "rationale", errors);
                draft.next_steps = StringMember(*body, "next_steps", errors);
                draft.override_reason = StringMember(*body, "override_reason", errors);
                draft.consent_refused_offer = StringMember(*body, "consent_refused_offer", errors);
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = decisions_.CompleteOversight(*context.identity, *id, draft);
                if (!std::holds_alternative<domain::Decision>(result))
                  return Refusal(std::get_if<service::Invalid>(&result), kNoContact);
                return JsonResponse(201, DecisionJson(std::get<domain::Decision>(result)));
              });

  router_.Add(
      "POST", "/api/v1/contacts/{id}/allocation", Action::kDecide,
      [this](const RequestContext& context) {
        const auto id = PathId(context.params);
        if (!id) return JsonError(404, kNoContact);
        http::Response refusal;
        auto body = ReadJsonObject(context.request, refusal);
        if (!body) return refusal;
        domain::FieldErrors errors;
        service::AllocationDraft draft{
            StringMember(*body, "team", errors), StringMember(*body, "worker", errors), {}};
        const auto exclusions = body->value("exclusions", nlohmann::json::array());
        if (!exclusions.is_array()) errors.push_back({"exclusions", "Must be a list"});
        for (const auto& exclusion : exclusions.is_array() ? exclusions : nlohmann::json::array()) {
          if (!exclusion.is_object()) {
            errors.push_back({"exclusions", "Each exclusion is {person_id, reason}"});
            break;
          }
          const std::int64_t person = IdMember(exclusion, "person_id", errors);
          draft.exclusions[person] = StringMember(exclusion, "reason", errors);
        }
        if (!errors.empty()) return JsonErrors(422, errors);
        auto result = decisions_.Allocate(*context.identity, *id, draft);
        if (!std::holds_alternative<std::vector<domain::Allocation>>(result))
          return Refusal(std::get_if<service::Invalid>(&result), kNoContact);
        nlohmann::json allocations = nlohmann::json::array();
        for (const auto& allocation : std::get<std::vector<domain::Allocation>>(result))
          allocations.push_back(AllocationJson(allocation));
        return JsonResponse(201, {{"allocations", allocations}});
      });

  router_.Add("GET", "/api/v1/work", Action::kViewWorkList, [this](const RequestContext& context) {
    const bool team = QueryValue(context.request, "scope") == "team";
    const auto list = decisions_.ShowWork(*context.identity, !team);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : list.items)
      items.push_back({{"kind", item.kind},
                       {"title", item.title},
                       {"link", item.link},
                       {"due", domain::FormatTimestamp(item.due)},
                       {"overdue", item.overdue}});
    return JsonResponse(200, {{"scope", team ? "team" : "mine"},
                              {"items", items},
                              {"contacts_last_30_days", list.contacts_last_30_days},
                              {"decided_with_complete_proforma", list.decided_with_proforma}});
  });

  router_.Add(
      "GET", "/api/v1/reports/decisions", Action::kViewDecisionReports,
      [this](const RequestContext& context) {
        const auto report = decisions_.Report(*context.identity);
        nlohmann::json closures = nlohmann::json::array(), overrides = nlohmann::json::array();
        for (const auto& decision : report.consent_closures)
          closures.push_back(ReportedDecisionJson(decision));
        for (const auto& decision : report.overrides)
          overrides.push_back(ReportedDecisionJson(decision));
        return JsonResponse(200, {{"consent_closures", closures},
                                  {"consent_closures_by_month", report.consent_closures_by_month},
                                  {"overrides", overrides},
                                  {"override_count", report.overrides.size()}});
      });
}

}  // namespace frontdoor::web
