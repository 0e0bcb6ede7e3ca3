// src/service/idempotent_write.hpp — the one way a use case that creates a record honours an
// Idempotency-Key, inside its own transaction.
#pragma once

#include <cstdint>
#include <optional>

#include "domain/clock.hpp"
#include "domain/idempotency.hpp"
#include "store/records.hpp"

namespace frontdoor::service {

//! Runs `work` (answering `Answer`) for a request that may carry an Idempotency-Key, in the
//! transaction of `records`. With a key, it is claimed first (waiting for a request with the same
//! key still being written): if it was kept already, the answer is `replay(record_id)` for the
//! same request (when that gives one) or else `reused()`, and `work` does not run. Otherwise the
//! key is kept with the id `made_id(answer)` says was made, or let go when it says 0 (refused).
template <typename Answer, typename Work, typename Replay, typename Reused, typename MadeId>
Answer IdempotentWrite(store::Records& records, std::int64_t user_id,
                       const std::optional<domain::IdempotentRequest>& request,
                       domain::Timestamp now, Work work, Replay replay, Reused reused,
                       MadeId made_id) {
  if (request) {
    const auto kept =
        records.idempotency.Claim(user_id, *request, now, now - domain::kIdempotencyKeyKeptFor);
    if (kept) {
      if (kept->fingerprint == request->fingerprint && kept->record_id > 0) {
        if (std::optional<Answer> again = replay(kept->record_id)) return std::move(*again);
      }
      return reused();
    }
  }
  Answer answer = work();
  if (request) {
    const std::int64_t made = made_id(answer);
    if (made > 0)
      records.idempotency.Made(user_id, request->key, made);
    else
      records.idempotency.Release(user_id, request->key);
  }
  return answer;
}

}  // namespace frontdoor::service
