// src/store/sqlite/sqlite_repository.cpp — SQLite statements for each repository operation.
#include "store/sqlite/sqlite_repository.hpp"

#include "domain/timestamp.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

domain::Timestamp ReadTimestamp(const SqliteStatement& statement, int column) {
  auto moment = domain::ParseTimestamp(statement.Text(column));
  if (!moment) throw StoreError("a stored time is not in ISO 8601 form");
  return *moment;
}

}  // namespace

std::int64_t SqliteRepository::AddFeedback(const domain::Feedback& feedback) {
  auto statement =
      connection_.Prepare("INSERT INTO feedback (received_at, text, page) VALUES (?, ?, ?)");
  statement.Bind(1, domain::FormatTimestamp(feedback.received_at))
      .Bind(2, feedback.text)
      .Bind(3, feedback.page);
  statement.Step();
  return connection_.LastInsertId();
}

std::optional<domain::Feedback> SqliteRepository::FindFeedback(std::int64_t id) {
  auto statement =
      connection_.Prepare("SELECT id, received_at, text, page FROM feedback WHERE id = ?");
  statement.Bind(1, id);
  if (!statement.Step()) return std::nullopt;
  return domain::Feedback{statement.Integer(0), ReadTimestamp(statement, 1), statement.Text(2),
                          statement.Text(3)};
}

std::int64_t SqliteRepository::CountFeedback() {
  auto statement = connection_.Prepare("SELECT count(*) FROM feedback");
  statement.Step();
  return statement.Integer(0);
}

}  // namespace frontdoor::store

