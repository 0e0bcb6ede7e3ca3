// src/web/app.hpp — the web application: every route, security headers, and error pages.
#pragma once

#include "domain/clock.hpp"
#include "http/message.hpp"
#include "service/feedback_service.hpp"
#include "store/store.hpp"
#include "web/assets.hpp"
#include "web/router.hpp"
#include "web/views.hpp"

namespace frontdoor::web {

//! What the web application needs from the running service.
struct AppContext {
  store::Store& store;
  const domain::Clock& clock;
  const AssetCatalogue& assets;
};

//! Routes requests to controllers. Thread-safe: the transport calls Handle from many threads.
class WebApp {
 public:
  explicit WebApp(AppContext context);

  //! Answers one request; never throws (an unexpected failure becomes a 500 page).
  http::Response Handle(const http::Request& request) const;
  //! Every route, for tests.
  const Router& Routes() const { return router_; }

 private:
  http::Response Fallback(const http::Request& request, int status) const;
  void AddPageRoutes();
  void AddApiRoutes();
  void AddAssetRoutes();

  AppContext context_;
  PageRenderer pages_;
  service::FeedbackService feedback_;
  Router router_;
};

}  // namespace frontdoor::web
