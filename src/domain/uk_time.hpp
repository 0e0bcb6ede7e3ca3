// src/domain/uk_time.hpp — showing moments as UK clock time (GMT, or BST in summer), as people read
// them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/clock.hpp"

namespace frontdoor::domain {

//! True when UK clocks are on British Summer Time at `moment` (from 01:00 UTC on the last
//! Sunday of March to 01:00 UTC on the last Sunday of October).
bool IsBritishSummerTime(Timestamp moment);
//! The date on UK calendars at `moment`.
std::chrono::year_month_day UkDate(Timestamp moment);
//! A clock time as people write it, as minutes after midnight: "09:30", "9:30", "9.30", "9:30am",
//! "2:05 pm"; nullopt when it is not a real time.
std::optional<std::chrono::minutes> ParseClockTime(std::string_view text);
//! The UK clock time `hours_minutes` (as ParseClockTime reads it) on `date`, as a moment; nullopt
//! when it is not a real time. The hour that does not exist when clocks go forward is taken as
//! summer time.
std::optional<Timestamp> UkLocalTime(const std::chrono::year_month_day& date,
                                     std::string_view hours_minutes);
//! True when `since_midnight` on `date` falls in the hour UK clocks skip when they go forward
//! (1:00am to 1:59am on the last Sunday of March): a time no clock showed.
bool InHourClocksSkip(const std::chrono::year_month_day& date, std::chrono::minutes since_midnight);
//! `since_midnight` after midnight on `date`, UK clock time, as a moment.
Timestamp UkLocalTime(const std::chrono::year_month_day& date, std::chrono::minutes since_midnight);
//! The moments of UK days `first` to `last` (both included): from midnight starting `first` up to,
//! not including, midnight ending `last`.
struct UkDays {
  Timestamp from;
  Timestamp before;
};
UkDays UkDaysFrom(const std::chrono::year_month_day& first,
                  const std::chrono::year_month_day& last);
//! "14:05", the UK clock time at `moment`.
std::string FormatUkClockTime(Timestamp moment);
//! "27 November 2026 at 2:05pm", in UK clock time.
std::string FormatUkDateTime(Timestamp moment);

}  // namespace frontdoor::domain
