// tests/domain/working_days_test.cpp — decision and assessment timescales across weekends,
// Christmas and Easter.
#include "domain/working_days.hpp"

#include <gtest/gtest.h>

#include "config_file.hpp"

namespace frontdoor::domain {
namespace {

Date D(const char* text) {
  return *ParseDate(text);
}

TEST(WorkingDays, EasterFollowsTheCalendar) {
  EXPECT_EQ(EasterSunday(2024), D("2024-03-31"));
  EXPECT_EQ(EasterSunday(2025), D("2025-04-20"));
  EXPECT_EQ(EasterSunday(2026), D("2026-04-05"));
  EXPECT_EQ(EasterSunday(2027), D("2027-03-28"));
}

TEST(WorkingDays, StandingBankHolidaysMoveOffWeekends) {
  // 2027: Christmas Day is a Saturday and Boxing Day a Sunday, so the 27th and 28th are holidays.
  const auto holidays = StandingBankHolidays(2027);
  EXPECT_NE(std::find(holidays.begin(), holidays.end(), D("2027-12-27")), holidays.end());
  EXPECT_NE(std::find(holidays.begin(), holidays.end(), D("2027-12-28")), holidays.end());
  // 2022: New Year's Day was a Saturday; the holiday was Monday 3 January.
  const auto earlier = StandingBankHolidays(2022);
  EXPECT_NE(std::find(earlier.begin(), earlier.end(), D("2022-01-03")), earlier.end());
}

TEST(WorkingDays, TheOneWorkingDayDecisionAcrossAWeekend) {
  const WorkingCalendar calendar;
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-11-27"), 1), D("2026-11-30"));  // Friday -> Monday
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-11-28"), 1), D("2026-11-30"));  // Saturday -> Monday
}

TEST(WorkingDays, AcrossChristmasAndEaster) {
  const WorkingCalendar calendar;
  // Thursday 24 December 2026: Christmas Friday, Boxing Day Saturday (so Monday 28th is a holiday).
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-12-24"), 1), D("2026-12-29"));
  // Thursday before Easter 2026: Good Friday 3 April, Easter Monday 6 April.
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-04-02"), 1), D("2026-04-07"));
}

TEST(WorkingDays, FortyFiveWorkingDaysForAnAssessment) {
  const WorkingCalendar calendar;
  // From Monday 2 November 2026: nine full weeks would be 45 working days, but Christmas Day,
  // the Boxing Day holiday (28th) and New Year's Day push it three days on.
  const Date due = calendar.AddWorkingDays(D("2026-11-02"), 45);
  EXPECT_EQ(due, D("2027-01-07"));
  EXPECT_EQ(calendar.WorkingDaysBetween(D("2026-11-02"), due), 45);
}

TEST(WorkingDays, OneOffHolidaysComeFromConfiguration) {
  const WorkingCalendar calendar({D("2023-05-08")}, {});  // the coronation
  EXPECT_FALSE(calendar.IsWorkingDay(D("2023-05-08")));
  EXPECT_TRUE(WorkingCalendar().IsWorkingDay(D("2023-05-08")));
  // A moved holiday: the early May holiday of 2020 was on Friday 8 May.
  const WorkingCalendar moved({D("2020-05-08")}, {D("2020-05-04")});
  EXPECT_TRUE(moved.IsWorkingDay(D("2020-05-04")));
  EXPECT_FALSE(moved.IsWorkingDay(D("2020-05-08")));
}

TEST(WorkingDays, TheShippedBankHolidayListCoversTwentyFifteenToTwentyThirty) {
  const auto list = LoadBankHolidays(testing::ShippedConfig("bank-holidays.txt"));
  for (int year = 2015; year <= 2030; ++year) EXPECT_TRUE(list.years.count(year)) << year;
  const WorkingCalendar calendar(list);
  // The one-off days the standing rules cannot know: the coronation, the state funeral, VE Day.
  EXPECT_FALSE(calendar.IsWorkingDay(D("2023-05-08")));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2022-09-19")));
  EXPECT_FALSE(calendar.IsWorkingDay(D("2020-05-08")));
  EXPECT_TRUE(calendar.IsWorkingDay(D("2020-05-04")));
  // Every other year's list agrees with the standing rules.
  for (int year : {2015, 2019, 2024, 2026, 2027, 2030}) {
    for (const Date& day : StandingBankHolidays(year))
      EXPECT_FALSE(calendar.IsWorkingDay(day)) << FormatDate(day);
  }
  EXPECT_EQ(calendar.AddWorkingDays(D("2026-12-24"), 1), D("2026-12-29"));
}

TEST(WorkingDays, ABadBankHolidayListIsRefusedWithItsLine) {
  const auto refusal = [](const char* text) {
    try {
      LoadBankHolidays(text);
    } catch (const std::invalid_argument& error) {
      return std::string(error.what());
    }
    return std::string("accepted");
  };
  EXPECT_EQ(refusal("# list\n2026-12-25 | Christmas Day\n2026-02-30 | Nothing\n"),
            "line 3: \"2026-02-30\" is not a date like 2026-12-25");
  EXPECT_EQ(refusal("2026-12-25 | Christmas Day\n2026-12-25 | Again\n"),
            "line 2: 2026-12-25 is listed twice");
  EXPECT_EQ(refusal("2026-12-25\n"), "line 1: expected \"YYYY-MM-DD | name of the holiday\"");
}

}  // namespace
}  // namespace frontdoor::domain
