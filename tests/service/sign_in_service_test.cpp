// tests/service/sign_in_service_test.cpp — sign-in, lock-out, sessions, two-step codes and API
// tokens, on both databases.
#include "service/sign_in_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <set>

#include <thread>

#include "domain/digest.hpp"
#include "service/account_service.hpp"
#include "service/credentials.hpp"
#include "store/embedded_file.hpp"
#include "test_support.hpp"

namespace frontdoor::service {
namespace {

using frontdoor::testing::FixedClock;
using frontdoor::testing::KindName;
using frontdoor::testing::TestDatabase;

constexpr const char* kPassword = "purple tractor morning";

TwoStepSettings SealedWith(std::vector<TwoStepKey> keys) {
  TwoStepSettings settings;
  settings.secret_keys = std::move(keys);
  return settings;
}

class SignInTest : public ::testing::TestWithParam<store::DatabaseKind> {
 protected:
  void SetUp() override {
    for (const char* role : {"practitioner", "manager"}) {
      auto added = accounts_.AddUser(
          CommandLineActor(),
          {std::string("ann.") + role, role, "", kPassword, std::string("Ann ") + role, role});
      ASSERT_TRUE(std::holds_alternative<domain::User>(added));
    }
  }
  std::vector<domain::AuditEntry> Recent() {
    return store_->ReadResult([](store::Records& records) { return records.audit.Recent(50); });
  }

  TestDatabase database_{GetParam()};
  std::unique_ptr<store::Store> store_ = database_.Open();
  FixedClock clock_{"2026-11-27T09:00:00.000Z"};
  domain::CommonPasswords common_ =
      domain::CommonPasswords::FromText(CommonPasswordFiles().at(0).text);
  AccountService accounts_{*store_, clock_, common_, PasswordHashCost::kInteractive};
  // Sign-ins on several threads at once (ConcurrentSignInTest) each note their delay.
  std::mutex delays_mutex_;
  std::vector<std::chrono::milliseconds> delays_;
  // Two-step secrets sealed, as `frontdoor serve` always seals them.
  TwoStepKey key_ = NewTwoStepKey();
  SignInService sign_in_{
      *store_, clock_, {}, SealedWith({key_}), [this](std::chrono::milliseconds delay) {
        std::lock_guard lock(delays_mutex_);
        delays_.push_back(delay);
      }};
};

TEST_P(SignInTest, EverySignInStartsANewSession) {
  const auto first = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  const auto second = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  ASSERT_EQ(first.status, SignInStatus::kSignedIn);
  EXPECT_EQ(first.session_token.size(), 43u);  // 256 bits, base64url
  EXPECT_NE(first.session_token, second.session_token);
  const auto identity = sign_in_.AuthenticateSession(second.session_token, "10.0.0.1");
  ASSERT_TRUE(identity);
  EXPECT_EQ(identity->user.username, "ann.practitioner");
  EXPECT_FALSE(sign_in_.AuthenticateSession(second.session_token + "x", "10.0.0.1"));
  EXPECT_EQ(Recent().front().action, "sign_in");
}

TEST_P(SignInTest, FiveWrongPasswordsLockTheAccountAndEachFailureIsSlowedAndAudited) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    EXPECT_EQ(sign_in_.SignIn("ann.practitioner", "wrong password!", "10.0.0.1").status,
              SignInStatus::kRefused);
  }
  EXPECT_EQ(delays_.size(), 5u);
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1").status,
            SignInStatus::kRefused);
  EXPECT_EQ(Recent().front().detail, "account locked");
  EXPECT_EQ(Recent().at(1).detail, "wrong password; account locked");
  clock_.Set("2026-11-27T09:15:00.000Z");
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1").status,
            SignInStatus::kSignedIn);
}

TEST_P(SignInTest, AWrongPasswordAndAnUnknownNameAreSlowedAlikeSoTimingTellsNoNames) {
  for (int attempt = 0; attempt < 3; ++attempt)
    sign_in_.SignIn("ann.practitioner", "wrong password!", "10.0.0.7");
  const std::vector<std::chrono::milliseconds> real(delays_.begin(), delays_.end());
  delays_.clear();
  for (int attempt = 0; attempt < 3; ++attempt)
    sign_in_.SignIn("ann.nobody", "wrong password!", "10.0.0.8");
  EXPECT_EQ(real, delays_);
  // Each failure from an address waits longer than the last.
  ASSERT_EQ(real.size(), 3u);
  EXPECT_LT(real[0], real[1]);
  EXPECT_LT(real[1], real[2]);
}

