// src/domain/uk_time.cpp — the UK's summer time rule and GOV.UK's date style.
#include "domain/uk_time.hpp"

#include <cctype>
#include <charconv>

namespace frontdoor::domain {

namespace {

using namespace std::chrono;

// 01:00 UTC on the last Sunday of `month` in `year`.
sys_seconds ChangeOver(std::chrono::year year, std::chrono::month month) {
  const sys_days last_day{year / month / last};
  const weekday day_of_week{last_day};
  const sys_days last_sunday = last_day - (day_of_week - Sunday);
  return sys_seconds{last_sunday} + hours{1};
}

}  // namespace

bool IsBritishSummerTime(Timestamp moment) {
  const year_month_day date{floor<days>(moment)};
  return moment >= ChangeOver(date.year(), March) && moment < ChangeOver(date.year(), October);
}

std::chrono::year_month_day UkDate(Timestamp moment) {
  return year_month_day{floor<days>(moment + (IsBritishSummerTime(moment) ? hours{1} : hours{0}))};
}

std::string FormatUkClockTime(Timestamp moment) {
  const Timestamp local = moment + (IsBritishSummerTime(moment) ? hours{1} : hours{0});
  const hh_mm_ss<milliseconds> time{local - floor<days>(local)};
  char text[8];
  std::snprintf(text, sizeof(text), "%02d:%02d", int(time.hours().count()),
                int(time.minutes().count()));
  return text;
}

std::string FormatUkDateTime(Timestamp moment) {
  static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  const Timestamp local = moment + (IsBritishSummerTime(moment) ? hours{1} : hours{0});
  const auto day = floor<days>(local);
  const year_month_day date{day};
  const hh_mm_ss<milliseconds> time{local - day};
  const int hour = int(time.hours().count());
  const int twelve_hour = hour % 12 == 0 ? 12 : hour % 12;
  char text[64];
  std::snprintf(text, sizeof(text), "%u %s %d at %d:%02d%s", unsigned(date.day()),
                kMonths[unsigned(date.month()) - 1], int(date.year()), twelve_hour,
                int(time.minutes().count()), hour < 12 ? "am" : "pm");
  return text;
}

std::optional<std::chrono::minutes> ParseClockTime(std::string_view text) {
  int hours = -1, minutes = -1;
  const char* const end = text.data() + text.size();
  auto hour = std::from_chars(text.data(), end, hours);
  const auto hour_digits = hour.ptr - text.data();
  if (hour.ec != std::errc() || hour_digits < 1 || hour_digits > 2 || hour.ptr == end ||
      (*hour.ptr != ':' && *hour.ptr != '.'))
    return std::nullopt;
  auto minute = std::from_chars(hour.ptr + 1, end, minutes);
  if (minute.ec != std::errc() || minute.ptr - hour.ptr != 3) return std::nullopt;
  std::string rest(minute.ptr, end);
  if (!rest.empty() && rest.front() == ' ') rest.erase(0, 1);
  for (auto& letter : rest) letter = char(std::tolower(static_cast<unsigned char>(letter)));
  if (rest == "am" || rest == "pm") {
    if (hours < 1 || hours > 12) return std::nullopt;
    hours = hours % 12 + (rest == "pm" ? 12 : 0);
  } else if (!rest.empty()) {
    return std::nullopt;
  }
  if (hours > 23 || minutes > 59 || hours < 0 || minutes < 0) return std::nullopt;
  return std::chrono::minutes{hours * 60 + minutes};
}

std::optional<Timestamp> UkLocalTime(const std::chrono::year_month_day& date,
                                     std::string_view hours_minutes) {
  const auto since_midnight = ParseClockTime(hours_minutes);
  if (!since_midnight) return std::nullopt;
  return UkLocalTime(date, *since_midnight);
}

UkDays UkDaysFrom(const std::chrono::year_month_day& first,
                  const std::chrono::year_month_day& last) {
  const std::chrono::year_month_day after{std::chrono::sys_days{last} + std::chrono::days{1}};
  return {UkLocalTime(first, std::chrono::minutes{0}), UkLocalTime(after, std::chrono::minutes{0})};
}

bool InHourClocksSkip(const std::chrono::year_month_day& date,
                      std::chrono::minutes since_midnight) {
  const Timestamp as_if_utc = Timestamp{std::chrono::sys_days{date}} + since_midnight;
  return IsBritishSummerTime(as_if_utc) && !IsBritishSummerTime(as_if_utc - std::chrono::hours{1});
}

Timestamp UkLocalTime(const std::chrono::year_month_day& date,
                      std::chrono::minutes since_midnight) {
  const Timestamp as_if_utc = Timestamp{std::chrono::sys_days{date}} + since_midnight;
  // UK clock time is UTC in winter and UTC+1 in summer; the hour after the spring change does not
  // exist and is taken as summer time.
  const Timestamp summer = as_if_utc - std::chrono::hours{1};
  return IsBritishSummerTime(summer) ? summer : as_if_utc;
}

}  // namespace frontdoor::domain
