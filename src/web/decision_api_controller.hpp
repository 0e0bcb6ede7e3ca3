// src/web/decision_api_controller.hpp — the JSON API for a contact's progress, consent, a reason
// the checks are not needed, the decision and allocation.
#pragma once

#include "service/decision_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Decisions on contacts, as JSON.
class DecisionApiController {
 public:
  explicit DecisionApiController(service::DecisionService& decisions) : decisions_(decisions) {}

  void AddRoutes(Router& router);

 private:
  http::Response RecordConsent(const RequestContext& context, std::int64_t id,
                               const nlohmann::json& body, domain::FieldErrors& errors) const;
  http::Response ChecksNotNeeded(const RequestContext& context, std::int64_t id,
                                 const nlohmann::json& body, domain::FieldErrors& errors) const;
  http::Response Decide(const RequestContext& context, std::int64_t id, const nlohmann::json& body,
                        domain::FieldErrors& errors) const;
  http::Response Allocate(const RequestContext& context, std::int64_t id,
                          const nlohmann::json& body, domain::FieldErrors& errors) const;

  service::DecisionService& decisions_;
};

}  // namespace frontdoor::web
