// src/store/idempotency_records.hpp — Idempotency-Keys kept with the record their request made.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/clock.hpp"
#include "domain/idempotency.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! Each account's keys, kept for a day.
class IdempotencyRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Claims `request`'s key for `user_id` until the end of the transaction, after forgetting the
  //! key if it was kept before `kept_since`. Returns nothing when the key is now this request's;
  //! otherwise what was kept of the request that has it. On PostgreSQL a request with the same key
  //! still being written is waited for, so two sent at once make one record.
  std::optional<domain::KeptRequest> Claim(std::int64_t user_id,
                                           const domain::IdempotentRequest& request,
                                           domain::Timestamp now, domain::Timestamp kept_since);
  //! Notes the record the claimed key's request made.
  void Made(std::int64_t user_id, std::string_view key, std::int64_t record_id);
  //! Keeps the answer the claimed key's request was given.
  void Answered(std::int64_t user_id, std::string_view key, const domain::KeptAnswer& answer);
  //! Lets a claimed key go (its request was refused and made nothing).
  void Release(std::int64_t user_id, std::string_view key);
  //! Forgets every key kept before `kept_since`; returns how many.
  std::int64_t ForgetBefore(domain::Timestamp kept_since);
};

}  // namespace frontdoor::store
