// src/domain/correction.hpp — correcting records: a person's details part by part in words, what a
// correction changed from and to, amending a contact's words with a reason, someone moving out of
// a household, and the journey event each correction adds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/contact.hpp"
#include "domain/household.hpp"
#include "domain/journey.hpp"
#include "domain/person.hpp"
#include "domain/record_history.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! One part of a person's record in words: {"Date of birth", "14 May 2015"}.
struct PersonPart {
  std::string name;
  std::string words;
};

//! Every part of a person's record a correction can change, in words and always in this order:
//! name, other names, date of birth, expected date of birth, sex, ethnicity, disability, NHS
//! number, unique pupil number, former unique pupil number, date of death.
std::vector<PersonPart> PersonInWords(const Person& person);

//! One part of a record changed, in words.
struct PartChange {
  std::string part;
  std::string from;
  std::string to;
};

//! The parts that differ between a person's record before and after a correction.
std::vector<PartChange> PersonChanges(const Person& before, const Person& after);

//! The shortest reason accepted for amending a contact, in characters: a reason, not a word.
inline constexpr size_t kAmendmentReasonMinCharacters = 10;

//! The contact part whose words can be amended, as its record history names it.
inline constexpr std::string_view kAmendedConcern = "the concern, in the referrer's words";
//! How a change of where someone lives is named in the record history: "Where they live: ADDRESS".
inline constexpr std::string_view kWhereTheyLive = "Where they live: ";
//! How a change of relationship is named in the record history: "Relationship with NAME".
inline constexpr std::string_view kRelationshipWith = "Relationship with ";
//! How joining another record of the same person to this one (a merge) is named in the record
//! history, on the record kept: to "C0000008 (Jaden Smith)" when joined, from it when taken apart.
inline constexpr std::string_view kJoinedRecord = "another record of the same person";

//! Checks an amendment of a contact's concern: new words that differ from the old, and a reason.
FieldErrors ValidateContactAmendment(const Contact& contact, const std::string& concern,
                                     const std::string& reason);

//! Checks an optional reason for a correction (at most kFreeTextMaxCharacters).
FieldErrors ValidateCorrectionReason(const std::string& reason);

//! Checks the day someone moved out ("YYYY-MM-DD"): a real date, not before they moved in and not
//! after `today`, while they still live there. Sets `moved_out` when valid.
FieldErrors ValidateMoveOut(const HouseholdMember& member, const std::string& date_text,
                            const Date& today, Date& moved_out);

//! True when a record-history entry is a correction (a person's detail, where they live, a
//! relationship, or a contact's amended words) rather than a step of the work.
bool IsCorrection(const HistoryEntry& entry);

//! The journey event a correction adds: "Record corrected: Date of birth" with from, to and the
//! reason; `reference` names the contact an amendment was to.
JourneyEvent CorrectionEvent(const HistoryEntry& entry, const std::string& reference);

}  // namespace frontdoor::domain
