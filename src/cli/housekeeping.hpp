// src/cli/housekeeping.hpp — what the server does every ten minutes while it serves: forgets
// Idempotency-Keys a day old, and counts the accounts whose opening of people's records stands out,
// for /metrics and the log, so a council's monitoring can tell an auditor (ASVS 8.1.4).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <set>
#include <string>
#include <thread>

#include "service/services.hpp"

namespace frontdoor::cli {

//! A thread that runs a round of housekeeping when made and every ten minutes until destroyed
//! (not copied or moved: the thread holds `this`).
class Housekeeping {
 public:
  explicit Housekeeping(service::Services& services);

  //! How many accounts' opening of people's records stood out at the last round, in Prometheus'
  //! text format.
  std::string Metrics() const;

 private:
  void ForgetOldKeys();
  //! Counts the accounts that stand out, and logs a warning when one of them did not stand out
  //! at the round before.
  void WatchRecordOpening();

  service::Services& services_;
  std::atomic<std::int64_t> unusual_accounts_{0};
  std::set<std::string> standing_out_;  //!< their usernames at the last round (its thread only)
  std::jthread thread_;                 //!< last: stopped and joined before the rest is destroyed
};

}  // namespace frontdoor::cli
