// src/domain/account.hpp — people who use frontdoor, their sessions and API tokens.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/codes.hpp"

namespace frontdoor::domain {

//! A person's account.
struct User {
  std::int64_t id = 0;
  std::string username;
  std::string full_name;  //!< the person who holds the account ("Priya Shah")
  std::string job_title;  //!< their job ("Team manager, front door")
  Role role = Role::kPractitioner;
  std::string agency;         //!< for partners: the agency they work for (e.g. "police")
  std::string password_hash;  //!< argon2id, in libsodium's encoded form
  bool disabled = false;
  int failed_sign_ins = 0;                //!< consecutive failures since the last success
  std::optional<Timestamp> locked_until;  //!< no sign-in before this moment
  std::string totp_secret;                //!< base32; empty until two-step verification is set up
  bool totp_enabled = false;
  std::int64_t totp_last_step = 0;  //!< the last code's time step, so no code works twice
  Timestamp created_at;

  //! How the account's actions are signed on journeys and in the audit: "Priya Shah, Team
  //! manager", or the username for an account made before names were kept.
  std::string ShownAs() const;
};

//! How each of `users` is shown (User::ShownAs), by username.
std::map<std::string, std::string> ShownNames(const std::vector<User>& users);
//! How `username` is shown by `shown_names` (ShownNames): a name and job, or the username itself
//! when no account has it.
std::string ShownAs(const std::map<std::string, std::string>& shown_names,
                    const std::string& username);

//! A signed-in browser. The cookie holds a random token; only its hash is kept.
struct Session {
  std::int64_t id = 0;
  std::string token_hash;
  std::int64_t user_id = 0;
  Timestamp created_at;
  Timestamp last_seen_at;
  bool two_step_passed = false;  //!< the second step is done (or not needed)
  std::string csrf_token;        //!< must come back with every form post
  std::optional<Timestamp> ended_at;
};

//! A token for the JSON API. Shown once; only its hash is kept.
struct ApiToken {
  std::int64_t id = 0;
  std::string token_hash;
  std::int64_t user_id = 0;
  Timestamp created_at;
  std::optional<Timestamp> expires_at;
  std::optional<Timestamp> revoked_at;
};

}  // namespace frontdoor::domain
