// src/web/audit_controller.hpp — the auditor's access audit page and break-glass reviews, and the
// administrator's accounts page.
#pragma once

#include "service/access_audit_service.hpp"
#include "service/account_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Who looked at what, and who may look.
class AuditController {
 public:
  AuditController(const Pages& pages, service::AccessAuditService& audit,
                  service::AccountService& accounts)
      : pages_(pages), audit_(audit), accounts_(accounts) {}

  void AddRoutes(Router& router);

 private:
  http::Response AccessAudit(const RequestContext& context) const;
  http::Response Accounts(const RequestContext& context) const;

  const Pages& pages_;
  service::AccessAuditService& audit_;
  service::AccountService& accounts_;
};

}  // namespace frontdoor::web