TEST_P(SignInTest, AnUnknownUsernameIsRefusedLikeAWrongPassword) {
  EXPECT_EQ(sign_in_.SignIn("nobody", kPassword, "10.0.0.1").status, SignInStatus::kRefused);
  EXPECT_EQ(delays_.size(), 1u);
  const auto entry = Recent().front();
  EXPECT_EQ(entry.outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(entry.username, "nobody");
  EXPECT_EQ(entry.client_address, "10.0.0.1");
}

TEST_P(SignInTest, SessionsEndWhenIdleAndAtSignOut) {
  const auto attempt = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  clock_.Set("2026-11-27T09:29:00.000Z");
  auto identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  ASSERT_TRUE(identity);  // and its last-seen time moves on
  clock_.Set("2026-11-27T09:58:00.000Z");
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  ASSERT_TRUE(identity);
  sign_in_.SignOut(*identity);
  EXPECT_FALSE(sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1"));

  const auto later = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  clock_.Set("2026-11-27T10:29:00.000Z");
  EXPECT_FALSE(sign_in_.AuthenticateSession(later.session_token, "10.0.0.1"));  // idle 31 minutes
}

TEST_P(SignInTest, ChangingOnesOwnPasswordEndsEverySessionAndTokenAndTheOldPasswordStopsWorking) {
  const auto here = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  const auto elsewhere = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.2");
  const auto token = accounts_.CreateApiToken(CommandLineActor(), "ann.practitioner", {});
  ASSERT_TRUE(std::holds_alternative<IssuedToken>(token));
  const auto identity = sign_in_.AuthenticateSession(here.session_token, "10.0.0.1");
  ASSERT_TRUE(identity);

  const auto changed = accounts_.ChangeOwnPassword(
      identity->AsActor(), {kPassword, "orange bicycle evening", "orange bicycle evening"});
  ASSERT_TRUE(std::holds_alternative<domain::User>(changed));
  EXPECT_FALSE(sign_in_.AuthenticateSession(here.session_token, "10.0.0.1"));
  EXPECT_FALSE(sign_in_.AuthenticateSession(elsewhere.session_token, "10.0.0.2"));
  EXPECT_FALSE(
      sign_in_.AuthenticateApiToken(std::get<IssuedToken>(token).secret, "10.0.0.1").has_value());
  const auto entry = Recent().front();
  EXPECT_EQ(entry.action, "change_password");
  EXPECT_EQ(entry.outcome, domain::AuditOutcome::kAllowed);
  EXPECT_EQ(entry.username, "ann.practitioner");
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1").status,
            SignInStatus::kRefused);
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", "orange bicycle evening", "10.0.0.1").status,
            SignInStatus::kSignedIn);
}

TEST_P(SignInTest, AWrongCurrentPasswordIsRefusedAuditedAndCountsTowardsTheLock) {
  const auto attempt = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  const auto identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  ASSERT_TRUE(identity);
  const domain::PasswordChange guess{"wrong password!", "orange bicycle evening",
                                     "orange bicycle evening"};
  // A new password that fails the policy is refused before anything is checked or written.
  const auto weak = accounts_.ChangeOwnPassword(identity->AsActor(), {kPassword, "short", "short"});
  ASSERT_TRUE(std::holds_alternative<Invalid>(weak));
  EXPECT_EQ(std::get<Invalid>(weak).errors.at(0).field, "new_password");
  EXPECT_EQ(Recent().front().action, "sign_in");

  for (int attempt = 0; attempt < 5; ++attempt) {
    const auto refused = accounts_.ChangeOwnPassword(identity->AsActor(), guess);
    ASSERT_TRUE(std::holds_alternative<Invalid>(refused));
    EXPECT_EQ(std::get<Invalid>(refused).errors.at(0).field, "current_password");
  }
  EXPECT_EQ(Recent().front().action, "change_password");
  EXPECT_EQ(Recent().front().outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(Recent().front().detail, "current password wrong; account locked");
  // Locked: even the right current password changes nothing until the lock is over.
  const auto locked = accounts_.ChangeOwnPassword(
      identity->AsActor(), {kPassword, "orange bicycle evening", "orange bicycle evening"});
  ASSERT_TRUE(std::holds_alternative<Invalid>(locked));
  EXPECT_EQ(Recent().front().detail, "account locked");
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1").status,
            SignInStatus::kRefused);
  clock_.Set("2026-11-27T09:15:00.000Z");
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1").status,
            SignInStatus::kSignedIn);
}

