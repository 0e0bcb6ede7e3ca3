// src/web/routes.hpp — the table of every route (web/routes.cpp) and the controllers it points to.
#pragma once

#include "web/controllers.hpp"
#include "web/router.hpp"

namespace frontdoor::web {

//! One of each area's controller.
struct Controllers {
  SignInController sign_in;
  HomeController home;
  AuditController audit;
  PeopleController people;
  ContactController contacts;
  CorrectionController corrections;
  DecisionController decisions;
  CaseStepController case_steps;
  CheckController checks;
  ReportController reports;
  ReturnController returns;
  ImportController imports;
  CaseAuditController case_audits;
  ImprovementPlanController plan;
  DashboardController dashboard;
  ApiController api;
};

//! Adds every route to `router`; `controllers` must outlive it.
void AddRoutes(Router& router, const Controllers& controllers);

}  // namespace frontdoor::web
