// src/web/decision_api_controller.cpp — the decision API's routes.
#include "web/decision_api_controller.hpp"

#include "domain/timestamp.hpp"
#include "web/decision_views.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoContact = "There is no contact with that id";

//! The threshold level: a whole number, or nothing.
int LevelMember(const nlohmann::json& body, domain::FieldErrors& errors) {
  const auto level = body.find("level");
  if (level == body.end() || level->is_null()) return 0;
  if (level->is_number_integer() && level->get<std::int64_t>() > 0 &&
      level->get<std::int64_t>() < 100)
    return level->get<int>();
  errors.push_back({"level", "Must be a threshold level number"});
  return 0;
}

domain::OversightDraft OversightFrom(const nlohmann::json& body, domain::FieldErrors& errors) {
  domain::OversightDraft draft;
  draft.risk_indicators = StringList(body, "risk_indicators", errors);
  draft.risks = StringMember(body, "risks", errors);
  draft.strengths = StringMember(body, "strengths", errors);
  draft.analysis = StringMember(body, "analysis", errors);
  draft.child_voice = StringMember(body, "child_voice", errors);
  draft.level = LevelMember(body, errors);
  draft.level_indicators = StringList(body, "level_indicators", errors);
  draft.outcome = StringMember(body, "outcome", errors);
  draft.rationale = StringMember(body, "rationale", errors);
  draft.next_steps = StringMember(body, "next_steps", errors);
  draft.override_reason = StringMember(body, "override_reason", errors);
  draft.consent_refused_offer = StringMember(body, "consent_refused_offer", errors);
  return draft;
}

service::AllocationDraft AllocationFrom(const nlohmann::json& body, domain::FieldErrors& errors) {
  service::AllocationDraft draft{
      StringMember(body, "team", errors), StringMember(body, "worker", errors), {}};
  const auto exclusions = body.value("exclusions", nlohmann::json::array());
  if (!exclusions.is_array()) errors.push_back({"exclusions", "Must be a list"});
  for (const auto& exclusion : exclusions.is_array() ? exclusions : nlohmann::json::array()) {
    if (!exclusion.is_object()) {
      errors.push_back({"exclusions", "Each exclusion is {person_id, reason}"});
      break;
    }
    const std::int64_t person = IdMember(exclusion, "person_id", errors);
    draft.exclusions[person] = StringMember(exclusion, "reason", errors);
  }
  return draft;
}

}  // namespace

void DecisionApiController::AddRoutes(Router& router) {
  using domain::Action;
  const auto with_body = [this](auto member) {
    return ApiWithBody(kNoContact, [this, member](const RequestContext& context, std::int64_t id,
                                                  const nlohmann::json& body, auto& errors) {
      return (this->*member)(context, id, body, errors);
    });
  };
  router.Add("GET", "/api/v1/contacts/{id}/progress", Action::kViewContact,
             ApiAbout(kNoContact, [this](const RequestContext& context, std::int64_t id) {
               return ApiAnswer(decisions_.ShowProgress(*context.identity, id), kNoContact, 200,
                                ProgressJson);
             }));
  router.Add("POST", "/api/v1/contacts/{id}/consents", Action::kRecordConsent,
             with_body(&DecisionApiController::RecordConsent));
  router.Add("POST", "/api/v1/contacts/{id}/checks-not-needed", Action::kDecide,
             with_body(&DecisionApiController::ChecksNotNeeded));
  router.Add("POST", "/api/v1/contacts/{id}/decision", Action::kDecide,
             with_body(&DecisionApiController::Decide));
  router.Add("POST", "/api/v1/contacts/{id}/allocation", Action::kDecide,
             with_body(&DecisionApiController::Allocate));
}

http::Response DecisionApiController::RecordConsent(const RequestContext& context, std::int64_t id,
                                                    const nlohmann::json& body,
                                                    domain::FieldErrors& errors) const {
  const domain::ConsentDraft draft{
      StringMember(body, "kind", errors), StringMember(body, "status", errors),
      StringMember(body, "given_by", errors), StringMember(body, "how", errors),
      StringMember(body, "reason", errors)};
  if (!errors.empty()) return JsonErrors(422, errors);
  return ApiAnswer(decisions_.RecordConsent(*context.identity, id, draft), kNoContact, 201,
                   ConsentJson);
}

http::Response DecisionApiController::ChecksNotNeeded(const RequestContext& context,
                                                      std::int64_t id, const nlohmann::json& body,
                                                      domain::FieldErrors& errors) const {
  const std::string reason = StringMember(body, "reason", errors);
  if (!errors.empty()) return JsonErrors(422, errors);
  return ApiAnswer(decisions_.RecordChecksNotNeeded(*context.identity, id, reason), kNoContact, 201,
                   ChecksNotNeededJson);
}

http::Response DecisionApiController::Decide(const RequestContext& context, std::int64_t id,
                                             const nlohmann::json& body,
                                             domain::FieldErrors& errors) const {
  const auto draft = OversightFrom(body, errors);
  if (!errors.empty()) return JsonErrors(422, errors);
  return ApiAnswer(decisions_.CompleteOversight(*context.identity, id, draft), kNoContact, 201,
                   DecisionJson);
}

http::Response DecisionApiController::Allocate(const RequestContext& context, std::int64_t id,
                                               const nlohmann::json& body,
                                               domain::FieldErrors& errors) const {
  const auto draft = AllocationFrom(body, errors);
  if (!errors.empty()) return JsonErrors(422, errors);
  return ApiAnswer(decisions_.Allocate(*context.identity, id, draft), kNoContact, 201,
                   [](const std::vector<domain::Allocation>& allocations) {
                     nlohmann::json list = nlohmann::json::array();
                     for (const auto& allocation : allocations)
                       list.push_back(AllocationJson(allocation));
                     return nlohmann::json{{"allocations", list}};
                   });
}

}  // namespace frontdoor::web
