// src/web/controllers.hpp — one controller per area, each given only the services it needs. A
// controller's public methods answer routes (web/routes.cpp says which); each makes one service
// call and renders a page or answers JSON. Pages and the API of an area share its controller.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.hpp"
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
#include "service/import_service.hpp"
#include "service/improvement_plan_service.hpp"
#include "service/person_service.hpp"
#include "service/report_service.hpp"
#include "service/return_service.hpp"
#include "service/sign_in_service.hpp"
#include "web/controller.hpp"
#include "web/cookies.hpp"

namespace frontdoor::web {

//! The session cookie's name.
inline constexpr std::string_view kSessionCookie = "frontdoor_session";

//! Signing in, two-step verification (set up and use), and signing out. Sessions live in a cookie
//! marked Secure, and named with the `__Host-` prefix, when the service is reached over TLS.
class SignInController {
 public:
  SignInController(const Pages& pages, service::SignInService& sign_in,
                   service::AccountService& accounts, service::AccessAuditService& audit,
                   bool secure_cookies, std::string issuer)
      : pages_(pages),
        sign_in_(sign_in),
        accounts_(accounts),
        audit_(audit),
        cookies_(secure_cookies),
        issuer_(std::move(issuer)) {}

  http::Response SignInForm(const RequestContext& context) const;
  http::Response SignIn(const RequestContext& context) const;
  http::Response TwoStepForm(const RequestContext& context) const;
  http::Response PassTwoStep(const RequestContext& context) const;
  http::Response SetupForm(const RequestContext& context) const;
  http::Response FinishSetup(const RequestContext& context) const;
  http::Response SignOut(const RequestContext& context) const;
  //! The time-out warning's "Stay signed in": the session was used, nothing else happens.
  http::Response KeepAlive(const RequestContext& context) const;
  //! "Your account": where the person is signed in, and signing out everywhere else.
  http::Response Account(const RequestContext& context) const;
  http::Response EndOtherSessions(const RequestContext& context) const;
  //! New recovery codes in place of the old ones, given a code from the app.
  http::Response RecoveryCodesForm(const RequestContext& context) const;
  http::Response RenewRecoveryCodes(const RequestContext& context) const;
  //! Changing one's own password; afterwards every session of theirs has ended, this one too.
  http::Response ChangePasswordForm(const RequestContext& context) const;
  http::Response ChangePassword(const RequestContext& context) const;

 private:
  http::Response SignInPage(const RequestContext& context, int status, const std::string& username,
                            const domain::FieldErrors& errors) const;
  http::Response TwoStepPage(const RequestContext& context, int status,
                             const domain::FieldErrors& errors) const;
  http::Response SetupPage(const RequestContext& context, int status, const std::string& secret,
                           const domain::FieldErrors& errors) const;
  http::Response ChangePasswordPage(const RequestContext& context, int status,
                                    const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::SignInService& sign_in_;
  service::AccountService& accounts_;
  service::AccessAuditService& audit_;
  Cookies cookies_;
  std::string issuer_;
};

//! The start page, the accessibility statement and feedback about the service.
class HomeController {
 public:
  HomeController(const Pages& pages, service::FeedbackService& feedback)
      : pages_(pages), feedback_(feedback) {}

  http::Response Home(const RequestContext& context) const;
  http::Response Accessibility(const RequestContext& context) const;
  http::Response FeedbackForm(const RequestContext& context) const;
  http::Response SendFeedback(const RequestContext& context) const;
  http::Response FeedbackSent(const RequestContext& context) const;
  //! An administrator's list of feedback, newest first, a page at a time.
  http::Response FeedbackList(const RequestContext& context) const;

 private:
  http::Response FeedbackPage(const RequestContext& context, int status,
                              const domain::FeedbackDraft& draft,
                              const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::FeedbackService& feedback_;
};

//! Who looked at what (the auditor's access audit and break-glass reviews), and who may look (the
//! administrator's accounts).
class AuditController {
 public:
  AuditController(const Pages& pages, service::AccessAuditService& audit,
                  service::AccountService& accounts, const domain::FrontDoorSettings& settings)
      : pages_(pages), audit_(audit), accounts_(accounts), settings_(settings) {}

