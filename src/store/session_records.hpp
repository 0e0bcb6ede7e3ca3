// src/store/session_records.hpp — signed-in browsers (sessions) and tokens for the JSON API.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "domain/account.hpp"

namespace frontdoor::store {

class Sql;

//! Sessions and API tokens; only their tokens' hashes are kept.
class SessionRecords {
 public:
  explicit SessionRecords(Sql& sql) : sql_(sql) {}

  std::int64_t AddSession(const domain::Session& session);
  std::optional<domain::Session> FindSessionByTokenHash(std::string_view token_hash);
  //! Notes a session was used at `at`; an ended session stays ended.
  void TouchSession(std::int64_t id, domain::Timestamp at);
  //! Notes the session's second step is done; an ended session stays ended.
  void PassSecondStep(std::int64_t id);
  //! Ends a session (sign-out).
  void EndSession(std::int64_t id, domain::Timestamp at);
  //! Ends every open session of the account (disabled, password reset).
  void EndSessionsOf(std::int64_t user_id, domain::Timestamp at);

  std::int64_t AddToken(const domain::ApiToken& token);
  std::optional<domain::ApiToken> FindToken(std::int64_t id);
  std::optional<domain::ApiToken> FindTokenByHash(std::string_view token_hash);
  //! Revokes a token; a revoked token stays revoked from its first revocation.
  void RevokeToken(std::int64_t id, domain::Timestamp at);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
