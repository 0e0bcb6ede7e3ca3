// src/cli/logging.cpp — the log format: one line per event, UTC, never personal data; key=value
// text, or (FRONTDOOR_LOG_FORMAT=json) one JSON object a line for a log collector.
#include <spdlog/formatter.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/log_lines.hpp"

namespace frontdoor::cli {

namespace {

//! Writes each event as JsonLogLine does.
class JsonLineFormatter final : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& message, spdlog::memory_buf_t& out) override {
    const auto since = message.time.time_since_epoch();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(message.time);
    std::tm utc{};
    ::gmtime_r(&seconds, &utc);
    char stamp[24];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", &utc);
    const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(since).count() % 1000;
    const auto level = spdlog::level::to_string_view(message.level);
    const std::string line =
        JsonLogLine(fmt::format("{}.{:03}Z", stamp, millis), {level.data(), level.size()},
                    {message.payload.data(), message.payload.size()});
    out.append(line.data(), line.data() + line.size());
    out.push_back('\n');
  }
  std::unique_ptr<spdlog::formatter> clone() const override {
    return std::make_unique<JsonLineFormatter>();
  }
};

}  // namespace

void SetUpLogging() {
  const char* format = std::getenv("FRONTDOOR_LOG_FORMAT");
  if (format != nullptr && std::string_view(format) == "json") {
    spdlog::set_formatter(std::make_unique<JsonLineFormatter>());
  } else {
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%eZ level=%l %v", spdlog::pattern_time_type::utc);
  }
  spdlog::flush_on(spdlog::level::warn);
  spdlog::flush_every(std::chrono::seconds(1));
}

}  // namespace frontdoor::cli
