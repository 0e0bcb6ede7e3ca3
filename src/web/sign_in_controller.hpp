// src/web/sign_in_controller.hpp — signing in, two-step verification (set up and use), and
// signing out.
#pragma once

#include "service/access_audit_service.hpp"
#include "service/sign_in_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! The session cookie's name.
inline constexpr std::string_view kSessionCookie = "frontdoor_session";

//! Sign-in pages. Sessions live in a cookie marked Secure when the service is reached over TLS.
class SignInController {
 public:
  SignInController(const Pages& pages, service::SignInService& sign_in,
                   service::AccessAuditService& audit, bool secure_cookies, std::string issuer)
      : pages_(pages),
        sign_in_(sign_in),
        audit_(audit),
        secure_(secure_cookies),
        issuer_(std::move(issuer)) {}

  void AddRoutes(Router& router);

 private:
  http::Response SignInPage(const RequestContext& context, int status, const std::string& username,
                            const domain::FieldErrors& errors) const;
  http::Response SignIn(const RequestContext& context) const;
  http::Response TwoStepPage(const RequestContext& context, int status,
                             const domain::FieldErrors& errors) const;
  http::Response PassTwoStep(const RequestContext& context) const;
  http::Response SetupPage(const RequestContext& context, int status, const std::string& secret,
                           const domain::FieldErrors& errors) const;
  http::Response FinishSetup(const RequestContext& context) const;
  http::Response SignOut(const RequestContext& context) const;

  const Pages& pages_;
  service::SignInService& sign_in_;
  service::AccessAuditService& audit_;
  bool secure_;
  std::string issuer_;
};

}  // namespace frontdoor::web
