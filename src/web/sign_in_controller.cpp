// src/web/sign_in_controller.cpp — the sign-in, two-step and sign-out pages, and the person's own
// account: where they are signed in, and changing their password.
#include "web/controllers.hpp"

#include <algorithm>

#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "domain/whole_number.hpp"
#include "service/credentials.hpp"
#include "web/cookies.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

namespace {

// A random value in a cookie and in the sign-in form must match, so another site cannot post
// the form (there is no session, and so no session form token, before sign-in).
constexpr std::string_view kFormCookie = "frontdoor_form";

std::string ReturnTo(const RequestContext& context) {
  return LocalPathOrHome(context.request.method == "POST" ? context.form.Value("return_to")
                                                          : context.query.Value("return_to"));
}

}  // namespace

http::Response SignInController::SignInForm(const RequestContext& context) const {
  return SignInPage(context, 200, "", {});
}

http::Response SignInController::TwoStepForm(const RequestContext& context) const {
  if (!context.identity->user.totp_enabled) return RedirectResponse("/two-step/setup");
  return TwoStepPage(context, 200, {});
}

http::Response SignInController::SetupForm(const RequestContext& context) const {
  const auto enrolment = sign_in_.BeginTwoStepSetup(*context.identity);
  return SetupPage(context, 200, enrolment.secret, {});
}

http::Response SignInController::SignInPage(const RequestContext& context, int status,
                                            const std::string& username,
                                            const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Sign in", errors);
  const std::string form_token = service::RandomToken();
  view["form_token"] = form_token;
  view["username"] = username;
  view["return_to"] = ReturnTo(context);
  view["signed_out"] = context.query.Value("signed_out") == "1";
  view["timed_out"] = context.query.Value("timed_out") == "1";
  view["password_changed"] = context.query.Value("password_changed") == "1";
  http::Response response = pages_.Render(context, status, "sign_in", view);
  response.SetHeader("Set-Cookie", cookies_.Set(kFormCookie, form_token));
  return response;
}

http::Response SignInController::SignIn(const RequestContext& context) const {
  const std::string cookie_token = cookies_.Value(context.request.Header("Cookie"), kFormCookie);
  if (cookie_token.empty() ||
      !service::ConstantTimeEquals(context.form.Value("form_token"), cookie_token)) {
    audit_.Record({"", "", context.request.client_address},
                  {domain::Action::kSignIn, "", domain::AuditOutcome::kRefused,
                   "form token missing or wrong"});
    return pages_.Error(context, 419);
  }
  const std::string username = context.form.Value("username");
  const auto attempt =
      sign_in_.SignIn(username, context.form.Value("password"), context.request.client_address);
  if (attempt.status == service::SignInStatus::kRefused)
    return SignInPage(context, 400, username,
                      {{"username",
                        "Enter a correct username and password. After 5 wrong attempts in a row, "
                        "an account is locked for 15 minutes"}});
  if (attempt.status == service::SignInStatus::kTooManyAttempts)
    return SignInPage(context, 429, username,
                      {{"username",
                        "There have been too many attempts to sign in from this computer. Wait "
                        "15 minutes and try again"}});
  // A session token the browser already had is ended: sign-in always starts a new session.
  const std::string old_token = cookies_.Value(context.request.Header("Cookie"), kSessionCookie);
  if (auto old = sign_in_.AuthenticateSession(old_token, context.request.client_address))
    sign_in_.SignOut(*old);
  const std::string return_to = ReturnTo(context);
  const std::string next = attempt.status == service::SignInStatus::kSignedIn ? return_to
                           : attempt.status == service::SignInStatus::kTwoStepNeeded
                               ? "/two-step?return_to=" + PercentEncode(return_to)
                               : "/two-step/setup?return_to=" + PercentEncode(return_to);
  http::Response response = RedirectResponse(next);
  response.headers.emplace_back("Set-Cookie", cookies_.Set(kSessionCookie, attempt.session_token));
  response.headers.emplace_back("Set-Cookie", cookies_.Clear(kFormCookie));
  return response;
}

http::Response SignInController::TwoStepPage(const RequestContext& context, int status,
                                             const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Enter your security code", errors);
  view["return_to"] = ReturnTo(context);
  return pages_.Render(context, status, "two_step", view);
}

http::Response SignInController::PassTwoStep(const RequestContext& context) const {
  auto result = sign_in_.PassTwoStep(*context.identity, context.form.Value("code"));
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return TwoStepPage(context, 400, invalid->errors);
  if (std::holds_alternative<service::NotFound>(result)) return RedirectResponse("/two-step/setup");
  return RedirectResponse(ReturnTo(context));
}

http::Response SignInController::SetupPage(const RequestContext& context, int status,
                                           const std::string& secret,
                                           const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Set up two-step verification", errors);
  view["return_to"] = ReturnTo(context);
  if (secret.empty()) {
    view["already_set_up"] = true;
  } else {
    view["secret"] = secret;
    view["qr_svg"] =
        service::QrCodeSvg(service::TotpAddress(issuer_, context.identity->user.username, secret),
                           "QR code to add frontdoor to your authenticator app");
  }
  return pages_.Render(context, status, "two_step_setup", view);
}

http::Response SignInController::FinishSetup(const RequestContext& context) const {
  auto result = sign_in_.FinishTwoStepSetup(*context.identity, context.form.Value("code"));
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return SetupPage(context, 400, sign_in_.PendingTwoStepSecret(*context.identity),
                     invalid->errors);
  if (std::holds_alternative<service::NotFound>(result)) return SetupPage(context, 200, "", {});
  return pages_.Render(context, 200, "recovery_codes",
                       {{"title", "Two-step verification is set up"},
                        {"codes", std::get<std::vector<std::string>>(result)},
                        {"return_to", ReturnTo(context)}});
}

