// src/web/sign_in_pages.cpp — sign in, two-step verification (set up and use), and sign out.
#include "service/credentials.hpp"
#include "web/app.hpp"
#include "web/cookies.hpp"
#include "web/form.hpp"
#include "web/page_helpers.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

// A random value in a cookie and in the sign-in form must match, so another site cannot post
// the form (there is no session, and so no session form token, before sign-in).
constexpr std::string_view kFormCookie = "frontdoor_form";

std::string ReturnTo(const http::Request& request, const FormFields* fields) {
  return LocalPathOrHome(fields ? FormValue(*fields, "return_to")
                                : QueryValue(request, "return_to"));
}

}  // namespace

void WebApp::AddSignInRoutes() {
  using domain::Action;
  const bool secure = context_.settings.secure_cookies;

  const auto sign_in_page =
      [this, secure](const RequestContext& context, int status, const std::string& username,
                     const std::string& return_to, const domain::FieldErrors& errors) {
        nlohmann::json view = FormErrorsView("Sign in", errors);
        const std::string form_token = service::RandomToken();
        view["form_token"] = form_token;
        view["username"] = username;
        view["return_to"] = return_to;
        view["signed_out"] = QueryValue(context.request, "signed_out") == "1";
        http::Response response = HtmlResponse(status, Page("sign_in", view, context));
        response.SetHeader("Set-Cookie", SetCookie(kFormCookie, form_token, secure));
        return response;
      };

  router_.Add("GET", "/sign-in", Action::kPublic, [=](const RequestContext& context) {
    return sign_in_page(context, 200, "", ReturnTo(context.request, nullptr), {});
  });

  router_.Add("POST", "/sign-in", Action::kPublic, [=, this](const RequestContext& context) {
    const auto fields = DecodeForm(context.request.body);
    const std::string cookie_token = CookieValue(context.request.Header("Cookie"), kFormCookie);
    if (!fields || cookie_token.empty() ||
        !service::ConstantTimeEquals(FormValue(*fields, "form_token"), cookie_token)) {
      audit_.Record({"", "", context.request.client_address},
                    {"sign_in", "", domain::AuditOutcome::kRefused, "form token missing or wrong"});
      return ErrorPage(context.request, 419);
    }
    const std::string username = FormValue(*fields, "username");
    const std::string return_to = ReturnTo(context.request, &*fields);
    const auto attempt =
        sign_in_.SignIn(username, FormValue(*fields, "password"), context.request.client_address);
    switch (attempt.status) {
      case service::SignInStatus::kRefused:
        return sign_in_page(context, 400, username, return_to,
                            {{"username",
                              "Enter a correct username and password. After 5 wrong attempts in a "
                              "row, an account is locked for 15 minutes"}});
      case service::SignInStatus::kTooManyAttempts:
        return sign_in_page(context, 429, username, return_to,
                            {{"username",
                              "There have been too many attempts to sign in from this "
                              "computer. Wait 15 minutes and try again"}});
      default:
        break;
    }
    // A session token the browser already had is ended: sign-in always starts a new session.
    const std::string old_token = CookieValue(context.request.Header("Cookie"), kSessionCookie);
    if (auto old = sign_in_.AuthenticateSession(old_token, context.request.client_address)) {
      sign_in_.SignOut(*old);
    }
    const std::string next = attempt.status == service::SignInStatus::kSignedIn ? return_to
                             : attempt.status == service::SignInStatus::kTwoStepNeeded
                                 ? "/two-step?return_to=" + PercentEncode(return_to)
                                 : "/two-step/setup?return_to=" + PercentEncode(return_to);
    http::Response response = RedirectResponse(next);
    response.headers.emplace_back("Set-Cookie",
                                  SetCookie(kSessionCookie, attempt.session_token, secure));
    response.headers.emplace_back("Set-Cookie", ClearCookie(kFormCookie, secure));
    return response;
  });

  const auto two_step_page = [this](const RequestContext& context, int status,
                                    const std::string& return_to,
                                    const domain::FieldErrors& errors) {
    nlohmann::json view = FormErrorsView("Enter your security code", errors);
    view["return_to"] = return_to;
    return HtmlResponse(status, Page("two_step", view, context));
  };

  router_.AddBeforeSecondStep(
      "GET", "/two-step", Action::kSignedIn, [=](const RequestContext& context) {
        if (!context.identity->user.totp_enabled) return RedirectResponse("/two-step/setup");
        return two_step_page(context, 200, ReturnTo(context.request, nullptr), {});
      });

  router_.AddBeforeSecondStep(
      "POST", "/two-step", Action::kSignedIn, [=, this](const RequestContext& context) {
        const auto fields = DecodeForm(context.request.body);
        const std::string return_to = ReturnTo(context.request, fields ? &*fields : nullptr);
        auto result =
            sign_in_.PassTwoStep(*context.identity, fields ? FormValue(*fields, "code") : "");
        if (auto* invalid = std::get_if<service::Invalid>(&result)) {
          return two_step_page(context, 400, return_to, invalid->errors);
        }
        if (std::holds_alternative<service::NotFound>(result))
          return RedirectResponse("/two-step/setup");
        return RedirectResponse(return_to);
      });

  const auto setup_page = [this](const RequestContext& context, int status,
                                 const std::string& secret, const std::string& return_to,
                                 const domain::FieldErrors& errors) {
    nlohmann::json view = FormErrorsView("Set up two-step verification", errors);
    view["return_to"] = return_to;
    if (secret.empty()) {
      view["already_set_up"] = true;
    } else {
      view["secret"] = secret;
      view["qr_svg"] =
          service::QrCodeSvg(service::TotpAddress(context_.settings.two_step.issuer,
                                                  context.identity->user.username, secret),
                             "QR code to add frontdoor to your authenticator app");
    }
    return HtmlResponse(status, Page("two_step_setup", view, context));
  };

  router_.AddBeforeSecondStep(
      "GET", "/two-step/setup", Action::kSignedIn, [=, this](const RequestContext& context) {
        const auto enrolment = sign_in_.BeginTwoStepSetup(*context.identity);
        return setup_page(context, 200, enrolment.secret, ReturnTo(context.request, nullptr), {});
      });

  router_.AddBeforeSecondStep(
      "POST", "/two-step/setup", Action::kSignedIn, [=, this](const RequestContext& context) {
        const auto fields = DecodeForm(context.request.body);
        const std::string return_to = ReturnTo(context.request, fields ? &*fields : nullptr);
        auto result = sign_in_.FinishTwoStepSetup(*context.identity,
                                                  fields ? FormValue(*fields, "code") : "");
        if (auto* invalid = std::get_if<service::Invalid>(&result)) {
          return setup_page(context, 400, context.identity->user.totp_secret, return_to,
                            invalid->errors);
        }
        if (std::holds_alternative<service::NotFound>(result))
          return setup_page(context, 200, "", return_to, {});
        nlohmann::json view = {{"title", "Two-step verification is set up"},
                               {"codes", std::get<std::vector<std::string>>(result)},
                               {"return_to", return_to}};
        return HtmlResponse(200, Page("recovery_codes", view, context));
      });

  router_.AddBeforeSecondStep(
      "POST", "/sign-out", Action::kSignedIn, [=, this](const RequestContext& context) {
        sign_in_.SignOut(*context.identity);
        http::Response response = RedirectResponse("/sign-in?signed_out=1");
        response.SetHeader("Set-Cookie", ClearCookie(kSessionCookie, secure));
        return response;
      });
}

}  // namespace frontdoor::web
