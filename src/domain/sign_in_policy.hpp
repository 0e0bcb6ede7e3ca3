// src/domain/sign_in_policy.hpp — rules for sessions and sign-in attempts: time-outs, lock-out,
// delays.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include "domain/account.hpp"

namespace frontdoor::domain {

//! The limits a security officer sets. Defaults follow NCSC and OWASP ASVS level 2 advice.
struct SignInPolicy {
  std::chrono::minutes session_idle{30};             //!< a session unused this long ends
  std::chrono::hours session_absolute{10};           //!< no session lasts longer than this
  int failures_before_lock = 5;                      //!< consecutive failures that lock the account
  std::chrono::minutes lock_period{15};              //!< how long a lock lasts
  std::chrono::milliseconds delay_per_failure{250};  //!< extra wait after each failure, capped
  int attempts_per_address = 30;            //!< sign-in attempts one client address may make
  std::chrono::minutes address_window{15};  //!< ... in this window
};

//! Whether a session may still be used at `now`.
bool IsSessionLive(const Session& session, Timestamp now, const SignInPolicy& policy);

//! Whether an API token may still be used at `now` (not revoked, not expired).
bool IsApiTokenLive(const ApiToken& token, Timestamp now);

//! Whether the account refuses sign-in at `now` (disabled, or locked and the lock not over).
bool IsLocked(const User& user, Timestamp now);

//! Records a failed sign-in on `user`: counts it and locks the account when the count is reached.
void RecordFailedSignIn(User& user, Timestamp now, const SignInPolicy& policy);

//! Records a successful sign-in: the count of failures starts again.
void RecordSuccessfulSignIn(User& user);

//! How long to hold the answer to a failed attempt, given the failures so far.
std::chrono::milliseconds FailureDelay(int failures, const SignInPolicy& policy);

//! Counts sign-in attempts per client address in a sliding window. Thread-safe.
class AddressAttemptLimiter {
 public:
  explicit AddressAttemptLimiter(const SignInPolicy& policy) : policy_(policy) {}
  //! Records an attempt from `address` at `now` and answers how many the address has made in the
  //! window, this one included; 0 (not recorded) when the address is over its limit.
  int Attempt(const std::string& address, Timestamp now);

 private:
  SignInPolicy policy_;
  std::mutex mutex_;
  std::map<std::string, std::deque<Timestamp>> attempts_;
};

}  // namespace frontdoor::domain
