// src/web/report_controller.hpp — work lists and the decision reports, as pages and as JSON.
#pragma once

#include "service/report_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! What is due, and how decisions are made.
class ReportController {
 public:
  ReportController(const Pages& pages, service::ReportService& reports,
                   const service::DecisionRules& rules)
      : pages_(pages), reports_(reports), rules_(rules) {}

  void AddRoutes(Router& router);

 private:
  http::Response Work(const RequestContext& context) const;
  http::Response WorkJson(const RequestContext& context) const;
  http::Response Decisions(const RequestContext& context) const;
  http::Response DecisionsJson(const RequestContext& context) const;

  const Pages& pages_;
  service::ReportService& reports_;
  service::DecisionRules rules_;  // points into the configuration
};

}  // namespace frontdoor::web