  http::Response AccessAudit(const RequestContext& context) const;
  http::Response ReviewBreakGlass(const RequestContext& context) const;
  http::Response Accounts(const RequestContext& context) const;
  http::Response DisableAccount(const RequestContext& context) const;
  http::Response EnableAccount(const RequestContext& context) const;

 private:
  http::Response AccountsPage(const RequestContext& context, int status,
                              const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::AccessAuditService& audit_;
  service::AccountService& accounts_;
  const domain::FrontDoorSettings& settings_;  //!< the partner agencies' names
};

//! People's records: "is this child known?", adding people and households, the record and its
//! relationships, the child's journey, restriction, breaking the glass, and merges.
class PeopleController {
 public:
  PeopleController(const Pages& pages, service::PersonService& people,
                   const service::DecisionRules& rules)
      : pages_(pages), people_(people), rules_(rules) {}

  http::Response Search(const RequestContext& context) const;
  http::Response SearchSent(const RequestContext& context) const;
  http::Response NewPerson(const RequestContext& context) const;
  http::Response AddPerson(const RequestContext& context) const;
  http::Response Profile(const RequestContext& context) const;
  http::Response Journey(const RequestContext& context) const;
  http::Response BreakGlass(const RequestContext& context) const;
  http::Response Restriction(const RequestContext& context) const;
  http::Response Restrict(const RequestContext& context) const;
  http::Response Merging(const RequestContext& context) const;
  http::Response Merge(const RequestContext& context) const;
  http::Response Unmerge(const RequestContext& context) const;

  http::Response ApiSearch(const RequestContext& context) const;
  http::Response ApiSearchSent(const RequestContext& context) const;
  http::Response ApiAddPerson(const RequestContext& context) const;
  http::Response ApiProfile(const RequestContext& context) const;
  http::Response ApiJourney(const RequestContext& context) const;
  http::Response ApiRestrict(const RequestContext& context) const;
  http::Response ApiRelate(const RequestContext& context) const;
  http::Response ApiMerge(const RequestContext& context) const;
  http::Response ApiUnmerge(const RequestContext& context) const;
  http::Response ApiAddHousehold(const RequestContext& context) const;
  http::Response ApiAddMember(const RequestContext& context) const;

 private:
  //! The form that adds a person; `address` names the household they are added to, when the
  //! form came from one and it is known.
  http::Response NewPersonPage(const RequestContext& context, int status,
                               const domain::PersonDraft& draft,
                               const std::vector<domain::SearchMatch>& possible_matches,
                               const domain::FieldErrors& errors,
                               const std::string& address = "") const;
  http::Response PersonPage(const RequestContext& context, int status,
                            const service::PersonProfile& profile, const std::string& reason,
                            const domain::FieldErrors& errors) const;
  http::Response RestrictionPage(const RequestContext& context, int status,
                                 const service::RestrictionForm& form,
                                 const std::vector<std::string>& chosen, const std::string& reason,
                                 const domain::FieldErrors& errors) const;
  //! The page that merges a record into another, or takes it apart from the one it was merged
  //! into, with what was typed (`chosen`: the record to keep) shown again.
  http::Response MergePage(const RequestContext& context, int status,
                           const service::MergeForm& form, const std::string& chosen,
                           const std::string& typed, const std::string& reason,
                           const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::PersonService& people_;
  service::DecisionRules rules_;  // points into the configuration
};

//! Contacts: recording one, and the contact with each child's history at intake and everything
//! that has happened since.
class ContactController {
 public:
  ContactController(const Pages& pages, service::ContactService& contacts,
                    const service::DecisionRules& rules, const domain::Clock& clock)
      : pages_(pages), contacts_(contacts), rules_(rules), clock_(clock) {}

  http::Response NewContact(const RequestContext& context) const;
  http::Response RecordContact(const RequestContext& context) const;
  http::Response ShowContact(const RequestContext& context) const;

  http::Response ApiRecordContact(const RequestContext& context) const;
  http::Response ApiShowContact(const RequestContext& context) const;

