// src/domain/record_history.hpp — the record history: what changed on a record, from what to what,
// by whom and when. Kept apart from the access audit, which records who looked.
#pragma once

#include <string>

#include "domain/clock.hpp"

namespace frontdoor::domain {

//! One change to one part of a record.
struct HistoryEntry {
  std::string record;  //!< "contact:12", "check:3"
  std::string field;   //!< "consent to share information"
  std::string from;    //!< "" when it had no value
  std::string to;
  std::string by;
  Timestamp at;
  std::string reason = "";  //!< why, for a correction ("birth certificate seen")
};

}  // namespace frontdoor::domain
