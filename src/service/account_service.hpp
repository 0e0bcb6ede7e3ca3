// src/service/account_service.hpp — managing accounts and API tokens: what an administrator (or the
// command line) does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/clock.hpp"
#include "domain/password_policy.hpp"
#include "domain/sign_in_policy.hpp"
#include "service/credentials.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! An account as asked for.
struct NewAccount {
  std::string username;
  std::string role;    //!< role code
  std::string agency;  //!< partners only
  std::string password;
  std::string full_name;  //!< of the person who holds it
  std::string job_title;
};

//! How long an API token works when no lifetime is asked for.
inline constexpr int kDefaultTokenDays = 90;

//! A token just made: the secret is shown once and never kept.
struct IssuedToken {
  domain::ApiToken token;
  std::string secret;
};

//! Every change here is checked, applied in one transaction and written to the access audit.
class AccountService {
 public:
  //! `sign_in_policy`: when a wrong current password locks the account, as at sign-in.
  AccountService(store::Store& store, const domain::Clock& clock,
                 const domain::CommonPasswords& common_passwords, PasswordHashCost cost,
                 domain::SignInPolicy sign_in_policy = {})
      : store_(store),
        clock_(clock),
        common_passwords_(common_passwords),
        cost_(cost),
        sign_in_policy_(sign_in_policy) {}

  //! Adds an account.
  Result<domain::User> AddUser(const Actor& by, const NewAccount& account);
  //! Sets the full name and job title the account's actions are signed with.
  Result<domain::User> SetNameAndJobTitle(const Actor& by, const std::string& username,
                                          const std::string& full_name,
                                          const std::string& job_title);
  //! Every account, by username.
  std::vector<domain::User> ListUsers(const Actor& by);
  //! Stops an account signing in, ends its sessions and revokes its API tokens. An administrator
  //! cannot disable their own account (Invalid), so one is always left to enable it again.
  Result<domain::User> DisableUser(const Actor& by, const std::string& username);
  //! Lets a disabled account sign in again; its sessions and tokens ended when it was disabled.
  Result<domain::User> EnableUser(const Actor& by, const std::string& username);
  //! Changes an account's role (and agency, which only partners have); ends its sessions and
  //! revokes its API tokens.
  Result<domain::User> SetRole(const Actor& by, const std::string& username,
                               const std::string& role, const std::string& agency);
  //! Sets a new password, lifts any lock, ends the account's sessions and revokes its API tokens.
  Result<domain::User> ResetPassword(const Actor& by, const std::string& username,
                                     const std::string& password);
  //! The signed-in person (`actor`) changes their own password, giving the current one. Every
  //! session of theirs ends, this one too, and their API tokens are revoked: whoever had the old
  //! password keeps nothing. A wrong current password counts as a failed sign-in (five lock the
  //! account), and a locked account cannot change its password until the lock is over.
  Result<domain::User> ChangeOwnPassword(const Actor& actor, const domain::PasswordChange& change);
  //! Clears the account's two-step set-up (its secret and recovery codes: a lost phone and lost
  //! codes), ends its sessions and revokes its API tokens; its next sign-in sets two-step up
  //! again. Whoever holds the password can do that first, so reset the password with it.
  Result<domain::User> ResetTwoStep(const Actor& by, const std::string& username);
  //! Makes an API token for the account, valid for `expires_days` days (kDefaultTokenDays when
  //! not given).
  Result<IssuedToken> CreateApiToken(const Actor& by, const std::string& username,
                                     std::optional<int> expires_days);
  //! Revokes a token by id.
  Result<domain::ApiToken> RevokeApiToken(const Actor& by, std::int64_t token_id);
  //! How many accounts exist.
  std::int64_t CountUsers();

 private:
  //! Loads the account, applies `change` (to the account, or to it and the transaction's records),
  //! saves it and records `action`, all in one transaction;
  //! ends the account's sessions and revokes its API tokens unless the change does not touch what
  //! they were granted on.
  template <typename Change>
  Result<domain::User> ChangeUser(const Actor& by, const std::string& username,
                                  const std::string& what, Change&& change,
                                  bool end_sessions = true);

  store::Store& store_;
  const domain::Clock& clock_;
  const domain::CommonPasswords& common_passwords_;
  PasswordHashCost cost_;
  domain::SignInPolicy sign_in_policy_;
};

}  // namespace frontdoor::service
