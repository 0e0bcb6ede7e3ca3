// src/store/postgres/postgres_repository.cpp — PostgreSQL statements for each repository operation.
#include "store/postgres/postgres_repository.hpp"

#include <map>

#include "domain/name_matching.hpp"
#include "domain/timestamp.hpp"
#include "store/record_codec.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

std::optional<std::string> DateParameter(const std::optional<domain::Date>& date) {
  if (!date) return std::nullopt;
  return domain::FormatDate(*date);
}

std::optional<std::string> TimestampParameter(const std::optional<domain::Timestamp>& moment) {
  if (!moment) return std::nullopt;
  return domain::FormatTimestamp(*moment);
}

namespace {

domain::Date ReadDate(const pqxx::field& field) {
  auto date = domain::ParseDate(field.c_str());
  if (!date) throw StoreError("a stored date is not in YYYY-MM-DD form");
  return *date;
}

domain::Timestamp ReadTimestamp(const pqxx::field& field) {
  auto moment = domain::ParseTimestamp(field.c_str());
  if (!moment) throw StoreError("a stored time is not in ISO 8601 form");
  return *moment;
}

}  // namespace

std::int64_t PostgresRepository::AddFeedback(const domain::Feedback& feedback) {
  return transaction_
      .exec_params1(
          "INSERT INTO feedback (received_at, text, page) VALUES ($1::timestamptz, $2, $3) "
          "RETURNING id",
          domain::FormatTimestamp(feedback.received_at), feedback.text, feedback.page)[0]
      .as<std::int64_t>();
}

std::optional<domain::Feedback> PostgresRepository::FindFeedback(std::int64_t id) {
  const pqxx::result rows = transaction_.exec_params(
      "SELECT id, iso(received_at), text, page FROM feedback WHERE id = $1", id);
  if (rows.empty()) return std::nullopt;
  const auto row = rows[0];
  return domain::Feedback{row[0].as<std::int64_t>(), ReadTimestamp(row[1]),
                          row[2].as<std::string>(), row[3].as<std::string>()};
}

std::int64_t PostgresRepository::CountFeedback() {
  return transaction_.exec1("SELECT count(*) FROM feedback")[0].as<std::int64_t>();
}

}  // namespace frontdoor::store

