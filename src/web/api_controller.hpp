// src/web/api_controller.hpp — the API's own routes and what every signed-in person may ask:
// health, the OpenAPI document, who am I, feedback, the threshold framework, and the plain-language
// check (for pages' text boxes as they are typed in, and for the API).
#pragma once

#include "service/configuration.hpp"
#include "service/contact_service.hpp"
#include "service/feedback_service.hpp"
#include "service/health_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Routes that belong to no one area.
class ApiController {
 public:
  ApiController(service::HealthService& health, service::FeedbackService& feedback,
                const service::ContactService& contacts,
                const service::Configuration& configuration)
      : health_(health), feedback_(feedback), contacts_(contacts), configuration_(configuration) {}

  void AddRoutes(Router& router);

 private:
  http::Response Health() const;
  http::Response SendFeedback(const nlohmann::json& body, domain::FieldErrors& errors) const;
  http::Response CheckLanguage(const std::string& text) const;

  service::HealthService& health_;
  service::FeedbackService& feedback_;
  const service::ContactService& contacts_;
  const service::Configuration& configuration_;
};

}  // namespace frontdoor::web
