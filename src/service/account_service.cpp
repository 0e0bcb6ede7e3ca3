// src/service/account_service.cpp — adding, disabling and changing accounts; issuing and revoking
// API tokens.
#include "service/account_service.hpp"

#include <type_traits>

#include "domain/account_rules.hpp"
#include "domain/text.hpp"
#include "service/access_audit_service.hpp"

namespace frontdoor::service {

namespace {

void Append(domain::FieldErrors& errors, const domain::FieldErrors& more) {
  errors.insert(errors.end(), more.begin(), more.end());
}

Invalid RoleError() {
  return Invalid{{{"role",
                   "Role must be one of practitioner, manager, auditor, partner, performance or "
                   "admin"}}};
}

}  // namespace

Result<domain::User> AccountService::AddUser(const Actor& by, const NewAccount& account) {
  const auto role = domain::kRoles.Parse(account.role);
  if (!role) return RoleError();
  domain::FieldErrors errors = domain::ValidateUsername(account.username);
  Append(errors, domain::ValidateNameAndJobTitle(account.full_name, account.job_title));
  Append(errors, domain::ValidateAgency(*role, account.agency));
  Append(errors, domain::CheckNewPassword(account.password, account.username, common_passwords_));
  if (!errors.empty()) return Invalid{std::move(errors)};

  domain::User user;
  user.username = account.username;
  user.full_name = domain::Trim(account.full_name);
  user.job_title = domain::Trim(account.job_title);
  user.role = *role;
  user.agency = account.agency;
  user.password_hash = HashPassword(account.password, cost_);  // slow: outside the transaction
  user.created_at = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::User> {
    if (records.accounts.FindByUsername(user.username)) {
      return Invalid{{{"username", "An account with that username already exists"}}};
    }
    user.id = records.accounts.Add(user);
    AppendAudit(
        records, by, user.created_at,
        {domain::Action::kManageUsers, "user:" + std::to_string(user.id),
         domain::AuditOutcome::kAllowed, "added " + user.username + ", role " + account.role});
    return user;
  });
}

std::vector<domain::User> AccountService::ListUsers(const Actor& by) {
  return store_.WriteResult([&](store::Records& records) {
    auto users = records.accounts.List();
    AppendAudit(
        records, by, clock_.Now(),
        {domain::Action::kManageUsers, "", domain::AuditOutcome::kAllowed, "listed accounts"});
    return users;
  });
}

template <typename Change>
Result<domain::User> AccountService::ChangeUser(const Actor& by, const std::string& username,
                                                const std::string& what, Change&& change,
                                                bool end_sessions) {
  return store_.WriteResult([&](store::Records& records) -> Result<domain::User> {
    auto user = records.accounts.FindByUsername(username);
    if (!user) return NotFound{};
    records.accounts.Lock(user->id);
    user = records.accounts.Find(user->id);  // as it is now that it is held
    if (!user) return NotFound{};
    const auto now = clock_.Now();
    const domain::User before = *user;
    std::string detail;
    if constexpr (std::is_invocable_v<Change, domain::User&, store::Records&>)
      detail = change(*user, records);
    else
      detail = change(*user);
    if (domain::LeavesNoAdministrator(records.accounts.List(), before, *user)) {
      AppendAudit(records, by, now,
                  {domain::Action::kManageUsers, "user:" + std::to_string(user->id),
                   domain::AuditOutcome::kRefused,
                   what + " " + user->username + ": the only administrator in use"});
      return Invalid{{{"",
                       "This is the only administrator's account in use: make another "
                       "account an administrator first"}}};
    }
    records.accounts.Update(*user);
    if (end_sessions) {
      records.sessions.EndSessionsOf(user->id, now);
      records.sessions.RevokeTokensOf(user->id, now);
    }
    AppendAudit(records, by, now,
                {domain::Action::kManageUsers, "user:" + std::to_string(user->id),
                 domain::AuditOutcome::kAllowed,
                 what + " " + user->username + (detail.empty() ? "" : ", " + detail)});
    return *user;
  });
}

Result<domain::User> AccountService::DisableUser(const Actor& by, const std::string& username) {
  if (!by.username.empty() && by.username == username)
    return Invalid{{{"", "You cannot disable your own account: ask another administrator"}}};
  return ChangeUser(by, username, "disabled", [](domain::User& user) {
    user.disabled = true;
    return std::string();
  });
}

Result<domain::User> AccountService::EnableUser(const Actor& by, const std::string& username) {
  return ChangeUser(
      by, username, "enabled",
      [](domain::User& user) {
        user.disabled = false;
        return std::string();
      },
      false);
}

Result<domain::User> AccountService::SetRole(const Actor& by, const std::string& username,
                                             const std::string& role_code,
                                             const std::string& agency) {
  const auto role = domain::kRoles.Parse(role_code);
  if (!role) return RoleError();
  if (auto errors = domain::ValidateAgency(*role, agency); !errors.empty()) {
    return Invalid{std::move(errors)};
  }
  return ChangeUser(by, username, "role changed for", [&](domain::User& user) {
    const std::string detail =
        "role " + std::string(domain::kRoles.Code(user.role)) + " to " + role_code;
    user.role = *role;
    user.agency = agency;
    return detail;
  });
}

Result<domain::User> AccountService::ResetTwoStep(const Actor& by, const std::string& username) {
  return ChangeUser(by, username, "two-step verification reset for",
                    [](domain::User& user, store::Records& records) {
                      const bool was_set_up = user.totp_enabled;
                      user.totp_secret.clear();
                      user.totp_enabled = false;
                      user.totp_last_step = 0;
                      records.accounts.ReplaceRecoveryCodes(user.id, {});
                      return std::string(was_set_up ? "it was set up; its recovery codes removed"
                                                    : "it was not set up");
                    });
}

