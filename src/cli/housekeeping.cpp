// src/cli/housekeeping.cpp — the housekeeping thread's rounds.
#include "cli/housekeeping.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "cli/periodic.hpp"

namespace frontdoor::cli {

Housekeeping::Housekeeping(service::Services& services) : services_(services) {
  thread_ = EveryPeriod(std::chrono::minutes(10), [this] {
    ForgetOldKeys();
    WatchRecordOpening();
  });
}

void Housekeeping::ForgetOldKeys() {
  try {
    const auto forgotten = services_.idempotency.ForgetOldKeys();
    if (forgotten > 0) spdlog::info("event=idempotency_keys_forgotten count={}", forgotten);
  } catch (const std::exception& failure) {
    spdlog::error("event=idempotency_keys_not_forgotten error=\"{}\"", failure.what());
  }
}

void Housekeeping::WatchRecordOpening() {
  try {
    const auto unusual = services_.audit.UnusualReading();
    const auto newly = domain::NewlyStandingOut(standing_out_, unusual);
    unusual_accounts_ = std::int64_t(unusual.size());
    standing_out_.clear();
    for (const auto& volume : unusual) standing_out_.insert(volume.username);
    // The log names no one: who it is, and how many records, is on the access audit page, for
    // those allowed to see it.
    if (newly > 0) {
      spdlog::warn(
          "event=record_opening_stands_out accounts={} newly={} days={} see=\"access audit page, "
          "People's records opened\"",
          unusual.size(), newly, domain::kReadingDays);
    }
  } catch (const std::exception& failure) {
    spdlog::error("event=record_opening_not_watched error=\"{}\"", failure.what());
  }
}

std::string Housekeeping::Metrics() const {
  return fmt::format(
      "# HELP frontdoor_accounts_opening_records_unusually Accounts that opened far more people's "
      "records in the last {} days than the middle account (the access audit page names them); "
      "counted every ten minutes.\n"
      "# TYPE frontdoor_accounts_opening_records_unusually gauge\n"
      "frontdoor_accounts_opening_records_unusually {}\n",
      domain::kReadingDays, unusual_accounts_.load());
}

}  // namespace frontdoor::cli
