// src/domain/sign_in_policy.cpp — session time-outs, account lock-out and per-address limits.
#include "domain/sign_in_policy.hpp"

#include <algorithm>

namespace frontdoor::domain {

bool IsSessionLive(const Session& session, Timestamp now, const SignInPolicy& policy) {
  return !session.ended_at && now - session.last_seen_at < policy.session_idle &&
         now - session.created_at < policy.session_absolute;
}

bool IsApiTokenLive(const ApiToken& token, Timestamp now) {
  return !token.revoked_at && !(token.expires_at && now >= *token.expires_at);
}

bool IsLocked(const User& user, Timestamp now) {
  return user.disabled || (user.locked_until && now < *user.locked_until);
}

void RecordFailedSignIn(User& user, Timestamp now, const SignInPolicy& policy) {
  ++user.failed_sign_ins;
  if (user.failed_sign_ins >= policy.failures_before_lock) {
    user.locked_until = now + policy.lock_period;
    user.failed_sign_ins = 0;
  }
}

void RecordSuccessfulSignIn(User& user) {
  user.failed_sign_ins = 0;
  user.locked_until.reset();
}

std::chrono::milliseconds FailureDelay(int failures, const SignInPolicy& policy) {
  return policy.delay_per_failure * std::clamp(failures, 1, 8);
}

int AddressAttemptLimiter::Attempt(const std::string& address, Timestamp now) {
  std::lock_guard lock(mutex_);
  // Forget addresses whose attempts have all left the window, so the map cannot grow forever.
  if (attempts_.size() > 10'000) {
    std::erase_if(attempts_, [&](const auto& entry) {
      return entry.second.empty() || now - entry.second.back() >= policy_.address_window;
    });
  }
  auto& recent = attempts_[address];
  while (!recent.empty() && now - recent.front() >= policy_.address_window) recent.pop_front();
  if (int(recent.size()) >= policy_.attempts_per_address) return 0;
  recent.push_back(now);
  return int(recent.size());
}

}  // namespace frontdoor::domain
