// src/service/sign_in_service.hpp — signing in and out, two-step verification, and who a session or
// API token belongs to.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/account_activity.hpp"
#include "domain/clock.hpp"
#include "domain/sign_in_policy.hpp"
#include "service/credentials.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! Who must use two-step verification, and the name authenticator apps show.
struct TwoStepSettings {
  std::set<domain::Role> required_roles = {domain::Role::kManager, domain::Role::kAdmin};
  std::string issuer = "frontdoor";
  //! Seal each account's two-step secret in the database (`frontdoor serve` always has one, from
  //! a file outside the database): the first seals, every one opens (keys older than the first
  //! stay until every secret is sealed again with it). Without any, secrets are kept as they are.
  std::vector<TwoStepKey> secret_keys;
};

//! What sealing two-step secrets again did.
struct TwoStepResealing {
  std::vector<std::int64_t> sealed;   //!< accounts whose secret is now sealed with the first key
  std::vector<std::string> unopened;  //!< accounts whose secret none of the keys opens
};

//! How a sign-in attempt ended.
enum class SignInStatus {
  kSignedIn,            //!< fully signed in
  kTwoStepNeeded,       //!< password right; a code is needed next
  kTwoStepSetupNeeded,  //!< password right; two-step verification must be set up first
  kRefused,             //!< wrong username or password, or the account is locked or disabled
  kTooManyAttempts,     //!< this client address has tried too often
};

//! The outcome, and the new session's token when the password was right.
struct SignInAttempt {
  SignInStatus status = SignInStatus::kRefused;
  std::string session_token;
};

//! What enrolment shows: the secret (for typing) and the QR code's address (for scanning).
struct TwoStepEnrolment {
  std::string secret;
  std::string address;
};

//! What "Your account" shows: where the person is signed in, and what happened to the account.
struct OwnAccount {
  std::vector<domain::Session> live;  //!< sessions still live, newest first
  std::int64_t current = 0;           //!< the session of the browser asking
  //! The newest kAccountEventsShown of the account's events (domain::AccountEvents) among its
  //! latest kAccountEntriesRead access audit entries.
  std::vector<domain::AccountEvent> events;
  //! Username -> full name and job title, for each account that did one of `events`.
  std::map<std::string, std::string> names;
  //! Whether the account signs in with two steps, and how many recovery codes it has unused.
  bool two_step = false;
  int recovery_codes_left = 0;
};

//! How many of an account's events "Your account" shows, and of how many of its latest access
//! audit entries (each sign-in and page of the account's own is one).
inline constexpr std::size_t kAccountEventsShown = 10;
inline constexpr int kAccountEntriesRead = 500;

//! Sessions and credentials. Every attempt, success or failure, is written to the access audit.
class SignInService {
 public:
  using Sleep = std::function<void(std::chrono::milliseconds)>;

  SignInService(store::Store& store, const domain::Clock& clock, domain::SignInPolicy policy,
                TwoStepSettings two_step, Sleep sleep);

  //! Seals the two-step secrets kept before secrets were sealed; answers how many.
  int SealTwoStepSecrets();
  //! Seals every two-step secret not sealed with the first key with it, in one transaction that
  //! the access audit records (once every server has the new key: one that has not cannot open
  //! them after).
  TwoStepResealing ResealTwoStepSecrets(const Actor& actor);
  //! Whether any account's two-step secret is sealed (so a key must already exist somewhere).
  bool HasSealedTwoStepSecrets();
  //! The secret of a two-step set-up begun and not finished (to show again), or "".
  std::string PendingTwoStepSecret(const Identity& identity);
  //! Checks a username and password. On success a new session is made (never reused), so a
  //! token planted before sign-in is worthless after it.
  SignInAttempt SignIn(const std::string& username, const std::string& password,
                       const std::string& client_address);
  //! The person behind a session token, if the session is live and the account usable.
  std::optional<Identity> AuthenticateSession(const std::string& token,
                                              const std::string& client_address);
  //! The person behind an API token, if it is known, unexpired and unrevoked.
  std::optional<Identity> AuthenticateApiToken(const std::string& token,
                                               const std::string& client_address);
  //! True when this account must pass a second step.
  bool TwoStepRequired(const domain::User& user) const;
  //! True when the session still lacks its second step.
  bool TwoStepPending(const Identity& identity) const;
  //! Starts (or restarts) enrolment: a new secret, kept but not yet in use.
  TwoStepEnrolment BeginTwoStepSetup(const Identity& identity);
  //! Finishes enrolment with a code from the app; answers the recovery codes to write down.
  Result<std::vector<std::string>> FinishTwoStepSetup(const Identity& identity,
                                                      const std::string& code);
  //! New recovery codes in place of the account's old ones (used or not), given a code from the
  //! app now: answers them to write down. NotFound when two-step verification is not set up.
  Result<std::vector<std::string>> RenewRecoveryCodes(const Identity& identity,
                                                      const std::string& code);
  //! Completes sign-in with a code from the app or a recovery code.
  Result<domain::Session> PassTwoStep(const Identity& identity, const std::string& code);
  //! Ends the session.
  void SignOut(const Identity& identity);
  //! "Your account": the person's own sessions that are still live (not ended, idle or too old),
  //! newest first, and what happened to the account. Recorded itself.
  OwnAccount ShowOwnAccount(const Identity& identity);
  //! Ends every session of the person but the one asking; answers how many live ones ended.
  int EndOtherSessions(const Identity& identity);
  //! How long a session lasts unused.
  std::chrono::minutes SessionIdle() const { return policy_.session_idle; }

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  domain::SignInPolicy policy_;
  //! The account's two-step secret, opened; nothing (and an error logged) when it cannot be.
  std::optional<std::string> OpenedSecret(const domain::User& user) const;
  //! Seals with the first key each secret not sealed with it (those sealed with another key only
  //! when `sealed_too`).
  TwoStepResealing SealSecrets(store::Records& records, bool sealed_too);
  //! New recovery codes for a `code` from the app, for an account `ready` for them: the code is
  //! checked before the transaction (so the slow hashes are made only when it will pass) and in
  //! it. Then `keep` changes the account as the use case needs and answers the audit's words;
  //! a wrong code is audited as refused with `refused`.
  Result<std::vector<std::string>> WithNewRecoveryCodes(
      const Identity& identity, const std::string& code,
      const std::function<bool(const domain::User&)>& ready, const std::string& refused,
      const std::function<std::string(store::Records&, domain::User&)>& keep);

  TwoStepSettings two_step_;
  Sleep sleep_;
  domain::AddressAttemptLimiter address_limiter_;
};

}  // namespace frontdoor::service