 private:
  //! The form, carrying `submission_key`: the key that lets it be saved once (sent again, as
  //! after going back, it opens the contact it saved).
  http::Response ContactForm(const RequestContext& context, int status,
                             const service::ContactForm& form, const domain::ContactDraft& draft,
                             const domain::FieldErrors& errors,
                             const std::string& submission_key) const;

  const Pages& pages_;
  service::ContactService& contacts_;
  service::DecisionRules rules_;  // points into the configuration
  const domain::Clock& clock_;
};

//! Correcting records: a person's details, moving out of a household, a relationship, and a
//! contact's words amended with a reason. Each change is kept from and to in the record history.
class CorrectionController {
 public:
  CorrectionController(const Pages& pages, service::PersonService& people,
                       service::ContactService& contacts)
      : pages_(pages), people_(people), contacts_(contacts) {}

  http::Response CorrectPersonForm(const RequestContext& context) const;
  http::Response CorrectPerson(const RequestContext& context) const;
  http::Response MoveOutForm(const RequestContext& context) const;
  http::Response MoveOut(const RequestContext& context) const;
  http::Response RelationshipForm(const RequestContext& context) const;
  http::Response ChangeRelationship(const RequestContext& context) const;
  http::Response AmendContactForm(const RequestContext& context) const;
  http::Response AmendContact(const RequestContext& context) const;

  http::Response ApiCorrectPerson(const RequestContext& context) const;
  http::Response ApiMoveOut(const RequestContext& context) const;
  http::Response ApiAmendContact(const RequestContext& context) const;

 private:
  http::Response PersonForm(const RequestContext& context, int status,
                            const domain::PersonDraft& draft, const std::string& reason,
                            const domain::FieldErrors& errors) const;
  http::Response MoveOutPage(const RequestContext& context, int status, std::int64_t household_id,
                             const std::string& moved_out, const std::string& reason,
                             const domain::HouseholdDraft& moved_to, nlohmann::json view) const;
  http::Response RelationshipPage(const RequestContext& context, int status,
                                  std::int64_t related_id, const std::string& given_name,
                                  const std::string& related_name, const std::string& kind,
                                  const std::string& reason,
                                  const domain::FieldErrors& errors) const;
  http::Response AmendPage(const RequestContext& context, int status,
                           const domain::Contact& contact, const std::string& concern,
                           const std::string& reason, const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::PersonService& people_;
  service::ContactService& contacts_;
};

//! What follows a contact: consent, the manager's reason the checks are not needed, the oversight
//! and its decision, and allocation of the children.
class DecisionController {
 public:
  DecisionController(const Pages& pages, service::DecisionService& decisions,
                     const service::DecisionRules& rules, const domain::Clock& clock)
      : pages_(pages), decisions_(decisions), rules_(rules), clock_(clock) {}

  http::Response NewConsent(const RequestContext& context) const;
  http::Response RecordConsent(const RequestContext& context) const;
  http::Response NewChecksNotNeeded(const RequestContext& context) const;
  http::Response RecordChecksNotNeeded(const RequestContext& context) const;
  http::Response NewOversight(const RequestContext& context) const;
  http::Response CompleteOversight(const RequestContext& context) const;
  http::Response NewAllocation(const RequestContext& context) const;
  http::Response Allocate(const RequestContext& context) const;
  http::Response NewReopen(const RequestContext& context) const;
  http::Response Reopen(const RequestContext& context) const;

  http::Response ApiProgress(const RequestContext& context) const;
  http::Response ApiRecordConsent(const RequestContext& context) const;
  http::Response ApiRecordChecksNotNeeded(const RequestContext& context) const;
  http::Response ApiCompleteOversight(const RequestContext& context) const;
  http::Response ApiAllocate(const RequestContext& context) const;
  http::Response ApiReopen(const RequestContext& context) const;

