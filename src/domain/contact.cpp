// src/domain/contact.cpp — checking a contact, its reference, and the language check across its
// fields.
#include "domain/contact.hpp"

#include <algorithm>
#include <charconv>

#include "domain/codes.hpp"
#include "domain/date_typed.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::domain {

namespace {

//! Each person on a contact once: no child or adult twice, no one both a child and an adult.
void CheckPeopleOnce(FieldErrors& errors, const std::vector<std::int64_t>& children,
                     const std::vector<std::int64_t>& adults) {
  const auto twice = [](const std::vector<std::int64_t>& ids) {
    for (auto id = ids.begin(); id != ids.end(); ++id) {
      if (std::find(ids.begin(), id, *id) != id) return true;
    }
    return false;
  };
  if (twice(children)) errors.push_back({"children", "A child is chosen twice: choose each once"});
  if (twice(adults)) errors.push_back({"adults", "An adult is chosen twice: choose each once"});
  for (std::int64_t adult : adults) {
    if (std::find(children.begin(), children.end(), adult) != children.end()) {
      errors.push_back({"adults", "Someone is chosen as a child and as an adult: choose one"});
      return;
    }
  }
}

constexpr std::string_view kReferenceAlphabet = "ABCDEFGHJKMNPQRTUVWXY2346789";

}  // namespace

FieldErrors ValidateContact(const ContactDraft& draft, Timestamp now, Contact& contact) {
  // Errors in the order the form asks (the error summary lists them so).
  FieldErrors errors;
  if (draft.children.empty())
    errors.push_back({"children", "Choose at least one child the contact is about"});
  CheckPeopleOnce(errors, draft.children, draft.adults);
  const auto date = ParseDate(Trim(draft.received_date));
  std::optional<Timestamp> received;
  if (!date) {
    errors.push_back(
        {"received_date", Trim(draft.received_date).empty()
                              ? "Enter the date the contact was received"
                              : FindDateProblem(draft.received_date, "The date received").message});
  } else {
    const auto since_midnight = ParseClockTime(Trim(draft.received_time));
    if (since_midnight) received = UkLocalTime(*date, *since_midnight);
    if (!received) {
      errors.push_back(
          {"received_time", "Enter the time the contact was received, like 9:30am or 14:05"});
    } else if (InHourClocksSkip(*date, *since_midnight)) {
      errors.push_back({"received_time", "There was no 1am hour on " + FormatLongDate(*date) +
                                             ": the clocks went forward to 2am. Check the time"});
    } else if (*received > now + std::chrono::minutes(5)) {
      errors.push_back({"received_date", "The date and time received must be now or in the past"});
    }
  }
  const auto method = kContactMethods.Parse(draft.method);
  if (!method) errors.push_back({"method", "Choose how the contact was made"});
  if (!LabelFor(kReferralSources, draft.source))
    errors.push_back({"source", "Choose who made the contact"});
  CheckText(errors, draft.referrer.name, "referrer_name", "Their name", 200,
            "Enter the name of the person making the contact");
  CheckText(errors, draft.referrer.role, "referrer_role", "Their role", 200);
  CheckText(errors, draft.referrer.agency, "referrer_agency", "Their organisation", 200);
  CheckText(errors, draft.referrer.contact_details, "referrer_contact_details",
            "Their phone number or email address", 300);
  CheckText(errors, draft.referrer.relationship, "referrer_relationship",
            "Their relationship to the child", 200);
  CheckText(errors, draft.concern, "concern", "The concern", kFreeTextMaxCharacters,
            "Enter the concern, in the words of the person making the contact");
  CheckText(errors, draft.family_knows, "family_knows", "What the family knows",
            kFreeTextMaxCharacters);
  const auto agreement = kFamilyAgreements.Parse(draft.family_agreement);
  if (!agreement)
    errors.push_back({"family_agreement", "Choose whether the family agreed to the contact"});
  const auto urgency = kReferrerUrgencies.Parse(draft.urgency);
  if (!urgency)
    errors.push_back({"urgency", "Choose how urgent the person making the contact thinks it is"});
  if (!errors.empty()) return errors;

  contact.received_at = *received;
  contact.method = *method;
  contact.referrer = {Trim(draft.referrer.name), Trim(draft.referrer.role),
                      Trim(draft.referrer.agency), Trim(draft.referrer.contact_details),
                      Trim(draft.referrer.relationship)};
  contact.source = draft.source;
  contact.children = draft.children;
  contact.adults = draft.adults;
  contact.concern = Trim(draft.concern);
  contact.family_knows = Trim(draft.family_knows);
  contact.family_agreement = *agreement;
  contact.urgency = *urgency;
  return {};
}

