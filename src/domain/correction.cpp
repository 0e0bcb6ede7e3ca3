// src/domain/correction.cpp — a person's details in words, what a correction changed, and the
// checks and journey events of corrections.
#include "domain/correction.hpp"

#include <algorithm>
#include <cctype>

#include "domain/codes.hpp"
#include "domain/date_typed.hpp"
#include "domain/identifiers.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

// The pupil number, or why there is none: "Not known: educated outside England".
std::string UpnInWords(const Person& person) {
  if (!person.upn.empty()) return person.upn;
  const auto reason = LabelFor(kUpnUnknownReasons, person.upn_unknown);
  if (!reason) return "Not recorded";
  std::string words(*reason);
  words[0] = char(std::tolower(static_cast<unsigned char>(words[0])));
  return "Not known: " + words;
}

}  // namespace

std::vector<PersonPart> PersonInWords(const Person& person) {
  std::vector<std::string> other_names;
  for (const auto& name : person.other_names)
    other_names.push_back(name.given_name + " " + name.family_name);
  std::vector<std::string> disabilities;
  for (const auto& code : person.disabilities)
    disabilities.emplace_back(LabelFor(kDisabilities, code).value_or(code));
  const auto listed = [](const std::vector<std::string>& items, const char* none) {
    std::string words;
    for (const auto& item : items) words += (words.empty() ? "" : ", ") + item;
    return words.empty() ? std::string(none) : words;
  };
  return {
      {"Name", person.FullName()},
      {"Also known as", listed(other_names, "No other names")},
      {"Date of birth", person.date_of_birth ? FormatLongDate(*person.date_of_birth) : "Not known"},
      {"Expected date of birth", person.expected_date_of_birth
                                     ? FormatLongDate(*person.expected_date_of_birth)
                                     : "Not expected"},
      {"Sex", std::string(kSexes.Name(person.sex))},
      {"Ethnicity", std::string(LabelFor(kEthnicities, person.ethnicity).value_or("Not recorded"))},
      {"Disability", listed(disabilities, "Not recorded")},
      {"NHS number",
       person.nhs_number.empty() ? "Not recorded" : FormatNhsNumber(person.nhs_number)},
      {"Unique pupil number", UpnInWords(person)},
      {"Former unique pupil number", person.former_upn.empty() ? "None" : person.former_upn},
      {"Date of death", person.date_of_death ? FormatLongDate(*person.date_of_death) : "None"},
  };
}

std::vector<PartChange> PersonChanges(const Person& before, const Person& after) {
  const auto old_parts = PersonInWords(before);
  const auto new_parts = PersonInWords(after);
  std::vector<PartChange> changes;
  for (size_t i = 0; i < old_parts.size(); ++i) {
    if (old_parts[i].words != new_parts[i].words)
      changes.push_back({old_parts[i].name, old_parts[i].words, new_parts[i].words});
  }
  return changes;
}

FieldErrors ValidateContactAmendment(const Contact& contact, const std::string& concern,
                                     const std::string& reason) {
  FieldErrors errors;
  CheckText(errors, concern, "concern", "The concern", kFreeTextMaxCharacters,
            "Enter the concern, in the words of the person making the contact");
  if (errors.empty() && Trim(concern) == contact.concern)
    errors.push_back({"concern", "The concern has not changed: change its words, or go back"});
  CheckText(errors, reason, "reason", "The reason", kFreeTextMaxCharacters,
            "Explain why the contact's words are being amended");
  if (!reason.empty() && CountCharacters(Trim(reason)) < kAmendmentReasonMinCharacters &&
      std::none_of(errors.begin(), errors.end(),
                   [](const FieldError& error) { return error.field == "reason"; }))
    errors.push_back({"reason", "Explain the reason in a few more words: at least " +
                                    std::to_string(kAmendmentReasonMinCharacters) + " characters"});
  return errors;
}

FieldErrors ValidateCorrectionReason(const std::string& reason) {
  FieldErrors errors;
  CheckText(errors, reason, "reason", "The reason", kFreeTextMaxCharacters);
  return errors;
}

FieldErrors ValidateMoveOut(const HouseholdMember& member, const std::string& date_text,
                            const Date& today, Date& moved_out) {
  if (member.to)
    return {{"moved_out", "They moved out on " + FormatLongDate(*member.to) + " already"}};
  if (Trim(date_text).empty()) return {{"moved_out", "Enter the date they moved out"}};
  const auto date = ParseDate(Trim(date_text));
  if (!date) return {{"moved_out", FindDateProblem(date_text, "The date they moved out").message}};
  if (*date > today) return {{"moved_out", "The date they moved out must be today or earlier"}};
  if (*date < member.from)
    return {{"moved_out", "The date they moved out must be on or after the day they moved in (" +
                              FormatLongDate(member.from) + ")"}};
  moved_out = *date;
  return {};
}

bool IsCorrection(const HistoryEntry& entry) {
  if (entry.record.starts_with("contact:")) return entry.field == kAmendedConcern;
  if (!entry.record.starts_with("person:")) return false;
  if (entry.field.starts_with(kWhereTheyLive) || entry.field.starts_with(kRelationshipWith) ||
      entry.field == kJoinedRecord)
    return true;
  const auto parts = PersonInWords(Person{});
  return std::any_of(parts.begin(), parts.end(),
                     [&](const PersonPart& part) { return part.name == entry.field; });
}

JourneyEvent CorrectionEvent(const HistoryEntry& entry, const std::string& reference) {
  JourneyEvent event;
  event.at = entry.at;
  event.kind = "correction";
  event.by = entry.by;
  event.reference = reference;
  if (entry.record.starts_with("contact:")) {
    event.title = "Contact " + reference + " amended: " + entry.field;
    event.link = "/contacts/" + entry.record.substr(std::string_view("contact:").size());
  } else if (entry.field == kJoinedRecord) {
    event.title = entry.to.empty()
                      ? "Records taken apart again: " + entry.from
                      : "Another record of the same person joined to this one: " + entry.to;
  } else {
    event.title = "Record corrected: " + entry.field;
  }
  event.summary = "From: " + (entry.from.empty() ? std::string("nothing") : entry.from) +
                  "\nTo: " + (entry.to.empty() ? std::string("nothing") : entry.to);
  if (!entry.reason.empty()) event.summary += "\nReason: " + entry.reason;
  return event;
}

}  // namespace frontdoor::domain
