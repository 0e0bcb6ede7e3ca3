// src/domain/date_typed.hpp — what is wrong with a date as typed, in words that say how to mend it.
#pragma once

#include <string>
#include <string_view>

namespace frontdoor::domain {

//! A date typed in three boxes (day, month, year: the GOV.UK date input) as "2019-03-04" for
//! ParseDate. A month may be a number or a name ("3", "Mar", "march"); a day or month may have one
//! digit. "" when all three are empty; otherwise what was typed joined by "/", which ParseDate
//! refuses and FindDateProblem explains.
std::string DateFromParts(std::string_view day, std::string_view month, std::string_view year);

//! What is wrong with a date as typed, and in which of its three boxes (day, month, year).
struct DateProblem {
  std::string message;  //!< "" when the date is real
  bool day = false;
  bool month = false;
  bool year = false;
};

//! What is wrong with `typed`, a date from the three boxes (DateFromParts: "2019-03-04", or what
//! was typed joined by "/") or from elsewhere, in the GOV.UK date input's words. `label` names the
//! date as a sentence begins ("Date of birth", "The date received"): "Date of birth must include a
//! month", "... must be a real date: February 2023 has 28 days". No message for a real date.
DateProblem FindDateProblem(std::string_view typed, std::string_view label);

}  // namespace frontdoor::domain