FieldErrors CheckReceivedBeforeBirth(const Contact& contact, const std::vector<Person>& people) {
  const std::chrono::sys_days received{UkDate(contact.received_at)};
  for (const auto& person : people) {
    if (std::find(contact.children.begin(), contact.children.end(), person.id) ==
        contact.children.end())
      continue;
    const auto& birth = person.date_of_birth ? person.date_of_birth : person.expected_date_of_birth;
    if (birth && received < std::chrono::sys_days{*birth} - kLongestBeforeBirth) {
      return {{"received_date", "The date received is more than 10 months before " +
                                    person.FullName() +
                                    (person.date_of_birth ? " was born (" : " is due (") +
                                    FormatLongDate(*birth) + "): check the year"}};
    }
  }
  return {};
}

FieldErrors CheckChildrenAreUnder18(const Contact& contact, const std::vector<Person>& people) {
  const Date received = UkDate(contact.received_at);
  for (const auto& person : people) {
    if (std::find(contact.children.begin(), contact.children.end(), person.id) ==
            contact.children.end() ||
        !person.date_of_birth || IsChild(person, received))
      continue;
    return {{"children", person.FullName() +
                             " was 18 or over on the day the contact was "
                             "received (born " +
                             FormatLongDate(*person.date_of_birth) +
                             "): add them as an adult on the contact, not as a child"}};
  }
  return {};
}

Date ReferralDate(const Contact& contact) {
  return UkDate(contact.received_at);
}

std::string ContactReference(std::int64_t id) {
  constexpr std::uint64_t kSpace =
      28ULL * 28 * 28 * 28 * 28 * 28;             // 481,890,304 six-symbol references
  constexpr std::uint64_t kScramble = 387420489;  // 3^18: coprime to 28^6, so no two ids share one
  std::uint64_t value = std::uint64_t(id);
  std::string symbols;
  if (value < kSpace) {
    value = (value * kScramble + 1234567) % kSpace;
    for (int symbol_idx = 0; symbol_idx < 6; ++symbol_idx) {
      symbols.insert(symbols.begin(), kReferenceAlphabet[value % 28]);
      value /= 28;
    }
  } else {
    while (value > 0) {
      symbols.insert(symbols.begin(), kReferenceAlphabet[value % 28]);
      value /= 28;
    }
  }
  return symbols.substr(0, symbols.size() / 2) + "-" + symbols.substr(symbols.size() / 2);
}

bool IsContactReference(std::string_view text) {
  if (text.size() != 7 || text[3] != '-') return false;
  for (size_t at = 0; at < text.size(); ++at) {
    if (at != 3 && kReferenceAlphabet.find(text[at]) == std::string_view::npos) return false;
  }
  return true;
}

std::map<std::string, std::vector<LanguageWarning>> CheckContactLanguage(
    const Contact& contact, const LanguageGuide& guide, const std::set<std::string>& names) {
  std::map<std::string, std::vector<LanguageWarning>> warnings;
  for (const auto& [field, text] :
       {std::pair<std::string, const std::string*>{"concern", &contact.concern},
        {"family_knows", &contact.family_knows}}) {
    auto found = guide.Check(*text, names);
    if (!found.empty()) warnings[field] = std::move(found);
  }
  return warnings;
}

}  // namespace frontdoor::domain