namespace frontdoor::store {

namespace {

// Times go in as ISO 8601 text cast to timestamptz and come out through iso() (migration 0002).
constexpr const char* kUserColumns =
    "id, username, role, agency, password_hash, disabled, failed_sign_ins, iso(locked_until), "
    "totp_secret, totp_enabled, totp_last_step, iso(created_at)";
constexpr const char* kSessionColumns =
    "id, token_hash, user_id, iso(created_at), iso(last_seen_at), two_step_passed, csrf_token, "
    "iso(ended_at)";
constexpr const char* kTokenColumns =
    "id, token_hash, user_id, iso(created_at), iso(expires_at), iso(revoked_at)";
constexpr const char* kAuditColumns =
    "sequence, iso(at), username, role, action, record_ids, client_address, outcome, detail, "
    "previous_hash, hash";
// Any fixed number: serialises appends to the access audit chain across connections.
constexpr std::int64_t kAuditChainLockKey = 7243002;

std::optional<domain::Timestamp> ReadOptionalTimestamp(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return ReadTimestamp(field);
}

domain::User ReadUser(const pqxx::row& row) {
  domain::User user;
  user.id = row[0].as<std::int64_t>();
  user.username = row[1].as<std::string>();
  user.role = domain::ParseRole(row[2].as<std::string>()).value_or(domain::Role::kPractitioner);
  user.agency = row[3].as<std::string>();
  user.password_hash = row[4].as<std::string>();
  user.disabled = row[5].as<bool>();
  user.failed_sign_ins = row[6].as<int>();
  user.locked_until = ReadOptionalTimestamp(row[7]);
  user.totp_secret = row[8].as<std::string>();
  user.totp_enabled = row[9].as<bool>();
  user.totp_last_step = row[10].as<std::int64_t>();
  user.created_at = ReadTimestamp(row[11]);
  return user;
}

domain::Session ReadSession(const pqxx::row& row) {
  return {row[0].as<std::int64_t>(), row[1].as<std::string>(),     row[2].as<std::int64_t>(),
          ReadTimestamp(row[3]),     ReadTimestamp(row[4]),        row[5].as<bool>(),
          row[6].as<std::string>(),  ReadOptionalTimestamp(row[7])};
}

domain::ApiToken ReadToken(const pqxx::row& row) {
  return {row[0].as<std::int64_t>(), row[1].as<std::string>(),      row[2].as<std::int64_t>(),
          ReadTimestamp(row[3]),     ReadOptionalTimestamp(row[4]), ReadOptionalTimestamp(row[5])};
}

domain::AuditEntry ReadAuditEntry(const pqxx::row& row) {
  domain::AuditEntry entry;
  entry.sequence = row[0].as<std::int64_t>();
  entry.at = ReadTimestamp(row[1]);
  entry.username = row[2].as<std::string>();
  entry.role = row[3].as<std::string>();
  entry.action = row[4].as<std::string>();
  entry.record_ids = row[5].as<std::string>();
  entry.client_address = row[6].as<std::string>();
  entry.outcome = row[7].as<std::string>() == "allowed" ? domain::AuditOutcome::kAllowed
                                                        : domain::AuditOutcome::kRefused;
  entry.detail = row[8].as<std::string>();
  entry.previous_hash = row[9].as<std::string>();
  entry.hash = row[10].as<std::string>();
  return entry;
}

template <typename Record, typename Reader>
std::vector<Record> ReadAll(const pqxx::result& rows, Reader read) {
  std::vector<Record> records;
  for (const auto& row : rows) records.push_back(read(row));
  return records;
}

template <typename Record, typename Reader>
std::optional<Record> ReadFirst(const pqxx::result& rows, Reader read) {
  if (rows.empty()) return std::nullopt;
  return read(rows[0]);
}

}  // namespace

std::int64_t PostgresRepository::AddUser(const domain::User& user) {
  return transaction_
      .exec_params1(
          "INSERT INTO users (username, role, agency, password_hash, disabled, failed_sign_ins, "
          "locked_until, totp_secret, totp_enabled, totp_last_step, created_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, $8, $9, $10, $11::timestamptz) "
          "RETURNING id",
          user.username, std::string(domain::RoleCode(user.role)), user.agency, user.password_hash,
          user.disabled, user.failed_sign_ins, TimestampParameter(user.locked_until),
          user.totp_secret, user.totp_enabled, user.totp_last_step,
          domain::FormatTimestamp(user.created_at))[0]
      .as<std::int64_t>();
}

std::optional<domain::User> PostgresRepository::FindUser(std::int64_t id) {
  return ReadFirst<domain::User>(
      transaction_.exec_params(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = $1",
                               id),
      ReadUser);
}

std::optional<domain::User> PostgresRepository::FindUserByUsername(std::string_view username) {
  return ReadFirst<domain::User>(transaction_.exec_params(std::string("SELECT ") + kUserColumns +
                                                              " FROM users WHERE username = $1",
                                                          std::string(username)),
                                 ReadUser);
}

std::vector<domain::User> PostgresRepository::ListUsers() {
  return ReadAll<domain::User>(
      transaction_.exec(std::string("SELECT ") + kUserColumns + " FROM users ORDER BY username"),
      ReadUser);
}

void PostgresRepository::UpdateUser(const domain::User& user) {
  transaction_.exec_params(
      "UPDATE users SET role = $1, agency = $2, password_hash = $3, disabled = $4, "
      "failed_sign_ins = $5, locked_until = $6::timestamptz, totp_secret = $7, totp_enabled = $8, "
      "totp_last_step = $9 WHERE id = $10",
      std::string(domain::RoleCode(user.role)), user.agency, user.password_hash, user.disabled,
      user.failed_sign_ins, TimestampParameter(user.locked_until), user.totp_secret,
      user.totp_enabled, user.totp_last_step, user.id);
}

void PostgresRepository::ReplaceRecoveryCodes(std::int64_t user_id,
                                              const std::vector<std::string>& code_hashes) {
  transaction_.exec_params("DELETE FROM recovery_codes WHERE user_id = $1", user_id);
  for (const std::string& code_hash : code_hashes) {
    transaction_.exec_params("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)",
                             user_id, code_hash);
  }
}

bool PostgresRepository::UseRecoveryCode(std::int64_t user_id, std::string_view code_hash,
                                         domain::Timestamp at) {
  return !transaction_
              .exec_params(
                  "UPDATE recovery_codes SET used_at = $1::timestamptz WHERE user_id = $2 AND "
                  "code_hash = $3 AND used_at IS NULL RETURNING user_id",
                  domain::FormatTimestamp(at), user_id, std::string(code_hash))
              .empty();
}

std::int64_t PostgresRepository::AddSession(const domain::Session& session) {
  return transaction_
      .exec_params1(
          "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, two_step_passed, "
          "csrf_token, ended_at) VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5, $6, "
          "$7::timestamptz) RETURNING id",
          session.token_hash, session.user_id, domain::FormatTimestamp(session.created_at),
          domain::FormatTimestamp(session.last_seen_at), session.two_step_passed,
          session.csrf_token, TimestampParameter(session.ended_at))[0]
      .as<std::int64_t>();
}

std::optional<domain::Session> PostgresRepository::FindSessionByTokenHash(
    std::string_view token_hash) {
  return ReadFirst<domain::Session>(
      transaction_.exec_params(
          std::string("SELECT ") + kSessionColumns + " FROM sessions WHERE token_hash = $1",
          std::string(token_hash)),
      ReadSession);
}

void PostgresRepository::TouchSession(std::int64_t id, domain::Timestamp at) {
  transaction_.exec_params(
      "UPDATE sessions SET last_seen_at = $1::timestamptz WHERE id = $2 AND ended_at IS NULL",
      domain::FormatTimestamp(at), id);
}

void PostgresRepository::PassSessionSecondStep(std::int64_t id) {
  transaction_.exec_params(
      "UPDATE sessions SET two_step_passed = true WHERE id = $1 AND ended_at IS NULL", id);
}

void PostgresRepository::EndSession(std::int64_t id, domain::Timestamp at) {
  transaction_.exec_params(
      "UPDATE sessions SET ended_at = $1::timestamptz WHERE id = $2 AND ended_at IS NULL",
      domain::FormatTimestamp(at), id);
}

void PostgresRepository::EndSessionsOfUser(std::int64_t user_id, domain::Timestamp at) {
  transaction_.exec_params(
      "UPDATE sessions SET ended_at = $1::timestamptz WHERE user_id = $2 AND ended_at IS NULL",
      domain::FormatTimestamp(at), user_id);
}

std::int64_t PostgresRepository::AddApiToken(const domain::ApiToken& token) {
  return transaction_
      .exec_params1(
          "INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at, revoked_at) "
          "VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5::timestamptz) RETURNING id",
          token.token_hash, token.user_id, domain::FormatTimestamp(token.created_at),
          TimestampParameter(token.expires_at), TimestampParameter(token.revoked_at))[0]
      .as<std::int64_t>();
}

std::optional<domain::ApiToken> PostgresRepository::FindApiToken(std::int64_t id) {
  return ReadFirst<domain::ApiToken>(
      transaction_.exec_params(
          std::string("SELECT ") + kTokenColumns + " FROM api_tokens WHERE id = $1", id),
      ReadToken);
}

std::optional<domain::ApiToken> PostgresRepository::FindApiTokenByHash(
    std::string_view token_hash) {
  return ReadFirst<domain::ApiToken>(
      transaction_.exec_params(
          std::string("SELECT ") + kTokenColumns + " FROM api_tokens WHERE token_hash = $1",
          std::string(token_hash)),
      ReadToken);
}

void PostgresRepository::RevokeApiToken(std::int64_t id, domain::Timestamp at) {
  transaction_.exec_params(
      "UPDATE api_tokens SET revoked_at = $1::timestamptz WHERE id = $2 AND revoked_at IS NULL",
      domain::FormatTimestamp(at), id);
}

std::optional<domain::AuditEntry> PostgresRepository::LastAuditEntryForAppend() {
  // Held to the end of the transaction. Taken before the read, so under READ COMMITTED the read
  // sees the entry appended by whoever held the lock before us.
  transaction_.exec_params("SELECT pg_advisory_xact_lock($1)", kAuditChainLockKey);
  return ReadFirst<domain::AuditEntry>(
      transaction_.exec(std::string("SELECT ") + kAuditColumns +
                        " FROM access_audit ORDER BY sequence DESC LIMIT 1"),
      ReadAuditEntry);
}

void PostgresRepository::AddAuditEntry(const domain::AuditEntry& entry) {
  transaction_.exec_params(
      std::string("INSERT INTO access_audit (") +
          "sequence, at, username, role, action, record_ids, client_address, outcome, detail, "
          "previous_hash, hash) VALUES ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      entry.sequence, domain::FormatTimestamp(entry.at), entry.username, entry.role, entry.action,
      entry.record_ids, entry.client_address, std::string(domain::AuditOutcomeCode(entry.outcome)),
      entry.detail, entry.previous_hash, entry.hash);
  for (const std::string& record_id : domain::SplitRecordIds(entry.record_ids)) {
    transaction_.exec_params(
        "INSERT INTO access_audit_records (record_id, sequence) VALUES ($1, $2) ON CONFLICT DO "
        "NOTHING",
        record_id, entry.sequence);
  }
}

std::vector<domain::AuditEntry> PostgresRepository::ListAuditEntries(std::int64_t after_sequence,
                                                                     int limit) {
  return ReadAll<domain::AuditEntry>(
      transaction_.exec_params(
          std::string("SELECT ") + kAuditColumns +
              " FROM access_audit WHERE sequence > $1 ORDER BY sequence LIMIT $2",
          after_sequence, limit),
      ReadAuditEntry);
}

std::vector<domain::AuditEntry> PostgresRepository::AuditEntriesForRecord(
    std::string_view record_id, int limit) {
  return ReadAll<domain::AuditEntry>(
      transaction_.exec_params(
          "SELECT a.sequence, iso(a.at), a.username, a.role, a.action, a.record_ids, "
          "a.client_address, a.outcome, a.detail, a.previous_hash, a.hash "
          "FROM access_audit_records r JOIN access_audit a ON a.sequence = r.sequence "
          "WHERE r.record_id = $1 ORDER BY r.sequence DESC LIMIT $2",
          std::string(record_id), limit),
      ReadAuditEntry);
}

std::vector<domain::AuditEntry> PostgresRepository::RecentAuditEntries(int limit) {
  return ReadAll<domain::AuditEntry>(
      transaction_.exec_params(std::string("SELECT ") + kAuditColumns +
                                   " FROM access_audit ORDER BY sequence DESC LIMIT $1",
                               limit),
      ReadAuditEntry);
}

}  // namespace frontdoor::store

