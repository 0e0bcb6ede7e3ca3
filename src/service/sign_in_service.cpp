// src/service/sign_in_service.cpp — password checks with lock-out, sessions, two-step codes and API
// tokens.
#include "service/sign_in_service.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "domain/text.hpp"
#include "service/access_audit_service.hpp"
#include "service/credentials.hpp"
#include "service/record_access.hpp"

namespace frontdoor::service {

namespace {

constexpr int kRecoveryCodes = 10;
// A session's last-seen time is saved at most this often, so reading pages does not mean
// writing on every request; idle time-outs are measured in minutes.
constexpr auto kTouchInterval = std::chrono::seconds(60);

Actor Anonymous(const std::string& username, const std::string& client_address) {
  return {username, "", client_address};
}

//! Whether a live session or token still lets its holder in: unless the account is disabled. A
//! sign-in lock is about guessed passwords: it does not end sessions or stop API tokens, or anyone
//! could halt an integration by typing wrong passwords. Disabling the account does.
bool LetsHolderIn(const domain::User& holder) {
  return !holder.disabled;
}

}  // namespace

SignInService::SignInService(store::Store& store, const domain::Clock& clock,
                             domain::SignInPolicy policy, TwoStepSettings two_step, Sleep sleep)
    : store_(store),
      clock_(clock),
      policy_(policy),
      two_step_(std::move(two_step)),
      sleep_(std::move(sleep)),
      address_limiter_(policy) {}

bool SignInService::TwoStepRequired(const domain::User& user) const {
  return user.totp_enabled || two_step_.required_roles.count(user.role) > 0;
}

bool SignInService::TwoStepPending(const Identity& identity) const {
  return identity.session && !identity.session->two_step_passed;
}

SignInAttempt SignInService::SignIn(const std::string& username, const std::string& password,
                                    const std::string& client_address) {
  const auto now = clock_.Now();
  // The failure's delay grows with the attempts from the address, never with the account's own
  // failures: the same for a name that is no account, so timing cannot tell which names exist.
  const int attempts = address_limiter_.Attempt(client_address, now);
  if (attempts == 0) {
    AccessAuditService(store_, clock_)
        .Record(Anonymous(username, client_address),
                {domain::Action::kSignIn, "", domain::AuditOutcome::kRefused,
                 "too many attempts from this address"});
    return {SignInStatus::kTooManyAttempts, ""};
  }
  auto user = store_.ReadResult(
      [&](store::Records& records) { return records.accounts.FindByUsername(username); });
  // The same slow check whether or not the account exists, so timing tells nothing.
  const bool password_right =
      VerifyPassword(user ? user->password_hash : DecoyPasswordHash(), password);

  SignInAttempt attempt;
  store_.Write([&](store::Records& records) {
    attempt = {};
    if (!user) {
      AppendAudit(records, Anonymous(username, client_address), now,
                  {domain::Action::kSignIn, "", domain::AuditOutcome::kRefused, "no such account"});
      return;
    }
    records.accounts.Lock(user->id);
    auto current = records.accounts.Find(user->id);  // fresh: failures may have been counted since
    if (!current) return;
    const Actor actor{current->username, std::string(domain::kRoles.Code(current->role)),
                      client_address};
    const std::string record = "user:" + std::to_string(current->id);
    if (domain::IsLocked(*current, now)) {
      AppendAudit(records, actor, now,
                  {domain::Action::kSignIn, record, domain::AuditOutcome::kRefused,
                   current->disabled ? "account disabled" : "account locked"});
      return;
    }
    if (!password_right) {
      domain::RecordFailedSignIn(*current, now, policy_);
      records.accounts.Update(*current);
      AppendAudit(records, actor, now,
                  {domain::Action::kSignIn, record, domain::AuditOutcome::kRefused,
                   current->locked_until ? "wrong password; account locked" : "wrong password"});
      return;
    }
    // Failures count until sign-in is complete: a right password with a second step still to
    // come does not wipe the count the second step's wrong codes add to.
    const bool second_step = TwoStepRequired(*current);
    if (!second_step) {
      domain::RecordSuccessfulSignIn(*current);
      records.accounts.Update(*current);
    }
    domain::Session session;
    attempt.session_token = RandomToken();
    session.token_hash = domain::Sha256Hex(attempt.session_token);
    session.user_id = current->id;
    session.created_at = now;
    session.last_seen_at = now;
    session.two_step_passed = !second_step;
    session.csrf_token = RandomToken();
    session.id = records.sessions.AddSession(session);
    attempt.status = session.two_step_passed ? SignInStatus::kSignedIn
                     : current->totp_enabled ? SignInStatus::kTwoStepNeeded
                                             : SignInStatus::kTwoStepSetupNeeded;
    AppendAudit(records, actor, now,
                {domain::Action::kSignIn, record, domain::AuditOutcome::kAllowed,
                 session.two_step_passed ? "" : "password accepted; second step pending"});
  });
  if (attempt.status == SignInStatus::kRefused) sleep_(domain::FailureDelay(attempts, policy_));
  return attempt;
}

std::optional<Identity> SignInService::AuthenticateSession(const std::string& token,
                                                           const std::string& client_address) {
  if (token.empty()) return std::nullopt;
  const auto now = clock_.Now();
  // One statement, read on its own: every page asks it.
  auto identity =
      store_.ReadOneStatementResult([&](store::Records& records) -> std::optional<Identity> {
        auto held = records.sessions.FindSessionByTokenHash(domain::Sha256Hex(token));
        if (!held || !domain::IsSessionLive(held->credential, now, policy_) ||
            !LetsHolderIn(held->holder))
          return std::nullopt;
        return Identity{std::move(held->holder), std::move(held->credential), client_address};
      });
  if (identity && now - identity->session->last_seen_at >= kTouchInterval) {
    identity->session->last_seen_at = now;
    store_.Write([&](store::Records& records) {
      records.sessions.TouchSession(identity->session->id, now);
    });
  }
  return identity;
}

std::optional<Identity> SignInService::AuthenticateApiToken(const std::string& token,
                                                            const std::string& client_address) {
  if (token.empty()) return std::nullopt;
  const auto now = clock_.Now();
  // One statement, read on its own: every API call asks it.
  return store_.ReadOneStatementResult([&](store::Records& records) -> std::optional<Identity> {
    auto held = records.sessions.FindTokenByHash(domain::Sha256Hex(token));
    if (!held || !domain::IsApiTokenLive(held->credential, now) || !LetsHolderIn(held->holder))
      return std::nullopt;
    return Identity{std::move(held->holder), std::nullopt, client_address};
  });
}

std::optional<std::string> SignInService::OpenedSecret(const domain::User& user) const {
  auto secret = OpenTwoStepSecret(user.totp_secret, user.id, two_step_.secret_keys);
  if (!secret) {
    spdlog::error("event=two_step_secret_unopened user_id={} reason=\"not sealed with this key\"",
                  user.id);
  }
  return secret;
}

int SignInService::SealTwoStepSecrets() {
  if (two_step_.secret_keys.empty()) return 0;
  return store_.WriteResult(
      [&](store::Records& records) { return int(SealSecrets(records, false).sealed.size()); });
}

TwoStepResealing SignInService::ResealTwoStepSecrets(const Actor& actor) {
  if (two_step_.secret_keys.empty()) return {};
  return store_.WriteResult([&](store::Records& records) {
    auto resealing = SealSecrets(records, true);
    std::string accounts;
    for (const auto id : resealing.sealed) {
      accounts += (accounts.empty() ? "user:" : " user:") + std::to_string(id);
    }
    AppendAudit(
        records, actor, clock_.Now(),
        {domain::Action::kChangeKeys, accounts, domain::AuditOutcome::kAllowed,
         "two-step secrets sealed again with key " + TwoStepKeyId(two_step_.secret_keys.front()) +
             ": " + std::to_string(resealing.sealed.size()) + " sealed, " +
             std::to_string(resealing.unopened.size()) + " could not be opened"});
    return resealing;
  });
}

TwoStepResealing SignInService::SealSecrets(store::Records& records, bool sealed_too) {
  const TwoStepKey& sealing = two_step_.secret_keys.front();
  TwoStepResealing resealing;
  for (const auto& user : records.accounts.List()) {
    if (user.totp_secret.empty() || IsSealedWith(user.totp_secret, sealing)) continue;
    if (IsSealedTwoStepSecret(user.totp_secret) && !sealed_too) continue;
    const auto secret = OpenTwoStepSecret(user.totp_secret, user.id, two_step_.secret_keys);
    if (!secret) {
      resealing.unopened.push_back(user.username);
      continue;
    }
    // Only the secret, and only if it is still the one read: nothing else of the account is
    // written back, whatever another server did to it meanwhile.
    if (records.accounts.ReplaceTwoStepSecret(user.id, user.totp_secret,
                                              SealTwoStepSecret(*secret, user.id, sealing))) {
      resealing.sealed.push_back(user.id);
    }
  }
  return resealing;
}

bool SignInService::HasSealedTwoStepSecrets() {
  return store_.ReadResult([](store::Records& records) {
    const auto users = records.accounts.List();
    return std::any_of(users.begin(), users.end(), [](const domain::User& user) {
      return IsSealedTwoStepSecret(user.totp_secret);
    });
  });
}

std::string SignInService::PendingTwoStepSecret(const Identity& identity) {
  const auto user = store_.ReadResult(
      [&](store::Records& records) { return records.accounts.Find(identity.user.id); });
  if (!user || user->totp_enabled || user->totp_secret.empty()) return "";
  return OpenedSecret(*user).value_or("");
}

TwoStepEnrolment SignInService::BeginTwoStepSetup(const Identity& identity) {
  TwoStepEnrolment enrolment;
  store_.Write([&](store::Records& records) {
    records.accounts.Lock(identity.user.id);
    auto user = records.accounts.Find(identity.user.id);
    if (!user) return;
    if (user->totp_enabled) {
      enrolment = {};  // already set up: nothing to show again
      return;
    }
    const std::string secret = NewTotpSecret();
    user->totp_secret = two_step_.secret_keys.empty()
                            ? secret
                            : SealTwoStepSecret(secret, user->id, two_step_.secret_keys.front());
    records.accounts.Update(*user);
    enrolment = {secret, TotpAddress(two_step_.issuer, user->username, secret)};
    AppendAudit(records, identity.AsActor(), clock_.Now(),
                {domain::Action::kTwoStep, "user:" + std::to_string(user->id),
                 domain::AuditOutcome::kAllowed, std::string(domain::kTwoStepSetUpStarted)});
  });
  return enrolment;
}

namespace {

//! A set of recovery codes to show once, and their slow hashes to keep.
struct NewRecoveryCodes {
  std::vector<std::string> codes;
  std::vector<std::string> hashes;
};

NewRecoveryCodes MakeRecoveryCodes() {
  NewRecoveryCodes made;
  for (int code_idx = 0; code_idx < kRecoveryCodes; ++code_idx) {
    made.codes.push_back(NewRecoveryCode());
    made.hashes.push_back(HashRecoveryCode(made.codes.back()));
  }
  return made;
}

}  // namespace

Result<std::vector<std::string>> SignInService::WithNewRecoveryCodes(
    const Identity& identity, const std::string& code,
    const std::function<bool(const domain::User&)>& ready, const std::string& refused,
    const std::function<std::string(store::Records&, domain::User&)>& keep) {
  const auto now = clock_.Now();
  // The code is checked first: the recovery codes' slow hashes are made only when it will pass,
  // and before the transaction, so no writer waits for them.
  const auto before = store_.ReadResult(
      [&](store::Records& records) { return records.accounts.Find(identity.user.id); });
  if (!before || !ready(*before)) return NotFound{};
  const auto before_secret = OpenedSecret(*before);
  NewRecoveryCodes made;
  if (before_secret && AcceptTotpCode(*before_secret, code, now, before->totp_last_step))
    made = MakeRecoveryCodes();
  return store_.WriteResult([&](store::Records& records) -> Result<std::vector<std::string>> {
    records.accounts.Lock(identity.user.id);
    auto user = records.accounts.Find(identity.user.id);
    if (!user || !ready(*user)) return NotFound{};
    const std::string record = "user:" + std::to_string(user->id);
    const auto secret = OpenedSecret(*user);
    const auto step =
        secret ? AcceptTotpCode(*secret, code, now, user->totp_last_step) : std::nullopt;
    if (!step || made.hashes.empty()) {
      AppendAudit(records, identity.AsActor(), now,
                  {domain::Action::kTwoStep, record, domain::AuditOutcome::kRefused, refused});
      return Invalid{{{"code", "Enter the 6-digit code your authenticator app shows now"}}};
    }
    user->totp_last_step = *step;  // the code is spent
    const std::string done = keep(records, *user);
    records.accounts.Update(*user);
    records.accounts.ReplaceRecoveryCodes(user->id, made.hashes);
    AuditAllowed(records, identity, now, domain::Action::kTwoStep, record, done);
    return made.codes;
  });
}

Result<std::vector<std::string>> SignInService::RenewRecoveryCodes(const Identity& identity,
                                                                   const std::string& code) {
  return WithNewRecoveryCodes(
      identity, code, [](const domain::User& user) { return user.totp_enabled; },
      "new recovery codes: wrong code",
      [](store::Records&, domain::User&) {
        return std::string("new recovery codes made; the old ones no longer work");
      });
}

Result<std::vector<std::string>> SignInService::FinishTwoStepSetup(const Identity& identity,
                                                                   const std::string& code) {
  return WithNewRecoveryCodes(
      identity, code,
      [](const domain::User& user) { return !user.totp_enabled && !user.totp_secret.empty(); },
      "set-up: wrong code",
      [&](store::Records& records, domain::User& user) {
        user.totp_enabled = true;
        domain::RecordSuccessfulSignIn(user);  // sign-in is complete
        if (identity.session) records.sessions.PassSecondStep(identity.session->id);
        return std::string("set up");
      });
}

Result<domain::Session> SignInService::PassTwoStep(const Identity& identity,
                                                   const std::string& code) {
  if (!identity.session) return NotFound{};
  const auto now = clock_.Now();
  // A recovery code is checked against each unused one's slow hash before the transaction, and
  // not at all while the account is locked.
  std::optional<std::string> recovery_code;
  if (LooksLikeRecoveryCode(code)) {
    const auto [account, kept] = store_.ReadResult([&](store::Records& records) {
      return std::pair(records.accounts.Find(identity.user.id),
                       records.accounts.UnusedRecoveryCodes(identity.user.id));
    });
    for (const std::string& hash :
         account && !domain::IsLocked(*account, now) ? kept : std::vector<std::string>{}) {
      if (RecoveryCodeMatches(hash, code)) {
        recovery_code = hash;
        break;
      }
    }
  }
  bool locked_now = false;
  auto result = store_.WriteResult([&](store::Records& records) -> Result<domain::Session> {
    records.accounts.Lock(identity.user.id);
    auto user = records.accounts.Find(identity.user.id);
    if (!user || !user->totp_enabled) return NotFound{};
    const std::string record = "user:" + std::to_string(user->id);
    if (domain::IsLocked(*user, now)) {
      records.sessions.EndSessionsOf(user->id, now);
      return Invalid{{{"code", "This account is locked for now. Try again later"}}};
    }
    const auto secret = OpenedSecret(*user);
    const auto step =
        secret ? AcceptTotpCode(*secret, code, now, user->totp_last_step) : std::nullopt;
    const bool recovery =
        !step && recovery_code && records.accounts.UseRecoveryCode(user->id, *recovery_code, now);
    if (!step && !recovery && !secret) {
      // Not the person's failure: this server's key does not open their secret. Not counted.
      AppendAudit(records, identity.AsActor(), now,
                  {domain::Action::kTwoStep, record, domain::AuditOutcome::kRefused,
                   "two-step secret cannot be opened with this server's key"});
      return Invalid{{{"code",
                       "Codes from your authenticator app cannot be checked just now: use one of "
                       "your recovery codes, or ask an administrator"}}};
    }
    if (!step && !recovery) {
      domain::RecordFailedSignIn(*user, now, policy_);
      locked_now = user->locked_until.has_value();
      records.accounts.Update(*user);
      if (locked_now) records.sessions.EndSessionsOf(user->id, now);
      AppendAudit(records, identity.AsActor(), now,
                  {domain::Action::kTwoStep, record, domain::AuditOutcome::kRefused,
                   locked_now ? "wrong code; account locked" : "wrong code"});
      return Invalid{{{"code",
                       "Enter the 6-digit code your authenticator app shows now, or one of your "
                       "recovery codes"}}};
    }
    if (step) user->totp_last_step = *step;
    domain::RecordSuccessfulSignIn(*user);
    records.accounts.Update(*user);
    auto session = *identity.session;
    session.two_step_passed = true;
    records.sessions.PassSecondStep(session.id);
    AuditAllowed(records, identity, now, domain::Action::kTwoStep, record,
                 recovery ? "recovery code used" : std::string(domain::kTwoStepCodeAccepted));
    return session;
  });
  if (std::holds_alternative<Invalid>(result)) sleep_(domain::FailureDelay(1, policy_));
  return result;
}

void SignInService::SignOut(const Identity& identity) {
  if (!identity.session) return;
  store_.Write([&](store::Records& records) {
    auto session = *identity.session;
    session.ended_at = clock_.Now();
    records.sessions.EndSession(session.id, *session.ended_at);
    AppendAudit(records, identity.AsActor(), *session.ended_at,
                {domain::Action::kSignOut, "user:" + std::to_string(identity.user.id),
                 domain::AuditOutcome::kAllowed, ""});
  });
}

OwnAccount SignInService::ShowOwnAccount(const Identity& identity) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) {
    OwnAccount own;
    own.current = identity.session ? identity.session->id : 0;
    for (auto& session : records.sessions.OpenSessionsOf(identity.user.id)) {
      if (domain::IsSessionLive(session, now, policy_)) own.live.push_back(std::move(session));
    }
    own.two_step = identity.user.totp_enabled;
    if (own.two_step)
      own.recovery_codes_left =
          static_cast<int>(records.accounts.UnusedRecoveryCodes(identity.user.id).size());
    own.events = domain::AccountEvents(
        records.audit.ForRecord("user:" + std::to_string(identity.user.id), kAccountEntriesRead),
        identity.user.username, kAccountEventsShown);
    for (const auto& event : own.events) {
      if (!event.by.empty() && !own.names.contains(event.by))
        own.names[event.by] = ShownAs(records, event.by);
    }
    AppendAudit(
        records, identity.AsActor(), now,
        {domain::Action::kOwnAccount, "user:" + std::to_string(identity.user.id),
         domain::AuditOutcome::kAllowed, "own sessions shown: " + std::to_string(own.live.size())});
    return own;
  });
}

int SignInService::EndOtherSessions(const Identity& identity) {
  if (!identity.session) return 0;  // only a signed-in browser has an "elsewhere"
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) {
    int ended = 0;
    for (const auto& session : records.sessions.OpenSessionsOf(identity.user.id)) {
      if (session.id == identity.session->id) continue;
      if (domain::IsSessionLive(session, now, policy_)) ++ended;
      records.sessions.EndSession(session.id, now);
    }
    AppendAudit(records, identity.AsActor(), now,
                {domain::Action::kOwnAccount, "user:" + std::to_string(identity.user.id),
                 domain::AuditOutcome::kAllowed,
                 "signed out everywhere else: " + domain::Counted(ended, "session", "sessions") +
                     " ended"});
    return ended;
  });
}

}  // namespace frontdoor::service
