// src/service/services.hpp — every use case, built once over one store, one clock and the
// authority's configuration; each web controller is given only the ones it needs.
#pragma once

#include "domain/sign_in_policy.hpp"
#include "service/access_audit_service.hpp"
#include "service/account_service.hpp"
#include "service/case_audit_service.hpp"
#include "service/case_step_service.hpp"
#include "service/check_service.hpp"
#include "service/configuration.hpp"
#include "service/contact_service.hpp"
#include "service/dashboard_service.hpp"
#include "service/decision_service.hpp"
#include "service/feedback_service.hpp"
#include "service/health_service.hpp"
#include "service/idempotency_service.hpp"
#include "service/import_service.hpp"
#include "service/improvement_plan_service.hpp"
#include "service/person_service.hpp"
#include "service/report_service.hpp"
#include "service/return_service.hpp"
#include "service/sign_in_service.hpp"

namespace frontdoor::service {

//! How sign-in and accounts behave; the defaults suit production.
struct ServiceSettings {
  domain::SignInPolicy sign_in;
  TwoStepSettings two_step;
  PasswordHashCost password_hash_cost = PasswordHashCost::kModerate;
  SignInService::Sleep sleep;  //!< how failed sign-ins are slowed; real sleep when empty
};

//! The use cases of one running service.
struct Services {
  Services(store::Store& store, const domain::Clock& clock, const Configuration& configuration,
           const ServiceSettings& settings);

  HealthService health;
  FeedbackService feedback;
  AccessAuditService audit;
  AccountService accounts;
  SignInService sign_in;
  PersonService people;
  ContactService contacts;
  DecisionService decisions;
  CaseStepService case_steps;
  CheckService checks;
  ReportService reports;
  ReturnService returns;
  ImportService imports;
  CaseAuditService case_audits;
  ImprovementPlanService plan;
  DashboardService dashboard;
  IdempotencyService idempotency;
};

}  // namespace frontdoor::service
