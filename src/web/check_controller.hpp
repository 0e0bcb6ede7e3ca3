// src/web/check_controller.hpp — checks with partner agencies, as pages: asking them about a
// contact's children, the checks waiting for an answer, and answering one.
#pragma once

#include "domain/clock.hpp"
#include "service/check_service.hpp"
#include "service/decision_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Checks, as pages. Partner agencies' staff see only their own agency's.
class CheckController {
 public:
  CheckController(const Pages& pages, service::CheckService& checks,
                  service::DecisionService& decisions, const service::DecisionRules& rules,
                  const domain::Clock& clock)
      : pages_(pages), checks_(checks), decisions_(decisions), rules_(rules), clock_(clock) {}

  void AddRoutes(Router& router);

 private:
  http::Response AskForm(const RequestContext& context, int status,
                         const service::ContactProgress& progress,
                         const domain::CheckRequestDraft& draft,
                         const domain::FieldErrors& errors) const;
  http::Response Waiting(const RequestContext& context) const;
  http::Response AnswerPage(const RequestContext& context, int status,
                            const service::CheckView& shown, const std::string& answer,
                            const domain::FieldErrors& errors) const;
  //! A check's urgency and agency in words.
  nlohmann::json CheckSummary(const service::CheckView& shown) const;

  const Pages& pages_;
  service::CheckService& checks_;
  service::DecisionService& decisions_;
  service::DecisionRules rules_;  // points into the configuration
  const domain::Clock& clock_;
};

}  // namespace frontdoor::web