namespace frontdoor::store {

namespace {

constexpr const char* kPersonColumns =
    "id, given_name, family_name, to_char(date_of_birth, 'YYYY-MM-DD'), iso(created_at), "
    "to_char(expected_date_of_birth, 'YYYY-MM-DD'), sex, ethnicity, disabilities, nhs_number, upn, "
    "merged_into";
constexpr const char* kContactColumns =
    "c.id, c.reference, iso(c.received_at), c.method, c.referrer_name, c.referrer_role, "
    "c.referrer_agency, "
    "c.referrer_contact_details, c.referrer_relationship, c.source, c.concern, c.family_knows, "
    "c.family_agreement, c.urgency, c.recorded_by, iso(c.recorded_at), to_char(c.referral_date, "
    "'YYYY-MM-DD'), "
    "c.language_warnings";

std::optional<domain::Date> ReadOptionalDate(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return domain::ParseDate(field.c_str());
}

domain::Person ReadPerson(const pqxx::row& row) {
  domain::Person person;
  person.id = row[0].as<std::int64_t>();
  person.given_name = row[1].as<std::string>();
  person.family_name = row[2].as<std::string>();
  person.date_of_birth = ReadOptionalDate(row[3]);
  person.created_at = ReadTimestamp(row[4]);
  person.expected_date_of_birth = ReadOptionalDate(row[5]);
  person.sex = domain::ParseSex(row[6].as<std::string>()).value_or(domain::Sex::kUnknown);
  person.ethnicity = row[7].as<std::string>();
  person.disabilities = SplitCodes(row[8].as<std::string>());
  person.nhs_number = row[9].as<std::string>();
  person.upn = row[10].as<std::string>();
  if (!row[11].is_null()) person.merged_into = row[11].as<std::int64_t>();
  return person;
}

domain::Contact ReadContact(const pqxx::row& row) {
  domain::Contact contact;
  contact.id = row[0].as<std::int64_t>();
  contact.reference = row[1].is_null() ? "" : row[1].as<std::string>();
  contact.received_at = ReadTimestamp(row[2]);
  contact.method =
      domain::ParseContactMethod(row[3].as<std::string>()).value_or(domain::ContactMethod::kPhone);
  contact.referrer = {row[4].as<std::string>(), row[5].as<std::string>(), row[6].as<std::string>(),
                      row[7].as<std::string>(), row[8].as<std::string>()};
  contact.source = row[9].as<std::string>();
  contact.concern = row[10].as<std::string>();
  contact.family_knows = row[11].as<std::string>();
  contact.family_agreement = domain::ParseFamilyAgreement(row[12].as<std::string>())
                                 .value_or(domain::FamilyAgreement::kNotAsked);
  contact.urgency = domain::ParseReferrerUrgency(row[13].as<std::string>())
                        .value_or(domain::ReferrerUrgency::kSoon);
  contact.recorded_by = row[14].as<std::string>();
  contact.recorded_at = ReadTimestamp(row[15]);
  contact.referral_date = ReadOptionalDate(row[16]);
  contact.language_warnings = DecodeLanguageWarnings(row[17].as<std::string>());
  return contact;
}

//! A PostgreSQL array literal of ids, for `= ANY($1::bigint[])`: one query for many records.
std::string IdArray(const std::vector<std::int64_t>& ids) {
  std::string array = "{";
  for (std::int64_t id : ids) array += (array.size() > 1 ? "," : "") + std::to_string(id);
  return array + "}";
}

//! Fills in the people on each contact, with one query for them all.
void ReadContactPeople(pqxx::transaction_base& transaction,
                       std::vector<domain::Contact>& contacts) {
  if (contacts.empty()) return;
  std::map<std::int64_t, domain::Contact*> by_id;
  std::vector<std::int64_t> ids;
  for (auto& contact : contacts) {
    by_id[contact.id] = &contact;
    ids.push_back(contact.id);
  }
  for (const auto& row : transaction.exec_params(
           "SELECT contact_id, person_id, role FROM contact_people WHERE contact_id = "
           "ANY($1::bigint[]) ORDER BY contact_id, person_id",
           IdArray(ids))) {
    domain::Contact& contact = *by_id.at(row[0].as<std::int64_t>());
    (row[2].as<std::string>() == "child" ? contact.children : contact.adults)
        .push_back(row[1].as<std::int64_t>());
  }
}

constexpr const char* kBreakGlassColumns =
    "b.id, b.person_id, b.user_id, u.username, b.reason, iso(b.at), iso(b.reviewed_at), "
    "b.reviewed_by";

domain::BreakGlass ReadBreakGlass(const pqxx::row& row) {
  domain::BreakGlass opening;
  opening.id = row[0].as<std::int64_t>();
  opening.person_id = row[1].as<std::int64_t>();
  opening.user_id = row[2].as<std::int64_t>();
  opening.username = row[3].as<std::string>();
  opening.reason = row[4].as<std::string>();
  opening.at = ReadTimestamp(row[5]);
  if (!row[6].is_null()) opening.reviewed_at = ReadTimestamp(row[6]);
  opening.reviewed_by = row[7].as<std::string>();
  return opening;
}

}  // namespace

std::int64_t PostgresRepository::AddPerson(const domain::Person& person) {
  const std::int64_t id =
      transaction_
          .exec_params1(
              "INSERT INTO people (given_name, family_name, date_of_birth, created_at, "
              "expected_date_of_birth, sex, "
              "ethnicity, disabilities, nhs_number, upn) VALUES ($1, $2, $3::date, "
              "$4::timestamptz, $5::date, $6, "
              "$7, $8, $9, $10) RETURNING id",
              person.given_name, person.family_name, DateParameter(person.date_of_birth),
              domain::FormatTimestamp(person.created_at),
              DateParameter(person.expected_date_of_birth),
              std::string(domain::SexCode(person.sex)), person.ethnicity,
              JoinCodes(person.disabilities), person.nhs_number, person.upn)[0]
          .as<std::int64_t>();
  const auto add_name = [&](const std::string& given, const std::string& family, bool current) {
    transaction_.exec_params(
        "INSERT INTO person_names (person_id, is_current, given_name, family_name, given_key, "
        "family_key) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        id, current, given, family, domain::PhoneticKey(given), domain::PhoneticKey(family));
  };
  add_name(person.given_name, person.family_name, true);
  for (const auto& other : person.other_names) add_name(other.given_name, other.family_name, false);
  return id;
}

std::optional<domain::Person> PostgresRepository::FindPerson(std::int64_t id) {
  const pqxx::result rows = transaction_.exec_params(
      std::string("SELECT ") + kPersonColumns + " FROM people WHERE id = $1", id);
  if (rows.empty()) return std::nullopt;
  domain::Person person = ReadPerson(rows[0]);
  for (const auto& row :
       transaction_.exec_params("SELECT given_name, family_name FROM person_names WHERE person_id "
                                "= $1 AND NOT is_current "
                                "ORDER BY family_name, given_name",
                                id)) {
    person.other_names.push_back({row[0].as<std::string>(), row[1].as<std::string>()});
  }
  return person;
}

std::vector<domain::Person> PostgresRepository::FindPeople(const std::vector<std::int64_t>& ids) {
  const std::string list = IdArray(ids);
  std::vector<domain::Person> people;
  for (const auto& row : transaction_.exec_params(std::string("SELECT ") + kPersonColumns +
                                                      " FROM people WHERE id = ANY($1::bigint[]) "
                                                      "ORDER BY id",
                                                  list))
    people.push_back(ReadPerson(row));
  for (const auto& row : transaction_.exec_params(
           "SELECT person_id, given_name, family_name FROM person_names WHERE person_id = "
           "ANY($1::bigint[]) AND NOT is_current ORDER BY person_id, family_name, given_name",
           list)) {
    const auto id = row[0].as<std::int64_t>();
    const auto person =
        std::lower_bound(people.begin(), people.end(), id,
                         [](const auto& one, std::int64_t key) { return one.id < key; });
    if (person != people.end() && person->id == id)
      person->other_names.push_back({row[1].as<std::string>(), row[2].as<std::string>()});
  }
  return people;
}

void PostgresRepository::SetRestriction(const domain::Restriction& restriction) {
  transaction_.exec_params("DELETE FROM person_restriction_users WHERE person_id = $1",
                           restriction.person_id);
  transaction_.exec_params("DELETE FROM person_restrictions WHERE person_id = $1",
                           restriction.person_id);
  transaction_.exec_params(
      "INSERT INTO person_restrictions (person_id, reason, restricted_by, restricted_at) "
      "VALUES ($1, $2, $3, $4::timestamptz)",
      restriction.person_id, restriction.reason, restriction.restricted_by,
      domain::FormatTimestamp(restriction.restricted_at));
  for (std::int64_t user_id : restriction.allowed_user_ids) {
    transaction_.exec_params(
        "INSERT INTO person_restriction_users (person_id, user_id) VALUES ($1, $2) ON CONFLICT DO "
        "NOTHING",
        restriction.person_id, user_id);
  }
}

std::optional<domain::Restriction> PostgresRepository::FindRestriction(std::int64_t person_id) {
  const pqxx::result rows = transaction_.exec_params(
      "SELECT reason, restricted_by, iso(restricted_at) FROM person_restrictions WHERE person_id = "
      "$1",
      person_id);
  if (rows.empty()) return std::nullopt;
  domain::Restriction restriction;
  restriction.person_id = person_id;
  restriction.reason = rows[0][0].as<std::string>();
  restriction.restricted_by = rows[0][1].as<std::int64_t>();
  restriction.restricted_at = ReadTimestamp(rows[0][2]);
  for (const auto& row : transaction_.exec_params(
           "SELECT user_id FROM person_restriction_users WHERE person_id = $1 ORDER BY user_id",
           person_id)) {
    restriction.allowed_user_ids.push_back(row[0].as<std::int64_t>());
  }
  return restriction;
}

std::int64_t PostgresRepository::AddBreakGlass(const domain::BreakGlass& opening) {
  return transaction_
      .exec_params1(
          "INSERT INTO break_glass (person_id, user_id, reason, at) VALUES ($1, $2, $3, "
          "$4::timestamptz) "
          "RETURNING id",
          opening.person_id, opening.user_id, opening.reason,
          domain::FormatTimestamp(opening.at))[0]
      .as<std::int64_t>();
}

std::vector<domain::BreakGlass> PostgresRepository::BreakGlassFor(std::int64_t person_id,
                                                                  std::int64_t user_id) {
  return ReadAll<domain::BreakGlass>(
      transaction_.exec_params(
          std::string("SELECT ") + kBreakGlassColumns +
              " FROM break_glass b JOIN users u ON u.id = b.user_id "
              "WHERE b.person_id = $1 AND b.user_id = $2 ORDER BY b.id DESC LIMIT 20",
          person_id, user_id),
      ReadBreakGlass);
}

std::vector<domain::BreakGlass> PostgresRepository::UnreviewedBreakGlass(int limit) {
  return ReadAll<domain::BreakGlass>(
      transaction_.exec_params(std::string("SELECT ") + kBreakGlassColumns +
                                   " FROM break_glass b JOIN users u ON u.id = b.user_id "
                                   "WHERE b.reviewed_at IS NULL ORDER BY b.id LIMIT $1",
                               limit),
      ReadBreakGlass);
}

bool PostgresRepository::MarkBreakGlassReviewed(std::int64_t id, std::string_view reviewer,
                                                domain::Timestamp at) {
  return !transaction_
              .exec_params(
                  "UPDATE break_glass SET reviewed_at = $1::timestamptz, reviewed_by = $2 "
                  "WHERE id = $3 AND reviewed_at IS NULL RETURNING id",
                  domain::FormatTimestamp(at), std::string(reviewer), id)
              .empty();
}

}  // namespace frontdoor::store

namespace frontdoor::store {

namespace {

// One query per index; the value is the only parameter.
const char* PersonIndexQuery(PersonIndex index) {
  switch (index) {
    case PersonIndex::kFamilyNameKey:
      return "SELECT person_id FROM person_names WHERE family_key = $1";
    case PersonIndex::kGivenNameKey:
      return "SELECT person_id FROM person_names WHERE given_key = $1";
    case PersonIndex::kDateOfBirth:
      return "SELECT id FROM people WHERE date_of_birth = $1::date";
    case PersonIndex::kNhsNumber:
      return "SELECT id FROM people WHERE nhs_number = $1";
    case PersonIndex::kUpn:
      return "SELECT id FROM people WHERE upn = $1";
    case PersonIndex::kId:
      return "SELECT id FROM people WHERE id = $1";
    case PersonIndex::kPostcode:
      return "SELECT m.person_id FROM households h JOIN household_members m ON m.household_id = "
             "h.id WHERE h.postcode = $1";
  }
  return "SELECT id FROM people WHERE false";
}

}  // namespace

std::vector<std::int64_t> PostgresRepository::PeopleByIndex(PersonIndex index,
                                                            std::string_view value, int limit) {
  const std::string sql = std::string(PersonIndexQuery(index)) + " ORDER BY 1 LIMIT $2";
  const pqxx::result rows =
      index == PersonIndex::kId
          ? transaction_.exec_params(sql, std::stoll(std::string(value)), limit)
          : transaction_.exec_params(sql, std::string(value), limit);
  std::vector<std::int64_t> ids;
  for (const auto& row : rows) ids.push_back(row[0].as<std::int64_t>());
  return ids;
}

std::int64_t PostgresRepository::AddHousehold(const domain::Household& household) {
  return transaction_
      .exec_params1(
          "INSERT INTO households (address_line_1, address_line_2, town, postcode) VALUES ($1, $2, "
          "$3, $4) "
          "RETURNING id",
          household.address_line_1, household.address_line_2, household.town, household.postcode)[0]
      .as<std::int64_t>();
}

std::optional<domain::Household> PostgresRepository::FindHousehold(std::int64_t id) {
  const pqxx::result rows = transaction_.exec_params(
      "SELECT id, address_line_1, address_line_2, town, postcode FROM households WHERE id = $1",
      id);
  if (rows.empty()) return std::nullopt;
  return domain::Household{rows[0][0].as<std::int64_t>(), rows[0][1].as<std::string>(),
                           rows[0][2].as<std::string>(), rows[0][3].as<std::string>(),
                           rows[0][4].as<std::string>()};
}

void PostgresRepository::AddHouseholdMember(const domain::HouseholdMember& member) {
  transaction_.exec_params(
      "INSERT INTO household_members (household_id, person_id, from_date, to_date) VALUES ($1, $2, "
      "$3::date, $4::date)",
      member.household_id, member.person_id, domain::FormatDate(member.from),
      DateParameter(member.to));
}

std::vector<std::pair<domain::Household, domain::HouseholdMember>> PostgresRepository::HouseholdsOf(
    std::int64_t person_id) {
  std::vector<std::pair<domain::Household, domain::HouseholdMember>> households;
  for (const auto& row :
       transaction_.exec_params("SELECT h.id, h.address_line_1, h.address_line_2, h.town, "
                                "h.postcode, to_char(m.from_date, 'YYYY-MM-DD'), "
                                "to_char(m.to_date, 'YYYY-MM-DD') FROM household_members m JOIN "
                                "households h ON h.id = m.household_id "
                                "WHERE m.person_id = $1 ORDER BY m.from_date DESC",
                                person_id)) {
    households.push_back(
        {{row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>(),
          row[3].as<std::string>(), row[4].as<std::string>()},
         {row[0].as<std::int64_t>(), person_id, ReadDate(row[5]), ReadOptionalDate(row[6])}});
  }
  return households;
}

std::vector<domain::HouseholdMember> PostgresRepository::MembersOf(std::int64_t household_id) {
  std::vector<domain::HouseholdMember> members;
  for (const auto& row :
       transaction_.exec_params("SELECT person_id, to_char(from_date, 'YYYY-MM-DD'), "
                                "to_char(to_date, 'YYYY-MM-DD') FROM household_members "
                                "WHERE household_id = $1 ORDER BY from_date, person_id",
                                household_id)) {
    members.push_back(
        {household_id, row[0].as<std::int64_t>(), ReadDate(row[1]), ReadOptionalDate(row[2])});
  }
  return members;
}

void PostgresRepository::AddRelationship(const domain::Relationship& relationship) {
  transaction_.exec_params(
      "INSERT INTO relationships (person_id, related_person_id, kind) VALUES ($1, $2, $3) "
      "ON CONFLICT (person_id, related_person_id) DO UPDATE SET kind = EXCLUDED.kind",
      relationship.person_id, relationship.related_person_id,
      std::string(domain::RelationshipCode(relationship.kind)));
}

std::vector<domain::Relationship> PostgresRepository::RelationshipsOf(std::int64_t person_id) {
  std::vector<domain::Relationship> relationships;
  for (const auto& row :
       transaction_.exec_params("SELECT person_id, related_person_id, kind FROM relationships "
                                "WHERE person_id = $1 ORDER BY related_person_id",
                                person_id)) {
    relationships.push_back({row[0].as<std::int64_t>(), row[1].as<std::int64_t>(),
                             domain::ParseRelationship(row[2].as<std::string>())
                                 .value_or(domain::RelationshipKind::kOther)});
  }
  return relationships;
}

std::int64_t PostgresRepository::AddContact(const domain::Contact& contact) {
  const std::int64_t id =
      transaction_
          .exec_params1(
              "INSERT INTO contacts (reference, received_at, method, referrer_name, referrer_role, "
              "referrer_agency, "
              "referrer_contact_details, referrer_relationship, source, concern, family_knows, "
              "family_agreement, "
              "urgency, recorded_by, recorded_at, referral_date, language_warnings) VALUES (NULL, "
              "$1::timestamptz, "
              "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::timestamptz, $15::date, "
              "$16) RETURNING id",
              domain::FormatTimestamp(contact.received_at),
              std::string(domain::ContactMethodCode(contact.method)), contact.referrer.name,
              contact.referrer.role, contact.referrer.agency, contact.referrer.contact_details,
              contact.referrer.relationship, contact.source, contact.concern, contact.family_knows,
              std::string(domain::FamilyAgreementCode(contact.family_agreement)),
              std::string(domain::ReferrerUrgencyCode(contact.urgency)), contact.recorded_by,
              domain::FormatTimestamp(contact.recorded_at), DateParameter(contact.referral_date),
              EncodeLanguageWarnings(contact.language_warnings))[0]
          .as<std::int64_t>();
  const auto add = [&](std::int64_t person_id, const char* role) {
    transaction_.exec_params(
        "INSERT INTO contact_people (contact_id, person_id, role) VALUES ($1, $2, $3) ON CONFLICT "
        "DO NOTHING",
        id, person_id, std::string(role));
  };
  for (std::int64_t child : contact.children) add(child, "child");
  for (std::int64_t adult : contact.adults) add(adult, "adult");
  return id;
}

void PostgresRepository::SetContactReference(std::int64_t id, std::string_view reference) {
  transaction_.exec_params("UPDATE contacts SET reference = $1 WHERE id = $2",
                           std::string(reference), id);
}

std::optional<domain::Contact> PostgresRepository::FindContact(std::int64_t id) {
  const pqxx::result rows = transaction_.exec_params(
      std::string("SELECT ") + kContactColumns + " FROM contacts c WHERE c.id = $1", id);
  if (rows.empty()) return std::nullopt;
  std::vector<domain::Contact> contact{ReadContact(rows[0])};
  ReadContactPeople(transaction_, contact);
  return contact.front();
}

std::vector<domain::Contact> PostgresRepository::ContactsAbout(std::int64_t person_id) {
  std::vector<domain::Contact> contacts;
  for (const auto& row : transaction_.exec_params(std::string("SELECT ") + kContactColumns +
                                                      " FROM contact_people p JOIN contacts c ON "
                                                      "c.id = p.contact_id WHERE p.person_id = $1 "
                                                      "ORDER BY c.received_at DESC, c.id DESC",
                                                  person_id)) {
    contacts.push_back(ReadContact(row));
  }
  ReadContactPeople(transaction_, contacts);
  return contacts;
}

}  // namespace frontdoor::store

namespace frontdoor::store {

void PostgresRepository::SetMergedInto(std::int64_t id, std::optional<std::int64_t> into) {
  transaction_.exec_params("UPDATE people SET merged_into = $1 WHERE id = $2", into, id);
}

std::vector<std::int64_t> PostgresRepository::MergedInto(std::int64_t id) {
  std::vector<std::int64_t> ids;
  for (const auto& row :
       transaction_.exec_params("SELECT id FROM people WHERE merged_into = $1 ORDER BY id", id)) {
    ids.push_back(row[0].as<std::int64_t>());
  }
  return ids;
}

}  // namespace frontdoor::store

namespace frontdoor::store {

void PostgresRepository::LockUser(std::int64_t id) {
  transaction_.exec_params("SELECT 1 FROM users WHERE id = $1 FOR UPDATE", id);
}

void PostgresRepository::LockPerson(std::int64_t id) {
  transaction_.exec_params("SELECT 1 FROM people WHERE id = $1 FOR UPDATE", id);
}

}  // namespace frontdoor::store

namespace frontdoor::store {

namespace {

std::optional<std::string> Text(std::optional<std::string_view> value) {
  if (!value) return std::nullopt;
  return std::string(*value);
}

domain::MashCheck ReadCheck(const pqxx::row& row) {
  return DecodeCheck(row[0].as<std::int64_t>(), row[1].as<std::string>());
}

domain::Decision ReadDecision(const pqxx::row& row) {
  return DecodeDecision(row[0].as<std::string>());
}

domain::Allocation ReadAllocation(const pqxx::row& row) {
  return DecodeAllocation(row[0].as<std::string>());
}

}  // namespace

void PostgresRepository::SetReferral(std::int64_t contact_id, const domain::Date& date, bool nfa) {
  transaction_.exec_params(
      "UPDATE contacts SET referral_date = $1::date, referral_nfa = $2 WHERE id = $3",
      domain::FormatDate(date), nfa, contact_id);
}

void PostgresRepository::LockContact(std::int64_t id) {
  transaction_.exec_params("SELECT 1 FROM contacts WHERE id = $1 FOR UPDATE", id);
}

std::vector<domain::Contact> PostgresRepository::ContactsAwaitingDecision(
    std::optional<std::string_view> recorded_by, int limit) {
  std::vector<domain::Contact> contacts;
  for (const auto& row : transaction_.exec_params(
           std::string("SELECT ") + kContactColumns +
               " FROM contacts c WHERE c.awaiting_decision AND ($1::text IS NULL OR "
               "c.recorded_by = $1) ORDER BY c.received_at, c.id LIMIT $2",
           Text(recorded_by), limit)) {
    contacts.push_back(ReadContact(row));
  }
  ReadContactPeople(transaction_, contacts);
  return contacts;
}

std::pair<std::int64_t, std::int64_t> PostgresRepository::CountDecided(domain::Timestamp from,
                                                                       domain::Timestamp to) {
  const auto row = transaction_.exec_params1(
      "SELECT count(*), count(d.contact_id) FROM contacts c LEFT JOIN decisions d ON d.contact_id "
      "= c.id WHERE c.received_at >= $1::timestamptz AND c.received_at < $2::timestamptz",
      domain::FormatTimestamp(from), domain::FormatTimestamp(to));
  return {row[0].as<std::int64_t>(), row[1].as<std::int64_t>()};
}

std::int64_t PostgresRepository::AddConsent(const domain::ConsentRecord& consent) {
  return transaction_
      .exec_params1("INSERT INTO consents (contact_id, body) VALUES ($1, $2) RETURNING id",
                    consent.contact_id, EncodeConsent(consent))[0]
      .as<std::int64_t>();
}

std::vector<domain::ConsentRecord> PostgresRepository::ConsentsFor(std::int64_t contact_id) {
  return ReadAll<domain::ConsentRecord>(
      transaction_.exec_params("SELECT id, body FROM consents WHERE contact_id = $1 ORDER BY id",
                               contact_id),
      [](const pqxx::row& row) {
        return DecodeConsent(row[0].as<std::int64_t>(), row[1].as<std::string>());
      });
}

std::int64_t PostgresRepository::AddCheck(const domain::MashCheck& check) {
  return transaction_
      .exec_params1(
          "INSERT INTO mash_checks (contact_id, agency, requested_by, due_at, body) VALUES ($1, "
          "$2, $3, $4::timestamptz, $5) RETURNING id",
          check.contact_id, check.agency, check.requested_by, domain::FormatTimestamp(check.due_at),
          EncodeCheck(check))[0]
      .as<std::int64_t>();
}

std::optional<domain::MashCheck> PostgresRepository::FindCheck(std::int64_t id) {
  const auto rows = transaction_.exec_params("SELECT id, body FROM mash_checks WHERE id = $1", id);
  if (rows.empty()) return std::nullopt;
  return ReadCheck(rows[0]);
}

bool PostgresRepository::AnswerCheck(const domain::MashCheck& check) {
  if (!check.answered_at) throw StoreError("an answer needs the time it was given");
  const auto result = transaction_.exec_params(
      "UPDATE mash_checks SET answered_at = $1::timestamptz, body = $2 WHERE id = $3 AND "
      "answered_at IS NULL",
      domain::FormatTimestamp(*check.answered_at), EncodeCheck(check), check.id);
  return result.affected_rows() == 1;
}

std::vector<domain::MashCheck> PostgresRepository::ChecksFor(std::int64_t contact_id) {
  return ReadAll<domain::MashCheck>(
      transaction_.exec_params("SELECT id, body FROM mash_checks WHERE contact_id = $1 ORDER BY id",
                               contact_id),
      ReadCheck);
}

std::vector<domain::MashCheck> PostgresRepository::OpenChecks(
    std::optional<std::string_view> agency, std::optional<std::string_view> requested_by,
    int limit) {
  return ReadAll<domain::MashCheck>(
      transaction_.exec_params(
          "SELECT id, body FROM mash_checks WHERE answered_at IS NULL AND ($1::text IS NULL OR "
          "agency = $1) AND ($2::text IS NULL OR requested_by = $2) ORDER BY due_at, id LIMIT $3",
          Text(agency), Text(requested_by), limit),
      ReadCheck);
}

void PostgresRepository::SetChecksNotNeeded(const domain::ChecksNotNeeded& record) {
  transaction_.exec_params(
      "INSERT INTO checks_not_needed (contact_id, body) VALUES ($1, $2) ON CONFLICT (contact_id) "
      "DO UPDATE SET body = excluded.body",
      record.contact_id, EncodeChecksNotNeeded(record));
}

std::optional<domain::ChecksNotNeeded> PostgresRepository::FindChecksNotNeeded(
    std::int64_t contact_id) {
  const auto rows = transaction_.exec_params(
      "SELECT body FROM checks_not_needed WHERE contact_id = $1", contact_id);
  if (rows.empty()) return std::nullopt;
  return DecodeChecksNotNeeded(rows[0][0].as<std::string>());
}

void PostgresRepository::AddDecision(const domain::Decision& decision) {
  transaction_.exec_params(
      "INSERT INTO decisions (contact_id, decided_at, is_override, consent_closure, body) VALUES "
      "($1, $2::timestamptz, $3, $4, $5)",
      decision.contact_id, domain::FormatTimestamp(decision.decided_at), decision.is_override,
      decision.consent_closure, EncodeDecision(decision));
  transaction_.exec_params("UPDATE contacts SET awaiting_decision = FALSE WHERE id = $1",
                           decision.contact_id);
}

std::optional<domain::Decision> PostgresRepository::FindDecision(std::int64_t contact_id) {
  const auto rows =
      transaction_.exec_params("SELECT body FROM decisions WHERE contact_id = $1", contact_id);
  if (rows.empty()) return std::nullopt;
  return ReadDecision(rows[0]);
}

std::vector<domain::Decision> PostgresRepository::ConsentClosures(int limit) {
  return ReadAll<domain::Decision>(
      transaction_.exec_params(
          "SELECT body FROM decisions WHERE consent_closure ORDER BY decided_at DESC LIMIT $1",
          limit),
      ReadDecision);
}

std::vector<domain::Decision> PostgresRepository::OverrideDecisions(int limit) {
  return ReadAll<domain::Decision>(
      transaction_.exec_params(
          "SELECT body FROM decisions WHERE is_override ORDER BY decided_at DESC LIMIT $1", limit),
      ReadDecision);
}

void PostgresRepository::AddAllocation(const domain::Allocation& allocation) {
  transaction_.exec_params(
      "INSERT INTO allocations (contact_id, person_id, worker, team, body) VALUES ($1, $2, $3, "
      "$4, $5)",
      allocation.contact_id, allocation.person_id, allocation.worker, allocation.team,
      EncodeAllocation(allocation));
}

std::vector<domain::Allocation> PostgresRepository::AllocationsFor(std::int64_t contact_id) {
  return ReadAll<domain::Allocation>(
      transaction_.exec_params(
          "SELECT body FROM allocations WHERE contact_id = $1 ORDER BY person_id", contact_id),
      ReadAllocation);
}

std::vector<domain::Allocation> PostgresRepository::AllocationsTo(
    std::optional<std::string_view> worker, std::optional<std::string_view> team, int limit) {
  return ReadAll<domain::Allocation>(
      transaction_.exec_params(
          "SELECT body FROM allocations WHERE worker <> '' AND ($1::text IS NULL OR worker = $1) "
          "AND ($2::text IS NULL OR team = $2) ORDER BY contact_id DESC, person_id LIMIT $3",
          Text(worker), Text(team), limit),
      ReadAllocation);
}

std::vector<std::int64_t> PostgresRepository::AllocationContactsOf(std::int64_t person_id) {
  return ReadAll<std::int64_t>(
      transaction_.exec_params(
          "SELECT contact_id FROM allocations WHERE person_id = $1 ORDER BY contact_id", person_id),
      [](const pqxx::row& row) { return row[0].as<std::int64_t>(); });
}

std::map<std::int64_t, domain::ContactSteps> PostgresRepository::StepsOf(
    const std::vector<std::int64_t>& contact_ids) {
  std::map<std::int64_t, domain::ContactSteps> steps;
  for (std::int64_t id : contact_ids) steps[id];
  if (contact_ids.empty()) return steps;
  const std::string ids = IdArray(contact_ids);
  const auto rows = [&](const char* columns, const char* table, const char* order) {
    return transaction_.exec_params(std::string("SELECT ") + columns + ", contact_id FROM " +
                                        table + " WHERE contact_id = ANY($1::bigint[]) ORDER BY " +
                                        order,
                                    ids);
  };
  // Each row's contact id is its last column.
  const auto of = [&](const pqxx::row& row) -> domain::ContactSteps& {
    return steps.at(row[row.size() - 1].as<std::int64_t>());
  };
  for (const auto& row : rows("id, body", "consents", "id"))
    of(row).consents.push_back(DecodeConsent(row[0].as<std::int64_t>(), row[1].as<std::string>()));
  for (const auto& row : rows("id, body", "mash_checks", "id"))
    of(row).checks.push_back(ReadCheck(row));
  for (const auto& row : rows("body", "checks_not_needed", "contact_id"))
    of(row).checks_not_needed = DecodeChecksNotNeeded(row[0].as<std::string>());
  for (const auto& row : rows("body", "decisions", "contact_id"))
    of(row).decision = ReadDecision(row);
  for (const auto& row : rows("body", "allocations", "contact_id, person_id"))
    of(row).allocations.push_back(ReadAllocation(row));
  return steps;
}

void PostgresRepository::AddHistory(const domain::HistoryEntry& entry) {
  transaction_.exec_params("INSERT INTO record_history (record, body) VALUES ($1, $2)",
                           entry.record, EncodeHistory(entry));
}

std::vector<domain::HistoryEntry> PostgresRepository::HistoryOf(std::string_view record) {
  return ReadAll<domain::HistoryEntry>(
      transaction_.exec_params("SELECT body FROM record_history WHERE record = $1 ORDER BY id",
                               std::string(record)),
      [](const pqxx::row& row) { return DecodeHistory(row[0].as<std::string>()); });
}

}  // namespace frontdoor::store
