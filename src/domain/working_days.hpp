// src/domain/working_days.hpp — working days in England: weekends and England and Wales bank
// holidays excluded.
#pragma once

#include <set>
#include <string_view>
#include <vector>

#include "domain/person.hpp"

namespace frontdoor::domain {

//! Easter Sunday in `year` (Gregorian calendar).
Date EasterSunday(int year);

//! England and Wales bank holidays in `year` by the standing rules: New Year's Day, Good Friday,
//! Easter Monday, the first and last Mondays of May, the last Monday of August, Christmas Day and
//! Boxing Day, each moved to the next weekday(s) when it falls at a weekend.
std::vector<Date> StandingBankHolidays(int year);

//! The calendar of working days: weekends and bank holidays are not working days. One-off bank
//! holidays (a coronation, a jubilee) and moved ones are configuration, added with `extra` and
//! taken away with `removed`.
class WorkingCalendar {
 public:
  WorkingCalendar() = default;
  WorkingCalendar(std::vector<Date> extra, std::vector<Date> removed);

  //! True when `day` is a working day.
  bool IsWorkingDay(const Date& day) const;
  //! The working day `count` working days after `day` (count 1: the next working day).
  Date AddWorkingDays(const Date& day, int count) const;
  //! Working days after `from` up to and including `to` (0 when `to` is not after `from`).
  int WorkingDaysBetween(const Date& from, const Date& to) const;

 private:
  bool IsBankHoliday(const Date& day) const;

  std::set<int> extra_;  // days since epoch
  std::set<int> removed_;
};

}  // namespace frontdoor::domain
