// src/web/app.cpp — every request passes here: route, identify, authorise, check the form token,
// then the controller.
#include "web/app.hpp"

#include <spdlog/spdlog.h>

#include <thread>

#include "store/embedded_file.hpp"
#include "version.hpp"
#include "web/cookies.hpp"
#include "web/form.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

// Scripts and styles only from this service, no inline code, no framing.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

bool IsApiPath(std::string_view path) {
  return path == "/api" || path.starts_with("/api/");
}

void AddSecurityHeaders(http::Response& response) {
  response.SetHeader("Content-Security-Policy", kContentSecurityPolicy);
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader("Referrer-Policy", "no-referrer");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  // Case records must not linger in shared caches or browser history caches.
  if (response.Header("Cache-Control").empty()) response.SetHeader("Cache-Control", "no-store");
}

std::string BearerToken(const http::Request& request) {
  const std::string_view header = request.Header("Authorization");
  constexpr std::string_view kScheme = "Bearer ";
  if (header.size() <= kScheme.size() ||
      !http::HeaderNameEquals(header.substr(0, kScheme.size()), kScheme)) {
    return {};
  }
  return std::string(header.substr(kScheme.size()));
}

domain::CommonPasswords LoadCommonPasswords() {
  return domain::CommonPasswords::FromText(CommonPasswordFiles().at(0).text);
}

service::SignInService::Sleep RealSleepUnlessGiven(service::SignInService::Sleep sleep) {
  if (sleep) return sleep;
  return [](std::chrono::milliseconds delay) { std::this_thread::sleep_for(delay); };
}

// Reads one configuration file (or the one built in, when `text` is empty); a file that cannot
// be used is a ConfigFileError naming the setting.
template <typename Load>
auto LoadConfig(const char* setting, const std::string& text,
                const std::vector<EmbeddedFile>& built_in, Load load) {
  try {
    return load(text.empty() ? built_in.at(0).text : std::string_view(text));
  } catch (const std::invalid_argument& bad) {
    throw ConfigFileError(setting, bad.what());
  }
}

}  // namespace

WebApp::WebApp(AppContext context)
    : context_(context),
      pages_(context.assets, kVersion),
      common_passwords_(LoadCommonPasswords()),
      feedback_(context.store, context.clock),
      audit_(context.store, context.clock),
      accounts_(context.store, context.clock, common_passwords_,
                context.settings.password_hash_cost),
      language_guide_(LoadConfig("language_guide", context.settings.language_guide,
                                 LanguageGuideFiles(), domain::LanguageGuide::FromText)),
      name_variants_(LoadConfig("name_variants", context.settings.name_variants, NameVariantFiles(),
                                domain::NameVariants::FromText)),
      framework_(LoadConfig("threshold_framework", context.settings.threshold_framework,
                            ThresholdFiles(), domain::LoadThresholdFramework)),
      front_door_(LoadConfig("front_door", context.settings.front_door, FrontDoorFiles(),
                             domain::LoadFrontDoorSettings)),
      calendar_(LoadConfig("bank_holidays", context.settings.bank_holidays, BankHolidayFiles(),
                           domain::LoadBankHolidays)),
      people_(context.store, context.clock, name_variants_,
              service::DecisionRules{framework_, front_door_, calendar_, language_guide_}),
      contacts_(context.store, context.clock, language_guide_),
      decisions_(context.store, context.clock,
                 {framework_, front_door_, calendar_, language_guide_}),
      sign_in_(context.store, context.clock, context.settings.sign_in, context.settings.two_step,
               RealSleepUnlessGiven(context.settings.sleep)) {
  AddSignInRoutes();
  AddPageRoutes();
  AddAuditRoutes();
  AddPersonRoutes();
  AddPeopleApiRoutes();
  AddContactRoutes();
  AddDecisionRoutes();
  AddDecisionApiRoutes();
  AddApiRoutes();
  AddAssetRoutes();
}

http::Response WebApp::Handle(const http::Request& request) {
  http::Response response;
  try {
    response = Authorise(request);
  } catch (const std::exception& error) {
    spdlog::error("event=request_failed error=\"{}\"", error.what());
    response = ErrorPage(request, 500);
  }
  AddSecurityHeaders(response);
  return response;
}

