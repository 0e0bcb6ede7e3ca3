// src/store/consent_records.hpp — the family's consent on a contact, one record a change.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/consent.hpp"

namespace frontdoor::store {

class Sql;

//! Consent records; the newest of a kind is where consent stands.
class ConsentRecords {
 public:
  explicit ConsentRecords(Sql& sql) : sql_(sql) {}

  std::int64_t Add(const domain::ConsentRecord& consent);
  //! The consent records of these contacts, by contact then oldest first.
  std::vector<domain::ConsentRecord> ForContacts(const std::vector<std::int64_t>& contact_ids);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
