// src/web/contact_controller.hpp — recording a contact and the contact page: each child's history
// at intake and everything that has happened since.
#pragma once

#include "service/contact_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Contacts, as pages.
class ContactController {
 public:
  ContactController(const Pages& pages, service::ContactService& contacts,
                    const service::DecisionRules& rules, const domain::Clock& clock)
      : pages_(pages), contacts_(contacts), rules_(rules), clock_(clock) {}

  void AddRoutes(Router& router);

 private:
  http::Response NewContact(const RequestContext& context) const;
  http::Response ContactForm(const RequestContext& context, int status,
                             const service::ContactForm& form, const domain::ContactDraft& draft,
                             const domain::FieldErrors& errors) const;
  http::Response RecordContact(const RequestContext& context) const;
  http::Response ContactPage(const RequestContext& context,
                             const service::ContactView& shown) const;

  const Pages& pages_;
  service::ContactService& contacts_;
  service::DecisionRules rules_;  // points into the configuration
  const domain::Clock& clock_;
};

}  // namespace frontdoor::web