TEST_P(SignInTest, YourAccountShowsWhereYouAreSignedInAndSignsOutEverywhereElse) {
  const auto first = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  clock_.Set("2026-11-27T09:10:00.000Z");
  const auto second = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.2");
  const auto theirs = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.3");
  clock_.Set("2026-11-27T09:20:00.000Z");
  const auto here = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.4");
  clock_.Set("2026-11-27T09:35:00.000Z");  // the first, unused for 35 minutes, has run out
  const auto identity = sign_in_.AuthenticateSession(here.session_token, "10.0.0.4");
  ASSERT_TRUE(identity);

  const auto own = sign_in_.ShowOwnAccount(*identity);
  ASSERT_EQ(own.live.size(), 2u);
  EXPECT_EQ(own.live[0].id, identity->session->id);
  EXPECT_EQ(own.current, identity->session->id);
  EXPECT_EQ(own.live[1].created_at, *domain::ParseTimestamp("2026-11-27T09:10:00.000Z"));
  EXPECT_EQ(Recent().front().action, "own_account");
  EXPECT_EQ(Recent().front().detail, "own sessions shown: 2");

  EXPECT_EQ(sign_in_.EndOtherSessions(*identity), 1);
  EXPECT_EQ(Recent().front().detail, "signed out everywhere else: 1 session ended");
  EXPECT_FALSE(sign_in_.AuthenticateSession(second.session_token, "10.0.0.2"));
  EXPECT_FALSE(sign_in_.AuthenticateSession(first.session_token, "10.0.0.1"));
  EXPECT_TRUE(sign_in_.AuthenticateSession(here.session_token, "10.0.0.4"));
  EXPECT_TRUE(sign_in_.AuthenticateSession(theirs.session_token, "10.0.0.3"));  // not theirs to end
  EXPECT_EQ(sign_in_.ShowOwnAccount(*identity).live.size(), 1u);
}

TEST_P(SignInTest, YourAccountShowsWrongPasswordsAndChangesToHowYouSignInButNotRoutineUse) {
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", "a guess at it", "10.0.0.9").status,
            SignInStatus::kRefused);
  EXPECT_EQ(sign_in_.SignIn("ann.manager", "a guess at theirs", "10.0.0.9").status,
            SignInStatus::kRefused);  // another account's is not shown
  clock_.Set("2026-11-27T09:10:00.000Z");
  const auto token = accounts_.CreateApiToken(CommandLineActor(), "ann.practitioner", {});
  ASSERT_TRUE(std::holds_alternative<IssuedToken>(token));
  clock_.Set("2026-11-27T09:20:00.000Z");
  const auto here = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.4");
  const auto identity = sign_in_.AuthenticateSession(here.session_token, "10.0.0.4");
  ASSERT_TRUE(identity);
  sign_in_.ShowOwnAccount(*identity);  // looking at the page is not an event shown on it

  const auto own = sign_in_.ShowOwnAccount(*identity);
  ASSERT_EQ(own.events.size(), 3u);
  EXPECT_EQ(own.events[0].what.substr(0, 29), "Account: API token created fo");
  EXPECT_EQ(own.events[0].by, CommandLineActor().username);
  // The command line is no account: it is shown as an administrator on the server.
  EXPECT_EQ(own.names.at(own.events[0].by),
            "An administrator on the server (" + CommandLineActor().username.substr(9) + ")");
  EXPECT_EQ(own.events[1].what, "Sign-in refused: wrong password");
  EXPECT_EQ(own.events[1].by, "");
  EXPECT_EQ(own.events[1].at, *domain::ParseTimestamp("2026-11-27T09:00:00.000Z"));
  EXPECT_EQ(own.events[2].what, "Account: added ann.practitioner, role practitioner");
}

TEST_P(SignInTest, DisablingAnAccountEndsItsSessionsAndStopsSignIn) {
  const auto attempt = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  ASSERT_TRUE(std::holds_alternative<domain::User>(
      accounts_.DisableUser(CommandLineActor(), "ann.practitioner")));
  EXPECT_FALSE(sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1"));
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1").status,
            SignInStatus::kRefused);
}