 private:
  //! A form about a contact: the form's own view, with the contact's reference as its caption.
  http::Response FormPage(const RequestContext& context, int status, const char* name,
                          const service::ContactProgress& progress, nlohmann::json view) const;
  http::Response ReopenPage(const RequestContext& context, int status,
                            const service::ContactProgress& progress, const std::string& reason,
                            const domain::FieldErrors& errors) const;
  http::Response ConsentPage(const RequestContext& context, int status,
                             const service::ContactProgress& progress,
                             const domain::ConsentDraft& draft,
                             const domain::FieldErrors& errors) const;
  http::Response NotNeededPage(const RequestContext& context, int status,
                               const service::ContactProgress& progress, const std::string& reason,
                               const domain::FieldErrors& errors) const;
  http::Response OversightPage(const RequestContext& context, int status,
                               const service::ContactProgress& progress,
                               const domain::OversightDraft& draft,
                               const domain::FieldErrors& errors) const;
  //! The proforma's answers to check before the decision is concluded.
  http::Response CheckPage(const RequestContext& context, const service::OversightCheck& check,
                           const domain::OversightDraft& draft) const;
  http::Response AllocationPage(const RequestContext& context, int status,
                                const service::AllocationForm& form,
                                const service::AllocationDraft& draft,
                                const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::DecisionService& decisions_;
  service::DecisionRules rules_;  // points into the configuration
  const domain::Clock& clock_;
};

//! Checks with partner agencies: asking them about a contact's children, the checks waiting for
//! an answer, and answering one. Partner agencies' staff see only their own agency's.
class CheckController {
 public:
  CheckController(const Pages& pages, service::CheckService& checks,
                  service::DecisionService& decisions, const service::DecisionRules& rules,
                  const domain::Clock& clock)
      : pages_(pages), checks_(checks), decisions_(decisions), rules_(rules), clock_(clock) {}

  http::Response NewChecks(const RequestContext& context) const;
  http::Response RequestChecks(const RequestContext& context) const;
  http::Response Waiting(const RequestContext& context) const;
  http::Response ShowCheck(const RequestContext& context) const;
  http::Response AnswerCheck(const RequestContext& context) const;
  http::Response AddToAnswer(const RequestContext& context) const;

  http::Response ApiRequestChecks(const RequestContext& context) const;
  http::Response ApiWaiting(const RequestContext& context) const;
  http::Response ApiAnswerCheck(const RequestContext& context) const;
  http::Response ApiAddToAnswer(const RequestContext& context) const;

 private:
  http::Response AskPage(const RequestContext& context, int status,
                         const service::ContactProgress& progress,
                         const domain::CheckRequestDraft& draft,
                         const domain::FieldErrors& errors) const;
  //! A check's page: the form to answer it, or once answered the form to add to the answer.
  //! `typed` is what was sent (the answer, or the addition and who gave it) and `relayed_from`
  //! who at the agency gave it, shown again with a refusal.
  http::Response AnswerPage(const RequestContext& context, int status,
                            const service::CheckView& shown, const std::string& typed,
                            const domain::FieldErrors& errors,
                            const std::string& relayed_from = "") const;
  //! A check's urgency and agency in words.
  nlohmann::json CheckSummary(const service::CheckView& shown) const;

  const Pages& pages_;
  service::CheckService& checks_;
  service::DecisionService& decisions_;
  service::DecisionRules rules_;  // points into the configuration
  const domain::Clock& clock_;
};

//! What happened after a child's referral: the page with every step so far and the form for the
//! next, and the same through the API.
class CaseStepController {
 public:
  CaseStepController(const Pages& pages, service::CaseStepService& case_steps,
                     const service::DecisionRules& rules)
      : pages_(pages), case_steps_(case_steps), rules_(rules) {}

  http::Response Steps(const RequestContext& context) const;
  http::Response RecordStep(const RequestContext& context) const;

  http::Response ApiSteps(const RequestContext& context) const;
  http::Response ApiRecordStep(const RequestContext& context) const;

 private:
  http::Response StepsPage(const RequestContext& context, int status,
                           const service::ChildReferral& referral,
                           const domain::CaseStepDraft& draft,
                           const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::CaseStepService& case_steps_;
  service::DecisionRules rules_;  // points into the configuration
};

//! What is due (work lists), and how decisions are made (the decision reports).
class ReportController {
 public:
  ReportController(const Pages& pages, service::ReportService& reports,
                   const service::DecisionRules& rules)
      : pages_(pages), reports_(reports), rules_(rules) {}

  http::Response Work(const RequestContext& context) const;
  http::Response Decisions(const RequestContext& context) const;

