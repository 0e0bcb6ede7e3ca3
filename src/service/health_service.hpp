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

//! Whether the service can work: the database answers and its schema is this build's.
class HealthService {
 public:
  explicit HealthService(store::Store& store) : store_(store) {}
  //! Checks the database with one read transaction.
  HealthReport Check();

 private:
  store::Store& store_;
};

}  // namespace frontdoor::service
