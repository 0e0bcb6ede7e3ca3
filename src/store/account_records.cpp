// src/store/account_records.cpp — accounts', sessions', tokens' and feedback's statements and row
// mappers, for both databases.
#include "store/account_records.hpp"

#include <limits>

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::string kUserFields =
    "u.id, u.username, u.role, u.agency, u.password_hash, u.disabled, u.failed_sign_ins, "
    "u.locked_until, u.totp_secret, u.totp_enabled, u.totp_last_step, u.created_at, u.full_name, "
    "u.job_title ";
const std::string kSessionFields =
    "s.id, s.token_hash, s.user_id, s.created_at, s.last_seen_at, s.two_step_passed, s.csrf_token, "
    "s.ended_at ";
const std::string kTokenFields =
    "t.id, t.token_hash, t.user_id, t.created_at, t.expires_at, t.revoked_at ";
constexpr int kSessionFieldCount = 8;
constexpr int kTokenFieldCount = 6;

const std::string kUserColumns = "SELECT " + kUserFields + "FROM users u ";
const std::string kTokenColumns = "SELECT " + kTokenFields + "FROM api_tokens t ";
// A credential and its holder in one row: the credential's columns, then the account's.
const std::string kSessionAndHolder = "SELECT " + kSessionFields + ", " + kUserFields +
                                      "FROM sessions s JOIN users u ON u.id = s.user_id ";
const std::string kTokenAndHolder = "SELECT " + kTokenFields + ", " + kUserFields +
                                    "FROM api_tokens t JOIN users u ON u.id = t.user_id ";

domain::User ReadUserFrom(const SqlRow& row, int first) {
  domain::User user;
  row.Read(first, user.id, user.username, AsCode(user.role, domain::kRoles), user.agency,
           user.password_hash, user.disabled, user.failed_sign_ins, user.locked_until,
           user.totp_secret, user.totp_enabled, user.totp_last_step, user.created_at,
           user.full_name, user.job_title);
  return user;
}

domain::User ReadUser(const SqlRow& row) {
  return ReadUserFrom(row, 0);
}

domain::Session ReadSession(const SqlRow& row) {
  domain::Session session;
  row.Read(0, session.id, session.token_hash, session.user_id, session.created_at,
           session.last_seen_at, session.two_step_passed, session.csrf_token, session.ended_at);
  return session;
}

domain::ApiToken ReadToken(const SqlRow& row) {
  domain::ApiToken token;
  row.Read(0, token.id, token.token_hash, token.user_id, token.created_at, token.expires_at,
           token.revoked_at);
  return token;
}

}  // namespace

std::int64_t AccountRecords::Add(const domain::User& user) {
  return sql_.Insert(
      "INSERT INTO users (username, role, agency, password_hash, disabled, failed_sign_ins, "
      "locked_until, totp_secret, totp_enabled, totp_last_step, created_at, full_name, "
      "job_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {user.username, domain::kRoles.Code(user.role), user.agency, user.password_hash,
       user.disabled, user.failed_sign_ins, user.locked_until, user.totp_secret, user.totp_enabled,
       user.totp_last_step, user.created_at, user.full_name, user.job_title});
}

std::optional<domain::User> AccountRecords::Find(std::int64_t id) {
  return sql_.One(kUserColumns + "WHERE id = ?", {id}, ReadUser);
}

std::optional<domain::User> AccountRecords::FindByUsername(std::string_view username) {
  return sql_.One(kUserColumns + "WHERE username = ?", {username}, ReadUser);
}

std::vector<domain::User> AccountRecords::List() {
  return sql_.All(kUserColumns + "ORDER BY username", {}, ReadUser);
}

void AccountRecords::Update(const domain::User& user) {
  sql_.Execute(
      "UPDATE users SET role = ?, agency = ?, password_hash = ?, disabled = ?, "
      "failed_sign_ins = ?, locked_until = ?, totp_secret = ?, totp_enabled = ?, "
      "totp_last_step = ?, full_name = ?, job_title = ? WHERE id = ?",
      {domain::kRoles.Code(user.role), user.agency, user.password_hash, user.disabled,
       user.failed_sign_ins, user.locked_until, user.totp_secret, user.totp_enabled,
       user.totp_last_step, user.full_name, user.job_title, user.id});
}

void AccountRecords::Lock(std::int64_t id) {
  sql_.Execute("SELECT 1 FROM users WHERE id = ?" + std::string(sql_.ForUpdate()), {id});
}

