// src/domain/date_typed.cpp — what is wrong with a date as typed, in words that say how to mend it.
#include "domain/date_typed.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <vector>

#include "domain/person.hpp"
#include "domain/text.hpp"
#include "domain/whole_number.hpp"

namespace frontdoor::domain {

namespace {

bool Digits(std::string_view text, size_t min, size_t max) {
  return text.size() >= min && text.size() <= max &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::vector<std::string> Split(std::string_view text, char separator) {
  std::vector<std::string> parts(1);
  for (const char c : text) {
    if (c == separator)
      parts.emplace_back();
    else
      parts.back().push_back(c);
  }
  return parts;
}

//! A month typed as its number or a name of 3 letters or more ("3", "Mar", "march") as its
//! number; otherwise as typed.
std::string MonthNumber(const std::string& typed) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  const std::string lower = Lower(typed);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower.size() >= 3 && kMonths[i].starts_with(lower)) return std::to_string(i + 1);
  }
  return typed;
}

//! "Enter date of birth" from "Date of birth", "Enter the date received" from "The date received".
DateProblem Enter(std::string_view label) {
  std::string words(label);
  if (!words.empty()) words[0] = char(std::tolower(static_cast<unsigned char>(words[0])));
  return {"Enter " + words, true, true, true};
}

//! "2023-02-29": numbers in the right places that make no date.
DateProblem FromNumbers(const std::vector<std::string>& parts, const std::string& label) {
  const int year = *WholeNumberIn<int>(parts[0]);
  const unsigned month = *WholeNumberIn<unsigned>(parts[1]);
  const unsigned day = *WholeNumberIn<unsigned>(parts[2]);
  if (month < 1 || month > 12)
    return {label + " must have a month from 1 to 12", false, true, false};
  if (year < 1850) return {label + " must be in 1850 or later", false, false, true};
  if (year > 2200) return {label + " must be in 2200 or earlier", false, false, true};
  const std::chrono::year_month_day_last last{std::chrono::year{year} / std::chrono::month{month} /
                                              std::chrono::last};
  const unsigned days = unsigned(last.day());
  if (day < 1 || day > days) {
    const std::string month_words =
        FormatLongDate(Date{last.year(), last.month(), std::chrono::day{1}}).substr(2);
    return {
        label + " must be a real date: " + month_words + " has " + std::to_string(days) + " days",
        true, false, false};
  }
  return {};
}

//! Three boxes, some left empty or not numbers: names the boxes to mend.
DateProblem FromBoxes(const std::vector<std::string>& boxes, const std::string& label) {
  DateProblem problem{"", boxes[0].empty(), boxes[1].empty(), boxes[2].empty()};
  if (problem.day || problem.month || problem.year) {
    std::vector<std::string> missing;
    if (problem.day) missing.emplace_back("day");
    if (problem.month) missing.emplace_back("month");
    if (problem.year) missing.emplace_back("year");
    if (missing.size() == 3) return Enter(label);
    problem.message = label + " must include a " + ListInWords(missing);
    return problem;
  }
  problem = {"", !Digits(boxes[0], 1, 2), !Digits(MonthNumber(boxes[1]), 1, 2),
             !Digits(boxes[2], 4, 4)};
  if (!problem.day && !problem.month && !problem.year)
    return FromNumbers({boxes[2], MonthNumber(boxes[1]), boxes[0]}, label);
  if (problem.year && !problem.day && !problem.month)
    problem.message = label + " must include the year as 4 numbers, like 2024";
  else if (problem.month && !problem.day && !problem.year)
    problem.message = label + " must have a month from 1 to 12, or its name, like March";
  else
    problem.message = label + " must be a real date";
  return problem;
}

}  // namespace

std::string DateFromParts(std::string_view day, std::string_view month, std::string_view year) {
  const std::string d = Trim(day), m = Trim(month), y = Trim(year);
  if (d.empty() && m.empty() && y.empty()) return "";
  const std::string month_number = MonthNumber(m);
  if (!Digits(d, 1, 2) || !Digits(month_number, 1, 2) || !Digits(y, 4, 4))
    return d + "/" + m + "/" + y;
  const auto two = [](const std::string& text) { return text.size() == 1 ? "0" + text : text; };
  return y + "-" + two(month_number) + "-" + two(d);
}

DateProblem FindDateProblem(std::string_view typed, std::string_view label) {
  const std::string text = Trim(typed);
  const std::string name(label);
  if (text.empty()) return Enter(label);
  if (ParseDate(text)) return {};
  DateProblem problem;
  if (text.find('/') != std::string::npos) {
    const auto boxes = Split(text, '/');
    problem = boxes.size() == 3 ? FromBoxes(boxes, name)
                                : DateProblem{name + " must be a real date", true, true, true};
  } else if (const auto parts = Split(text, '-'); parts.size() == 3 && Digits(parts[0], 4, 4) &&
                                                  Digits(parts[1], 1, 2) &&
                                                  Digits(parts[2], 1, 2)) {
    problem = FromNumbers(parts, name);
  }
  // A real date written some other way ("5/3/2024" from elsewhere, "2024-3-5"): the form asked.
  if (problem.message.empty())
    problem = {name + " must be a real date, written like 2024-03-27", true, true, true};
  return problem;
}

}  // namespace frontdoor::domain