  http::Response ApiWork(const RequestContext& context) const;
  http::Response ApiDecisions(const RequestContext& context) const;

 private:
  const Pages& pages_;
  service::ReportService& reports_;
  service::DecisionRules rules_;  // points into the configuration
};

//! The review list of children an import could not match with certainty, for managers.
class ImportController {
 public:
  ImportController(const Pages& pages, service::ImportService& imports)
      : pages_(pages), imports_(imports) {}

  http::Response Reviews(const RequestContext& context) const;
  http::Response Review(const RequestContext& context) const;
  http::Response Resolve(const RequestContext& context) const;

  http::Response ApiReviews(const RequestContext& context) const;
  http::Response ApiResolve(const RequestContext& context) const;

 private:
  //! The most reviews a list shows.
  static constexpr int kShown = 200;
  http::Response ReviewPage(const RequestContext& context, int status,
                            const service::ReviewView& view,
                            const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::ImportService& imports_;
};

//! The assurance loop: dip samples, case audits with peer audit and moderation, audits of one's
//! own work with responses and agreement between auditors (pages here, API in
//! case_audit_api.cpp).
class CaseAuditController {
 public:
  CaseAuditController(const Pages& pages, service::CaseAuditService& audits,
                      const domain::Clock& clock)
      : pages_(pages), audits_(audits), clock_(clock) {}

  http::Response Samples(const RequestContext& context) const;
  http::Response NewSample(const RequestContext& context) const;
  http::Response DrawSample(const RequestContext& context) const;
  http::Response Sample(const RequestContext& context) const;
  http::Response Case(const RequestContext& context) const;
  http::Response Grade(const RequestContext& context) const;
  http::Response Moderate(const RequestContext& context) const;
  http::Response OwnWork(const RequestContext& context) const;
  http::Response Respond(const RequestContext& context) const;
  http::Response Agreement(const RequestContext& context) const;
  http::Response Language(const RequestContext& context) const;

  http::Response ApiSamples(const RequestContext& context) const;
  http::Response ApiDrawSample(const RequestContext& context) const;
  http::Response ApiSample(const RequestContext& context) const;
  http::Response ApiCase(const RequestContext& context) const;
  http::Response ApiGrade(const RequestContext& context) const;
  http::Response ApiModerate(const RequestContext& context) const;
  http::Response ApiOwnWork(const RequestContext& context) const;
  http::Response ApiRespond(const RequestContext& context) const;
  http::Response ApiAgreement(const RequestContext& context) const;
  http::Response ApiLanguage(const RequestContext& context) const;

 private:
  //! The most samples, cases or actions a list shows.
  static constexpr int kShown = 200;
  http::Response SampleForm(const RequestContext& context, int status,
                            const domain::SampleRequest& request, const domain::FieldErrors& errors,
                            std::optional<Fields> typed) const;
  http::Response CasePage(const RequestContext& context, int status, const service::CaseView& view,
                          const domain::FieldErrors& errors) const;
  http::Response OwnWorkPage(const RequestContext& context, int status,
                             const service::OwnWorkView& view,
                             const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::CaseAuditService& audits_;
  const domain::Clock& clock_;
};

//! The improvement plan: actions from findings with red, amber or green, each action's progress
//! updates, adding one, and the plan as a workbook; the same through the API.
class ImprovementPlanController {
 public:
  ImprovementPlanController(const Pages& pages, service::ImprovementPlanService& plan)
      : pages_(pages), plan_(plan) {}

  http::Response Plan(const RequestContext& context) const;
  http::Response NewAction(const RequestContext& context) const;
  http::Response AddAction(const RequestContext& context) const;
  http::Response Action(const RequestContext& context) const;
  http::Response UpdateAction(const RequestContext& context) const;
  http::Response Workbook(const RequestContext& context) const;

  http::Response ApiPlan(const RequestContext& context) const;
  http::Response ApiAddAction(const RequestContext& context) const;
  http::Response ApiAction(const RequestContext& context) const;
  http::Response ApiUpdateAction(const RequestContext& context) const;

 private:
  static constexpr int kShown = 500;
  http::Response ActionForm(const RequestContext& context, int status,
                            const service::PlanView& view, const domain::FieldErrors& errors) const;
  http::Response ActionPage(const RequestContext& context, int status,
                            const service::PlanView& view, const domain::FieldErrors& errors) const;

