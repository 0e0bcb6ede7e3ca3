// tests/domain/sample_people.hpp — what the domain tests share: a day written as text, and Jayden
// Smith, the boy most of them are about.
#pragma once

#include "domain/person.hpp"

namespace frontdoor::domain::testing {

//! "2015-05-14" as a Date; throws std::bad_optional_access for text that is not one.
inline Date Day(const char* text) {
  return ParseDate(text).value();
}

//! Jayden Smith, person 2, a boy born 14 May 2015.
inline Person Jayden() {
  Person person;
  person.id = 2;
  person.given_name = "Jayden";
  person.family_name = "Smith";
  person.date_of_birth = Day("2015-05-14");
  person.sex = Sex::kMale;
  person.disabilities = {"NONE"};  // recorded: he has none
  return person;
}

}  // namespace frontdoor::domain::testing
