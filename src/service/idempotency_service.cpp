// src/service/idempotency_service.cpp — Idempotency-Keys whose answer is kept, and forgetting
// keys once they are a day old.
#include "service/idempotency_service.hpp"

#include "service/access_audit_service.hpp"

namespace frontdoor::service {

KeyedRequest IdempotencyService::Begin(const Identity& by, domain::Action action,
                                       const domain::IdempotentRequest& request) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> KeyedRequest {
    const auto kept =
        records.idempotency.Claim(by.user.id, request, now, now - domain::kIdempotencyKeyKeptFor);
    if (!kept) return AnswerIt{};
    if (kept->fingerprint != request.fingerprint) {
      AuditAllowed(records, by, now, action, "", std::string(domain::kKeyReusedAudit));
      return KeyReused{};
    }
    if (!kept->answer) return StillBeingAnswered{};
    AuditAllowed(records, by, now, action, "", std::string(domain::kSentAgainAudit));
    return *kept->answer;
  });
}

void IdempotencyService::Answered(const Identity& by, std::string_view key,
                                  const domain::KeptAnswer& answer) {
  store_.Write(
      [&](store::Records& records) { records.idempotency.Answered(by.user.id, key, answer); });
}

void IdempotencyService::Release(const Identity& by, std::string_view key) {
  store_.Write([&](store::Records& records) { records.idempotency.Release(by.user.id, key); });
}

std::int64_t IdempotencyService::ForgetOldKeys() {
  const auto kept_since = clock_.Now() - domain::kIdempotencyKeyKeptFor;
  return store_.WriteResult(
      [&](store::Records& records) { return records.idempotency.ForgetBefore(kept_since); });
}

}  // namespace frontdoor::service
