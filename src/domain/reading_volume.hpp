// src/domain/reading_volume.hpp — how many people's records each account opened in a period, and
// which of those numbers stand out from the rest: a member of staff looking through records they
// have no work on is the misuse an auditor most needs to notice (ASVS 8.1.4).
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace frontdoor::domain {

//! One account's use of people's records in a period, as the access audit shows it.
struct ReadingVolume {
  std::string username;
  std::int64_t people = 0;   //!< different people's records it opened or tried to open
  std::int64_t entries = 0;  //!< how many times it opened or tried to open one
  bool unusual = false;      //!< set by MarkUnusualReading
};

//! The days over which accounts' use of people's records is compared (the access audit page, and
//! the server's watch for /metrics and its log).
inline constexpr int kReadingDays = 7;

//! An account's number of people stands out when it is more than this many times the middle
//! account's number ...
inline constexpr std::int64_t kUnusualTimesTheMiddle = 3;
//! ... and at least this many: with few entries in a period, a handful of records is not unusual.
inline constexpr std::int64_t kUnusualAtLeast = 25;

//! Puts `volumes` in order, most people first (then by username), and marks each that stands out:
//! more than kUnusualTimesTheMiddle times the median number of people among all of them, and at
//! least kUnusualAtLeast.
void MarkUnusualReading(std::vector<ReadingVolume>& volumes);

//! How many of the accounts in `now` (those standing out) are not in `before` (the usernames
//! that stood out when last looked at): an account that starts standing out as another stops is
//! new, though the number standing out is the same.
std::int64_t NewlyStandingOut(const std::set<std::string>& before,
                              const std::vector<ReadingVolume>& now);

}  // namespace frontdoor::domain
