// src/web/check_api_controller.hpp — the JSON API for checks with partner agencies: asking them,
// the checks waiting, and answering.
#pragma once

#include "service/check_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! Checks, as JSON. Partner agencies' systems see and answer only their own agency's.
class CheckApiController {
 public:
  explicit CheckApiController(service::CheckService& checks) : checks_(checks) {}

  void AddRoutes(Router& router);

 private:
  service::CheckService& checks_;
};

}  // namespace frontdoor::web
