// src/store/check_records.hpp — checks with partner agencies (MASH checks) and their answers, and
// a manager's record that a contact's checks are not needed.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/mash_check.hpp"

namespace frontdoor::store {

class Sql;

//! Checks and "checks not needed".
class CheckRecords {
 public:
  explicit CheckRecords(Sql& sql) : sql_(sql) {}

  //! Adds a check (answered or not) and returns its id.
  std::int64_t Add(const domain::MashCheck& check);
  //! Adds checks at once (a bulk load), with their answers.
  void AddMany(const std::vector<domain::MashCheck>& checks);
  std::optional<domain::MashCheck> Find(std::int64_t id);
  //! Saves an answer; false when the check was already answered (the first answer stands).
  bool Answer(const domain::MashCheck& check);
  //! The checks of these contacts, by contact then oldest first.
  std::vector<domain::MashCheck> ForContacts(const std::vector<std::int64_t>& contact_ids);
  //! Unanswered checks, soonest due first; with `agency`, only that agency's; with
  //! `requested_by`, only those that person asked.
  std::vector<domain::MashCheck> Open(std::optional<std::string_view> agency,
                                      std::optional<std::string_view> requested_by, int limit);
  //! Keeps a manager's "not needed"; throws StoreError when the contact has one already.
  void AddNotNeeded(const domain::ChecksNotNeeded& record);
  //! The "not needed" records of these contacts, by contact.
  std::vector<domain::ChecksNotNeeded> NotNeededFor(const std::vector<std::int64_t>& contact_ids);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
