// src/web/decision_controller.hpp — the pages after a contact: consent, the manager's reason the
// checks are not needed, the oversight and its decision, and allocation of the children.
#pragma once

#include "service/decision_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Decisions on contacts, as pages.
class DecisionController {
 public:
  DecisionController(const Pages& pages, service::DecisionService& decisions,
                     const service::DecisionRules& rules)
      : pages_(pages), decisions_(decisions), rules_(rules) {}

  void AddRoutes(Router& router);

 private:
  //! A form about a contact: the form's own view, with the contact's reference as its caption.
  http::Response FormPage(const RequestContext& context, int status, const char* name,
                          const service::ContactProgress& progress, nlohmann::json view) const;
  http::Response ConsentForm(const RequestContext& context, int status,
                             const service::ContactProgress& progress,
                             const domain::ConsentDraft& draft,
                             const domain::FieldErrors& errors) const;
  http::Response NotNeededForm(const RequestContext& context, int status,
                               const service::ContactProgress& progress, const std::string& reason,
                               const domain::FieldErrors& errors) const;
  http::Response OversightForm(const RequestContext& context, int status,
                               const service::ContactProgress& progress,
                               const domain::OversightDraft& draft,
                               const domain::FieldErrors& errors) const;
  http::Response AllocationForm(const RequestContext& context, int status,
                                const service::AllocationForm& form,
                                const service::AllocationDraft& draft,
                                const domain::FieldErrors& errors) const;
  //! The form on GET: the contact's progress, or no such page when it is restricted.
  template <typename Show>
  http::Response ShowForm(const RequestContext& context, std::int64_t id, Show show) const;

  const Pages& pages_;
  service::DecisionService& decisions_;
  service::DecisionRules rules_;  // points into the configuration
};

}  // namespace frontdoor::web
