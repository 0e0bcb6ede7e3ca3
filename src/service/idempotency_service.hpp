// src/service/idempotency_service.hpp — Idempotency-Keys on requests whose answer is kept to be
// given again, and forgetting keys once they are a day old.
#pragma once

#include <cstdint>
#include <string_view>
#include <variant>

#include "domain/clock.hpp"
#include "domain/idempotency.hpp"
#include "domain/permissions.hpp"
#include "service/identity.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! Beginning a request with a key: it is this request's to answer (Answer it), it was answered
//! before (give that answer again), it is being answered still (or its answer is not known), or
//! it came before with a different request.
struct AnswerIt {};
struct StillBeingAnswered {};
struct KeyReused {};
using KeyedRequest = std::variant<AnswerIt, domain::KeptAnswer, StillBeingAnswered, KeyReused>;

//! The keys partner systems send with requests that create records. A use case that can keeps
//! its key in its own transaction (IdempotentWrite); for every other one the key is claimed
//! before the request is answered and its answer kept after. This also forgets keys when their
//! day is over.
class IdempotencyService {
 public:
  IdempotencyService(store::Store& store, const domain::Clock& clock)
      : store_(store), clock_(clock) {}
  //! Claims `request`'s key for `by`, or says what became of it; a request sent again, or a key
  //! sent with another request, is audited as `action`.
  KeyedRequest Begin(const Identity& by, domain::Action action,
                     const domain::IdempotentRequest& request);
  //! Keeps the answer given to the request that claimed `key`.
  void Answered(const Identity& by, std::string_view key, const domain::KeptAnswer& answer);
  //! Lets `key` go: its request was refused, or failed, and made nothing.
  void Release(const Identity& by, std::string_view key);
  //! Forgets every key kept for longer than a day; returns how many.
  std::int64_t ForgetOldKeys();

 private:
  store::Store& store_;
  const domain::Clock& clock_;
};

}  // namespace frontdoor::service