  const Pages& pages_;
  service::ImprovementPlanService& plan_;
};

//! The dashboard: a period's figures by team beside the period before, timeliness beside
//! quality, as a page with charts and tables, a CSV file and through the API.
class DashboardController {
 public:
  DashboardController(const Pages& pages, service::DashboardService& dashboard,
                      const service::DecisionRules& rules, const domain::Clock& clock)
      : pages_(pages), dashboard_(dashboard), rules_(rules), clock_(clock) {}

  http::Response Dashboard(const RequestContext& context) const;
  http::Response Csv(const RequestContext& context) const;
  http::Response ApiDashboard(const RequestContext& context) const;

 private:
  //! The period and team asked for; a year to today when no period is given.
  service::DashboardAsk Ask(const RequestContext& context) const;
  //! The page for what was asked: the figures, or (400) the form with each field's error.
  http::Response DashboardPage(const RequestContext& context, const service::DashboardAsk& ask,
                               const service::Result<service::DashboardView>& shown) const;

  const Pages& pages_;
  service::DashboardService& dashboard_;
  service::DecisionRules rules_;
  const domain::Clock& clock_;
};

struct AnnexARequest;

//! The returns, for the performance role: Annex A for a period, and the census for a year after
//! its pre-flight. Downloads are files (never kept by the browser's cache); the API gives the same
//! files and the pre-flight's problems as JSON.
class ReturnController {
 public:
  ReturnController(const Pages& pages, service::ReturnService& returns,
                   const service::DecisionRules& rules, const domain::Clock& clock)
      : pages_(pages), returns_(returns), rules_(rules), clock_(clock) {}

  http::Response Returns(const RequestContext& context) const;
  http::Response AnnexA(const RequestContext& context) const;
  http::Response Census(const RequestContext& context) const;
  http::Response CensusFile(const RequestContext& context) const;

  http::Response ApiAnnexA(const RequestContext& context) const;
  http::Response ApiCensusProblems(const RequestContext& context) const;
  http::Response ApiCensus(const RequestContext& context) const;

 private:
  domain::Date Today() const;
  http::Response AnnexAFile(const RequestContext& context, const AnnexARequest& request) const;
  service::CensusRun CensusXml(const RequestContext& context, const domain::CensusYear& year,
                               std::string& xml) const;
  http::Response ReturnsPage(const RequestContext& context, int status,
                             const AnnexARequest& request, const domain::FieldErrors& errors) const;
  http::Response CensusPage(const RequestContext& context, int status,
                            const domain::CensusYear& year, const service::CensusRun& run,
                            bool refused) const;

  const Pages& pages_;
  service::ReturnService& returns_;
  service::DecisionRules rules_;  // points into the configuration
  const domain::Clock& clock_;
};

//! What belongs to no one area: health, the OpenAPI document, who am I, feedback through the API,
//! the threshold framework, and the plain-language check (for pages' text boxes as they are
//! typed in, and for the API).
class ApiController {
 public:
  ApiController(service::HealthService& health, service::FeedbackService& feedback,
                const service::ContactService& contacts,
                const service::Configuration& configuration)
      : health_(health), feedback_(feedback), contacts_(contacts), configuration_(configuration) {}

  //! Readiness (/health, /health/ready): 503 while the database does not answer or its schema is
  //! not this build's.
  http::Response Health(const RequestContext& context) const;
  //! Liveness (/health/live): the process answers, whatever the database does.
  http::Response Alive(const RequestContext& context) const;
  http::Response ApiDocument(const RequestContext& context) const;
  http::Response Me(const RequestContext& context) const;
  http::Response SendFeedback(const RequestContext& context) const;
  http::Response ShowFeedback(const RequestContext& context) const;
  http::Response Threshold(const RequestContext& context) const;
  http::Response CheckLanguage(const RequestContext& context) const;

 private:
  service::HealthService& health_;
  service::FeedbackService& feedback_;
  const service::ContactService& contacts_;
  const service::Configuration& configuration_;
};

}  // namespace frontdoor::web
