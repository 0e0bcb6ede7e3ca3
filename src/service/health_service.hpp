// src/service/health_service.hpp — is the service able to work: the database answers and its schema
// is current.
#pragma once

#include <string>

#include "store/store.hpp"

namespace frontdoor::service {

//! What /health reports.
struct HealthReport {
  bool ok = false;
  std::string database;  //!< "sqlite" or "postgresql"
  int schema_version = 0;
  std::string problem;  //!< why not ok, in words for an operator
};

//! Checks the database with one read transaction.
HealthReport CheckHealth(store::Store& store);

}  // namespace frontdoor::service
