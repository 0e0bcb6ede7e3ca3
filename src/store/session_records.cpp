// src/store/session_records.cpp — sessions' and tokens' statements and row mappers, for both
// databases.
#include "store/session_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

constexpr const char* kSessionColumns =
    "SELECT id, token_hash, user_id, created_at, last_seen_at, two_step_passed, csrf_token, "
    "ended_at FROM sessions ";
constexpr const char* kTokenColumns =
    "SELECT id, token_hash, user_id, created_at, expires_at, revoked_at FROM api_tokens ";

domain::Session ReadSession(const SqlRow& row) {
  return {row.Int(0),  row.Text(1), row.Int(2),  row.Time(3),
          row.Time(4), row.Bool(5), row.Text(6), row.OptionalTime(7)};
}

domain::ApiToken ReadToken(const SqlRow& row) {
  return {row.Int(0),  row.Text(1),         row.Int(2),
          row.Time(3), row.OptionalTime(4), row.OptionalTime(5)};
}

}  // namespace

std::int64_t SessionRecords::AddSession(const domain::Session& session) {
  return sql_.Insert(
      "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, two_step_passed, "
      "csrf_token, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {session.token_hash, session.user_id, session.created_at, session.last_seen_at,
       session.two_step_passed, session.csrf_token, session.ended_at});
}

std::optional<domain::Session> SessionRecords::FindSessionByTokenHash(std::string_view token_hash) {
  return sql_.One(std::string(kSessionColumns) + "WHERE token_hash = ?", {token_hash}, ReadSession);
}

void SessionRecords::TouchSession(std::int64_t id, domain::Timestamp at) {
  sql_.Execute("UPDATE sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL", {at, id});
}

void SessionRecords::PassSecondStep(std::int64_t id) {
  sql_.Execute("UPDATE sessions SET two_step_passed = TRUE WHERE id = ? AND ended_at IS NULL",
               {id});
}

void SessionRecords::EndSession(std::int64_t id, domain::Timestamp at) {
  sql_.Execute("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL", {at, id});
}

void SessionRecords::EndSessionsOf(std::int64_t user_id, domain::Timestamp at) {
  sql_.Execute("UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL",
               {at, user_id});
}

std::int64_t SessionRecords::AddToken(const domain::ApiToken& token) {
  return sql_.Insert(
      "INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at, revoked_at) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {token.token_hash, token.user_id, token.created_at, token.expires_at, token.revoked_at});
}

std::optional<domain::ApiToken> SessionRecords::FindToken(std::int64_t id) {
  return sql_.One(std::string(kTokenColumns) + "WHERE id = ?", {id}, ReadToken);
}

std::optional<domain::ApiToken> SessionRecords::FindTokenByHash(std::string_view token_hash) {
  return sql_.One(std::string(kTokenColumns) + "WHERE token_hash = ?", {token_hash}, ReadToken);
}

void SessionRecords::RevokeToken(std::int64_t id, domain::Timestamp at) {
  sql_.Execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
               {at, id});
}

}  // namespace frontdoor::store
