// src/store/sqlite/sqlite_repository.cpp — SQLite statements for each repository operation.
#include "store/sqlite/sqlite_repository.hpp"

#include "domain/name_matching.hpp"
#include "domain/timestamp.hpp"
#include "store/record_codec.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

domain::Date ReadDate(const SqliteStatement& statement, int column) {
  auto date = domain::ParseDate(statement.Text(column));
  if (!date) throw StoreError("a stored date is not in YYYY-MM-DD form");
  return *date;
}

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

void SqliteRepository::TouchSession(std::int64_t id, domain::Timestamp at) {
  connection_.Prepare("UPDATE sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL")
      .Bind(1, domain::FormatTimestamp(at))
      .Bind(2, id)
      .Step();
}

void SqliteRepository::PassSessionSecondStep(std::int64_t id) {
  connection_.Prepare("UPDATE sessions SET two_step_passed = 1 WHERE id = ? AND ended_at IS NULL")
      .Bind(1, id)
      .Step();
}

void SqliteRepository::EndSession(std::int64_t id, domain::Timestamp at) {
  connection_.Prepare("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL")
      .Bind(1, domain::FormatTimestamp(at))
      .Bind(2, id)
      .Step();
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

constexpr const char* kPersonColumns =
    "id, given_name, family_name, date_of_birth, created_at, expected_date_of_birth, sex, "
    "ethnicity, "
    "disabilities, nhs_number, upn, merged_into";

void BindOptionalDate(SqliteStatement& statement, int index,
                      const std::optional<domain::Date>& date) {
  if (date) {
    statement.Bind(index, domain::FormatDate(*date));
  } else {
    statement.BindNull(index);
  }
}

std::optional<domain::Date> ReadOptionalDate(const SqliteStatement& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return domain::ParseDate(row.Text(column));
}

// Reads a person from kPersonColumns; other names are filled by the caller that needs them.
domain::Person ReadPerson(const SqliteStatement& row) {
  domain::Person person;
  person.id = row.Integer(0);
  person.given_name = row.Text(1);
  person.family_name = row.Text(2);
  person.date_of_birth = ReadOptionalDate(row, 3);
  person.created_at = ReadTimestamp(row, 4);
  person.expected_date_of_birth = ReadOptionalDate(row, 5);
  person.sex = domain::ParseSex(row.Text(6)).value_or(domain::Sex::kUnknown);
  person.ethnicity = row.Text(7);
  person.disabilities = SplitCodes(row.Text(8));
  person.nhs_number = row.Text(9);
  person.upn = row.Text(10);
  if (!row.IsNull(11)) person.merged_into = row.Integer(11);
  return person;
}

std::vector<domain::PersonName> OtherNames(SqliteConnection& connection, std::int64_t person_id) {
  auto statement = connection.Prepare(
      "SELECT given_name, family_name FROM person_names WHERE person_id = ? AND is_current = 0 "
      "ORDER BY family_name, given_name");
  statement.Bind(1, person_id);
  std::vector<domain::PersonName> names;
  while (statement.Step()) names.push_back({statement.Text(0), statement.Text(1)});
  return names;
}

constexpr const char* kContactColumns =
    "id, reference, received_at, method, referrer_name, referrer_role, referrer_agency, "
    "referrer_contact_details, referrer_relationship, source, concern, family_knows, "
    "family_agreement, "
    "urgency, recorded_by, recorded_at, referral_date, language_warnings";

domain::Contact ReadContact(const SqliteStatement& row) {
  domain::Contact contact;
  contact.id = row.Integer(0);
  contact.reference = row.Text(1);
  contact.received_at = ReadTimestamp(row, 2);
  contact.method = domain::ParseContactMethod(row.Text(3)).value_or(domain::ContactMethod::kPhone);
  contact.referrer = {row.Text(4), row.Text(5), row.Text(6), row.Text(7), row.Text(8)};
  contact.source = row.Text(9);
  contact.concern = row.Text(10);
  contact.family_knows = row.Text(11);
  contact.family_agreement =
      domain::ParseFamilyAgreement(row.Text(12)).value_or(domain::FamilyAgreement::kNotAsked);
  contact.urgency =
      domain::ParseReferrerUrgency(row.Text(13)).value_or(domain::ReferrerUrgency::kSoon);
  contact.recorded_by = row.Text(14);
  contact.recorded_at = ReadTimestamp(row, 15);
  contact.referral_date = ReadOptionalDate(row, 16);
  contact.language_warnings = DecodeLanguageWarnings(row.Text(17));
  return contact;
}

void ReadContactPeople(SqliteConnection& connection, domain::Contact& contact) {
  auto statement = connection.Prepare(
      "SELECT person_id, role FROM contact_people WHERE contact_id = ? ORDER BY person_id");
  statement.Bind(1, contact.id);
  while (statement.Step()) {
    (statement.Text(1) == "child" ? contact.children : contact.adults)
        .push_back(statement.Integer(0));
  }
}

constexpr const char* kBreakGlassColumns =
    "b.id, b.person_id, b.user_id, u.username, b.reason, b.at, b.reviewed_at, b.reviewed_by";

domain::BreakGlass ReadBreakGlass(const SqliteStatement& row) {
  domain::BreakGlass opening;
  opening.id = row.Integer(0);
  opening.person_id = row.Integer(1);
  opening.user_id = row.Integer(2);
  opening.username = row.Text(3);
  opening.reason = row.Text(4);
  opening.at = ReadTimestamp(row, 5);
  if (!row.IsNull(6)) opening.reviewed_at = domain::ParseTimestamp(row.Text(6));
  opening.reviewed_by = row.Text(7);
  return opening;
}

}  // namespace

