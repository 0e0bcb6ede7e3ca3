// src/domain/idempotency.hpp — a request that may be sent again safely: the Idempotency-Key a
// partner's system sends with it, and what makes two requests the same one.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

#include "domain/validation.hpp"

namespace frontdoor::domain {

//! How long a key is kept: a request sent again with it within this time changes nothing more.
inline constexpr std::chrono::hours kIdempotencyKeyKeptFor{24};
//! The longest key taken, in characters.
inline constexpr std::size_t kIdempotencyKeyMaxLength = 255;
//! The header it comes in, which is also the field a refusal names.
inline constexpr std::string_view kIdempotencyKeyHeader = "Idempotency-Key";

//! A request that carries a key: the key and a fingerprint of what was asked (method, path and
//! body), so that the key sent again with something else is refused rather than answered.
struct IdempotentRequest {
  std::string key;
  std::string fingerprint;
};

//! What was kept of the first request with a key: its fingerprint and the record it made.
struct KeptRequest {
  std::string fingerprint;
  std::int64_t record_id = 0;
};

//! Reads the header's value: a key of 1 to 255 visible ASCII characters, as a token or a
//! quoted string (the structured-field form of the IETF's Idempotency-Key draft). Returns the
//! request, or the error naming the header.
std::variant<IdempotentRequest, FieldError> ReadIdempotencyKey(std::string_view header,
                                                               std::string_view method,
                                                               std::string_view path,
                                                               std::string_view body);

//! What the access audit says of a request sent again with its key, and of a key sent again with
//! a different request.
inline constexpr std::string_view kSentAgainAudit =
    "sent again with its Idempotency-Key: nothing more recorded";
inline constexpr std::string_view kKeyReusedAudit =
    "not saved: Idempotency-Key sent before with a different request";

//! The refusal when a key already kept is sent with a different request.
FieldError IdempotencyKeyReused();

}  // namespace frontdoor::domain
