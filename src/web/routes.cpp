// src/web/routes.cpp — every route in one file (but the public assets', in app.cpp), one function
// an area: its method and path, the permission (Action) it needs, and the controller that answers.
// A security review reads who may do what here.
#include "web/routes.hpp"

namespace frontdoor::web {

namespace {

using A = domain::Action;

void AddSignInRoutes(Router& router, const SignInController& sign_in) {
  router.Add("GET", "/sign-in", A::kSignIn, On(sign_in, &SignInController::SignInForm));
  router.Add("POST", "/sign-in", A::kSignIn, On(sign_in, &SignInController::SignIn));
  // Reachable while sign-in waits for its second step.
  router.AddBeforeSecondStep("GET", "/two-step", A::kTwoStep,
                             On(sign_in, &SignInController::TwoStepForm));
  router.AddBeforeSecondStep("POST", "/two-step", A::kTwoStep,
                             On(sign_in, &SignInController::PassTwoStep));
  router.AddBeforeSecondStep("GET", "/two-step/setup", A::kTwoStep,
                             On(sign_in, &SignInController::SetupForm));
  router.AddBeforeSecondStep("POST", "/two-step/setup", A::kTwoStep,
                             On(sign_in, &SignInController::FinishSetup));
  router.AddBeforeSecondStep("POST", "/sign-out", A::kSignOut,
                             On(sign_in, &SignInController::SignOut));
  router.Add("POST", "/session/keep-alive", A::kSignedIn,
             On(sign_in, &SignInController::KeepAlive));
  router.Add("GET", "/account", A::kOwnAccount, On(sign_in, &SignInController::Account));
  router.Add("POST", "/account/sessions", A::kOwnAccount,
             On(sign_in, &SignInController::EndOtherSessions));
  router.Add("GET", "/account/recovery-codes", A::kOwnAccount,
             On(sign_in, &SignInController::RecoveryCodesForm));
  router.Add("POST", "/account/recovery-codes", A::kOwnAccount,
             On(sign_in, &SignInController::RenewRecoveryCodes));
  router.Add("GET", "/account/password", A::kChangePassword,
             On(sign_in, &SignInController::ChangePasswordForm));
  router.Add("POST", "/account/password", A::kChangePassword,
             On(sign_in, &SignInController::ChangePassword));
}

void AddHomeRoutes(Router& router, const HomeController& home) {
  router.Add("GET", "/", A::kViewHome, On(home, &HomeController::Home));
  router.Add("GET", "/accessibility", A::kPublic, On(home, &HomeController::Accessibility));
  router.Add("GET", "/feedback", A::kSendFeedback, On(home, &HomeController::FeedbackForm));
  router.Add("POST", "/feedback", A::kSendFeedback, On(home, &HomeController::SendFeedback));
  router.Add("GET", "/feedback/sent", A::kSendFeedback, On(home, &HomeController::FeedbackSent));
  router.Add("GET", "/admin/feedback", A::kReadFeedback, On(home, &HomeController::FeedbackList));
}

void AddAuditRoutes(Router& router, const AuditController& audit) {
  router.Add("GET", "/audit/access", A::kViewAccessAudit, On(audit, &AuditController::AccessAudit));
  router.Add("POST", "/audit/break-glass/{id}/review", A::kReviewBreakGlass,
             On(audit, &AuditController::ReviewBreakGlass));
  router.Add("GET", "/admin/users", A::kManageUsers, On(audit, &AuditController::Accounts));
  router.Add("POST", "/admin/users/{username}/disable", A::kManageUsers,
             On(audit, &AuditController::DisableAccount));
  router.Add("POST", "/admin/users/{username}/enable", A::kManageUsers,
             On(audit, &AuditController::EnableAccount));
}

void AddPeopleRoutes(Router& router, const PeopleController& people) {
  router.Add("GET", "/people", A::kSearchPeople, On(people, &PeopleController::Search));
  router.Add("POST", "/people", A::kSearchPeople, On(people, &PeopleController::SearchSent));
  router.Add("GET", "/people/new", A::kAddPerson, On(people, &PeopleController::NewPerson));
  router.Add("POST", "/people/new", A::kAddPerson, On(people, &PeopleController::AddPerson));
  router.Add("GET", "/people/{id}", A::kViewPersonRecord, On(people, &PeopleController::Profile));
  router.Add("GET", "/people/{id}/journey", A::kViewPersonRecord,
             On(people, &PeopleController::Journey));
  router.Add("POST", "/people/{id}/break-glass", A::kBreakGlass,
             On(people, &PeopleController::BreakGlass));
  router.Add("GET", "/people/{id}/restriction", A::kRestrictRecord,
             On(people, &PeopleController::Restriction));
  router.Add("POST", "/people/{id}/restriction", A::kRestrictRecord,
             On(people, &PeopleController::Restrict));
  router.Add("GET", "/people/{id}/merge", A::kMergePeople, On(people, &PeopleController::Merging));
  router.Add("POST", "/people/{id}/merge", A::kMergePeople, On(people, &PeopleController::Merge));
  router.Add("POST", "/people/{id}/unmerge", A::kMergePeople,
             On(people, &PeopleController::Unmerge));
  router.Add("GET", "/api/v1/people", A::kSearchPeople, On(people, &PeopleController::ApiSearch));
  router.Add("POST", "/api/v1/people/search", A::kSearchPeople,
             On(people, &PeopleController::ApiSearchSent));
  router.Add("POST", "/api/v1/people", A::kAddPerson, On(people, &PeopleController::ApiAddPerson));
  router.Add("GET", "/api/v1/people/{id}", A::kViewPersonRecord,
             On(people, &PeopleController::ApiProfile));
  router.Add("GET", "/api/v1/people/{id}/journey", A::kViewPersonRecord,
             On(people, &PeopleController::ApiJourney));
  router.Add("PUT", "/api/v1/people/{id}/restriction", A::kRestrictRecord,
             On(people, &PeopleController::ApiRestrict));
  router.AddCreating("POST", "/api/v1/people/{id}/relationships", A::kAddPerson,
                     On(people, &PeopleController::ApiRelate));
  router.Add("POST", "/api/v1/people/{id}/merge", A::kMergePeople,
             On(people, &PeopleController::ApiMerge));
  router.Add("POST", "/api/v1/people/{id}/unmerge", A::kMergePeople,
             On(people, &PeopleController::ApiUnmerge));
  router.AddCreating("POST", "/api/v1/households", A::kAddPerson,
                     On(people, &PeopleController::ApiAddHousehold));
  router.AddCreating("POST", "/api/v1/households/{id}/members", A::kAddPerson,
                     On(people, &PeopleController::ApiAddMember));
}

void AddContactRoutes(Router& router, const ContactController& contacts) {
  router.Add("GET", "/contacts/new", A::kRecordContact,
             On(contacts, &ContactController::NewContact));
  router.Add("POST", "/contacts/new", A::kRecordContact,
             On(contacts, &ContactController::RecordContact));
  router.Add("GET", "/contacts/{id}", A::kViewContact,
             On(contacts, &ContactController::ShowContact));
  router.Add("POST", "/api/v1/contacts", A::kRecordContact,
             On(contacts, &ContactController::ApiRecordContact));
  router.Add("GET", "/api/v1/contacts/{id}", A::kViewContact,
             On(contacts, &ContactController::ApiShowContact));
}

void AddDecisionRoutes(Router& router, const DecisionController& decisions) {
  router.Add("GET", "/contacts/{id}/consent", A::kRecordConsent,
             On(decisions, &DecisionController::NewConsent));
  router.Add("POST", "/contacts/{id}/consent", A::kRecordConsent,
             On(decisions, &DecisionController::RecordConsent));
  router.Add("GET", "/contacts/{id}/checks-not-needed", A::kDecide,
             On(decisions, &DecisionController::NewChecksNotNeeded));
  router.Add("POST", "/contacts/{id}/checks-not-needed", A::kDecide,
             On(decisions, &DecisionController::RecordChecksNotNeeded));
  router.Add("GET", "/contacts/{id}/oversight", A::kDecide,
             On(decisions, &DecisionController::NewOversight));
  router.Add("POST", "/contacts/{id}/oversight", A::kDecide,
             On(decisions, &DecisionController::CompleteOversight));
  router.Add("GET", "/contacts/{id}/reopen", A::kDecide,
             On(decisions, &DecisionController::NewReopen));
  router.Add("POST", "/contacts/{id}/reopen", A::kDecide,
             On(decisions, &DecisionController::Reopen));
  router.Add("POST", "/api/v1/contacts/{id}/reopen", A::kDecide,
             On(decisions, &DecisionController::ApiReopen));
  router.Add("GET", "/contacts/{id}/allocation", A::kDecide,
             On(decisions, &DecisionController::NewAllocation));
  router.Add("POST", "/contacts/{id}/allocation", A::kDecide,
             On(decisions, &DecisionController::Allocate));
  router.Add("GET", "/api/v1/contacts/{id}/progress", A::kViewContact,
             On(decisions, &DecisionController::ApiProgress));
  router.AddCreating("POST", "/api/v1/contacts/{id}/consents", A::kRecordConsent,
                     On(decisions, &DecisionController::ApiRecordConsent));
  router.AddCreating("POST", "/api/v1/contacts/{id}/checks-not-needed", A::kDecide,
                     On(decisions, &DecisionController::ApiRecordChecksNotNeeded));
  router.AddCreating("POST", "/api/v1/contacts/{id}/decision", A::kDecide,
                     On(decisions, &DecisionController::ApiCompleteOversight));
  router.AddCreating("POST", "/api/v1/contacts/{id}/allocation", A::kDecide,
                     On(decisions, &DecisionController::ApiAllocate));
}

void AddCaseStepRoutes(Router& router, const CaseStepController& case_steps) {
  using S = CaseStepController;
  router.Add("GET", "/contacts/{id}/children/{person}/steps", A::kViewContact,
             On(case_steps, &S::Steps));
  router.Add("POST", "/contacts/{id}/children/{person}/steps", A::kRecordCaseStep,
             On(case_steps, &S::RecordStep));
  router.Add("GET", "/api/v1/contacts/{id}/children/{person}/steps", A::kViewContact,
             On(case_steps, &S::ApiSteps));
  router.AddCreating("POST", "/api/v1/contacts/{id}/children/{person}/steps", A::kRecordCaseStep,
                     On(case_steps, &S::ApiRecordStep));
}

void AddCheckRoutes(Router& router, const CheckController& checks) {
  router.Add("GET", "/contacts/{id}/checks", A::kRequestChecks,
             On(checks, &CheckController::NewChecks));
  router.Add("POST", "/contacts/{id}/checks", A::kRequestChecks,
             On(checks, &CheckController::RequestChecks));
  router.Add("GET", "/checks", A::kViewChecks, On(checks, &CheckController::Waiting));
  router.Add("GET", "/checks/{id}", A::kAnswerCheck, On(checks, &CheckController::ShowCheck));
  router.Add("POST", "/checks/{id}", A::kAnswerCheck, On(checks, &CheckController::AnswerCheck));
  router.Add("POST", "/checks/{id}/additions", A::kAnswerCheck,
             On(checks, &CheckController::AddToAnswer));
  router.AddCreating("POST", "/api/v1/contacts/{id}/checks", A::kRequestChecks,
                     On(checks, &CheckController::ApiRequestChecks));
  router.Add("GET", "/api/v1/checks", A::kViewChecks, On(checks, &CheckController::ApiWaiting));
  router.Add("POST", "/api/v1/checks/{id}/answer", A::kAnswerCheck,
             On(checks, &CheckController::ApiAnswerCheck));
  router.AddCreating("POST", "/api/v1/checks/{id}/additions", A::kAnswerCheck,
                     On(checks, &CheckController::ApiAddToAnswer));
}

void AddReportRoutes(Router& router, const ReportController& reports) {
  router.Add("GET", "/work", A::kViewWorkList, On(reports, &ReportController::Work));
  router.Add("GET", "/reports/decisions", A::kViewDecisionReports,
             On(reports, &ReportController::Decisions));
  router.Add("GET", "/api/v1/work", A::kViewWorkList, On(reports, &ReportController::ApiWork));
  router.Add("GET", "/api/v1/reports/decisions", A::kViewDecisionReports,
             On(reports, &ReportController::ApiDecisions));
}

void AddReturnRoutes(Router& router, const ReturnController& returns) {
  using R = ReturnController;
  router.Add("GET", "/returns", A::kExportReturns, On(returns, &R::Returns));
  router.Add("GET", "/returns/annex-a", A::kExportReturns, On(returns, &R::AnnexA));
  router.Add("GET", "/returns/census", A::kExportReturns, On(returns, &R::Census));
  router.Add("GET", "/returns/census/file", A::kExportReturns, On(returns, &R::CensusFile));
  router.Add("GET", "/api/v1/returns/annex-a", A::kExportReturns, On(returns, &R::ApiAnnexA));
  router.Add("GET", "/api/v1/returns/census/problems", A::kExportReturns,
             On(returns, &R::ApiCensusProblems));
  router.Add("GET", "/api/v1/returns/census", A::kExportReturns, On(returns, &R::ApiCensus));
}

void AddImportRoutes(Router& router, const ImportController& imports) {
  using I = ImportController;
  router.Add("GET", "/imports/reviews", A::kReviewImports, On(imports, &I::Reviews));
  router.Add("GET", "/imports/reviews/{id}", A::kReviewImports, On(imports, &I::Review));
  router.Add("POST", "/imports/reviews/{id}", A::kReviewImports, On(imports, &I::Resolve));
  router.Add("GET", "/api/v1/imports/reviews", A::kReviewImports, On(imports, &I::ApiReviews));
  router.Add("POST", "/api/v1/imports/reviews/{id}", A::kReviewImports,
             On(imports, &I::ApiResolve));
}

void AddCaseAuditRoutes(Router& router, const CaseAuditController& audits) {
  using C = CaseAuditController;
  router.Add("GET", "/audits", A::kViewAudits, On(audits, &C::Samples));
  router.Add("GET", "/audits/samples/new", A::kDrawSample, On(audits, &C::NewSample));
  router.Add("POST", "/audits/samples", A::kDrawSample, On(audits, &C::DrawSample));
  router.Add("GET", "/audits/samples/{id}", A::kViewAudits, On(audits, &C::Sample));
  router.Add("GET", "/audits/cases/{id}", A::kViewAudits, On(audits, &C::Case));
  router.Add("POST", "/audits/cases/{id}/grades", A::kAuditCase, On(audits, &C::Grade));
  router.Add("POST", "/audits/cases/{id}/moderation", A::kModerateAudit, On(audits, &C::Moderate));
  router.Add("GET", "/audits/your-work", A::kRespondToAudit, On(audits, &C::OwnWork));
  router.Add("POST", "/audits/cases/{id}/responses", A::kRespondToAudit, On(audits, &C::Respond));
  router.Add("GET", "/audits/agreement", A::kViewAudits, On(audits, &C::Agreement));
  router.Add("GET", "/audits/language", A::kViewAudits, On(audits, &C::Language));
  router.Add("GET", "/api/v1/audits/samples", A::kViewAudits, On(audits, &C::ApiSamples));
  router.AddCreating("POST", "/api/v1/audits/samples", A::kDrawSample,
                     On(audits, &C::ApiDrawSample));
  router.Add("GET", "/api/v1/audits/samples/{id}", A::kViewAudits, On(audits, &C::ApiSample));
  router.Add("GET", "/api/v1/audits/cases/{id}", A::kViewAudits, On(audits, &C::ApiCase));
  router.AddCreating("POST", "/api/v1/audits/cases/{id}/grades", A::kAuditCase,
                     On(audits, &C::ApiGrade));
  router.AddCreating("POST", "/api/v1/audits/cases/{id}/moderation", A::kModerateAudit,
                     On(audits, &C::ApiModerate));
  router.AddCreating("POST", "/api/v1/audits/cases/{id}/responses", A::kRespondToAudit,
                     On(audits, &C::ApiRespond));
  router.Add("GET", "/api/v1/audits/your-work", A::kRespondToAudit, On(audits, &C::ApiOwnWork));
  router.Add("GET", "/api/v1/audits/agreement", A::kViewAudits, On(audits, &C::ApiAgreement));
  router.Add("GET", "/api/v1/audits/language", A::kViewAudits, On(audits, &C::ApiLanguage));
}

void AddImprovementPlanRoutes(Router& router, const ImprovementPlanController& plan) {
  using P = ImprovementPlanController;
  router.Add("GET", "/improvement-plan", A::kViewAudits, On(plan, &P::Plan));
  router.Add("GET", "/improvement-plan/new", A::kAddAction, On(plan, &P::NewAction));
  router.Add("POST", "/improvement-plan", A::kAddAction, On(plan, &P::AddAction));
  router.Add("GET", "/improvement-plan/workbook", A::kViewAudits, On(plan, &P::Workbook));
  router.Add("GET", "/improvement-plan/{id}", A::kViewAudits, On(plan, &P::Action));
  router.Add("POST", "/improvement-plan/{id}/updates", A::kUpdateAction,
             On(plan, &P::UpdateAction));
  router.Add("GET", "/api/v1/improvement-plan", A::kViewAudits, On(plan, &P::ApiPlan));
  router.AddCreating("POST", "/api/v1/improvement-plan", A::kAddAction, On(plan, &P::ApiAddAction));
  router.Add("GET", "/api/v1/improvement-plan/{id}", A::kViewAudits, On(plan, &P::ApiAction));
  router.AddCreating("POST", "/api/v1/improvement-plan/{id}/updates", A::kUpdateAction,
                     On(plan, &P::ApiUpdateAction));
}

void AddDashboardRoutes(Router& router, const DashboardController& dashboard) {
  using D = DashboardController;
  router.Add("GET", "/dashboard", A::kViewDashboard, On(dashboard, &D::Dashboard));
  router.Add("GET", "/dashboard/figures.csv", A::kViewDashboard, On(dashboard, &D::Csv));
  router.Add("GET", "/api/v1/dashboard", A::kViewDashboard, On(dashboard, &D::ApiDashboard));
}

void AddCorrectionRoutes(Router& router, const CorrectionController& corrections) {
  using C = CorrectionController;
  router.Add("GET", "/people/{id}/correct", A::kCorrectRecord,
             On(corrections, &C::CorrectPersonForm));
  router.Add("POST", "/people/{id}/correct", A::kCorrectRecord, On(corrections, &C::CorrectPerson));
  router.Add("GET", "/people/{id}/move-out", A::kCorrectRecord, On(corrections, &C::MoveOutForm));
  router.Add("POST", "/people/{id}/move-out", A::kCorrectRecord, On(corrections, &C::MoveOut));
  router.Add("GET", "/people/{id}/relationship", A::kCorrectRecord,
             On(corrections, &C::RelationshipForm));
  router.Add("POST", "/people/{id}/relationship", A::kCorrectRecord,
             On(corrections, &C::ChangeRelationship));
  router.Add("GET", "/contacts/{id}/amend", A::kCorrectRecord,
             On(corrections, &C::AmendContactForm));
  router.Add("POST", "/contacts/{id}/amend", A::kCorrectRecord, On(corrections, &C::AmendContact));
  router.Add("PUT", "/api/v1/people/{id}", A::kCorrectRecord,
             On(corrections, &C::ApiCorrectPerson));
  router.Add("POST", "/api/v1/people/{id}/move-out", A::kCorrectRecord,
             On(corrections, &C::ApiMoveOut));
  router.Add("POST", "/api/v1/contacts/{id}/amendments", A::kCorrectRecord,
             On(corrections, &C::ApiAmendContact));
}

void AddApiRoutes(Router& router, const ApiController& api) {
  router.Add("GET", "/health", A::kPublic, On(api, &ApiController::Health));
  router.Add("GET", "/health/ready", A::kPublic, On(api, &ApiController::Health));
  router.Add("GET", "/health/live", A::kPublic, On(api, &ApiController::Alive));
  router.Add("GET", "/api/v1/openapi.json", A::kPublic, On(api, &ApiController::ApiDocument));
  router.Add("GET", "/api/v1/me", A::kSignedIn, On(api, &ApiController::Me));
  router.AddCreating("POST", "/api/v1/feedback", A::kSendFeedback,
                     On(api, &ApiController::SendFeedback));
  router.Add("GET", "/api/v1/feedback/{id}", A::kReadFeedback,
             On(api, &ApiController::ShowFeedback));
  router.Add("GET", "/api/v1/threshold", A::kSignedIn, On(api, &ApiController::Threshold));
  router.Add("POST", "/language-check", A::kSignedIn, On(api, &ApiController::CheckLanguage));
  router.Add("POST", "/api/v1/language-check", A::kSignedIn,
             On(api, &ApiController::CheckLanguage));
}

}  // namespace

void AddRoutes(Router& router, const Controllers& c) {
  AddSignInRoutes(router, c.sign_in);
  AddHomeRoutes(router, c.home);
  AddAuditRoutes(router, c.audit);
  AddPeopleRoutes(router, c.people);
  AddContactRoutes(router, c.contacts);
  AddCorrectionRoutes(router, c.corrections);
  AddDecisionRoutes(router, c.decisions);
  AddCaseStepRoutes(router, c.case_steps);
  AddCheckRoutes(router, c.checks);
  AddReportRoutes(router, c.reports);
  AddReturnRoutes(router, c.returns);
  AddImportRoutes(router, c.imports);
  AddCaseAuditRoutes(router, c.case_audits);
  AddImprovementPlanRoutes(router, c.plan);
  AddDashboardRoutes(router, c.dashboard);
  AddApiRoutes(router, c.api);
}

}  // namespace frontdoor::web
