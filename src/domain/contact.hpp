// src/domain/contact.hpp — a contact: someone worried about a child tells the front door, in their
// own words.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/codes.hpp"
#include "domain/language_check.hpp"
#include "domain/person.hpp"
#include "domain/uk_time.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! Who made the contact.
struct Referrer {
  std::string name;
  std::string role;
  std::string agency;
  std::string contact_details;  //!< phone number or email address
  std::string relationship;     //!< to the child, e.g. "class teacher"
};

//! A contact as kept.
struct Contact {
  std::int64_t id = 0;
  std::string reference;  //!< read over the phone: "K7M-2QX"
  Timestamp received_at;
  ContactMethod method = ContactMethod::kPhone;
  Referrer referrer;
  std::string source;  //!< census ReferralSource code
  std::vector<std::int64_t> children;
  std::vector<std::int64_t> adults;
  std::string concern;       //!< in the referrer's words
  std::string family_knows;  //!< what the family has been told
  FamilyAgreement family_agreement = FamilyAgreement::kNotAsked;
  ReferrerUrgency urgency = ReferrerUrgency::kSoon;
  std::string recorded_by;
  Timestamp recorded_at;
  std::optional<Date> referral_date;  //!< set when a decision makes the contact a referral
  //! Language warnings kept with the text they were found in, by field name.
  std::map<std::string, std::vector<LanguageWarning>> language_warnings;
};

//! A contact as typed.
struct ContactDraft {
  std::string received_date;  //!< YYYY-MM-DD, UK date
  std::string received_time;  //!< HH:MM, UK clock time
  std::string method;
  Referrer referrer;
  std::string source;
  std::vector<std::int64_t> children;
  std::vector<std::int64_t> adults;
  std::string concern;
  std::string family_knows;
  std::string family_agreement;
  std::string urgency;
  //! The child whose page the form was opened from (pages only; 0 otherwise): a refused form is
  //! shown again with their household, even when no child is ticked.
  std::int64_t opened_for = 0;
};

//! Checks a draft against `now` (nothing received in the future); fills `contact` when valid.
//! People are checked for existence by the service.
FieldErrors ValidateContact(const ContactDraft& draft, Timestamp now, Contact& contact);

//! The longest a contact about a child can come in before they are born (or due): a pregnancy.
inline constexpr std::chrono::days kLongestBeforeBirth{300};
//! Refuses a contact received longer before a child on it was born or is due (`people` holds the
//! contact's people) than kLongestBeforeBirth: a mistyped year, not a worry about a pregnancy.
FieldErrors CheckReceivedBeforeBirth(const Contact& contact, const std::vector<Person>& people);

//! Refuses a contact whose children include someone 18 or over on the day it was received: a
//! contact is about children, and an adult is added as one of the adults on it. Someone whose
//! date of birth is not known is not refused.
FieldErrors CheckChildrenAreUnder18(const Contact& contact, const std::vector<Person>& people);

//! The referral date of a contact that becomes a referral: the day (in the UK) children's social
//! care received it, not the day a manager decided. The 12-month re-referral window, the
//! assessment's 45 working days and the census all count from it.
Date ReferralDate(const Contact& contact);

//! A reference for contact `id` that can be read over the phone: six letters and digits with no
//! look-alikes (no 0/O, 1/I/L), in two groups, unique to the id.
std::string ContactReference(std::int64_t id);
//! True for text in the form ContactReference gives a contact of this council ("VCV-JH2").
bool IsContactReference(std::string_view text);

//! Language warnings for every free-text field of a contact, by field name; never the words of
//! `names` (the people on the contact, NameWords).
std::map<std::string, std::vector<LanguageWarning>> CheckContactLanguage(
    const Contact& contact, const LanguageGuide& guide, const std::set<std::string>& names);

}  // namespace frontdoor::domain
