// src/web/contact_api_controller.hpp — the JSON API for contacts: recording one, and reading one
// with each child's history at intake.
#pragma once

#include "service/contact_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Contacts, as JSON.
class ContactApiController {
 public:
  explicit ContactApiController(service::ContactService& contacts) : contacts_(contacts) {}

  void AddRoutes(Router& router);

 private:
  http::Response RecordContact(const RequestContext& context, const nlohmann::json& body,
                               domain::FieldErrors& errors) const;

  service::ContactService& contacts_;
};

}  // namespace frontdoor::web