TEST_P(SignInTest, ManagersSetUpTwoStepVerificationAndCodesWorkOnce) {
  auto attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  ASSERT_EQ(attempt.status, SignInStatus::kTwoStepSetupNeeded);
  auto identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  ASSERT_TRUE(identity);
  EXPECT_TRUE(sign_in_.TwoStepPending(*identity));

  const auto enrolment = sign_in_.BeginTwoStepSetup(*identity);
  ASSERT_FALSE(enrolment.secret.empty());
  EXPECT_TRUE(enrolment.address.starts_with("otpauth://totp/frontdoor:ann.manager?secret="));
  EXPECT_TRUE(std::holds_alternative<Invalid>(sign_in_.FinishTwoStepSetup(*identity, "000000")));
  const std::string code = TotpCode(enrolment.secret, clock_.Now());
  auto finished = sign_in_.FinishTwoStepSetup(*identity, code);
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(finished));
  const auto recovery_codes = std::get<std::vector<std::string>>(finished);
  EXPECT_EQ(recovery_codes.size(), 10u);
  EXPECT_FALSE(
      sign_in_.TwoStepPending(*sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1")));

  // Next sign-in: the code just used does not work again; the next one does.
  attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  ASSERT_EQ(attempt.status, SignInStatus::kTwoStepNeeded);
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_TRUE(std::holds_alternative<Invalid>(sign_in_.PassTwoStep(*identity, code)));
  clock_.Set("2026-11-27T09:00:30.000Z");
  EXPECT_TRUE(std::holds_alternative<domain::Session>(
      sign_in_.PassTwoStep(*identity, TotpCode(enrolment.secret, clock_.Now()))));

  // A recovery code works once, however it is typed.
  attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  std::string shouted = recovery_codes[0];
  for (char& letter : shouted) letter = char(std::toupper(letter));
  EXPECT_TRUE(std::holds_alternative<domain::Session>(sign_in_.PassTwoStep(*identity, shouted)));
  attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_TRUE(std::holds_alternative<Invalid>(sign_in_.PassTwoStep(*identity, recovery_codes[0])));
}

TEST_P(SignInTest, NewRecoveryCodesNeedACodeFromTheAppAndTheOldOnesStopWorking) {
  auto attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  auto identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  const auto enrolment = sign_in_.BeginTwoStepSetup(*identity);
  const auto old_codes = std::get<std::vector<std::string>>(
      sign_in_.FinishTwoStepSetup(*identity, TotpCode(enrolment.secret, clock_.Now())));
  const auto signed_in = [&] {
    attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
    return *sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  };
  identity = signed_in();
  ASSERT_TRUE(
      std::holds_alternative<domain::Session>(sign_in_.PassTwoStep(*identity, old_codes[0])));
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_TRUE(sign_in_.ShowOwnAccount(*identity).two_step);
  EXPECT_EQ(sign_in_.ShowOwnAccount(*identity).recovery_codes_left, 9);

  // A wrong code changes nothing, and is on the account's record as refused.
  EXPECT_TRUE(std::holds_alternative<Invalid>(sign_in_.RenewRecoveryCodes(*identity, "000000")));
  EXPECT_EQ(Recent().front().detail, "new recovery codes: wrong code");
  EXPECT_EQ(Recent().front().outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(sign_in_.ShowOwnAccount(*identity).recovery_codes_left, 9);

  clock_.Set("2026-11-27T09:00:30.000Z");
  const std::string code = TotpCode(enrolment.secret, clock_.Now());
  const auto renewed = sign_in_.RenewRecoveryCodes(*identity, code);
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(renewed));
  const auto new_codes = std::get<std::vector<std::string>>(renewed);
  EXPECT_EQ(new_codes.size(), 10u);
  EXPECT_EQ(Recent().front().detail, "new recovery codes made; the old ones no longer work");
  EXPECT_EQ(sign_in_.ShowOwnAccount(*identity).recovery_codes_left, 10);
  // The app's code is spent; an old recovery code no longer signs in, a new one does.
  EXPECT_TRUE(std::holds_alternative<Invalid>(sign_in_.RenewRecoveryCodes(*identity, code)));
  identity = signed_in();
  EXPECT_TRUE(std::holds_alternative<Invalid>(sign_in_.PassTwoStep(*identity, old_codes[1])));
  EXPECT_TRUE(
      std::holds_alternative<domain::Session>(sign_in_.PassTwoStep(*identity, new_codes[0])));

  // An account that signs in with a password alone has none to renew.
  const auto practitioner = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  const auto alone = sign_in_.AuthenticateSession(practitioner.session_token, "10.0.0.1");
  EXPECT_TRUE(std::holds_alternative<NotFound>(sign_in_.RenewRecoveryCodes(*alone, "123456")));
  EXPECT_FALSE(sign_in_.ShowOwnAccount(*alone).two_step);
}

TEST_P(SignInTest, AResetTwoStepEndsSessionsAndIsSetUpAgainAtTheNextSignIn) {
  auto attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  auto identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  const auto enrolment = sign_in_.BeginTwoStepSetup(*identity);
  auto finished = sign_in_.FinishTwoStepSetup(*identity, TotpCode(enrolment.secret, clock_.Now()));
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(finished));
  const auto recovery_codes = std::get<std::vector<std::string>>(finished);

  ASSERT_TRUE(std::holds_alternative<domain::User>(
      accounts_.ResetTwoStep(CommandLineActor(), "ann.manager")));
  EXPECT_EQ(Recent().front().action, "manage_users");
  EXPECT_EQ(Recent().front().detail,
            "two-step verification reset for ann.manager, it was set up; its recovery codes "
            "removed");
  EXPECT_FALSE(sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1"));

  // The next sign-in sets it up again; the old recovery codes do not stand in for it.
  attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  ASSERT_EQ(attempt.status, SignInStatus::kTwoStepSetupNeeded);
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_FALSE(
      std::holds_alternative<domain::Session>(sign_in_.PassTwoStep(*identity, recovery_codes[1])));
  const auto again = sign_in_.BeginTwoStepSetup(*identity);
  EXPECT_NE(again.secret, enrolment.secret);
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(
      sign_in_.FinishTwoStepSetup(*identity, TotpCode(again.secret, clock_.Now()))));
  attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_FALSE(
      std::holds_alternative<domain::Session>(sign_in_.PassTwoStep(*identity, recovery_codes[2])));
  EXPECT_TRUE(
      std::holds_alternative<NotFound>(accounts_.ResetTwoStep(CommandLineActor(), "nobody")));
}

