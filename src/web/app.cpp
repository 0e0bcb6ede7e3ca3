// src/web/app.cpp — every request passes here: route, identify, authorise, check the form token,
// decode the form once, then the controller.
#include "web/app.hpp"

#include <spdlog/spdlog.h>

#include "service/credentials.hpp"
#include "version.hpp"
#include "web/cookies.hpp"
#include "web/kept_answers.hpp"

namespace frontdoor::web {

namespace {

// Scripts and styles only from this service, no inline code, no framing.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'";

void AddSecurityHeaders(http::Response& response, bool over_tls) {
  response.SetHeader("Content-Security-Policy", kContentSecurityPolicy);
  // Reached over TLS: browsers are to keep using it for a year.
  if (over_tls) response.SetHeader("Strict-Transport-Security", "max-age=31536000");
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

}  // namespace

WebApp::WebApp(AppContext context)
    : context_(context),
      pages_(context.assets, kVersion, context.services.sign_in.SessionIdle()),
      controllers_{
          {pages_, context.services.sign_in, context.services.accounts, context.services.audit,
           context.settings.secure_cookies, context.settings.issuer},
          {pages_, context.services.feedback},
          {pages_, context.services.audit, context.services.accounts,
           context.configuration.front_door},
          {pages_, context.services.people, context.configuration.Rules()},
          {pages_, context.services.contacts, context.configuration.Rules(), context.clock},
          {pages_, context.services.people, context.services.contacts},
          {pages_, context.services.decisions, context.configuration.Rules(), context.clock},
          {pages_, context.services.case_steps, context.configuration.Rules()},
          {pages_, context.services.checks, context.services.decisions,
           context.configuration.Rules(), context.clock},
          {pages_, context.services.reports, context.configuration.Rules()},
          {pages_, context.services.returns, context.configuration.Rules(), context.clock},
          {pages_, context.services.imports},
          {pages_, context.services.case_audits, context.clock},
          {pages_, context.services.plan},
          {pages_, context.services.dashboard, context.configuration.Rules(), context.clock},
          {context.services.health, context.services.feedback, context.services.contacts,
           context.configuration}} {
  AddRoutes(router_, controllers_);
  // Prometheus' scrape, for the addresses allowed; no one else learns it is there.
  router_.Add("GET", "/metrics", domain::Action::kPublic, [this](const RequestContext& request) {
    const auto& allowed = context_.settings.metrics_from;
    if (!context_.settings.metrics ||
        std::find(allowed.begin(), allowed.end(), request.request.client_address) == allowed.end())
      return pages_.Error(request, 404);
    http::Response response;
    response.SetHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    response.body = context_.settings.metrics->Render(
        context_.settings.more_metrics ? context_.settings.more_metrics() : std::string());
    return response;
  });
  router_.Add("GET", "/assets/{file*}", domain::Action::kPublic,
              [this](const RequestContext& request) {
                const Asset* asset = context_.assets.Find(request.params.at("file"));
                if (!asset) return pages_.Error(request, 404);
                http::Response response;
                response.SetHeader("Content-Type", asset->content_type);
                // The name changes whenever the content does: browsers may keep it for a year.
                response.SetHeader("Cache-Control", "public, max-age=31536000, immutable");
                response.body = asset->body;
                return response;
              });
}

http::Response WebApp::Handle(const http::Request& request) {
  http::Response response;
  try {
    response = Authorise(request);
  } catch (const std::exception& error) {
    spdlog::error("event=request_failed error=\"{}\"", error.what());
    response = pages_.Error(request, 500);
  }
  AddSecurityHeaders(response, context_.settings.secure_cookies);
  return response;
}

http::Response WebApp::Authorise(const http::Request& request) {
  const RouteMatch match = router_.Match(request);
  if (!match.route) {
    http::Response response = pages_.Error(request, match.allowed.empty() ? 404 : 405);
    if (!match.allowed.empty()) response.SetHeader("Allow", match.allowed);
    return response;
  }
  const Route& route = *match.route;
  const auto refused = [&](http::Response response) {
    response.route = route.pattern;
    return response;
  };
  if (domain::IsPublic(route.action)) return Answer(route, request, match.params, nullptr, "");

  const bool api = IsApiPath(request.path);
  auto& services = context_.services;
  const std::string session_token = api ? ""
                                        : Cookies(context_.settings.secure_cookies)
                                              .Value(request.Header("Cookie"), kSessionCookie);
  const auto identity =
      api ? services.sign_in.AuthenticateApiToken(BearerToken(request), request.client_address)
          : services.sign_in.AuthenticateSession(session_token, request.client_address);
  // A refusal names the records the request was for.
  const std::string records = RecordsNamed(route.pattern, match.params);
  if (!identity) {
    services.audit.Record({"", "", request.client_address},
                          {route.action, records, domain::AuditOutcome::kRefused,
                           api ? "no valid API token" : "not signed in"});
    if (!api)
      return refused(RedirectResponse(request.method == "GET"
                                          ? "/sign-in?return_to=" + PercentEncode(request.target)
                                          : "/sign-in?timed_out=1"));
    http::Response refusal =
        JsonError(401, "Sign in first: send a valid API token as Authorization: Bearer TOKEN");
    refusal.SetHeader("WWW-Authenticate", "Bearer");
    return refused(std::move(refusal));
  }
  if (!api && services.sign_in.TwoStepPending(*identity) && !route.before_second_step) {
    return RedirectResponse(
        (identity->user.totp_enabled ? "/two-step?return_to=" : "/two-step/setup?return_to=") +
        PercentEncode(request.target));
  }
  if (!domain::IsAllowed(identity->user.role, route.action)) {
    services.audit.Record(
        identity->AsActor(),
        {route.action, records, domain::AuditOutcome::kRefused, "role not permitted"});
    return refused(pages_.Error(request, 403, &*identity));
  }
  return Answer(route, request, match.params, &*identity, session_token);
}

http::Response WebApp::Answer(const Route& route, const http::Request& request,
                              const PathParams& params, const service::Identity* identity,
                              std::string_view session_token) {
  const auto routed = [&](http::Response response) {
    response.route = route.pattern;
    return response;
  };
  // The path's record id (the router matches {id} only to a positive whole number).
  const std::int64_t id = PathId(params).value_or(0);
  // A page's form, or an API call's JSON body (an empty object when nothing was sent).
  const bool api = IsApiPath(request.path);
  const bool sends = request.method != "GET" && request.method != "HEAD";
  const auto form = sends && !api ? DecodeForm(request.body) : std::optional<Form>(Form{});
  nlohmann::json body = nlohmann::json::object();
  if (sends && api && !(request.body.empty() && request.Header("Content-Type").empty())) {
    http::Response refusal;
    auto read = ReadJsonObject(request, refusal);
    if (!read) return routed(std::move(refusal));
    body = std::move(*read);
  }
  const bool form_token_ok =
      !identity || !sends || api ||
      (form && identity->session &&
       service::ConstantTimeEquals(form->Value("csrf_token"), identity->session->csrf_token));
  if (!form || !form_token_ok) {
    context_.services.audit.Record(
        identity ? identity->AsActor() : service::Actor{"", "", request.client_address},
        {route.action, RecordsNamed(route.pattern, params), domain::AuditOutcome::kRefused,
         "form token missing or wrong"});
    return routed(pages_.Error(request, 419, identity));
  }
  const auto query = DecodeForm(request.query);
  const Form no_query;
  const auto answer = [&] {
    return route.controller(
        {request, params, id, query ? *query : no_query, *form, body, identity, session_token});
  };
  if (route.keeps_answer_by_key && identity) {
    return routed(
        AnswerOnceByKey(context_.services.idempotency, route.action, request, *identity, answer));
  }
  return routed(answer());
}

}  // namespace frontdoor::web