http::Response WebApp::Authorise(const http::Request& request) {
  const RouteMatch match = router_.Match(request);
  if (!match.route) {
    http::Response response = ErrorPage(request, match.allowed.empty() ? 404 : 405);
    if (!match.allowed.empty()) response.SetHeader("Allow", match.allowed);
    return response;
  }
  const Route& route = *match.route;
  const auto answer = [&](const service::Identity* identity) {
    http::Response response = route.controller({request, match.params, identity});
    response.route = route.pattern;
    return response;
  };
  if (domain::IsPublic(route.action)) return answer(nullptr);

  const bool api = IsApiPath(request.path);
  const std::string action(domain::ActionCode(route.action));
  const auto identity =
      api ? sign_in_.AuthenticateApiToken(BearerToken(request), request.client_address)
          : sign_in_.AuthenticateSession(CookieValue(request.Header("Cookie"), kSessionCookie),
                                         request.client_address);
  if (!identity) {
    audit_.Record({"", "", request.client_address}, {action, "", domain::AuditOutcome::kRefused,
                                                     api ? "no valid API token" : "not signed in"});
    if (api) {
      http::Response refusal =
          JsonError(401, "Sign in first: send a valid API token as Authorization: Bearer TOKEN");
      refusal.SetHeader("WWW-Authenticate", "Bearer");
      refusal.route = route.pattern;
      return refusal;
    }
    http::Response redirect = RedirectResponse(
        request.method == "GET" ? "/sign-in?return_to=" + PercentEncode(request.target)
                                : "/sign-in");
    redirect.route = route.pattern;
    return redirect;
  }
  if (!api && sign_in_.TwoStepPending(*identity) && !route.before_second_step) {
    return RedirectResponse(
        (identity->user.totp_enabled ? "/two-step?return_to=" : "/two-step/setup?return_to=") +
        PercentEncode(request.target));
  }
  if (!domain::IsAllowed(identity->user.role, route.action)) {
    audit_.Record(identity->AsActor(),
                  {action, "", domain::AuditOutcome::kRefused, "role not permitted"});
    http::Response refusal =
        api ? JsonError(403, "Your role does not allow this") : ErrorPage(request, 403, &*identity);
    refusal.route = route.pattern;
    return refusal;
  }
  if (!api && request.method != "GET") {
    const auto fields = DecodeForm(request.body);
    const std::string sent = fields ? FormValue(*fields, "csrf_token") : "";
    if (!identity->session || !service::ConstantTimeEquals(sent, identity->session->csrf_token)) {
      audit_.Record(identity->AsActor(),
                    {action, "", domain::AuditOutcome::kRefused, "form token missing or wrong"});
      http::Response refusal = ErrorPage(request, 419, &*identity);
      refusal.route = route.pattern;
      return refusal;
    }
  }
  return answer(&*identity);
}

std::string WebApp::Page(std::string_view name, nlohmann::json view,
                         const RequestContext& context) {
  if (context.identity && context.identity->session) {
    view["csrf_token"] = context.identity->session->csrf_token;
  }
  return pages_.Render(name, view, context.request.path, context.identity);
}

http::Response WebApp::ErrorPage(const http::Request& request, int status,
                                 const service::Identity* identity) {
  if (IsApiPath(request.path)) {
    switch (status) {
      case 404:
        return JsonError(404, "There is nothing at this address");
      case 405:
        return JsonError(405, "This address does not take " + request.method + " requests");
      default:
        return JsonError(500, "Sorry, there is a problem with the service. Try again later.");
    }
  }
  try {
    const PathParams no_params;
    const RequestContext context{request, no_params, identity};
    switch (status) {
      case 403:
        return HtmlResponse(403, Page("forbidden",
                                      {{"title", "You cannot see this page"},
                                       {"heading", "You cannot see this page"},
                                       {"explanation",
                                        "Your role does not give you access to it. If you need it "
                                        "for your work, ask your manager."}},
                                      context));
      case 404:
        return HtmlResponse(404, Page("not_found", {{"title", "Page not found"}}, context));
      case 405:
        return HtmlResponse(
            405, Page("method_not_allowed", {{"title", "This page cannot do that"}}, context));
      case 419:
        // 403 on the wire: the form token did not match, most likely an old or copied form.
        return HtmlResponse(
            403,
            Page("forbidden",
                 {{"title", "This form has expired"},
                  {"heading", "This form has expired"},
                  {"explanation", "Nothing was saved. Go back, reload the page and try again."}},
                 context));
      default:
        return HtmlResponse(
            500, Page("server_error", {{"title", "Sorry, there is a problem with the service"}},
                      context));
    }
  } catch (const std::exception& error) {
    spdlog::error("event=error_page_failed error=\"{}\"", error.what());
    http::Response plain;
    plain.status = status == 419 ? 403 : status;
    plain.SetHeader("Content-Type", "text/plain; charset=utf-8");
    plain.body = "Sorry, there is a problem with the service.\n";
    return plain;
  }
}

void WebApp::AddAssetRoutes() {
  router_.Add("GET", "/assets/{file*}", domain::Action::kPublic,
              [this](const RequestContext& context) {
                const Asset* asset = context_.assets.Find(context.params.at("file"));
                if (!asset) return ErrorPage(context.request, 404);
                http::Response response;
                response.SetHeader("Content-Type", asset->content_type);
                // The name changes whenever the content does, so the browser may keep it for a
                // year.
                response.SetHeader("Cache-Control", "public, max-age=31536000, immutable");
                response.body = asset->body;
                return response;
              });
}

}  // namespace frontdoor::web