TEST_P(SignInTest, TwoStepSecretsAreSealedAndRecoveryCodesHashedSlowlyWithSalt) {
  const auto column = [&](const std::string& sql) {
    return frontdoor::testing::QueryDirectly(database_.Url(), sql);
  };
  auto attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  auto identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  const auto enrolment = sign_in_.BeginTwoStepSetup(*identity);
  const std::string kept =
      *column("SELECT totp_secret FROM users WHERE username = 'ann.manager'")[0][0];
  EXPECT_TRUE(kept.starts_with("sealed2:" + TwoStepKeyId(key_) + ":")) << kept;
  EXPECT_EQ(kept.find(enrolment.secret), std::string::npos);
  EXPECT_EQ(sign_in_.PendingTwoStepSecret(*identity), enrolment.secret);
  const auto finished =
      sign_in_.FinishTwoStepSetup(*identity, TotpCode(enrolment.secret, clock_.Now()));
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(finished));
  std::set<std::string> hashes;
  for (const auto& row : column("SELECT code_hash FROM recovery_codes")) {
    EXPECT_TRUE(row[0]->starts_with("$argon2id$")) << *row[0];
    hashes.insert(*row[0]);
  }
  EXPECT_EQ(hashes.size(), 10u);

  // The sealed secret opens for its own account with this key alone.
  clock_.Set("2026-11-27T09:00:30.000Z");
  const std::string code = TotpCode(enrolment.secret, clock_.Now());
  SignInService other_key(*store_, clock_, {}, SealedWith({NewTwoStepKey()}),
                          [](std::chrono::milliseconds) {});
  attempt = other_key.SignIn("ann.manager", kPassword, "10.0.0.1");
  identity = other_key.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_TRUE(std::holds_alternative<Invalid>(other_key.PassTwoStep(*identity, code)));
  frontdoor::testing::ExecuteDirectly(
      database_.Url(),
      "UPDATE users SET totp_enabled = TRUE, totp_secret = (SELECT totp_secret FROM users WHERE "
      "username = 'ann.manager') WHERE username = 'ann.practitioner'");
  attempt = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_TRUE(std::holds_alternative<Invalid>(sign_in_.PassTwoStep(*identity, code)));
  attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_TRUE(std::holds_alternative<domain::Session>(sign_in_.PassTwoStep(*identity, code)));

  // A secret and a recovery code kept before: sealed at start, and still good once.
  frontdoor::testing::ExecuteDirectly(
      database_.Url(), "UPDATE users SET totp_secret = '" + enrolment.secret +
                           "', totp_last_step = 0 WHERE username = 'ann.practitioner'");
  frontdoor::testing::ExecuteDirectly(
      database_.Url(), "INSERT INTO recovery_codes (user_id, code_hash) SELECT id, '" +
                           domain::Sha256Hex("abcdefghjk") +
                           "' FROM users WHERE username = 'ann.practitioner'");
  EXPECT_EQ(sign_in_.SealTwoStepSecrets(), 1);
  EXPECT_TRUE(column("SELECT totp_secret FROM users WHERE username = 'ann.practitioner'")[0][0]
                  ->starts_with("sealed2:"));
  attempt = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  EXPECT_TRUE(std::holds_alternative<domain::Session>(sign_in_.PassTwoStep(*identity, code)));
  EXPECT_TRUE(
      std::holds_alternative<domain::Session>(sign_in_.PassTwoStep(*identity, "ABCDE-FGHJK")));
  EXPECT_TRUE(std::holds_alternative<Invalid>(sign_in_.PassTwoStep(*identity, "abcdefghjk")));
}

