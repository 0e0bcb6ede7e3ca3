// src/web/app.cpp — wiring routes, the security headers every response carries, and error answers.
#include "web/app.hpp"

#include <spdlog/spdlog.h>

#include "version.hpp"
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

}  // namespace

WebApp::WebApp(AppContext context)
    : context_(context),
      pages_(context.assets, kVersion),
      feedback_(context.store, context.clock),
      router_(
          [this](const http::Request& request, int status) { return Fallback(request, status); }) {
  AddPageRoutes();
  AddApiRoutes();
  AddAssetRoutes();
}

http::Response WebApp::Handle(const http::Request& request) const {
  http::Response response;
  try {
    response = router_.Dispatch(request);
  } catch (const std::exception& error) {
    spdlog::error("event=request_failed error=\"{}\"", error.what());
    response = Fallback(request, 500);
  }
  AddSecurityHeaders(response);
  return response;
}

http::Response WebApp::Fallback(const http::Request& request, int status) const {
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
    switch (status) {
      case 404:
        return HtmlResponse(404, pages_.Render("not_found", {{"title", "Page not found"}}, "/"));
      case 405:
        return HtmlResponse(
            405, pages_.Render("method_not_allowed", {{"title", "This page cannot do that"}}, "/"));
      default:
        return HtmlResponse(
            500, pages_.Render("server_error",
                               {{"title", "Sorry, there is a problem with the service"}}, "/"));
    }
  } catch (const std::exception& error) {
    spdlog::error("event=error_page_failed error=\"{}\"", error.what());
    http::Response plain;
    plain.status = status;
    plain.SetHeader("Content-Type", "text/plain; charset=utf-8");
    plain.body = "Sorry, there is a problem with the service.\n";
    return plain;
  }
}

void WebApp::AddAssetRoutes() {
  router_.Add("GET", "/assets/{file*}",
              [this](const http::Request& request, const PathParams& params) {
                const Asset* asset = context_.assets.Find(params.at("file"));
                if (!asset) return Fallback(request, 404);
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
