// src/domain/working_days.cpp — Easter, the standing bank holiday rules and working-day arithmetic.
#include "domain/working_days.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "domain/config_lines.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {

namespace {

using namespace std::chrono;

int DayNumber(const Date& day) {
  return int(sys_days{day}.time_since_epoch().count());
}

bool IsWeekend(const Date& day) {
  const weekday day_of_week{sys_days{day}};
  return day_of_week == Saturday || day_of_week == Sunday;
}

Date FirstMonday(year in_year, month in_month) {
  return Date{in_year / in_month / Monday[1]};
}
Date LastMonday(year in_year, month in_month) {
  return Date{in_year / in_month / Monday[last]};
}

}  // namespace

Date EasterSunday(int year_number) {
  // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year_number % 19, b = year_number / 100, c = year_number % 100, d = b / 4,
            e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7,
            m = (a + 11 * h + 22 * l) / 451;
  const int month_number = (h + l - 7 * m + 114) / 31, day_number = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year{year_number}, month(unsigned(month_number)), day(unsigned(day_number))};
}

std::vector<Date> StandingBankHolidays(int year_number) {
  const year in_year{year_number};
  std::vector<Date> holidays;
  // New Year's Day, or the next weekday.
  sys_days new_year{in_year / January / 1};
  while (IsWeekend(Date{new_year})) new_year += days{1};
  holidays.push_back(Date{new_year});
  const sys_days easter{EasterSunday(year_number)};
  holidays.push_back(Date{easter - days{2}});
  holidays.push_back(Date{easter + days{1}});
  holidays.push_back(FirstMonday(in_year, May));
  holidays.push_back(LastMonday(in_year, May));
  holidays.push_back(LastMonday(in_year, August));
  // Christmas and Boxing Day: a weekend day moves to the next weekday not already taken.
  for (const sys_days christmas_day :
       {sys_days{in_year / December / 25}, sys_days{in_year / December / 26}}) {
    sys_days observed = christmas_day;
    while (IsWeekend(Date{observed}) ||
           std::find(holidays.begin(), holidays.end(), Date{observed}) != holidays.end()) {
      observed += days{1};
    }
    holidays.push_back(Date{observed});
  }
  return holidays;
}

WorkingCalendar::WorkingCalendar(std::vector<Date> extra, std::vector<Date> removed) {
  for (const Date& day : extra) extra_.insert(DayNumber(day));
  for (const Date& day : removed) removed_.insert(DayNumber(day));
}

WorkingCalendar::WorkingCalendar(const BankHolidayList& list) : listed_years_(list.years) {
  for (const Date& day : list.days) listed_.insert(DayNumber(day));
}

BankHolidayList LoadBankHolidays(std::string_view text) {
  BankHolidayList list;
  int line_number = 0;
  std::set<int> seen;
  for (const auto& config_line : ConfigLines(text)) {
    line_number = config_line.number;
    const std::string& line = config_line.text;
    const auto fail = [&](const std::string& reason) {
      throw std::invalid_argument("line " + std::to_string(line_number) + ": " + reason);
    };
    const auto bar = line.find('|');
    if (bar == std::string::npos || Trim(line.substr(bar + 1)).empty())
      fail("expected \"YYYY-MM-DD | name of the holiday\"");
    const auto day = ParseDate(Trim(line.substr(0, bar)));
    if (!day) fail("\"" + Trim(line.substr(0, bar)) + "\" is not a date like 2026-12-25");
    if (!seen.insert(DayNumber(*day)).second) fail(FormatDate(*day) + " is listed twice");
    list.days.push_back(*day);
    list.years.insert(int(day->year()));
  }
  if (list.days.empty()) throw std::invalid_argument("the list has no bank holidays");
  return list;
}

Timestamp EndOfWorkingDay(const Date& day, const WorkingHours& hours) {
  return UkLocalTime(day, std::chrono::minutes{hours.closes});
}

Timestamp WorkingCalendar::AddWorkingHours(Timestamp start, int hours,
                                           const WorkingHours& day) const {
  const auto at = [](const Date& date, int minutes) {
    return UkLocalTime(date, std::chrono::minutes{minutes});
  };
  auto remaining = std::chrono::milliseconds(std::chrono::hours(hours));
  Timestamp now = start;
  Date date = UkDate(now);
  while (true) {
    if (IsWorkingDay(date)) {
      const Timestamp opens = at(date, day.opens);
      const Timestamp closes = at(date, day.closes);
      if (now < opens) now = opens;
      if (now < closes) {
        if (now + remaining <= closes) return now + remaining;
        remaining -= closes - now;
      }
    }
    date = Date{sys_days{date} + days{1}};
    now = at(date, 0);
  }
}

bool WorkingCalendar::IsBankHoliday(const Date& day) const {
  const int number = DayNumber(day);
  if (extra_.count(number)) return true;
  if (removed_.count(number)) return false;
  if (listed_years_.count(int(day.year()))) return listed_.count(number) > 0;
  const auto standing = StandingBankHolidays(int(day.year()));
  return std::find(standing.begin(), standing.end(), day) != standing.end();
}

bool WorkingCalendar::IsWorkingDay(const Date& day) const {
  return !IsWeekend(day) && !IsBankHoliday(day);
}

Date WorkingCalendar::AddWorkingDays(const Date& day, int count) const {
  sys_days current{day};
  while (count > 0) {
    current += days{1};
    if (IsWorkingDay(Date{current})) --count;
  }
  return Date{current};
}

int WorkingCalendar::WorkingDaysBetween(const Date& from, const Date& to) const {
  int count = 0;
  for (sys_days current = sys_days{from} + days{1}; current <= sys_days{to}; current += days{1}) {
    if (IsWorkingDay(Date{current})) ++count;
  }
  return count;
}

}  // namespace frontdoor::domain