TEST_P(SignInTest, ANewTwoStepKeyOpensWhatTheOldSealedAndSealsItAgainWhenAsked) {
  const auto secret_of = [&](const std::string& username) {
    return *frontdoor::testing::QueryDirectly(
        database_.Url(), "SELECT totp_secret FROM users WHERE username = '" + username + "'")[0][0];
  };
  const auto passes = [&](SignInService& service, const std::string& username,
                          const std::string& secret) {
    const auto attempt = service.SignIn(username, kPassword, "10.0.0.1");
    const auto identity = service.AuthenticateSession(attempt.session_token, "10.0.0.1");
    clock_.Advance(std::chrono::seconds(30));
    return identity && std::holds_alternative<domain::Session>(
                           service.PassTwoStep(*identity, TotpCode(secret, clock_.Now())));
  };
  // Ann the manager enrols under the old key; Ann the practitioner's secret was sealed before
  // keys were named ("sealed1:", no key id), with the old key too.
  auto attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  const auto enrolment =
      sign_in_.BeginTwoStepSetup(*sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1"));
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(
      sign_in_.FinishTwoStepSetup(*sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1"),
                                  TotpCode(enrolment.secret, clock_.Now()))));
  const std::string named = secret_of("ann.manager");
  const std::string unnamed = "sealed1:" + named.substr(std::string("sealed2:12345678:").size());
  frontdoor::testing::ExecuteDirectly(
      database_.Url(), "UPDATE users SET totp_enabled = TRUE, totp_last_step = 0, totp_secret = '" +
                           unnamed + "' WHERE username = 'ann.manager'");
  const std::string practitioner_secret = NewTotpSecret();
  const auto practitioner_id = std::stoll(*frontdoor::testing::QueryDirectly(
      database_.Url(), "SELECT id FROM users WHERE username = 'ann.practitioner'")[0][0]);
  frontdoor::testing::ExecuteDirectly(
      database_.Url(), "UPDATE users SET totp_enabled = TRUE, totp_secret = '" +
                           SealTwoStepSecret(practitioner_secret, practitioner_id, key_) +
                           "' WHERE username = 'ann.practitioner'");

  // The new key first, the old beside it: both secrets open; new enrolments seal with the new.
  const TwoStepKey new_key = NewTwoStepKey();
  ASSERT_NE(TwoStepKeyId(new_key), TwoStepKeyId(key_));
  const auto no_wait = [](std::chrono::milliseconds) {};
  SignInService both(*store_, clock_, {}, SealedWith({new_key, key_}), no_wait);
  EXPECT_TRUE(passes(both, "ann.manager", enrolment.secret));
  EXPECT_TRUE(passes(both, "ann.practitioner", practitioner_secret));

  const auto resealed = both.ResealTwoStepSecrets(CommandLineActor());
  EXPECT_EQ(resealed.sealed.size(), 2u);
  EXPECT_TRUE(resealed.unopened.empty());
  EXPECT_TRUE(secret_of("ann.manager").starts_with("sealed2:" + TwoStepKeyId(new_key) + ":"));
  EXPECT_TRUE(secret_of("ann.practitioner").starts_with("sealed2:" + TwoStepKeyId(new_key) + ":"));
  const auto recorded = Recent().front();
  EXPECT_EQ(recorded.action, "change_keys");
  EXPECT_NE(recorded.record_ids.find("user:" + std::to_string(practitioner_id)), std::string::npos);
  EXPECT_EQ(std::count(recorded.record_ids.begin(), recorded.record_ids.end(), ':'), 2);
  EXPECT_EQ(recorded.detail, "two-step secrets sealed again with key " + TwoStepKeyId(new_key) +
                                 ": 2 sealed, 0 could not be opened");
  EXPECT_TRUE(both.ResealTwoStepSecrets(CommandLineActor()).sealed.empty());

  // Now the new key alone opens them, and the old key alone no longer does.
  SignInService new_only(*store_, clock_, {}, SealedWith({new_key}), no_wait);
  EXPECT_TRUE(passes(new_only, "ann.manager", enrolment.secret));
  EXPECT_TRUE(passes(new_only, "ann.practitioner", practitioner_secret));
  EXPECT_FALSE(passes(sign_in_, "ann.manager", enrolment.secret));

  // A secret no key given opens is named, and left as it is.
  SignInService stranger(*store_, clock_, {}, SealedWith({NewTwoStepKey()}), no_wait);
  const auto stranded = stranger.ResealTwoStepSecrets(CommandLineActor());
  EXPECT_TRUE(stranded.sealed.empty());
  EXPECT_EQ(std::set(stranded.unopened.begin(), stranded.unopened.end()),
            (std::set<std::string>{"ann.manager", "ann.practitioner"}));
  EXPECT_TRUE(secret_of("ann.manager").starts_with("sealed2:" + TwoStepKeyId(new_key) + ":"));
}

