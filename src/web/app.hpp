// src/web/app.hpp — the web application: every request passes here (route, identify, authorise,
// check the form token, decode the form once) on its way to its area's controller.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"
#include "service/services.hpp"
#include "web/assets.hpp"
#include "web/controller.hpp"
#include "web/router.hpp"
#include "web/routes.hpp"

namespace frontdoor::web {

//! How the pages are served.
struct WebSettings {
  //! Set when users reach the service over TLS: cookies are Secure and responses carry
  //! Strict-Transport-Security.
  bool secure_cookies = false;
  std::string issuer = "frontdoor";  //!< the name authenticator apps show
  //! What /metrics shows, and the client addresses that may read it (no one else sees it exists).
  const http::RequestMetrics* metrics = nullptr;
  std::vector<std::string> metrics_from;
  //! More for /metrics (figures from outside the web application), in Prometheus' text format.
  std::function<std::string()> more_metrics;
};

//! What the web application is built from.
struct AppContext {
  const domain::Clock& clock;
  const AssetCatalogue& assets;
  const service::Configuration& configuration;
  service::Services& services;
  WebSettings settings = {};
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

 private:
  http::Response Authorise(const http::Request& request);
  //! Answers a matched request from `identity` (nullptr on public routes) signed in by
  //! `session_token` (a page's), after decoding its path id, query, form or JSON body.
  http::Response Answer(const Route& route, const http::Request& request, const PathParams& params,
                        const service::Identity* identity, std::string_view session_token);

  AppContext context_;
  Pages pages_;
  Controllers controllers_;
  Router router_;
};

}  // namespace frontdoor::web
