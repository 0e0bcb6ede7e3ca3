// src/domain/idempotency.cpp — reading an Idempotency-Key and fingerprinting its request.
#include "domain/idempotency.hpp"

#include "domain/digest.hpp"

namespace frontdoor::domain {

namespace {

FieldError KeyError(std::string message) {
  return FieldError{std::string(kIdempotencyKeyHeader), std::move(message)};
}

}  // namespace

std::variant<IdempotentRequest, FieldError> ReadIdempotencyKey(std::string_view header,
                                                               std::string_view method,
                                                               std::string_view path,
                                                               std::string_view body) {
  std::string_view key = header;
  if (key.size() >= 2 && key.front() == '"' && key.back() == '"') {
    key = key.substr(1, key.size() - 2);
  }
  if (key.empty()) return KeyError("The Idempotency-Key is empty: send a new key for each request");
  if (key.size() > kIdempotencyKeyMaxLength) {
    return KeyError("The Idempotency-Key must be " + std::to_string(kIdempotencyKeyMaxLength) +
                    " characters or fewer");
  }
  for (const char c : key) {
    if (c < 0x21 || c > 0x7e || c == '"' || c == '\\') {
      return KeyError(
          "The Idempotency-Key may hold only visible ASCII characters, without quotes or "
          "backslashes (a UUID is a good key)");
    }
  }
  std::string asked;
  asked.reserve(method.size() + path.size() + body.size() + 2);
  asked.append(method).append(" ").append(path).append("\n").append(body);
  return IdempotentRequest{std::string(key), Sha256Hex(asked)};
}

FieldError IdempotencyKeyReused() {
  return KeyError(
      "This Idempotency-Key was sent before with a different request: send a new key for a new "
      "request, or the same request again to be told what it made");
}

}  // namespace frontdoor::domain
