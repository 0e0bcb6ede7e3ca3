// src/domain/working_days.hpp — working days in England: weekends and England and Wales bank
// holidays excluded.
#pragma once

#include <set>
#include <string_view>
#include <vector>

#include "domain/clock.hpp"
#include "domain/person.hpp"

namespace frontdoor::domain {

//! Easter Sunday in `year` (Gregorian calendar).
Date EasterSunday(int year);

//! England and Wales bank holidays in `year` by the standing rules: New Year's Day, Good Friday,
//! Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas Day and
//! Boxing Day, each moved to the next weekday(s) when it falls at a weekend.
std::vector<Date> StandingBankHolidays(int year);

//! The published bank holidays (config/bank-holidays.txt): one "YYYY-MM-DD | name" line each.
//! For the years it covers the list is the whole truth; other years follow the standing rules.
struct BankHolidayList {
  std::vector<Date> days;
  std::set<int> years;  //!< the years the list covers
};

//! Reads a bank holiday list. Throws std::invalid_argument naming the line and the reason.
BankHolidayList LoadBankHolidays(std::string_view text);

//! The working day's opening hours, in minutes after midnight, UK clock time.
struct WorkingHours {
  int opens = 9 * 60;
  int closes = 17 * 60;
};

//! The moment `day`'s working day closes, UK clock time: when something due that day is overdue.
Timestamp EndOfWorkingDay(const Date& day, const WorkingHours& hours);

//! The calendar of working days: weekends and bank holidays are not working days. One-off bank
//! holidays (a coronation, a jubilee) and moved ones are configuration, added with `extra` and
//! taken away with `removed`.
class WorkingCalendar {
 public:
  WorkingCalendar() = default;
  WorkingCalendar(std::vector<Date> extra, std::vector<Date> removed);
  explicit WorkingCalendar(const BankHolidayList& list);

  //! True when `day` is a working day.
  bool IsWorkingDay(const Date& day) const;
  //! The working day `count` working days after `day` (count 1: the next working day).
  Date AddWorkingDays(const Date& day, int count) const;
  //! Working days after `from` up to and including `to` (0 when `to` is not after `from`).
  int WorkingDaysBetween(const Date& from, const Date& to) const;
  //! The moment `hours` working hours after `start`: the clock runs only between `day.opens` and
  //! `day.closes` on working days (a red check asked for at 4pm on a Friday is due at 11am on
  //! Monday).
  Timestamp AddWorkingHours(Timestamp start, int hours, const WorkingHours& day) const;

 private:
  bool IsBankHoliday(const Date& day) const;

  std::set<int> extra_;  // days since epoch
  std::set<int> removed_;
  std::set<int> listed_;        // days since epoch, from a published list
  std::set<int> listed_years_;  // the years that list covers
};

}  // namespace frontdoor::domain
