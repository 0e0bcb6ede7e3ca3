// src/store/account_records.hpp — accounts and their two-step recovery codes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/account.hpp"

namespace frontdoor::store {

class Sql;

//! The people who use frontdoor.
class AccountRecords {
 public:
  explicit AccountRecords(Sql& sql) : sql_(sql) {}

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

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
