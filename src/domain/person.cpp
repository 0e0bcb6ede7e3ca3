// src/domain/person.cpp — dates, person checks, and the restricted-record rule.
#include "domain/person.hpp"

#include <algorithm>
#include <charconv>

#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

constexpr size_t kNameMaxCharacters = 100;

FieldErrors CheckName(const std::string& name, const char* field, const char* label) {
  if (!IsValidUtf8(name) || HasControlCharacters(name)) {
    return {{field,
             std::string(label) + " must only contain letters, spaces, hyphens and apostrophes"}};
  }
  if (Trim(name).empty()) return {{field, std::string("Enter the ") + label}};
  if (CountCharacters(name) > kNameMaxCharacters) {
    return {{field, std::string(label) + " must be 100 characters or fewer"}};
  }
  return {};
}

}  // namespace

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0;
  unsigned month = 0, day = 0;
  const auto read = [&](size_t offset, size_t width, auto& value) {
    auto [end, ec] = std::from_chars(text.data() + offset, text.data() + offset + width, value);
    return ec == std::errc() && end == text.data() + offset + width;
  };
  if (!read(0, 4, year) || !read(5, 2, month) || !read(8, 2, day)) return std::nullopt;
  const Date date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string FormatDate(const Date& date) {
  char text[16];
  std::snprintf(text, sizeof(text), "%04d-%02u-%02u", int(date.year()), unsigned(date.month()),
                unsigned(date.day()));
  return text;
}

std::string FormatLongDate(const Date& date) {
  static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  return std::to_string(unsigned(date.day())) + " " + kMonths[unsigned(date.month()) - 1] + " " +
         std::to_string(int(date.year()));
}

FieldErrors ValidatePerson(const PersonDraft& draft, const Date& today, Person& person) {
  FieldErrors errors = CheckName(draft.given_name, "given_name", "given name");
  const FieldErrors family = CheckName(draft.family_name, "family_name", "family name");
  errors.insert(errors.end(), family.begin(), family.end());
  std::optional<Date> born;
  if (!Trim(draft.date_of_birth).empty()) {
    born = ParseDate(Trim(draft.date_of_birth));
    if (!born) {
      errors.push_back({"date_of_birth", "Date of birth must be a real date, like 2019-03-04"});
    } else if (std::chrono::sys_days{*born} > std::chrono::sys_days{today}) {
      errors.push_back({"date_of_birth", "Date of birth must be today or in the past"});
    }
  }
  if (!errors.empty()) return errors;
  person.given_name = Trim(draft.given_name);
  person.family_name = Trim(draft.family_name);
  person.date_of_birth = born;
  return {};
}

RecordAccess DecideRecordAccess(const std::optional<Restriction>& restriction, const User& user,
                                const std::vector<BreakGlass>& openings, Timestamp now) {
  if (!restriction) return RecordAccess::kFull;
  const auto& allowed = restriction->allowed_user_ids;
  if (std::find(allowed.begin(), allowed.end(), user.id) != allowed.end())
    return RecordAccess::kFull;
  if (user.role == Role::kManager) {
    for (const BreakGlass& opening : openings) {
      if (opening.user_id == user.id && opening.person_id == restriction->person_id &&
          now >= opening.at && now - opening.at < kBreakGlassLasts) {
        return RecordAccess::kFull;
      }
    }
  }
  return RecordAccess::kRestricted;
}

FieldErrors ValidateBreakGlassReason(std::string_view reason) {
  if (!IsValidUtf8(reason) || HasControlCharacters(reason)) {
    return {{"reason", "Reason must only contain letters, numbers, punctuation and spaces"}};
  }
  const std::string trimmed = Trim(reason);
  if (trimmed.empty()) return {{"reason", "Enter why you need to open this record"}};
  if (CountCharacters(trimmed) < kBreakGlassReasonMinCharacters) {
    return {{"reason", "Explain in a sentence why you need to open this record"}};
  }
  if (CountCharacters(trimmed) > 1000)
    return {{"reason", "Reason must be 1000 characters or fewer"}};
  return {};
}

}  // namespace frontdoor::domain