std::int64_t SqliteRepository::AddPerson(const domain::Person& person) {
  auto statement = connection_.Prepare(
      "INSERT INTO people (given_name, family_name, date_of_birth, created_at, "
      "expected_date_of_birth, sex, "
      "ethnicity, disabilities, nhs_number, upn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  statement.Bind(1, person.given_name).Bind(2, person.family_name);
  BindOptionalDate(statement, 3, person.date_of_birth);
  statement.Bind(4, domain::FormatTimestamp(person.created_at));
  BindOptionalDate(statement, 5, person.expected_date_of_birth);
  statement.Bind(6, domain::SexCode(person.sex))
      .Bind(7, person.ethnicity)
      .Bind(8, JoinCodes(person.disabilities))
      .Bind(9, person.nhs_number)
      .Bind(10, person.upn);
  statement.Step();
  const std::int64_t id = connection_.LastInsertId();
  const auto add_name = [&](const std::string& given, const std::string& family, bool current) {
    connection_
        .Prepare(
            "INSERT INTO person_names (person_id, is_current, given_name, family_name, given_key, "
            "family_key) "
            "VALUES (?, ?, ?, ?, ?, ?)")
        .Bind(1, id)
        .Bind(2, std::int64_t{current})
        .Bind(3, given)
        .Bind(4, family)
        .Bind(5, domain::PhoneticKey(given))
        .Bind(6, domain::PhoneticKey(family))
        .Step();
  };
  add_name(person.given_name, person.family_name, true);
  for (const auto& other : person.other_names) add_name(other.given_name, other.family_name, false);
  return id;
}

std::optional<domain::Person> SqliteRepository::FindPerson(std::int64_t id) {
  std::optional<domain::Person> person;
  {
    auto statement =
        connection_.Prepare(std::string("SELECT ") + kPersonColumns + " FROM people WHERE id = ?");
    statement.Bind(1, id);
    if (!statement.Step()) return std::nullopt;
    person = ReadPerson(statement);
  }
  person->other_names = OtherNames(connection_, id);
  return person;
}

std::vector<domain::Person> SqliteRepository::FindPeople(const std::vector<std::int64_t>& ids) {
  std::string list = "[";
  for (std::int64_t id : ids) list += (list.size() > 1 ? "," : "") + std::to_string(id);
  list += "]";
  std::vector<domain::Person> people;
  {
    auto statement = connection_.Prepare(std::string("SELECT ") + kPersonColumns +
                                         " FROM people WHERE id IN (SELECT value FROM "
                                         "json_each(?)) ORDER BY id");
    statement.Bind(1, list);
    while (statement.Step()) people.push_back(ReadPerson(statement));
  }
  auto names = connection_.Prepare(
      "SELECT person_id, given_name, family_name FROM person_names WHERE person_id IN (SELECT "
      "value FROM json_each(?)) AND is_current = 0 ORDER BY person_id, family_name, given_name");
  names.Bind(1, list);
  while (names.Step()) {
    const std::int64_t id = names.Integer(0);
    const auto person =
        std::lower_bound(people.begin(), people.end(), id,
                         [](const auto& one, std::int64_t key) { return one.id < key; });
    if (person != people.end() && person->id == id)
      person->other_names.push_back({names.Text(1), names.Text(2)});
  }
  return people;
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
  restriction.restricted_at = ReadTimestamp(statement, 2);
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

namespace frontdoor::store {

namespace {

// One query per index; the value is the only parameter.
const char* PersonIndexQuery(PersonIndex index) {
  switch (index) {
    case PersonIndex::kFamilyNameKey:
      return "SELECT person_id FROM person_names WHERE family_key = ?";
    case PersonIndex::kGivenNameKey:
      return "SELECT person_id FROM person_names WHERE given_key = ?";
    case PersonIndex::kDateOfBirth:
      return "SELECT id FROM people WHERE date_of_birth = ?";
    case PersonIndex::kNhsNumber:
      return "SELECT id FROM people WHERE nhs_number = ?";
    case PersonIndex::kUpn:
      return "SELECT id FROM people WHERE upn = ?";
    case PersonIndex::kId:
      return "SELECT id FROM people WHERE id = ?";
    case PersonIndex::kPostcode:
      return "SELECT m.person_id FROM households h JOIN household_members m ON m.household_id = "
             "h.id WHERE h.postcode = ?";
  }
  return "SELECT id FROM people WHERE false";
}

}  // namespace

std::vector<std::int64_t> SqliteRepository::PeopleByIndex(PersonIndex index, std::string_view value,
                                                          int limit) {
  auto statement =
      connection_.Prepare(std::string(PersonIndexQuery(index)) + " ORDER BY 1 LIMIT ?");
  if (index == PersonIndex::kId) {
    statement.Bind(1, std::int64_t(std::stoll(std::string(value))));
  } else {
    statement.Bind(1, value);
  }
  statement.Bind(2, std::int64_t{limit});
  std::vector<std::int64_t> ids;
  while (statement.Step()) ids.push_back(statement.Integer(0));
  return ids;
}

std::int64_t SqliteRepository::AddHousehold(const domain::Household& household) {
  connection_
      .Prepare(
          "INSERT INTO households (address_line_1, address_line_2, town, postcode) VALUES (?, ?, "
          "?, ?)")
      .Bind(1, household.address_line_1)
      .Bind(2, household.address_line_2)
      .Bind(3, household.town)
      .Bind(4, household.postcode)
      .Step();
  return connection_.LastInsertId();
}

std::optional<domain::Household> SqliteRepository::FindHousehold(std::int64_t id) {
  auto statement = connection_.Prepare(
      "SELECT id, address_line_1, address_line_2, town, postcode FROM households WHERE id = ?");
  statement.Bind(1, id);
  if (!statement.Step()) return std::nullopt;
  return domain::Household{statement.Integer(0), statement.Text(1), statement.Text(2),
                           statement.Text(3), statement.Text(4)};
}

void SqliteRepository::AddHouseholdMember(const domain::HouseholdMember& member) {
  auto statement = connection_.Prepare(
      "INSERT INTO household_members (household_id, person_id, from_date, to_date) VALUES (?, ?, "
      "?, ?)");
  statement.Bind(1, member.household_id)
      .Bind(2, member.person_id)
      .Bind(3, domain::FormatDate(member.from));
  BindOptionalDate(statement, 4, member.to);
  statement.Step();
}

std::vector<std::pair<domain::Household, domain::HouseholdMember>> SqliteRepository::HouseholdsOf(
    std::int64_t person_id) {
  auto statement = connection_.Prepare(
      "SELECT h.id, h.address_line_1, h.address_line_2, h.town, h.postcode, m.from_date, m.to_date "
      "FROM household_members m JOIN households h ON h.id = m.household_id WHERE m.person_id = ? "
      "ORDER BY m.from_date DESC");
  statement.Bind(1, person_id);
  std::vector<std::pair<domain::Household, domain::HouseholdMember>> households;
  while (statement.Step()) {
    households.push_back({{statement.Integer(0), statement.Text(1), statement.Text(2),
                           statement.Text(3), statement.Text(4)},
                          {statement.Integer(0), person_id, ReadDate(statement, 5),
                           ReadOptionalDate(statement, 6)}});
  }
  return households;
}

std::vector<domain::HouseholdMember> SqliteRepository::MembersOf(std::int64_t household_id) {
  auto statement = connection_.Prepare(
      "SELECT person_id, from_date, to_date FROM household_members WHERE household_id = ? ORDER BY "
      "from_date, person_id");
  statement.Bind(1, household_id);
  std::vector<domain::HouseholdMember> members;
  while (statement.Step()) {
    members.push_back({household_id, statement.Integer(0), ReadDate(statement, 1),
                       ReadOptionalDate(statement, 2)});
  }
  return members;
}

void SqliteRepository::AddRelationship(const domain::Relationship& relationship) {
  connection_
      .Prepare(
          "INSERT OR REPLACE INTO relationships (person_id, related_person_id, kind) VALUES (?, ?, "
          "?)")
      .Bind(1, relationship.person_id)
      .Bind(2, relationship.related_person_id)
      .Bind(3, domain::RelationshipCode(relationship.kind))
      .Step();
}

std::vector<domain::Relationship> SqliteRepository::RelationshipsOf(std::int64_t person_id) {
  auto statement = connection_.Prepare(
      "SELECT person_id, related_person_id, kind FROM relationships WHERE person_id = ? ORDER BY "
      "related_person_id");
  statement.Bind(1, person_id);
  std::vector<domain::Relationship> relationships;
  while (statement.Step()) {
    relationships.push_back(
        {statement.Integer(0), statement.Integer(1),
         domain::ParseRelationship(statement.Text(2)).value_or(domain::RelationshipKind::kOther)});
  }
  return relationships;
}

std::int64_t SqliteRepository::AddContact(const domain::Contact& contact) {
  auto statement = connection_.Prepare(
      std::string("INSERT INTO contacts (") + std::string(kContactColumns).substr(4) +
      ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  // The reference comes from the id, so it is set by SetContactReference once the id is known.
  statement.BindNull(1);
  statement.Bind(2, domain::FormatTimestamp(contact.received_at))
      .Bind(3, domain::ContactMethodCode(contact.method))
      .Bind(4, contact.referrer.name)
      .Bind(5, contact.referrer.role)
      .Bind(6, contact.referrer.agency)
      .Bind(7, contact.referrer.contact_details)
      .Bind(8, contact.referrer.relationship)
      .Bind(9, contact.source)
      .Bind(10, contact.concern)
      .Bind(11, contact.family_knows)
      .Bind(12, domain::FamilyAgreementCode(contact.family_agreement))
      .Bind(13, domain::ReferrerUrgencyCode(contact.urgency))
      .Bind(14, contact.recorded_by)
      .Bind(15, domain::FormatTimestamp(contact.recorded_at));
  BindOptionalDate(statement, 16, contact.referral_date);
  statement.Bind(17, EncodeLanguageWarnings(contact.language_warnings));
  statement.Step();
  const std::int64_t id = connection_.LastInsertId();
  const auto add = [&](std::int64_t person_id, const char* role) {
    connection_
        .Prepare(
            "INSERT OR IGNORE INTO contact_people (contact_id, person_id, role) VALUES (?, ?, ?)")
        .Bind(1, id)
        .Bind(2, person_id)
        .Bind(3, role)
        .Step();
  };
  for (std::int64_t child : contact.children) add(child, "child");
  for (std::int64_t adult : contact.adults) add(adult, "adult");
  return id;
}

void SqliteRepository::SetContactReference(std::int64_t id, std::string_view reference) {
  connection_.Prepare("UPDATE contacts SET reference = ? WHERE id = ?")
      .Bind(1, reference)
      .Bind(2, id)
      .Step();
}

std::optional<domain::Contact> SqliteRepository::FindContact(std::int64_t id) {
  std::optional<domain::Contact> contact;
  {
    auto statement = connection_.Prepare(std::string("SELECT ") + kContactColumns +
                                         " FROM contacts WHERE id = ?");
    statement.Bind(1, id);
    if (!statement.Step()) return std::nullopt;
    contact = ReadContact(statement);
  }
  ReadContactPeople(connection_, *contact);
  return contact;
}

std::vector<domain::Contact> SqliteRepository::ContactsAbout(std::int64_t person_id) {
  std::vector<domain::Contact> contacts;
  {
    auto statement = connection_.Prepare(
        "SELECT c.id, c.reference, c.received_at, c.method, c.referrer_name, c.referrer_role, "
        "c.referrer_agency, "
        "c.referrer_contact_details, c.referrer_relationship, c.source, c.concern, c.family_knows, "
        "c.family_agreement, c.urgency, c.recorded_by, c.recorded_at, c.referral_date, "
        "c.language_warnings "
        "FROM contact_people p JOIN contacts c ON c.id = p.contact_id WHERE p.person_id = ? "
        "ORDER BY c.received_at DESC, c.id DESC");
    statement.Bind(1, person_id);
    while (statement.Step()) contacts.push_back(ReadContact(statement));
  }
  for (auto& contact : contacts) ReadContactPeople(connection_, contact);
  return contacts;
}

}  // namespace frontdoor::store

namespace frontdoor::store {

void SqliteRepository::SetMergedInto(std::int64_t id, std::optional<std::int64_t> into) {
  auto statement = connection_.Prepare("UPDATE people SET merged_into = ? WHERE id = ?");
  if (into) {
    statement.Bind(1, *into);
  } else {
    statement.BindNull(1);
  }
  statement.Bind(2, id).Step();
}

std::vector<std::int64_t> SqliteRepository::MergedInto(std::int64_t id) {
  auto statement = connection_.Prepare("SELECT id FROM people WHERE merged_into = ? ORDER BY id");
  statement.Bind(1, id);
  std::vector<std::int64_t> ids;
  while (statement.Step()) ids.push_back(statement.Integer(0));
  return ids;
}

}  // namespace frontdoor::store

namespace frontdoor::store {

// The single writer thread runs one write transaction at a time: nothing else can change a row
// between a transaction's read and its write, so there is nothing to lock.
void SqliteRepository::LockUser(std::int64_t) {}
void SqliteRepository::LockPerson(std::int64_t) {}

}  // namespace frontdoor::store

namespace frontdoor::store {

namespace {

// Binds "? IS NULL OR column = ?" at `index` and `index + 1`: no filter when `value` is empty.
void BindOptionalTwice(SqliteStatement& statement, int index,
                       std::optional<std::string_view> value) {
  if (value) {
    statement.Bind(index, *value).Bind(index + 1, *value);
  } else {
    statement.BindNull(index).BindNull(index + 1);
  }
}

}  // namespace

void SqliteRepository::SetReferral(std::int64_t contact_id, const domain::Date& date, bool nfa) {
  connection_.Prepare("UPDATE contacts SET referral_date = ?, referral_nfa = ? WHERE id = ?")
      .Bind(1, domain::FormatDate(date))
      .Bind(2, std::int64_t{nfa})
      .Bind(3, contact_id)
      .Step();
}

void SqliteRepository::LockContact(std::int64_t) {}

std::vector<domain::Contact> SqliteRepository::ContactsAwaitingDecision(
    std::optional<std::string_view> recorded_by, int limit) {
  std::vector<domain::Contact> contacts;
  {
    auto statement = connection_.Prepare(
        std::string("SELECT ") + kContactColumns +
        " FROM contacts WHERE awaiting_decision = 1 AND (? IS NULL OR recorded_by = ?) ORDER BY "
        "received_at, id LIMIT ?");
    BindOptionalTwice(statement, 1, recorded_by);
    statement.Bind(3, std::int64_t{limit});
    while (statement.Step()) contacts.push_back(ReadContact(statement));
  }
  for (auto& contact : contacts) ReadContactPeople(connection_, contact);
  return contacts;
}

std::pair<std::int64_t, std::int64_t> SqliteRepository::CountDecided(domain::Timestamp from,
                                                                     domain::Timestamp to) {
  auto statement = connection_.Prepare(
      "SELECT count(*), count(d.contact_id) FROM contacts c LEFT JOIN decisions d ON d.contact_id "
      "= c.id WHERE c.received_at >= ? AND c.received_at < ?");
  statement.Bind(1, domain::FormatTimestamp(from)).Bind(2, domain::FormatTimestamp(to)).Step();
  return {statement.Integer(0), statement.Integer(1)};
}

std::int64_t SqliteRepository::AddConsent(const domain::ConsentRecord& consent) {
  connection_.Prepare("INSERT INTO consents (contact_id, body) VALUES (?, ?)")
      .Bind(1, consent.contact_id)
      .Bind(2, EncodeConsent(consent))
      .Step();
  return connection_.LastInsertId();
}

std::vector<domain::ConsentRecord> SqliteRepository::ConsentsFor(std::int64_t contact_id) {
  auto statement =
      connection_.Prepare("SELECT id, body FROM consents WHERE contact_id = ? ORDER BY id");
  statement.Bind(1, contact_id);
  return ReadAll<domain::ConsentRecord>(statement, [](const SqliteStatement& row) {
    return DecodeConsent(row.Integer(0), row.Text(1));
  });
}

std::int64_t SqliteRepository::AddCheck(const domain::MashCheck& check) {
  connection_
      .Prepare(
          "INSERT INTO mash_checks (contact_id, agency, requested_by, due_at, answered_at, body) "
          "VALUES (?, ?, ?, ?, NULL, ?)")
      .Bind(1, check.contact_id)
      .Bind(2, check.agency)
      .Bind(3, check.requested_by)
      .Bind(4, domain::FormatTimestamp(check.due_at))
      .Bind(5, EncodeCheck(check))
      .Step();
  return connection_.LastInsertId();
}

std::optional<domain::MashCheck> SqliteRepository::FindCheck(std::int64_t id) {
  auto statement = connection_.Prepare("SELECT id, body FROM mash_checks WHERE id = ?");
  statement.Bind(1, id);
  if (!statement.Step()) return std::nullopt;
  return DecodeCheck(statement.Integer(0), statement.Text(1));
}

bool SqliteRepository::AnswerCheck(const domain::MashCheck& check) {
  if (!check.answered_at) throw StoreError("an answer needs the time it was given");
  connection_
      .Prepare(
          "UPDATE mash_checks SET answered_at = ?, body = ? WHERE id = ? AND answered_at IS NULL")
      .Bind(1, domain::FormatTimestamp(*check.answered_at))
      .Bind(2, EncodeCheck(check))
      .Bind(3, check.id)
      .Step();
  return connection_.Changes() == 1;
}

std::vector<domain::MashCheck> SqliteRepository::ChecksFor(std::int64_t contact_id) {
  auto statement =
      connection_.Prepare("SELECT id, body FROM mash_checks WHERE contact_id = ? ORDER BY id");
  statement.Bind(1, contact_id);
  return ReadAll<domain::MashCheck>(statement, [](const SqliteStatement& row) {
    return DecodeCheck(row.Integer(0), row.Text(1));
  });
}

std::vector<domain::MashCheck> SqliteRepository::OpenChecks(
    std::optional<std::string_view> agency, std::optional<std::string_view> requested_by,
    int limit) {
  auto statement = connection_.Prepare(
      "SELECT id, body FROM mash_checks WHERE answered_at IS NULL AND (? IS NULL OR agency = ?) "
      "AND (? IS NULL OR requested_by = ?) ORDER BY due_at, id LIMIT ?");
  BindOptionalTwice(statement, 1, agency);
  BindOptionalTwice(statement, 3, requested_by);
  statement.Bind(5, std::int64_t{limit});
  return ReadAll<domain::MashCheck>(statement, [](const SqliteStatement& row) {
    return DecodeCheck(row.Integer(0), row.Text(1));
  });
}

void SqliteRepository::SetChecksNotNeeded(const domain::ChecksNotNeeded& record) {
  connection_.Prepare("INSERT OR REPLACE INTO checks_not_needed (contact_id, body) VALUES (?, ?)")
      .Bind(1, record.contact_id)
      .Bind(2, EncodeChecksNotNeeded(record))
      .Step();
}

std::optional<domain::ChecksNotNeeded> SqliteRepository::FindChecksNotNeeded(
    std::int64_t contact_id) {
  auto statement = connection_.Prepare("SELECT body FROM checks_not_needed WHERE contact_id = ?");
  statement.Bind(1, contact_id);
  if (!statement.Step()) return std::nullopt;
  return DecodeChecksNotNeeded(statement.Text(0));
}

void SqliteRepository::AddDecision(const domain::Decision& decision) {
  connection_
      .Prepare(
          "INSERT INTO decisions (contact_id, decided_at, is_override, consent_closure, body) "
          "VALUES (?, ?, ?, ?, ?)")
      .Bind(1, decision.contact_id)
      .Bind(2, domain::FormatTimestamp(decision.decided_at))
      .Bind(3, std::int64_t{decision.is_override})
      .Bind(4, std::int64_t{decision.consent_closure})
      .Bind(5, EncodeDecision(decision))
      .Step();
  connection_.Prepare("UPDATE contacts SET awaiting_decision = 0 WHERE id = ?")
      .Bind(1, decision.contact_id)
      .Step();
}

std::optional<domain::Decision> SqliteRepository::FindDecision(std::int64_t contact_id) {
  auto statement = connection_.Prepare("SELECT body FROM decisions WHERE contact_id = ?");
  statement.Bind(1, contact_id);
  if (!statement.Step()) return std::nullopt;
  return DecodeDecision(statement.Text(0));
}

std::vector<domain::Decision> SqliteRepository::ConsentClosures(int limit) {
  auto statement = connection_.Prepare(
      "SELECT body FROM decisions WHERE consent_closure = 1 ORDER BY decided_at DESC LIMIT ?");
  statement.Bind(1, std::int64_t{limit});
  return ReadAll<domain::Decision>(
      statement, [](const SqliteStatement& row) { return DecodeDecision(row.Text(0)); });
}

std::vector<domain::Decision> SqliteRepository::OverrideDecisions(int limit) {
  auto statement = connection_.Prepare(
      "SELECT body FROM decisions WHERE is_override = 1 ORDER BY decided_at DESC LIMIT ?");
  statement.Bind(1, std::int64_t{limit});
  return ReadAll<domain::Decision>(
      statement, [](const SqliteStatement& row) { return DecodeDecision(row.Text(0)); });
}

void SqliteRepository::AddAllocation(const domain::Allocation& allocation) {
  connection_
      .Prepare(
          "INSERT INTO allocations (contact_id, person_id, worker, team, body) VALUES (?, ?, ?, ?, "
          "?)")
      .Bind(1, allocation.contact_id)
      .Bind(2, allocation.person_id)
      .Bind(3, allocation.worker)
      .Bind(4, allocation.team)
      .Bind(5, EncodeAllocation(allocation))
      .Step();
}

std::vector<domain::Allocation> SqliteRepository::AllocationsFor(std::int64_t contact_id) {
  auto statement =
      connection_.Prepare("SELECT body FROM allocations WHERE contact_id = ? ORDER BY person_id");
  statement.Bind(1, contact_id);
  return ReadAll<domain::Allocation>(
      statement, [](const SqliteStatement& row) { return DecodeAllocation(row.Text(0)); });
}

std::vector<domain::Allocation> SqliteRepository::AllocationsTo(
    std::optional<std::string_view> worker, std::optional<std::string_view> team, int limit) {
  auto statement = connection_.Prepare(
      "SELECT body FROM allocations WHERE worker <> '' AND (? IS NULL OR worker = ?) AND "
      "(? IS NULL OR team = ?) ORDER BY contact_id DESC, person_id LIMIT ?");
  BindOptionalTwice(statement, 1, worker);
  BindOptionalTwice(statement, 3, team);
  statement.Bind(5, std::int64_t{limit});
  return ReadAll<domain::Allocation>(
      statement, [](const SqliteStatement& row) { return DecodeAllocation(row.Text(0)); });
}

std::vector<std::int64_t> SqliteRepository::AllocationContactsOf(std::int64_t person_id) {
  auto statement = connection_.Prepare(
      "SELECT contact_id FROM allocations WHERE person_id = ? ORDER BY contact_id");
  statement.Bind(1, person_id);
  return ReadAll<std::int64_t>(statement,
                               [](const SqliteStatement& row) { return row.Integer(0); });
}

void SqliteRepository::AddHistory(const domain::HistoryEntry& entry) {
  connection_.Prepare("INSERT INTO record_history (record, body) VALUES (?, ?)")
      .Bind(1, entry.record)
      .Bind(2, EncodeHistory(entry))
      .Step();
}

std::vector<domain::HistoryEntry> SqliteRepository::HistoryOf(std::string_view record) {
  auto statement =
      connection_.Prepare("SELECT body FROM record_history WHERE record = ? ORDER BY id");
  statement.Bind(1, record);
  return ReadAll<domain::HistoryEntry>(
      statement, [](const SqliteStatement& row) { return DecodeHistory(row.Text(0)); });
}

}  // namespace frontdoor::store

namespace frontdoor::store {

// In-process look-ups cost microseconds, so one per contact is as fast as a batch here.
std::map<std::int64_t, domain::ContactSteps> SqliteRepository::StepsOf(
    const std::vector<std::int64_t>& contact_ids) {
  std::map<std::int64_t, domain::ContactSteps> steps;
  for (std::int64_t id : contact_ids)
    steps[id] = {ConsentsFor(id), ChecksFor(id), FindChecksNotNeeded(id), FindDecision(id),
                 AllocationsFor(id)};
  return steps;
}

// SQLite gives a new row the highest id plus one, and this connection is the only writer, so the
// reserved ids are the next ones; AddBulk checks each record gets the id reserved for it.
std::vector<std::int64_t> SqliteRepository::ReserveIds(BulkTable table, std::int64_t count) {
  auto statement =
      connection_.Prepare(std::string("SELECT COALESCE(max(id), 0) FROM ") + BulkTableName(table));
  statement.Step();
  const std::int64_t last = statement.Integer(0);
  std::vector<std::int64_t> ids;
  ids.reserve(std::size_t(count));
  for (std::int64_t next = last + 1; next <= last + count; ++next) ids.push_back(next);
  return ids;
}

// In-process statements cost microseconds, so the single Add methods are the fastest way here.
void SqliteRepository::AddBulk(const BulkRecords& records) {
  const auto expect = [](std::int64_t reserved, std::int64_t given) {
    if (reserved != given)
      throw StoreError("a bulk record was given id " + std::to_string(given) +
                       ", not its reserved " + std::to_string(reserved));
  };
  for (const auto& household : records.households) expect(household.id, AddHousehold(household));
  for (const auto& person : records.people) expect(person.id, AddPerson(person));
  for (const auto& member : records.members) AddHouseholdMember(member);
  for (const auto& contact : records.contacts) {
    expect(contact.id, AddContact(contact));
    SetContactReference(contact.id, contact.reference);
  }
  for (auto check : records.checks) {
    check.id = AddCheck(check);
    if (check.answered_at) AnswerCheck(check);
  }
  for (const auto& decision : records.decisions) AddDecision(decision);
  for (const auto& allocation : records.allocations) AddAllocation(allocation);
}

}  // namespace frontdoor::store
