// tests/domain/sign_in_policy_test.cpp — session time-outs, lock-out after repeated failures,
// per-address limits.
#include "domain/sign_in_policy.hpp"

#include <gtest/gtest.h>

#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

Timestamp At(const char* text) {
  return *ParseTimestamp(text);
}

TEST(SignInPolicy, SessionsEndWhenIdleOrTooOld) {
  const SignInPolicy policy;
  Session session;
  session.created_at = At("2026-11-27T08:00:00Z");
  session.last_seen_at = At("2026-11-27T08:00:00Z");
  EXPECT_TRUE(IsSessionLive(session, At("2026-11-27T08:29:59Z"), policy));
  EXPECT_FALSE(IsSessionLive(session, At("2026-11-27T08:30:00Z"), policy));  // idle 30 minutes
  session.last_seen_at = At("2026-11-27T17:55:00Z");
  EXPECT_TRUE(IsSessionLive(session, At("2026-11-27T17:59:59Z"), policy));
  EXPECT_FALSE(IsSessionLive(session, At("2026-11-27T18:00:00Z"), policy));  // 10 hours old
  session.last_seen_at = At("2026-11-27T09:00:00Z");
  session.ended_at = At("2026-11-27T09:00:01Z");
  EXPECT_FALSE(IsSessionLive(session, At("2026-11-27T09:00:02Z"), policy));  // signed out
}

TEST(SignInPolicy, FiveFailuresLockTheAccountForFifteenMinutes) {
  const SignInPolicy policy;
  User user;
  const Timestamp now = At("2026-11-27T09:00:00Z");
  for (int attempt = 1; attempt < 5; ++attempt) {
    RecordFailedSignIn(user, now, policy);
    EXPECT_FALSE(IsLocked(user, now)) << attempt;
  }
  RecordFailedSignIn(user, now, policy);
  EXPECT_TRUE(IsLocked(user, now));
  EXPECT_TRUE(IsLocked(user, At("2026-11-27T09:14:59Z")));
  EXPECT_FALSE(IsLocked(user, At("2026-11-27T09:15:00Z")));
}

TEST(SignInPolicy, SuccessClearsTheCountAndDisabledAlwaysRefuses) {
  const SignInPolicy policy;
  User user;
  const Timestamp now = At("2026-11-27T09:00:00Z");
  for (int attempt = 0; attempt < 4; ++attempt) RecordFailedSignIn(user, now, policy);
  RecordSuccessfulSignIn(user);
  RecordFailedSignIn(user, now, policy);
  EXPECT_FALSE(IsLocked(user, now));
  user.disabled = true;
  EXPECT_TRUE(IsLocked(user, now));
}

TEST(SignInPolicy, FailureDelaysGrowAndAreCapped) {
  const SignInPolicy policy;
  EXPECT_LT(FailureDelay(1, policy), FailureDelay(3, policy));
  EXPECT_EQ(FailureDelay(8, policy), FailureDelay(100, policy));
}

TEST(AddressAttemptLimiter, LimitsEachAddressWithinItsWindowAndCountsItsAttempts) {
  SignInPolicy policy;
  policy.attempts_per_address = 3;
  AddressAttemptLimiter limiter(policy);
  const Timestamp now = At("2026-11-27T09:00:00Z");
  EXPECT_EQ(limiter.Attempt("10.0.0.1", now), 1);
  EXPECT_EQ(limiter.Attempt("10.0.0.1", now), 2);
  EXPECT_EQ(limiter.Attempt("10.0.0.1", now), 3);
  EXPECT_EQ(limiter.Attempt("10.0.0.1", now), 0);  // over the limit
  EXPECT_EQ(limiter.Attempt("10.0.0.2", now), 1);
  EXPECT_EQ(limiter.Attempt("10.0.0.1", At("2026-11-27T09:15:00Z")), 1);
}

}  // namespace
}  // namespace frontdoor::domain
