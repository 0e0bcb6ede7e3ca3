// src/domain/idempotency.hpp — a request that may be sent again safely: the Idempotency-Key a
// partner's system sends with it, and what makes two requests the same one.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
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

//! The answer given to the first request with a key, kept to be given again: its status, body
//! and Location (empty when it had none).
struct KeptAnswer {
  int status = 0;
  std::string body;
  std::string location;
  bool operator==(const KeptAnswer&) const = default;
};

//! What was kept of the first request with a key: its fingerprint, and the record it made (for a
//! use case that keeps its key in its own transaction) or the answer it was given (for one whose
//! answer is kept after it); neither while that request is still being answered.
struct KeptRequest {
  std::string fingerprint;
  std::int64_t record_id = 0;
  std::optional<KeptAnswer> answer;
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

//! The refusal when a request with the key is still being answered, or was begun and its answer
//! is not known (the server stopped part-way): a record may have been made.
inline constexpr std::string_view kKeyStillBeingAnswered =
    "A request with this Idempotency-Key is still being answered, or was begun and its answer is "
    "not known: wait a moment and send it again; if this goes on, look for the record before "
    "sending the request with a new key";

}  // namespace frontdoor::domain
