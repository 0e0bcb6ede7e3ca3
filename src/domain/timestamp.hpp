// src/domain/timestamp.hpp — writing and reading moments as ISO 8601 UTC text
// (2026-11-27T09:30:00.000Z).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/clock.hpp"

namespace frontdoor::domain {

//! Formats as YYYY-MM-DDTHH:MM:SS.mmmZ.
std::string FormatTimestamp(Timestamp moment);
//! Parses the form FormatTimestamp writes (milliseconds optional); nullopt when it is not one.
std::optional<Timestamp> ParseTimestamp(std::string_view text);

}  // namespace frontdoor::domain