void AccountRecords::ReplaceRecoveryCodes(std::int64_t user_id,
                                          const std::vector<std::string>& code_hashes) {
  sql_.Execute("DELETE FROM recovery_codes WHERE user_id = ?", {user_id});
  for (const std::string& code_hash : code_hashes) {
    sql_.Execute("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
                 {user_id, code_hash});
  }
}

bool AccountRecords::UseRecoveryCode(std::int64_t user_id, std::string_view code_hash,
                                     domain::Timestamp at) {
  // A code used already is not used again.
  return sql_.UpdateFirstTime(
      "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? "
      "AND used_at IS NULL",
      {at, user_id, code_hash});
}

int AccountRecords::ReplaceTwoStepSecret(std::int64_t user_id, std::string_view from,
                                         std::string_view to) {
  return int(sql_.Execute("UPDATE users SET totp_secret = ? WHERE id = ? AND totp_secret = ?",
                          {to, user_id, from}));
}

std::vector<std::string> AccountRecords::UnusedRecoveryCodes(std::int64_t user_id) {
  return sql_.All("SELECT code_hash FROM recovery_codes WHERE user_id = ? AND used_at IS NULL",
                  {user_id}, [](const SqlRow& row) { return row.Text(0); });
}

std::int64_t SessionRecords::AddSession(const domain::Session& session) {
  return sql_.Insert(
      "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, two_step_passed, "
      "csrf_token, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {session.token_hash, session.user_id, session.created_at, session.last_seen_at,
       session.two_step_passed, session.csrf_token, session.ended_at});
}

std::optional<Held<domain::Session>> SessionRecords::FindSessionByTokenHash(
    std::string_view token_hash) {
  return sql_.One(
      kSessionAndHolder + "WHERE s.token_hash = ?", {token_hash}, [](const SqlRow& row) {
        return Held<domain::Session>{ReadSession(row), ReadUserFrom(row, kSessionFieldCount)};
      });
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

std::vector<domain::Session> SessionRecords::OpenSessionsOf(std::int64_t user_id) {
  return sql_.All("SELECT " + kSessionFields +
                      "FROM sessions s WHERE s.user_id = ? AND s.ended_at IS NULL "
                      "ORDER BY s.created_at DESC, s.id DESC",
                  {user_id}, ReadSession);
}

std::int64_t SessionRecords::AddToken(const domain::ApiToken& token) {
  return sql_.Insert(
      "INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at, revoked_at) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {token.token_hash, token.user_id, token.created_at, token.expires_at, token.revoked_at});
}

std::optional<domain::ApiToken> SessionRecords::FindToken(std::int64_t id) {
  return sql_.One(kTokenColumns + "WHERE id = ?", {id}, ReadToken);
}

std::optional<Held<domain::ApiToken>> SessionRecords::FindTokenByHash(std::string_view token_hash) {
  return sql_.One(kTokenAndHolder + "WHERE t.token_hash = ?", {token_hash}, [](const SqlRow& row) {
    return Held<domain::ApiToken>{ReadToken(row), ReadUserFrom(row, kTokenFieldCount)};
  });
}

void SessionRecords::RevokeToken(std::int64_t id, domain::Timestamp at) {
  sql_.Execute("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
               {at, id});
}

void SessionRecords::RevokeTokensOf(std::int64_t user_id, domain::Timestamp at) {
  sql_.Execute("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
               {at, user_id});
}

std::int64_t FeedbackRecords::Add(const domain::Feedback& feedback) {
  return sql_.Insert("INSERT INTO feedback (received_at, text, page) VALUES (?, ?, ?) RETURNING id",
                     {feedback.received_at, feedback.text, feedback.page});
}

namespace {

domain::Feedback ReadFeedback(const SqlRow& row) {
  domain::Feedback feedback;
  row.Read(0, feedback.id, feedback.received_at, feedback.text, feedback.page);
  return feedback;
}

}  // namespace

std::optional<domain::Feedback> FeedbackRecords::Find(std::int64_t id) {
  return sql_.One("SELECT id, received_at, text, page FROM feedback WHERE id = ?", {id},
                  ReadFeedback);
}

std::vector<domain::Feedback> FeedbackRecords::NewestBefore(std::int64_t before, int limit) {
  return sql_.All(
      "SELECT id, received_at, text, page FROM feedback WHERE id < ? ORDER BY id DESC LIMIT ?",
      {before > 0 ? before : std::numeric_limits<std::int64_t>::max(), limit}, ReadFeedback);
}

std::int64_t FeedbackRecords::Count() {
  return sql_.Count("SELECT count(*) FROM feedback");
}

}  // namespace frontdoor::store