http::Response SignInController::KeepAlive(const RequestContext&) const {
  // Reaching here was enough: the session was used, so its idle time starts again.
  http::Response response;
  response.status = 204;
  response.SetHeader("Cache-Control", "no-store");
  return response;
}

http::Response SignInController::Account(const RequestContext& context) const {
  const auto own = sign_in_.ShowOwnAccount(*context.identity);
  nlohmann::json sessions = nlohmann::json::array();
  for (const auto& session : own.live) {
    sessions.push_back({{"signed_in", domain::FormatUkDateTime(session.created_at)},
                        {"last_used", domain::FormatUkDateTime(session.last_seen_at)},
                        {"this_one", session.id == own.current}});
  }
  nlohmann::json events = nlohmann::json::array();
  for (const auto& event : own.events) {
    events.push_back({{"at", domain::FormatUkDateTime(event.at)},
                      {"what", event.what},
                      {"by", event.by.empty() ? "You" : own.names.at(event.by)}});
  }
  nlohmann::json view = {
      {"title", "Your account"},
      {"sessions", sessions},
      {"has_others", own.live.size() > 1},
      {"events", events},
      {"has_events", !own.events.empty()},
      {"two_step", own.two_step},
      {"recovery_codes_left",
       own.recovery_codes_left == 0
           ? std::string("You have no recovery codes left")
           : "You have " +
                 domain::Counted(own.recovery_codes_left, "recovery code", "recovery codes") +
                 " left"}};
  // How many were signed out, from the redirect after "Sign out everywhere else".
  if (const auto count = domain::WholeNumberIn<int>(context.query.Value("ended"));
      count && *count >= 0) {
    view["ended_text"] =
        *count == 0   ? "You were not signed in anywhere else"
        : *count == 1 ? "You have been signed out of 1 other place"
                      : "You have been signed out of " + std::to_string(*count) + " other places";
  }
  return pages_.Render(context, 200, "account", view);
}

http::Response SignInController::RecoveryCodesForm(const RequestContext& context) const {
  if (!context.identity->user.totp_enabled) return pages_.Error(context, 404);
  return pages_.Render(context, 200, "recovery_codes_new",
                       FormErrorsView("Make new recovery codes", {}));
}

http::Response SignInController::RenewRecoveryCodes(const RequestContext& context) const {
  auto result = sign_in_.RenewRecoveryCodes(*context.identity, context.form.Value("code"));
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return pages_.Render(context, 400, "recovery_codes_new",
                         FormErrorsView("Make new recovery codes", invalid->errors));
  if (std::holds_alternative<service::NotFound>(result)) return pages_.Error(context, 404);
  return pages_.Render(context, 200, "recovery_codes",
                       {{"title", "Your new recovery codes"},
                        {"renewed", true},
                        {"codes", std::get<std::vector<std::string>>(result)},
                        {"return_to", "/account"}});
}

http::Response SignInController::EndOtherSessions(const RequestContext& context) const {
  const int ended = sign_in_.EndOtherSessions(*context.identity);
  return RedirectResponse("/account?ended=" + std::to_string(ended));
}

http::Response SignInController::ChangePasswordForm(const RequestContext& context) const {
  return ChangePasswordPage(context, 200, {});
}

http::Response SignInController::ChangePasswordPage(const RequestContext& context, int status,
                                                    const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Change your password", errors);
  nlohmann::json fields = nlohmann::json::array();
  const auto field = [&](const std::string& id, const std::string& label, const std::string& hint,
                         const std::string& autocomplete) {
    const nlohmann::json error = view.value(id + "_error", nlohmann::json(false));
    std::string described = hint.empty() ? "" : id + "-hint";
    if (error.is_string()) described += (described.empty() ? "" : " ") + id + "-error";
    // Absent parts are false, not "": a template's section shows for any string.
    const auto given = [](const std::string& text) {
      return text.empty() ? nlohmann::json(false) : nlohmann::json(text);
    };
    fields.push_back({{"id", id},
                      {"label", label},
                      {"hint", given(hint)},
                      {"error", error},
                      {"described_by", given(described)},
                      {"autocomplete", autocomplete}});
  };
  field("current_password", "Current password", "", "current-password");
  field("new_password", "New password",
        "12 characters or more. A phrase of three or four words you will remember is good. Do "
        "not use your username or a password you use anywhere else.",
        "new-password");
  field("confirm_password", "Type the new password again", "", "new-password");
  view["fields"] = fields;
  return pages_.Render(context, status, "change_password", view);
}

http::Response SignInController::ChangePassword(const RequestContext& context) const {
  const domain::PasswordChange change{context.form.Value("current_password"),
                                      context.form.Value("new_password"),
                                      context.form.Value("confirm_password")};
  const auto result = accounts_.ChangeOwnPassword(context.identity->AsActor(), change);
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return ChangePasswordPage(context, 400, invalid->errors);
  if (std::holds_alternative<service::NotFound>(result)) return pages_.Error(context, 404);
  // Every session of theirs has ended, this one too: they sign in with the new password.
  http::Response response = RedirectResponse("/sign-in?password_changed=1");
  response.SetHeader("Set-Cookie", cookies_.Clear(kSessionCookie));
  return response;
}

http::Response SignInController::SignOut(const RequestContext& context) const {
  sign_in_.SignOut(*context.identity);
  http::Response response = RedirectResponse("/sign-in?signed_out=1");
  response.SetHeader("Set-Cookie", cookies_.Clear(kSessionCookie));
  return response;
}

}  // namespace frontdoor::web
