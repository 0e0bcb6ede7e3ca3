// src/store/account_records.cpp — accounts' statements and row mapper, for both databases.
#include "store/account_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

constexpr const char* kUserColumns =
    "SELECT id, username, role, agency, password_hash, disabled, failed_sign_ins, locked_until, "
    "totp_secret, totp_enabled, totp_last_step, created_at FROM users ";

domain::User ReadUser(const SqlRow& row) {
  domain::User user;
  user.id = row.Int(0);
  user.username = row.Text(1);
  user.role = domain::kRoles.Parse(row.Text(2)).value_or(domain::Role::kPractitioner);
  user.agency = row.Text(3);
  user.password_hash = row.Text(4);
  user.disabled = row.Bool(5);
  user.failed_sign_ins = int(row.Int(6));
  user.locked_until = row.OptionalTime(7);
  user.totp_secret = row.Text(8);
  user.totp_enabled = row.Bool(9);
  user.totp_last_step = row.Int(10);
  user.created_at = row.Time(11);
  return user;
}

}  // namespace

std::int64_t AccountRecords::Add(const domain::User& user) {
  return sql_.Insert(
      "INSERT INTO users (username, role, agency, password_hash, disabled, failed_sign_ins, "
      "locked_until, totp_secret, totp_enabled, totp_last_step, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {user.username, domain::kRoles.Code(user.role), user.agency, user.password_hash,
       user.disabled, user.failed_sign_ins, user.locked_until, user.totp_secret, user.totp_enabled,
       user.totp_last_step, user.created_at});
}

std::optional<domain::User> AccountRecords::Find(std::int64_t id) {
  return sql_.One(std::string(kUserColumns) + "WHERE id = ?", {id}, ReadUser);
}

std::optional<domain::User> AccountRecords::FindByUsername(std::string_view username) {
  return sql_.One(std::string(kUserColumns) + "WHERE username = ?", {username}, ReadUser);
}

std::vector<domain::User> AccountRecords::List() {
  return sql_.All(std::string(kUserColumns) + "ORDER BY username", {}, ReadUser);
}

void AccountRecords::Update(const domain::User& user) {
  sql_.Execute(
      "UPDATE users SET role = ?, agency = ?, password_hash = ?, disabled = ?, "
      "failed_sign_ins = ?, locked_until = ?, totp_secret = ?, totp_enabled = ?, "
      "totp_last_step = ? WHERE id = ?",
      {domain::kRoles.Code(user.role), user.agency, user.password_hash, user.disabled,
       user.failed_sign_ins, user.locked_until, user.totp_secret, user.totp_enabled,
       user.totp_last_step, user.id});
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
  return sql_.Execute(
             "UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND "
             "used_at IS NULL",
             {at, user_id, code_hash}) == 1;
}

}  // namespace frontdoor::store