namespace frontdoor::store {

namespace {

constexpr const char* kUserColumns =
    "id, username, role, agency, password_hash, disabled, failed_sign_ins, locked_until, "
    "totp_secret, totp_enabled, totp_last_step, created_at";
constexpr const char* kSessionColumns =
    "id, token_hash, user_id, created_at, last_seen_at, two_step_passed, csrf_token, ended_at";
constexpr const char* kTokenColumns = "id, token_hash, user_id, created_at, expires_at, revoked_at";
constexpr const char* kAuditColumns =
    "sequence, at, username, role, action, record_ids, client_address, outcome, detail, "
    "previous_hash, hash";

std::optional<domain::Timestamp> ReadOptionalTimestamp(const SqliteStatement& statement,
                                                       int column) {
  if (statement.IsNull(column)) return std::nullopt;
  return ReadTimestamp(statement, column);
}

void BindOptionalTimestamp(SqliteStatement& statement, int index,
                           const std::optional<domain::Timestamp>& moment) {
  if (moment) {
    statement.Bind(index, domain::FormatTimestamp(*moment));
  } else {
    statement.BindNull(index);
  }
}

domain::User ReadUser(const SqliteStatement& row) {
  domain::User user;
  user.id = row.Integer(0);
  user.username = row.Text(1);
  user.role = domain::ParseRole(row.Text(2)).value_or(domain::Role::kPractitioner);
  user.agency = row.Text(3);
  user.password_hash = row.Text(4);
  user.disabled = row.Integer(5) != 0;
  user.failed_sign_ins = int(row.Integer(6));
  user.locked_until = ReadOptionalTimestamp(row, 7);
  user.totp_secret = row.Text(8);
  user.totp_enabled = row.Integer(9) != 0;
  user.totp_last_step = row.Integer(10);
  user.created_at = ReadTimestamp(row, 11);
  return user;
}

domain::Session ReadSession(const SqliteStatement& row) {
  return {
      row.Integer(0),        row.Text(1),         row.Integer(2), ReadTimestamp(row, 3),
      ReadTimestamp(row, 4), row.Integer(5) != 0, row.Text(6),    ReadOptionalTimestamp(row, 7)};
}

domain::ApiToken ReadToken(const SqliteStatement& row) {
  return {row.Integer(0),
          row.Text(1),
          row.Integer(2),
          ReadTimestamp(row, 3),
          ReadOptionalTimestamp(row, 4),
          ReadOptionalTimestamp(row, 5)};
}

domain::AuditEntry ReadAuditEntry(const SqliteStatement& row) {
  domain::AuditEntry entry;
  entry.sequence = row.Integer(0);
  entry.at = ReadTimestamp(row, 1);
  entry.username = row.Text(2);
  entry.role = row.Text(3);
  entry.action = row.Text(4);
  entry.record_ids = row.Text(5);
  entry.client_address = row.Text(6);
  entry.outcome =
      row.Text(7) == "allowed" ? domain::AuditOutcome::kAllowed : domain::AuditOutcome::kRefused;
  entry.detail = row.Text(8);
  entry.previous_hash = row.Text(9);
  entry.hash = row.Text(10);
  return entry;
}

template <typename Record, typename Reader>
std::vector<Record> ReadAll(SqliteStatement& statement, Reader read) {
  std::vector<Record> records;
  while (statement.Step()) records.push_back(read(statement));
  return records;
}

}  // namespace

std::int64_t SqliteRepository::AddUser(const domain::User& user) {
  auto statement = connection_.Prepare(
      "INSERT INTO users (username, role, agency, password_hash, disabled, failed_sign_ins, "
      "locked_until, totp_secret, totp_enabled, totp_last_step, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  statement.Bind(1, user.username)
      .Bind(2, domain::RoleCode(user.role))
      .Bind(3, user.agency)
      .Bind(4, user.password_hash)
      .Bind(5, std::int64_t{user.disabled})
      .Bind(6, std::int64_t{user.failed_sign_ins});
  BindOptionalTimestamp(statement, 7, user.locked_until);
  statement.Bind(8, user.totp_secret)
      .Bind(9, std::int64_t{user.totp_enabled})
      .Bind(10, user.totp_last_step)
      .Bind(11, domain::FormatTimestamp(user.created_at));
  statement.Step();
  return connection_.LastInsertId();
}

std::optional<domain::User> SqliteRepository::FindUser(std::int64_t id) {
  auto statement =
      connection_.Prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?");
  statement.Bind(1, id);
  if (!statement.Step()) return std::nullopt;
  return ReadUser(statement);
}

std::optional<domain::User> SqliteRepository::FindUserByUsername(std::string_view username) {
  auto statement =
      connection_.Prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE username = ?");
  statement.Bind(1, username);
  if (!statement.Step()) return std::nullopt;
  return ReadUser(statement);
}

std::vector<domain::User> SqliteRepository::ListUsers() {
  auto statement =
      connection_.Prepare(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY username");
  return ReadAll<domain::User>(statement, ReadUser);
}

void SqliteRepository::UpdateUser(const domain::User& user) {
  auto statement = connection_.Prepare(
      "UPDATE users SET role = ?, agency = ?, password_hash = ?, disabled = ?, "
      "failed_sign_ins = ?, locked_until = ?, totp_secret = ?, totp_enabled = ?, "
      "totp_last_step = ? WHERE id = ?");
  statement.Bind(1, domain::RoleCode(user.role))
      .Bind(2, user.agency)
      .Bind(3, user.password_hash)
      .Bind(4, std::int64_t{user.disabled})
      .Bind(5, std::int64_t{user.failed_sign_ins});
  BindOptionalTimestamp(statement, 6, user.locked_until);
  statement.Bind(7, user.totp_secret)
      .Bind(8, std::int64_t{user.totp_enabled})
      .Bind(9, user.totp_last_step)
      .Bind(10, user.id);
  statement.Step();
}

void SqliteRepository::ReplaceRecoveryCodes(std::int64_t user_id,
                                            const std::vector<std::string>& code_hashes) {
  connection_.Prepare("DELETE FROM recovery_codes WHERE user_id = ?").Bind(1, user_id).Step();
  for (const std::string& code_hash : code_hashes) {
    connection_.Prepare("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)")
        .Bind(1, user_id)
        .Bind(2, code_hash)
        .Step();
  }
}

bool SqliteRepository::UseRecoveryCode(std::int64_t user_id, std::string_view code_hash,
                                       domain::Timestamp at) {
  auto statement = connection_.Prepare(
      "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS "
      "NULL "
      "RETURNING user_id");
  statement.Bind(1, domain::FormatTimestamp(at)).Bind(2, user_id).Bind(3, code_hash);
  return statement.Step();
}

std::int64_t SqliteRepository::AddSession(const domain::Session& session) {
  auto statement = connection_.Prepare(
      "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, two_step_passed, "
      "csrf_token, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  statement.Bind(1, session.token_hash)
      .Bind(2, session.user_id)
      .Bind(3, domain::FormatTimestamp(session.created_at))
      .Bind(4, domain::FormatTimestamp(session.last_seen_at))
      .Bind(5, std::int64_t{session.two_step_passed})
      .Bind(6, session.csrf_token);
  BindOptionalTimestamp(statement, 7, session.ended_at);
  statement.Step();
  return connection_.LastInsertId();
}

std::optional<domain::Session> SqliteRepository::FindSessionByTokenHash(
    std::string_view token_hash) {
  auto statement = connection_.Prepare(std::string("SELECT ") + kSessionColumns +
                                       " FROM sessions WHERE token_hash = ?");
  statement.Bind(1, token_hash);
  if (!statement.Step()) return std::nullopt;
  return ReadSession(statement);
}

void SqliteRepository::UpdateSession(const domain::Session& session) {
  auto statement = connection_.Prepare(
      "UPDATE sessions SET last_seen_at = ?, two_step_passed = ?, ended_at = ? WHERE id = ?");
  statement.Bind(1, domain::FormatTimestamp(session.last_seen_at))
      .Bind(2, std::int64_t{session.two_step_passed});
  BindOptionalTimestamp(statement, 3, session.ended_at);
  statement.Bind(4, session.id);
  statement.Step();
}

void SqliteRepository::EndSessionsOfUser(std::int64_t user_id, domain::Timestamp at) {
  connection_.Prepare("UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL")
      .Bind(1, domain::FormatTimestamp(at))
      .Bind(2, user_id)
      .Step();
}

std::int64_t SqliteRepository::AddApiToken(const domain::ApiToken& token) {
  auto statement = connection_.Prepare(
      "INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at, revoked_at) "
      "VALUES (?, ?, ?, ?, ?)");
  statement.Bind(1, token.token_hash)
      .Bind(2, token.user_id)
      .Bind(3, domain::FormatTimestamp(token.created_at));
  BindOptionalTimestamp(statement, 4, token.expires_at);
  BindOptionalTimestamp(statement, 5, token.revoked_at);
  statement.Step();
  return connection_.LastInsertId();
}

std::optional<domain::ApiToken> SqliteRepository::FindApiToken(std::int64_t id) {
  auto statement =
      connection_.Prepare(std::string("SELECT ") + kTokenColumns + " FROM api_tokens WHERE id = ?");
  statement.Bind(1, id);
  if (!statement.Step()) return std::nullopt;
  return ReadToken(statement);
}

std::optional<domain::ApiToken> SqliteRepository::FindApiTokenByHash(std::string_view token_hash) {
  auto statement = connection_.Prepare(std::string("SELECT ") + kTokenColumns +
                                       " FROM api_tokens WHERE token_hash = ?");
  statement.Bind(1, token_hash);
  if (!statement.Step()) return std::nullopt;
  return ReadToken(statement);
}

void SqliteRepository::RevokeApiToken(std::int64_t id, domain::Timestamp at) {
  connection_.Prepare("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
      .Bind(1, domain::FormatTimestamp(at))
      .Bind(2, id)
      .Step();
}

std::optional<domain::AuditEntry> SqliteRepository::LastAuditEntryForAppend() {
  // The single writer thread already serialises every write transaction.
  auto statement = connection_.Prepare(std::string("SELECT ") + kAuditColumns +
                                       " FROM access_audit ORDER BY sequence DESC LIMIT 1");
  if (!statement.Step()) return std::nullopt;
  return ReadAuditEntry(statement);
}

void SqliteRepository::AddAuditEntry(const domain::AuditEntry& entry) {
  auto statement = connection_.Prepare(std::string("INSERT INTO access_audit (") + kAuditColumns +
                                       ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  statement.Bind(1, entry.sequence)
      .Bind(2, domain::FormatTimestamp(entry.at))
      .Bind(3, entry.username)
      .Bind(4, entry.role)
      .Bind(5, entry.action)
      .Bind(6, entry.record_ids)
      .Bind(7, entry.client_address)
      .Bind(8, domain::AuditOutcomeCode(entry.outcome))
      .Bind(9, entry.detail)
      .Bind(10, entry.previous_hash)
      .Bind(11, entry.hash);
  statement.Step();
  for (const std::string& record_id : domain::SplitRecordIds(entry.record_ids)) {
    connection_
        .Prepare("INSERT OR IGNORE INTO access_audit_records (record_id, sequence) VALUES (?, ?)")
        .Bind(1, record_id)
        .Bind(2, entry.sequence)
        .Step();
  }
}

std::vector<domain::AuditEntry> SqliteRepository::ListAuditEntries(std::int64_t after_sequence,
                                                                   int limit) {
  auto statement =
      connection_.Prepare(std::string("SELECT ") + kAuditColumns +
                          " FROM access_audit WHERE sequence > ? ORDER BY sequence LIMIT ?");
  statement.Bind(1, after_sequence).Bind(2, std::int64_t{limit});
  return ReadAll<domain::AuditEntry>(statement, ReadAuditEntry);
}

std::vector<domain::AuditEntry> SqliteRepository::AuditEntriesForRecord(std::string_view record_id,
                                                                        int limit) {
  auto statement = connection_.Prepare(
      "SELECT a.sequence, a.at, a.username, a.role, a.action, a.record_ids, a.client_address, "
      "a.outcome, a.detail, a.previous_hash, a.hash FROM access_audit_records r "
      "JOIN access_audit a ON a.sequence = r.sequence WHERE r.record_id = ? "
      "ORDER BY r.sequence DESC LIMIT ?");
  statement.Bind(1, record_id).Bind(2, std::int64_t{limit});
  return ReadAll<domain::AuditEntry>(statement, ReadAuditEntry);
}

std::vector<domain::AuditEntry> SqliteRepository::RecentAuditEntries(int limit) {
  auto statement = connection_.Prepare(std::string("SELECT ") + kAuditColumns +
                                       " FROM access_audit ORDER BY sequence DESC LIMIT ?");
  statement.Bind(1, std::int64_t{limit});
  return ReadAll<domain::AuditEntry>(statement, ReadAuditEntry);
}

}  // namespace frontdoor::store

namespace frontdoor::store {

namespace {

constexpr const char* kBreakGlassColumns =
    "b.id, b.person_id, b.user_id, u.username, b.reason, b.at, b.reviewed_at, b.reviewed_by";

domain::BreakGlass ReadBreakGlass(const SqliteStatement& row) {
  domain::BreakGlass opening;
  opening.id = row.Integer(0);
  opening.person_id = row.Integer(1);
  opening.user_id = row.Integer(2);
  opening.username = row.Text(3);
  opening.reason = row.Text(4);
  opening.at = *domain::ParseTimestamp(row.Text(5));
  if (!row.IsNull(6)) opening.reviewed_at = domain::ParseTimestamp(row.Text(6));
  opening.reviewed_by = row.Text(7);
  return opening;
}

}  // namespace

std::int64_t SqliteRepository::AddPerson(const domain::Person& person) {
  auto statement = connection_.Prepare(
      "INSERT INTO people (given_name, family_name, date_of_birth, created_at) VALUES (?, ?, ?, "
      "?)");
  statement.Bind(1, person.given_name).Bind(2, person.family_name);
  if (person.date_of_birth) {
    statement.Bind(3, domain::FormatDate(*person.date_of_birth));
  } else {
    statement.BindNull(3);
  }
  statement.Bind(4, domain::FormatTimestamp(person.created_at));
  statement.Step();
  return connection_.LastInsertId();
}

std::optional<domain::Person> SqliteRepository::FindPerson(std::int64_t id) {
  auto statement = connection_.Prepare(
      "SELECT id, given_name, family_name, date_of_birth, created_at FROM people WHERE id = ?");
  statement.Bind(1, id);
  if (!statement.Step()) return std::nullopt;
  domain::Person person;
  person.id = statement.Integer(0);
  person.given_name = statement.Text(1);
  person.family_name = statement.Text(2);
  if (!statement.IsNull(3)) person.date_of_birth = domain::ParseDate(statement.Text(3));
  person.created_at = *domain::ParseTimestamp(statement.Text(4));
  return person;
}

void SqliteRepository::SetRestriction(const domain::Restriction& restriction) {
  connection_.Prepare("DELETE FROM person_restriction_users WHERE person_id = ?")
      .Bind(1, restriction.person_id)
      .Step();
  connection_.Prepare("DELETE FROM person_restrictions WHERE person_id = ?")
      .Bind(1, restriction.person_id)
      .Step();
  connection_
      .Prepare(
          "INSERT INTO person_restrictions (person_id, reason, restricted_by, restricted_at) "
          "VALUES (?, ?, ?, ?)")
      .Bind(1, restriction.person_id)
      .Bind(2, restriction.reason)
      .Bind(3, restriction.restricted_by)
      .Bind(4, domain::FormatTimestamp(restriction.restricted_at))
      .Step();
  for (std::int64_t user_id : restriction.allowed_user_ids) {
    connection_
        .Prepare(
            "INSERT OR IGNORE INTO person_restriction_users (person_id, user_id) VALUES (?, ?)")
        .Bind(1, restriction.person_id)
        .Bind(2, user_id)
        .Step();
  }
}

std::optional<domain::Restriction> SqliteRepository::FindRestriction(std::int64_t person_id) {
  auto statement = connection_.Prepare(
      "SELECT reason, restricted_by, restricted_at FROM person_restrictions WHERE person_id = ?");
  statement.Bind(1, person_id);
  if (!statement.Step()) return std::nullopt;
  domain::Restriction restriction;
  restriction.person_id = person_id;
  restriction.reason = statement.Text(0);
  restriction.restricted_by = statement.Integer(1);
  restriction.restricted_at = *domain::ParseTimestamp(statement.Text(2));
  auto users = connection_.Prepare(
      "SELECT user_id FROM person_restriction_users WHERE person_id = ? ORDER BY user_id");
  users.Bind(1, person_id);
  while (users.Step()) restriction.allowed_user_ids.push_back(users.Integer(0));
  return restriction;
}

std::int64_t SqliteRepository::AddBreakGlass(const domain::BreakGlass& opening) {
  connection_
      .Prepare("INSERT INTO break_glass (person_id, user_id, reason, at) VALUES (?, ?, ?, ?)")
      .Bind(1, opening.person_id)
      .Bind(2, opening.user_id)
      .Bind(3, opening.reason)
      .Bind(4, domain::FormatTimestamp(opening.at))
      .Step();
  return connection_.LastInsertId();
}

std::vector<domain::BreakGlass> SqliteRepository::BreakGlassFor(std::int64_t person_id,
                                                                std::int64_t user_id) {
  auto statement =
      connection_.Prepare(std::string("SELECT ") + kBreakGlassColumns +
                          " FROM break_glass b JOIN users u ON u.id = b.user_id "
                          "WHERE b.person_id = ? AND b.user_id = ? ORDER BY b.id DESC LIMIT 20");
  statement.Bind(1, person_id).Bind(2, user_id);
  return ReadAll<domain::BreakGlass>(statement, ReadBreakGlass);
}

std::vector<domain::BreakGlass> SqliteRepository::UnreviewedBreakGlass(int limit) {
  auto statement = connection_.Prepare(std::string("SELECT ") + kBreakGlassColumns +
                                       " FROM break_glass b JOIN users u ON u.id = b.user_id "
                                       "WHERE b.reviewed_at IS NULL ORDER BY b.id LIMIT ?");
  statement.Bind(1, std::int64_t{limit});
  return ReadAll<domain::BreakGlass>(statement, ReadBreakGlass);
}

bool SqliteRepository::MarkBreakGlassReviewed(std::int64_t id, std::string_view reviewer,
                                              domain::Timestamp at) {
  auto statement = connection_.Prepare(
      "UPDATE break_glass SET reviewed_at = ?, reviewed_by = ? WHERE id = ? AND reviewed_at IS "
      "NULL RETURNING id");
  statement.Bind(1, domain::FormatTimestamp(at)).Bind(2, reviewer).Bind(3, id);
  return statement.Step();
}

}  // namespace frontdoor::store
