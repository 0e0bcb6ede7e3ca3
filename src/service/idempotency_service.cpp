// src/service/idempotency_service.cpp — forgetting Idempotency-Keys once they are a day old.
#include "service/idempotency_service.hpp"

#include "domain/idempotency.hpp"

namespace frontdoor::service {

std::int64_t IdempotencyService::ForgetOldKeys() {
  const auto kept_since = clock_.Now() - domain::kIdempotencyKeyKeptFor;
  return store_.WriteResult(
      [&](store::Records& records) { return records.idempotency.ForgetBefore(kept_since); });
}

}  // namespace frontdoor::service
