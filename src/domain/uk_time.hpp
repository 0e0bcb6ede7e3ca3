// src/domain/uk_time.hpp — showing moments as UK clock time (GMT, or BST in summer), as people read
// them.
#pragma once

#include <string>

#include "domain/clock.hpp"

namespace frontdoor::domain {

//! True when UK clocks are on British Summer Time at `moment` (from 01:00 UTC on the last
//! Sunday of March to 01:00 UTC on the last Sunday of October).
bool IsBritishSummerTime(Timestamp moment);
//! The date on UK calendars at `moment`.
std::chrono::year_month_day UkDate(Timestamp moment);
//! "14:05", the UK clock time at `moment`.
std::string FormatUkClockTime(Timestamp moment);
//! "27 November 2026 at 2:05pm", in UK clock time.
std::string FormatUkDateTime(Timestamp moment);

}  // namespace frontdoor::domain
