// src/web/home_controller.hpp — the start page, the accessibility statement and feedback about the
// service.
#pragma once

#include "service/feedback_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Pages anyone signed in (or anyone at all) may see.
class HomeController {
 public:
  HomeController(const Pages& pages, service::FeedbackService& feedback)
      : pages_(pages), feedback_(feedback) {}

  void AddRoutes(Router& router);

 private:
  http::Response Home(const RequestContext& context) const;
  http::Response FeedbackForm(const RequestContext& context, int status,
                              const domain::FeedbackDraft& draft,
                              const domain::FieldErrors& errors) const;
  http::Response SendFeedback(const RequestContext& context) const;

  const Pages& pages_;
  service::FeedbackService& feedback_;
};

}  // namespace frontdoor::web