TEST_P(SignInTest, ApiTokensStopWorkingWhenRevokedExpiredOrAltered) {
  auto lasting = accounts_.CreateApiToken(CommandLineActor(), "ann.practitioner", std::nullopt);
  auto brief = accounts_.CreateApiToken(CommandLineActor(), "ann.practitioner", 1);
  ASSERT_TRUE(std::holds_alternative<IssuedToken>(lasting));
  const auto lasting_token = std::get<IssuedToken>(lasting);
  const auto brief_token = std::get<IssuedToken>(brief);
  EXPECT_EQ(sign_in_.AuthenticateApiToken(lasting_token.secret, "10.0.0.1")->user.username,
            "ann.practitioner");
  std::string altered = lasting_token.secret;
  altered.back() = altered.back() == 'A' ? 'B' : 'A';
  EXPECT_FALSE(sign_in_.AuthenticateApiToken(altered, "10.0.0.1"));

  EXPECT_TRUE(sign_in_.AuthenticateApiToken(brief_token.secret, "10.0.0.1"));
  clock_.Set("2026-11-28T09:00:00.000Z");
  EXPECT_FALSE(sign_in_.AuthenticateApiToken(brief_token.secret, "10.0.0.1"));

  EXPECT_TRUE(std::holds_alternative<domain::ApiToken>(
      accounts_.RevokeApiToken(CommandLineActor(), lasting_token.token.id)));
  EXPECT_FALSE(sign_in_.AuthenticateApiToken(lasting_token.secret, "10.0.0.1"));
  EXPECT_TRUE(
      std::holds_alternative<NotFound>(accounts_.RevokeApiToken(CommandLineActor(), 99999)));
}

TEST_P(SignInTest, ATokenLastsNinetyDaysUnlessToldAndEndsWithAPasswordResetOrARoleChange) {
  const auto token = [&] {
    return std::get<IssuedToken>(
        accounts_.CreateApiToken(CommandLineActor(), "ann.practitioner", std::nullopt));
  };
  const auto works = [&](const IssuedToken& issued) {
    return sign_in_.AuthenticateApiToken(issued.secret, "10.0.0.1").has_value();
  };
  const auto first = token();
  EXPECT_EQ(first.token.expires_at, first.token.created_at + std::chrono::days(90));
  // A new name and job title leave it working; a password reset ends it.
  ASSERT_TRUE(std::holds_alternative<domain::User>(accounts_.SetNameAndJobTitle(
      CommandLineActor(), "ann.practitioner", "Ann Practitioner", "Social worker")));
  EXPECT_TRUE(works(first));
  ASSERT_TRUE(std::holds_alternative<domain::User>(accounts_.ResetPassword(
      CommandLineActor(), "ann.practitioner", "another purple tractor evening")));
  EXPECT_FALSE(works(first));
  // So does a change of role.
  const auto second = token();
  EXPECT_TRUE(works(second));
  ASSERT_TRUE(std::holds_alternative<domain::User>(
      accounts_.SetRole(CommandLineActor(), "ann.practitioner", "manager", "")));
  EXPECT_FALSE(works(second));
}

