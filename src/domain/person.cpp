// src/domain/person.cpp — dates, person checks, and the restricted-record rule.
#include "domain/person.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "domain/codes.hpp"
#include "domain/date_typed.hpp"
#include "domain/identifiers.hpp"
#include "domain/text.hpp"
#include "domain/whole_number.hpp"

namespace frontdoor::domain {

namespace {

constexpr size_t kNameMaxCharacters = 100;

FieldErrors CheckName(const std::string& name, const char* field, const char* label) {
  if (!IsValidUtf8(name) || HasControlCharacters(name)) {
    return {{field,
             std::string(label) + " must only contain letters, spaces, hyphens and apostrophes"}};
  }
  if (HasDirectionControls(name)) {
    return {{field, std::string(label) +
                        " must not contain hidden characters that change the direction of text"}};
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
  // Records hold dates from living memory to the near future; both databases store these.
  if (!date.ok() || year < 1850 || year > 2200) return std::nullopt;
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

std::string BirthInWords(const Person& person) {
  if (person.date_of_birth) return "born " + FormatLongDate(*person.date_of_birth);
  if (person.expected_date_of_birth)
    return "due on " + FormatLongDate(*person.expected_date_of_birth);
  return "date of birth not known";
}

bool IsChild(const Person& person, const Date& today) {
  if (!person.date_of_birth) return person.expected_date_of_birth.has_value();
  const auto eighteenth_year = person.date_of_birth->year() + std::chrono::years{18};
  const auto month = eighteenth_year / person.date_of_birth->month();
  const auto last = (month / std::chrono::last).day();
  const Date eighteenth = month / std::min(person.date_of_birth->day(), last);
  return std::chrono::sys_days{today} < std::chrono::sys_days{eighteenth};
}

std::string LocalChildId(std::int64_t person_id) {
  char text[16];
  std::snprintf(text, sizeof(text), "C%07lld", static_cast<long long>(person_id));
  return text;
}

std::optional<std::int64_t> ParseLocalChildId(std::string_view text) {
  if (text.size() < 2 || (text[0] != 'C' && text[0] != 'c')) return std::nullopt;
  const auto id = WholeNumberIn<std::int64_t>(text.substr(1));
  if (!id || *id <= 0) return std::nullopt;
  return id;
}

namespace {

//! The date of birth, or the expected one for an unborn child: real, not both, and plausible.
void ReadBirthDates(const PersonDraft& draft, const Date& today, FieldErrors& errors,
                    Person& person) {
  const std::chrono::sys_days today_days{today};
  if (!Trim(draft.date_of_birth).empty()) {
    person.date_of_birth = ParseDate(Trim(draft.date_of_birth));
    if (!person.date_of_birth) {
      errors.push_back(
          {"date_of_birth", FindDateProblem(draft.date_of_birth, "Date of birth").message});
    } else if (std::chrono::sys_days{*person.date_of_birth} > today_days) {
      errors.push_back({"date_of_birth", "Date of birth must be today or in the past"});
    } else if (std::chrono::sys_days{*person.date_of_birth} <
               today_days - std::chrono::days(365 * 120)) {
      errors.push_back({"date_of_birth", "Date of birth must be within the last 120 years"});
    }
  }
  if (Trim(draft.expected_date_of_birth).empty()) return;
  const auto expected = ParseDate(Trim(draft.expected_date_of_birth));
  if (!expected) {
    errors.push_back(
        {"expected_date_of_birth",
         FindDateProblem(draft.expected_date_of_birth, "Expected date of birth").message});
  } else if (person.date_of_birth) {
    errors.push_back(
        {"expected_date_of_birth", "Give a date of birth or an expected date of birth, not both"});
  } else if (std::chrono::sys_days{*expected} < today_days - std::chrono::days(31) ||
             std::chrono::sys_days{*expected} > today_days + std::chrono::days(300)) {
    errors.push_back(
        {"expected_date_of_birth", "Expected date of birth must be within the next 10 months"});
  }
  person.expected_date_of_birth = expected;
}

//! The day the child died, if they have: not in the future, not before they were born (a baby
//! who died before birth has an expected date of birth, which may be later).
void ReadDateOfDeath(const PersonDraft& draft, const Date& today, FieldErrors& errors,
                     Person& person) {
  if (Trim(draft.date_of_death).empty()) return;
  person.date_of_death = ParseDate(Trim(draft.date_of_death));
  if (!person.date_of_death)
    errors.push_back(
        {"date_of_death", FindDateProblem(draft.date_of_death, "Date of death").message});
  else if (*person.date_of_death > today)
    errors.push_back({"date_of_death", "Date of death must be today or in the past"});
  else if (person.date_of_birth && *person.date_of_death < *person.date_of_birth)
    errors.push_back({"date_of_death", "Date of death cannot be before the date of birth"});
}

//! Sex, ethnicity and disabilities, each from its census list.
void ReadCensusCodes(const PersonDraft& draft, FieldErrors& errors, Person& person) {
  const auto sex = Trim(draft.sex).empty() ? Sex::kUnknown : kSexes.Parse(Trim(draft.sex));
  if (!sex) errors.push_back({"sex", "Sex must be M, F or U"});
  person.sex = sex.value_or(Sex::kUnknown);
  person.ethnicity = Trim(draft.ethnicity);
  if (!person.ethnicity.empty() && !LabelFor(kEthnicities, person.ethnicity)) {
    errors.push_back({"ethnicity", "Choose an ethnicity from the list"});
  }
  for (const std::string& code : draft.disabilities) {
    if (!LabelFor(kDisabilities, code)) {
      errors.push_back({"disabilities", "Choose disabilities from the list"});
      break;
    }
  }
  if (draft.disabilities.size() > 1 &&
      std::find(draft.disabilities.begin(), draft.disabilities.end(), "NONE") !=
          draft.disabilities.end()) {
    errors.push_back(
        {"disabilities", "Choose \"No disability\" or the disabilities the person has, not both"});
  }
  person.disabilities = draft.disabilities;
}

//! A unique pupil number as typed, or "" (with a refusal naming `field` when it does not check).
std::string ReadUpn(const std::string& typed, const char* field, const std::string& name,
                    FieldErrors& errors) {
  if (Trim(typed).empty()) return "";
  const auto upn = ParseUpn(typed);
  if (!upn)
    errors.push_back(
        {field, name +
                    " must be a letter and 12 more characters, like W801200106001: check it for a "
                    "character typed wrongly"});
  return upn.value_or("");
}

//! The NHS number and unique pupil numbers (now and before), each with its check digit, or why
//! the pupil number is not known.
void ReadIdentifiers(const PersonDraft& draft, FieldErrors& errors, Person& person) {
  if (!Trim(draft.nhs_number).empty()) {
    const auto nhs = ParseNhsNumber(draft.nhs_number);
    if (!nhs)
      errors.push_back(
          {"nhs_number",
           "NHS number must be 10 digits, like 943 476 5919: check it for a digit typed wrongly "
           "or two typed the wrong way round"});
    person.nhs_number = nhs.value_or("");
  }
  person.upn = ReadUpn(draft.upn, "upn", "Unique pupil number", errors);
  person.former_upn = ReadUpn(draft.former_upn, "former_upn", "Former unique pupil number", errors);
  person.upn_unknown = Trim(draft.upn_unknown);
  if (person.upn_unknown.empty()) return;
  if (!LabelFor(kUpnUnknownReasons, person.upn_unknown))
    errors.push_back(
        {"upn_unknown", "Choose why the unique pupil number is not known from the list"});
  else if (!Trim(draft.upn).empty())
    errors.push_back(
        {"upn_unknown", "Give the unique pupil number or why it is not known, not both"});
}

//! Other names, one a line: the last word is the family name.
void ReadOtherNames(const PersonDraft& draft, FieldErrors& errors, Person& person) {
  std::string_view lines = draft.other_names;
  while (!lines.empty()) {
    const size_t end = lines.find('\n');
    const std::string line = Trim(lines.substr(0, end));
    lines = end == std::string_view::npos ? std::string_view() : lines.substr(end + 1);
    if (line.empty()) continue;
    const size_t space = line.rfind(' ');
    PersonName name{space == std::string::npos ? "" : Trim(line.substr(0, space)),
                    space == std::string::npos ? line : Trim(line.substr(space + 1))};
    if (!IsValidUtf8(line) || HasControlCharacters(line) ||
        CountCharacters(line) > 2 * kNameMaxCharacters) {
      errors.push_back({"other_names", "Other names must be names, one a line"});
      break;
    }
    person.other_names.push_back(std::move(name));
  }
  if (person.other_names.size() > 20)
    errors.push_back({"other_names", "Give no more than 20 other names"});
}

}  // namespace

FieldErrors ValidatePerson(const PersonDraft& draft, const Date& today, Person& person) {
  FieldErrors errors = CheckName(draft.given_name, "given_name", "given name");
  const FieldErrors family = CheckName(draft.family_name, "family_name", "family name");
  errors.insert(errors.end(), family.begin(), family.end());
  // Read into a copy, so a refused draft leaves `person` as it was.
  Person read = person;
  read.given_name = Trim(draft.given_name);
  read.family_name = Trim(draft.family_name);
  read.date_of_birth.reset();
  read.expected_date_of_birth.reset();
  read.nhs_number.clear();
  read.upn.clear();
  read.upn_unknown.clear();
  read.former_upn.clear();
  read.date_of_death.reset();
  read.other_names.clear();
  ReadBirthDates(draft, today, errors, read);
  ReadDateOfDeath(draft, today, errors, read);
  ReadCensusCodes(draft, errors, read);
  ReadIdentifiers(draft, errors, read);
  ReadOtherNames(draft, errors, read);
  if (!errors.empty()) return errors;
  person = std::move(read);
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

bool MayChangeRestriction(const std::optional<Restriction>& restriction, const User& user) {
  if (!restriction) return true;
  const auto& allowed = restriction->allowed_user_ids;
  return std::find(allowed.begin(), allowed.end(), user.id) != allowed.end();
}

std::string EthnicityForReturns(const Person& person) {
  return person.ethnicity.empty() ? "NOBT" : person.ethnicity;
}

std::optional<FieldError> CheckSamePerson(const Person& merged, const Person& kept) {
  const auto refuse = [](const std::string& what, const std::string& one,
                         const std::string& other) {
    return FieldError{"into_person_id", "These records give different " + what + " (" + one +
                                            " and " + other +
                                            "): correct the one typed wrong before merging them"};
  };
  if (!merged.nhs_number.empty() && !kept.nhs_number.empty() &&
      merged.nhs_number != kept.nhs_number)
    return refuse("NHS numbers", merged.nhs_number, kept.nhs_number);
  if (merged.date_of_birth && kept.date_of_birth && merged.date_of_birth != kept.date_of_birth)
    return refuse("dates of birth", FormatLongDate(*merged.date_of_birth),
                  FormatLongDate(*kept.date_of_birth));
  if (merged.sex != Sex::kUnknown && kept.sex != Sex::kUnknown && merged.sex != kept.sex)
    return refuse("sexes", Lower(kSexes.Name(merged.sex)), Lower(kSexes.Name(kept.sex)));
  return std::nullopt;
}

std::optional<Restriction> RestrictionCarriedByMerge(const std::optional<Restriction>& merged,
                                                     std::int64_t merged_id,
                                                     const std::optional<Restriction>& survivor,
                                                     std::int64_t survivor_id, std::int64_t by,
                                                     Timestamp now) {
  if (merged.has_value() == survivor.has_value()) return std::nullopt;
  Restriction carried = merged ? *merged : *survivor;
  carried.person_id = merged ? survivor_id : merged_id;
  carried.restricted_by = by;
  carried.restricted_at = now;
  return carried;
}

FieldErrors ValidateBreakGlassReason(std::string_view reason) {
  if (!IsValidUtf8(reason) || HasControlCharacters(reason)) {
    return {{"reason", "Reason must only contain letters, numbers, punctuation and spaces"}};
  }
  const std::string trimmed = Trim(reason);
  if (trimmed.empty()) return {{"reason", "Enter why you need to open this record"}};
  if (CountCharacters(trimmed) < kBreakGlassReasonMinCharacters) {
    return {{"reason", "Explain in a sentence why you need to open this record (" +
                           std::to_string(kBreakGlassReasonMinCharacters) +
                           " characters or more)"}};
  }
  if (CountCharacters(trimmed) > 1000)
    return {{"reason", "Reason must be 1000 characters or fewer"}};
  return {};
}

std::optional<FieldError> NhsNumberHeldElsewhere(const std::vector<Person>& holders,
                                                 std::int64_t self) {
  for (const Person& holder : holders) {
    if (holder.id != self && !holder.merged_into)
      return FieldError{"nhs_number",
                        "Another record has this NHS number: search for it and use that record"};
  }
  return std::nullopt;
}

PersonDraft DraftOf(const Person& person) {
  PersonDraft draft;
  draft.given_name = person.given_name;
  draft.family_name = person.family_name;
  for (const auto& name : person.other_names)
    draft.other_names +=
        (draft.other_names.empty() ? "" : "\n") + name.given_name + " " + name.family_name;
  if (person.date_of_birth) draft.date_of_birth = FormatDate(*person.date_of_birth);
  if (person.expected_date_of_birth)
    draft.expected_date_of_birth = FormatDate(*person.expected_date_of_birth);
  draft.sex = std::string(kSexes.Code(person.sex));
  draft.ethnicity = person.ethnicity;
  draft.disabilities = person.disabilities;
  draft.nhs_number = person.nhs_number;
  draft.upn = person.upn;
  draft.upn_unknown = person.upn_unknown;
  draft.former_upn = person.former_upn;
  if (person.date_of_death) draft.date_of_death = FormatDate(*person.date_of_death);
  return draft;
}

PersonDraft KeepingUnsent(PersonDraft sent, const PersonDraft& current,
                          const std::set<std::string>& sent_fields) {
  const auto keep = [&](const char* name, auto PersonDraft::*field) {
    if (!sent_fields.count(name)) sent.*field = current.*field;
  };
  keep("given_name", &PersonDraft::given_name);
  keep("family_name", &PersonDraft::family_name);
  keep("date_of_birth", &PersonDraft::date_of_birth);
  keep("other_names", &PersonDraft::other_names);
  keep("expected_date_of_birth", &PersonDraft::expected_date_of_birth);
  keep("sex", &PersonDraft::sex);
  keep("ethnicity", &PersonDraft::ethnicity);
  keep("disabilities", &PersonDraft::disabilities);
  keep("nhs_number", &PersonDraft::nhs_number);
  keep("upn", &PersonDraft::upn);
  keep("upn_unknown", &PersonDraft::upn_unknown);
  keep("former_upn", &PersonDraft::former_upn);
  keep("date_of_death", &PersonDraft::date_of_death);
  return sent;
}

std::optional<FieldError> MergedAway(const Person& person, const std::string& field) {
  if (!person.merged_into) return std::nullopt;
  return FieldError{field, "That record was merged into another (" +
                               LocalChildId(*person.merged_into) + "): use that one instead"};
}

}  // namespace frontdoor::domain
