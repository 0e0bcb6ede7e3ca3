// tests/domain/date_typed_test.cpp — a date typed wrong is named as the GOV.UK date input would:
// what is missing, which box, and why a date is not real.
#include "domain/date_typed.hpp"

#include <gtest/gtest.h>

#include "domain/person.hpp"

namespace frontdoor::domain {
namespace {

//! The message and the boxes marked, as "day month year" letters ("d-y" marks day and year).
std::string Said(std::string_view day, std::string_view month, std::string_view year) {
  const auto problem = FindDateProblem(DateFromParts(day, month, year), "Date of birth");
  return problem.message + " [" + (problem.day ? "d" : "-") + (problem.month ? "m" : "-") +
         (problem.year ? "y" : "-") + "]";
}

TEST(Dates, ADateTypedInThreeBoxesIsReadAsPeopleWriteIt) {
  EXPECT_EQ(DateFromParts("14", "5", "2015"), "2015-05-14");
  EXPECT_EQ(DateFromParts(" 4 ", "05", "2015"), "2015-05-04");
  EXPECT_EQ(DateFromParts("14", "May", "2015"), "2015-05-14");
  EXPECT_EQ(DateFromParts("14", "sept", "2015"), "2015-09-14");
  EXPECT_EQ(DateFromParts("", "", ""), "");
  // Anything else is kept as typed, and is not a date.
  EXPECT_EQ(DateFromParts("14", "", "2015"), "14//2015");
  EXPECT_FALSE(ParseDate(DateFromParts("14", "", "2015")));
  EXPECT_FALSE(ParseDate(DateFromParts("31", "2", "2015")));
  EXPECT_FALSE(ParseDate(DateFromParts("14", "5", "15")));
  EXPECT_FALSE(ParseDate(DateFromParts("14", "ma", "2015")));
}

TEST(DateTyped, ARealDateHasNoProblem) {
  EXPECT_EQ(Said("14", "5", "2015"), " [---]");
  EXPECT_EQ(Said("29", "Feb", "2024"), " [---]");
}

TEST(DateTyped, WhatIsMissingIsNamedAndOnlyItsBoxesMarked) {
  EXPECT_EQ(Said("", "", ""), "Enter date of birth [dmy]");
  EXPECT_EQ(Said("14", "", "2015"), "Date of birth must include a month [-m-]");
  EXPECT_EQ(Said("", "", "2015"), "Date of birth must include a day and month [dm-]");
  EXPECT_EQ(Said("14", "", ""), "Date of birth must include a month and year [-my]");
  EXPECT_EQ(Said("", "5", ""), "Date of birth must include a day and year [d-y]");
}

TEST(DateTyped, AShortYearAndAMonthThatIsNoMonthAreNamed) {
  EXPECT_EQ(Said("14", "5", "15"),
            "Date of birth must include the year as 4 numbers, like 2024 [--y]");
  EXPECT_EQ(Said("14", "Mai", "2015"),
            "Date of birth must have a month from 1 to 12, or its name, like March [-m-]");
  EXPECT_EQ(Said("14", "13", "2015"), "Date of birth must have a month from 1 to 12 [-m-]");
  EXPECT_EQ(Said("first", "May", "15"), "Date of birth must be a real date [d-y]");
}

TEST(DateTyped, ADayTheMonthDoesNotHaveSaysHowManyItHas) {
  EXPECT_EQ(Said("29", "2", "2023"),
            "Date of birth must be a real date: February 2023 has 28 days [d--]");
  EXPECT_EQ(Said("31", "April", "2026"),
            "Date of birth must be a real date: April 2026 has 30 days [d--]");
  EXPECT_EQ(Said("0", "4", "2026"),
            "Date of birth must be a real date: April 2026 has 30 days [d--]");
  EXPECT_EQ(Said("1", "4", "1849"), "Date of birth must be in 1850 or later [--y]");
  EXPECT_EQ(Said("1", "4", "2201"), "Date of birth must be in 2200 or earlier [--y]");
}

TEST(DateTyped, TextFromElsewhereIsAskedForInTheFormTheApiTakes) {
  EXPECT_EQ(FindDateProblem("2023-02-29", "The date received").message,
            "The date received must be a real date: February 2023 has 28 days");
  EXPECT_EQ(FindDateProblem("yesterday", "The date received").message,
            "The date received must be a real date, written like 2024-03-27");
  EXPECT_EQ(FindDateProblem("2024-3-27", "The date received").message,
            "The date received must be a real date, written like 2024-03-27");
  EXPECT_EQ(FindDateProblem("27/3/2024", "The date received").message,
            "The date received must be a real date, written like 2024-03-27");
  EXPECT_EQ(FindDateProblem("31/6/2027", "The due date").message,
            "The due date must be a real date: June 2027 has 30 days");
  EXPECT_EQ(FindDateProblem("1/2/3/2024", "The date received").message,
            "The date received must be a real date");
  EXPECT_EQ(FindDateProblem("  ", "The date received").message, "Enter the date received");
}

}  // namespace
}  // namespace frontdoor::domain