Result<domain::User> AccountService::SetNameAndJobTitle(const Actor& by,
                                                        const std::string& username,
                                                        const std::string& full_name,
                                                        const std::string& job_title) {
  if (auto errors = domain::ValidateNameAndJobTitle(full_name, job_title); !errors.empty())
    return Invalid{std::move(errors)};
  return ChangeUser(
      by, username, "name and job title set for",
      [&](domain::User& user) {
        const std::string detail = "from \"" + user.ShownAs() + "\"";
        user.full_name = domain::Trim(full_name);
        user.job_title = domain::Trim(job_title);
        return detail + " to \"" + user.ShownAs() + "\"";
      },
      /*end_sessions=*/false);
}

Result<domain::User> AccountService::ResetPassword(const Actor& by, const std::string& username,
                                                   const std::string& password) {
  if (auto errors = domain::CheckNewPassword(password, username, common_passwords_);
      !errors.empty()) {
    return Invalid{std::move(errors)};
  }
  const std::string hash = HashPassword(password, cost_);
  return ChangeUser(by, username, "password reset for", [&](domain::User& user) {
    user.password_hash = hash;
    user.failed_sign_ins = 0;
    user.locked_until.reset();
    return std::string();
  });
}

Result<domain::User> AccountService::ChangeOwnPassword(const Actor& actor,
                                                       const domain::PasswordChange& change) {
  if (auto errors = domain::CheckPasswordChange(change, actor.username, common_passwords_);
      !errors.empty()) {
    return Invalid{std::move(errors)};
  }
  const auto account = store_.ReadResult(
      [&](store::Records& records) { return records.accounts.FindByUsername(actor.username); });
  if (!account) return NotFound{};
  // The slow hashes outside any transaction, as at sign-in.
  const bool current_right = VerifyPassword(account->password_hash, change.current);
  const std::string hash = current_right ? HashPassword(change.replacement, cost_) : "";
  return store_.WriteResult([&](store::Records& records) -> Result<domain::User> {
    records.accounts.Lock(account->id);
    auto user = records.accounts.Find(account->id);  // as it is now that it is held
    if (!user) return NotFound{};
    const auto now = clock_.Now();
    const std::string record = "user:" + std::to_string(user->id);
    const auto refuse = [&](const std::string& why, std::string message) {
      AppendAudit(records, actor, now,
                  {domain::Action::kChangePassword, record, domain::AuditOutcome::kRefused, why});
      return Invalid{{{"current_password", std::move(message)}}};
    };
    if (domain::IsLocked(*user, now)) {
      return refuse("account locked",
                    "Your account is locked after too many wrong passwords. Try again in " +
                        std::to_string(sign_in_policy_.lock_period.count()) + " minutes");
    }
    if (!current_right) {
      domain::RecordFailedSignIn(*user, now, sign_in_policy_);
      records.accounts.Update(*user);
      return refuse(
          user->locked_until ? "current password wrong; account locked" : "current password wrong",
          "Your current password is not right");
    }
    user->password_hash = hash;
    domain::RecordSuccessfulSignIn(*user);
    records.accounts.Update(*user);
    records.sessions.EndSessionsOf(user->id, now);
    records.sessions.RevokeTokensOf(user->id, now);
    AppendAudit(records, actor, now,
                {domain::Action::kChangePassword, record, domain::AuditOutcome::kAllowed,
                 "own password changed; sessions ended, API tokens revoked"});
    return *user;
  });
}

Result<IssuedToken> AccountService::CreateApiToken(const Actor& by, const std::string& username,
                                                   std::optional<int> expires_days) {
  if (expires_days && (*expires_days < 1 || *expires_days > 3650)) {
    return Invalid{{{"expires_days", "Days until the token expires must be between 1 and 3650"}}};
  }
  return store_.WriteResult([&](store::Records& records) -> Result<IssuedToken> {
    auto user = records.accounts.FindByUsername(username);
    if (!user) return NotFound{};
    IssuedToken issued;
    issued.secret = "fd_" + RandomToken();
    issued.token.token_hash = domain::Sha256Hex(issued.secret);
    issued.token.user_id = user->id;
    issued.token.created_at = clock_.Now();
    const int days = expires_days.value_or(kDefaultTokenDays);
    issued.token.expires_at = issued.token.created_at + std::chrono::days(days);
    issued.token.id = records.sessions.AddToken(issued.token);
    AppendAudit(records, by, issued.token.created_at,
                {domain::Action::kManageUsers,
                 "user:" + std::to_string(user->id) + " token:" + std::to_string(issued.token.id),
                 domain::AuditOutcome::kAllowed,
                 "API token created for " + user->username + ", expires in " +
                     domain::Counted(days, "day", "days")});
    return issued;
  });
}

Result<domain::ApiToken> AccountService::RevokeApiToken(const Actor& by, std::int64_t token_id) {
  return store_.WriteResult([&](store::Records& records) -> Result<domain::ApiToken> {
    auto token = records.sessions.FindToken(token_id);
    if (!token) return NotFound{};
    const auto now = clock_.Now();
    records.sessions.RevokeToken(token_id, now);
    if (!token->revoked_at) token->revoked_at = now;
    AppendAudit(records, by, now,
                {domain::Action::kManageUsers,
                 "user:" + std::to_string(token->user_id) + " token:" + std::to_string(token_id),
                 domain::AuditOutcome::kAllowed, "API token revoked"});
    return *token;
  });
}

std::int64_t AccountService::CountUsers() {
  return store_.ReadResult(
      [](store::Records& records) { return std::int64_t(records.accounts.List().size()); });
}

}  // namespace frontdoor::service
