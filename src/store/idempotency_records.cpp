// src/store/idempotency_records.cpp — Idempotency-Keys' statements and row mapper, for both
// databases.
#include "store/idempotency_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

std::optional<domain::KeptRequest> IdempotencyRecords::Claim(
    std::int64_t user_id, const domain::IdempotentRequest& request, domain::Timestamp now,
    domain::Timestamp kept_since) {
  sql_.Execute(
      "DELETE FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ? AND created_at < ?",
      {user_id, request.key, kept_since});
  const bool claimed =
      sql_.Execute(
          "INSERT INTO idempotency_keys (user_id, idempotency_key, fingerprint, created_at) "
          "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, idempotency_key) DO NOTHING",
          {user_id, request.key, request.fingerprint, now}) == 1;
  if (claimed) return std::nullopt;
  return sql_.One(
      "SELECT fingerprint, record_id, answer_status, answer_body, answer_location FROM "
      "idempotency_keys WHERE user_id = ? AND idempotency_key = ?",
      {user_id, request.key}, [](const SqlRow& row) {
        domain::KeptRequest kept{row.Text(0), row.IsNull(1) ? 0 : row.Int(1), std::nullopt};
        if (!row.IsNull(2))
          kept.answer = domain::KeptAnswer{int(row.Int(2)), row.Text(3), row.Text(4)};
        return kept;
      });
}

void IdempotencyRecords::Made(std::int64_t user_id, std::string_view key, std::int64_t record_id) {
  sql_.Execute(
      "UPDATE idempotency_keys SET record_id = ? WHERE user_id = ? AND idempotency_key = ?",
      {record_id, user_id, key});
}

void IdempotencyRecords::Answered(std::int64_t user_id, std::string_view key,
                                  const domain::KeptAnswer& answer) {
  sql_.Execute(
      "UPDATE idempotency_keys SET answer_status = ?, answer_body = ?, answer_location = ? WHERE "
      "user_id = ? AND idempotency_key = ?",
      {std::int64_t(answer.status), answer.body, answer.location, user_id, key});
}

void IdempotencyRecords::Release(std::int64_t user_id, std::string_view key) {
  sql_.Execute("DELETE FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?",
               {user_id, key});
}

std::int64_t IdempotencyRecords::ForgetBefore(domain::Timestamp kept_since) {
  return sql_.Execute("DELETE FROM idempotency_keys WHERE created_at < ?", {kept_since});
}

}  // namespace frontdoor::store