TEST_P(SignInTest, AccountChangesAreCheckedAndAudited) {
  auto duplicate = accounts_.AddUser(
      CommandLineActor(), {"ann.manager", "manager", "", kPassword, "Ann Manager", "Manager"});
  ASSERT_TRUE(std::holds_alternative<Invalid>(duplicate));
  EXPECT_EQ(std::get<Invalid>(duplicate).errors[0].field, "username");
  EXPECT_TRUE(std::holds_alternative<Invalid>(
      accounts_.SetRole(CommandLineActor(), "ann.manager", "king", "")));
  EXPECT_TRUE(std::holds_alternative<domain::User>(
      accounts_.SetRole(CommandLineActor(), "ann.manager", "partner", "police")));
  EXPECT_EQ(Recent().front().action, "manage_users");
  EXPECT_EQ(Recent().front().detail, "role changed for ann.manager, role manager to partner");
  EXPECT_TRUE(std::holds_alternative<Invalid>(
      accounts_.ResetPassword(CommandLineActor(), "ann.manager", "short")));
  EXPECT_TRUE(std::holds_alternative<NotFound>(
      accounts_.ResetPassword(CommandLineActor(), "nobody", kPassword)));
  // The only administrator in use can be neither given another role nor disabled.
  const auto admin = [&](const char* username) {
    return accounts_.AddUser(CommandLineActor(),
                             {username, "admin", "", kPassword, "An Administrator", "Admin"});
  };
  ASSERT_TRUE(std::holds_alternative<domain::User>(admin("ada.admin")));
  const std::string added = Recent().front().detail;
  EXPECT_TRUE(std::holds_alternative<Invalid>(
      accounts_.SetRole(CommandLineActor(), "ada.admin", "practitioner", "")));
  EXPECT_TRUE(
      std::holds_alternative<Invalid>(accounts_.DisableUser(CommandLineActor(), "ada.admin")));
  // Nothing changed, and the refusal is audited as one.
  EXPECT_EQ(Recent().front().outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(Recent().front().detail, "disabled ada.admin: the only administrator in use");
  EXPECT_EQ(Recent().at(1).outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(Recent().at(2).detail, added);
  ASSERT_TRUE(std::holds_alternative<domain::User>(admin("bea.admin")));
  EXPECT_TRUE(std::holds_alternative<domain::User>(
      accounts_.SetRole(CommandLineActor(), "ada.admin", "practitioner", "")));
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, SignInTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service

namespace frontdoor::service {
namespace {

class SecondStepLockOutTest : public SignInTest {};

TEST_P(SecondStepLockOutTest, WrongCodesAddUpAcrossSignInsUntilTheAccountLocks) {
  auto attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
  auto identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  const auto enrolment = sign_in_.BeginTwoStepSetup(*identity);
  ASSERT_TRUE(std::holds_alternative<std::vector<std::string>>(
      sign_in_.FinishTwoStepSetup(*identity, TotpCode(enrolment.secret, clock_.Now()))));
  // Each sign-in gets a right password and two wrong codes: the count must not start again.
  for (int round = 0; round < 3; ++round) {
    attempt = sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1");
    identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
    if (!identity) break;  // locked and signed out
    sign_in_.PassTwoStep(*identity, "000000");
    sign_in_.PassTwoStep(*identity, "111111");
  }
  EXPECT_EQ(sign_in_.SignIn("ann.manager", kPassword, "10.0.0.1").status, SignInStatus::kRefused);
}

TEST_P(SecondStepLockOutTest, ASessionEndedElsewhereStaysEndedWhenTouched) {
  const auto attempt = sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1");
  const auto identity = sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1");
  sign_in_.SignOut(*identity);
  store_->Write([&](store::Records& records) {
    records.sessions.TouchSession(identity->session->id, clock_.Now());
  });
  EXPECT_FALSE(sign_in_.AuthenticateSession(attempt.session_token, "10.0.0.1"));
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, SecondStepLockOutTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service

namespace frontdoor::service {
namespace {

class ConcurrentSignInTest : public SignInTest {};

TEST_P(ConcurrentSignInTest, WrongPasswordsAtTheSameMomentAllCount) {
  std::vector<std::thread> attempts;
  for (int attempt = 0; attempt < 8; ++attempt) {
    attempts.emplace_back(
        [&] { sign_in_.SignIn("ann.practitioner", "wrong password!", "10.0.0.1"); });
  }
  for (auto& attempt : attempts) attempt.join();
  // However the eight interleaved, five of them in a row lock the account.
  EXPECT_EQ(sign_in_.SignIn("ann.practitioner", kPassword, "10.0.0.1").status,
            SignInStatus::kRefused);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ConcurrentSignInTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
