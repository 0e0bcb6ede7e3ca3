// src/web/app.hpp — the web application: routes, who may call them, security headers and error
// answers.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "domain/clock.hpp"
#include "domain/password_policy.hpp"
#include "domain/sign_in_policy.hpp"
#include "http/message.hpp"
#include "service/access_audit_service.hpp"
#include "service/account_service.hpp"
#include "service/contact_service.hpp"
#include "service/decision_service.hpp"
#include "service/feedback_service.hpp"
#include "service/person_service.hpp"
#include "service/sign_in_service.hpp"
#include "store/store.hpp"
#include "web/assets.hpp"
#include "web/router.hpp"
#include "web/views.hpp"

namespace frontdoor::web {

//! How the service is set up for sign-in; defaults suit production.
struct AppSettings {
  domain::SignInPolicy sign_in;
  service::TwoStepSettings two_step;
  bool secure_cookies = false;  //!< set when users reach the service over TLS
  service::PasswordHashCost password_hash_cost = service::PasswordHashCost::kModerate;
  service::SignInService::Sleep sleep;  //!< how failed sign-ins are slowed; real sleep by default
  std::string language_guide;       //!< the plain-language guide's text; "" for the one built in
  std::string name_variants;        //!< the name-variant groups' text; "" for the ones built in
  std::string threshold_framework;  //!< the threshold framework's text; "" for the one built in
  std::string front_door;           //!< agencies, urgencies and teams; "" for the ones built in
  std::string bank_holidays;        //!< the bank holiday list; "" for the one built in
};

//! A configuration file the service cannot use. `setting` names the AppSettings field
//! ("threshold_framework"); what() gives the line and the reason.
class ConfigFileError : public std::invalid_argument {
 public:
  ConfigFileError(std::string setting, const std::string& what)
      : std::invalid_argument(what), setting_(std::move(setting)) {}
  const std::string& Setting() const { return setting_; }

 private:
  std::string setting_;
};

//! What the web application needs from the running service.
struct AppContext {
  store::Store& store;
  const domain::Clock& clock;
  const AssetCatalogue& assets;
  AppSettings settings = {};
};

//! Routes requests to controllers after checking who is asking and what their role allows.
//! Thread-safe: the transport calls Handle from many threads.
class WebApp {
 public:
  explicit WebApp(AppContext context);

  //! Answers one request; never throws (an unexpected failure becomes a 500 page).
  http::Response Handle(const http::Request& request);
  //! Every route, for tests.
  const Router& Routes() const { return router_; }

  //! The session cookie's name.
  static constexpr std::string_view kSessionCookie = "frontdoor_session";

 private:
  http::Response Authorise(const http::Request& request);
  http::Response ErrorPage(const http::Request& request, int status,
                           const service::Identity* identity = nullptr);
  //! Renders page template `name` for this request, with the signed-in person's navigation.
  std::string Page(std::string_view name, nlohmann::json view, const RequestContext& context);
  void AddPageRoutes();
  void AddSignInRoutes();
  void AddAuditRoutes();
  void AddPersonRoutes();
  void AddPeopleApiRoutes();
  void AddContactRoutes();
  void AddDecisionRoutes();
  void AddDecisionApiRoutes();
  void AddApiRoutes();
  void AddAssetRoutes();

  AppContext context_;
  PageRenderer pages_;
  domain::CommonPasswords common_passwords_;
  service::FeedbackService feedback_;
  service::AccessAuditService audit_;
  service::AccountService accounts_;
  domain::LanguageGuide language_guide_;
  domain::NameVariants name_variants_;
  domain::ThresholdFramework framework_;
  domain::FrontDoorSettings front_door_;
  domain::WorkingCalendar calendar_;
  service::PersonService people_;
  service::ContactService contacts_;
  service::DecisionService decisions_;
  service::SignInService sign_in_;
  Router router_;
};

}  // namespace frontdoor::web
