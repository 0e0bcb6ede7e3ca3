// src/store/account_records.hpp — the people who use frontdoor: their accounts and two-step
// recovery codes, their sessions and API tokens, and the feedback they send.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/feedback.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! The people who use frontdoor.
class AccountRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Adds an account and returns its id; throws StoreError when the username is taken.
  std::int64_t Add(const domain::User& user);
  std::optional<domain::User> Find(std::int64_t id);
  std::optional<domain::User> FindByUsername(std::string_view username);
  //! Every account, by username.
  std::vector<domain::User> List();
  //! Saves every field of the account but its id, username and creation time.
  void Update(const domain::User& user);
  //! Holds the account until the transaction ends, so read-change-write of its counters cannot
  //! lose another request's change. Read the account again after taking it.
  void Lock(std::int64_t id);
  //! Replaces the account's recovery codes with these (hashed) ones.
  void ReplaceRecoveryCodes(std::int64_t user_id, const std::vector<std::string>& code_hashes);
  //! Marks an unused recovery code used; false when there is no such unused code.
  bool UseRecoveryCode(std::int64_t user_id, std::string_view code_hash, domain::Timestamp at);
  //! Replaces the account's two-step secret `from` (only if it is still that) with `to`; 1 when
  //! it did, 0 otherwise.
  int ReplaceTwoStepSecret(std::int64_t user_id, std::string_view from, std::string_view to);
  //! The hashes of the account's recovery codes not used yet.
  std::vector<std::string> UnusedRecoveryCodes(std::int64_t user_id);
};

//! A session or API token with the account that holds it, read together (one statement for each
//! request's sign-in check).
template <typename Credential>
struct Held {
  Credential credential;
  domain::User holder;
};

//! Signed-in browsers (sessions) and tokens for the JSON API; only their tokens' hashes are kept.
class SessionRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  std::int64_t AddSession(const domain::Session& session);
  std::optional<Held<domain::Session>> FindSessionByTokenHash(std::string_view token_hash);
  //! Notes a session was used at `at`; an ended session stays ended.
  void TouchSession(std::int64_t id, domain::Timestamp at);
  //! Notes the session's second step is done; an ended session stays ended.
  void PassSecondStep(std::int64_t id);
  //! Ends a session (sign-out).
  void EndSession(std::int64_t id, domain::Timestamp at);
  //! Ends every open session of the account (disabled, password reset).
  void EndSessionsOf(std::int64_t user_id, domain::Timestamp at);
  //! The account's sessions not ended, newest first (some may have run out of time unused: the
  //! sign-in policy says which).
  std::vector<domain::Session> OpenSessionsOf(std::int64_t user_id);

  std::int64_t AddToken(const domain::ApiToken& token);
  std::optional<domain::ApiToken> FindToken(std::int64_t id);
  std::optional<Held<domain::ApiToken>> FindTokenByHash(std::string_view token_hash);
  //! Revokes a token; a revoked token stays revoked from its first revocation.
  void RevokeToken(std::int64_t id, domain::Timestamp at);
  //! Revokes every token of the account not revoked yet (disabled, password reset, role changed).
  void RevokeTokensOf(std::int64_t user_id, domain::Timestamp at);
};

//! Feedback about the service, sent from the phase banner's link and kept as sent.
class FeedbackRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Keeps feedback and returns its id; `feedback.id` is ignored.
  std::int64_t Add(const domain::Feedback& feedback);
  //! The feedback with this id, if any.
  std::optional<domain::Feedback> Find(std::int64_t id);
  //! How many pieces of feedback are kept.
  std::int64_t Count();
  //! At most `limit` pieces of feedback with ids below `before` (any id when 0), newest first.
  std::vector<domain::Feedback> NewestBefore(std::int64_t before, int limit);
};

}  // namespace frontdoor::store
