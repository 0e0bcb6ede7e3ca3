// src/service/health_service.cpp — the health check behind GET /health.
#include "service/health_service.hpp"

namespace frontdoor::service {

HealthReport HealthService::Check() {
  HealthReport report;
  report.database = std::string(store::DatabaseKindName(store_.Kind()));
  try {
    const store::SchemaStatus schema = store_.Schema();
    report.schema_version = schema.applied;
    report.ok = schema.applied == schema.known;
    if (!report.ok) {
      report.problem = "database schema is version " + std::to_string(schema.applied) +
                       ", this build expects " + std::to_string(schema.known);
    }
  } catch (const store::StoreError& error) {
    report.problem = "database unavailable";
  }
  return report;
}

}  // namespace frontdoor::service
