// src/cli/logging.cpp — the log format: one line per event, UTC, key=value, never personal data.
#include <spdlog/spdlog.h>

#include "cli/commands.hpp"

namespace frontdoor::cli {

void SetUpLogging() {
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%eZ level=%l %v", spdlog::pattern_time_type::utc);
  spdlog::flush_on(spdlog::level::warn);
  spdlog::flush_every(std::chrono::seconds(1));
}

}  // namespace frontdoor::cli
