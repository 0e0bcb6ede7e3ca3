// src/service/idempotency_service.hpp — forgetting Idempotency-Keys once they are a day old.
#pragma once

#include <cstdint>

#include "domain/clock.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! The keys partner systems send with requests that create records. Claiming and keeping them is
//! done by each use case in its own transaction; this forgets them when their day is over.
class IdempotencyService {
 public:
  IdempotencyService(store::Store& store, const domain::Clock& clock)
      : store_(store), clock_(clock) {}
  //! Forgets every key kept for longer than a day; returns how many.
  std::int64_t ForgetOldKeys();

 private:
  store::Store& store_;
  const domain::Clock& clock_;
};

}  // namespace frontdoor::service
