// src/domain/person.hpp — a person known to the front door (child or adult), and who may read their
// record.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/clock.hpp"
#include "domain/codes.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! A calendar date with no time of day (a date of birth).
using Date = std::chrono::year_month_day;

//! "2019-03-04" as a Date; nullopt when it is not a real date in that form.
std::optional<Date> ParseDate(std::string_view text);
//! A Date as "2019-03-04".
std::string FormatDate(const Date& date);
//! A Date as people write it: "4 March 2019".
std::string FormatLongDate(const Date& date);

//! Another name a person is or was known by.
struct PersonName {
  std::string given_name;
  std::string family_name;
  bool operator==(const PersonName&) const = default;
};

//! A person's record.
struct Person {
  std::int64_t id = 0;
  std::string given_name;
  std::string family_name;
  std::optional<Date> date_of_birth;
  Timestamp created_at;
  std::vector<PersonName> other_names;         //!< aliases and former names
  std::optional<Date> expected_date_of_birth;  //!< for a child not yet born
  Sex sex = Sex::kUnknown;
  std::string ethnicity;                    //!< census code, or ""
  std::vector<std::string> disabilities;    //!< census codes
  std::string nhs_number;                   //!< ten digits, or ""
  std::string upn;                          //!< Unique Pupil Number, or ""
  std::string upn_unknown;                  //!< why there is no UPN (UN1 ... UN7), or ""
  std::string former_upn;                   //!< a UPN the child had before, or ""
  std::optional<Date> date_of_death;        //!< the day the child died, when they have
  std::optional<std::int64_t> merged_into;  //!< set when this record was merged into another

  //! "First Last".
  std::string FullName() const { return given_name + " " + family_name; }
};

//! When the person was or will be born, in words that follow their name: "born 4 March 2019",
//! "due on 3 May 2027" for a child not yet born, or "date of birth not known".
std::string BirthInWords(const Person& person);

//! True when the person is a child on `today`: under 18, or not yet born.
bool IsChild(const Person& person, const Date& today);

//! The local child id (the census's LAchildID) for a person: "C" and seven digits.
std::string LocalChildId(std::int64_t person_id);
//! The person id in a local child id, if it is one.
std::optional<std::int64_t> ParseLocalChildId(std::string_view text);

//! The refusal of a change to (or a new contact about) a record merged into another (`field`
//! names what the request gave for it), or nothing when it stands on its own.
std::optional<FieldError> MergedAway(const Person& person, const std::string& field);

//! The ethnicity code a statutory return gives (the census, Annex A): the one recorded, or "NOBT"
//! (information not yet obtained) when none is.
std::string EthnicityForReturns(const Person& person);

//! Why `merged` and `kept` cannot be two records of one person, if they cannot: different NHS
//! numbers, dates of birth or sex (M or F), when both give one. A detail typed wrong is corrected
//! first, so the record kept says what is true. Field "into_person_id".
std::optional<FieldError> CheckSamePerson(const Person& merged, const Person& kept);

//! A person as typed, before checks.
struct PersonDraft {
  std::string given_name;
  std::string family_name;
  std::string date_of_birth;           //!< YYYY-MM-DD, or "" when unknown
  std::string other_names;             //!< one "Given Family" a line
  std::string expected_date_of_birth;  //!< YYYY-MM-DD for an unborn child
  std::string sex;                     //!< "M", "F", "U" or ""
  std::string ethnicity;               //!< census code or ""
  std::vector<std::string> disabilities;
  std::string nhs_number;
  std::string upn;
  std::string upn_unknown;    //!< UN1 ... UN7, or ""
  std::string former_upn;     //!< an earlier unique pupil number, or ""
  std::string date_of_death;  //!< YYYY-MM-DD, or "" (the child has not died)
};

//! The draft a record makes: what a correction starts from.
PersonDraft DraftOf(const Person& person);

//! `sent` with every field a request left out (not in `sent_fields`, named as PersonDraft's
//! members are) taken from `current`: a correction through the API keeps what it does not name.
PersonDraft KeepingUnsent(PersonDraft sent, const PersonDraft& current,
                          const std::set<std::string>& sent_fields);

//! An NHS number names one child: the refusal when one of `holders` (the records with the
//! number) other than `self` is not merged away. A record merged into another keeps its number.
std::optional<FieldError> NhsNumberHeldElsewhere(const std::vector<Person>& holders,
                                                 std::int64_t self = 0);

//! Checks a draft against `today` (no birth dates in the future; an expected date of birth is
//! for a child not yet born; a date of death neither in the future nor before the birth; a reason
//! for a missing unique pupil number only when there is none); fills `person` when valid.
FieldErrors ValidatePerson(const PersonDraft& draft, const Date& today, Person& person);

//! A record only some named people may read (say, a member of staff's own family).
struct Restriction {
  std::int64_t person_id = 0;
  std::vector<std::int64_t> allowed_user_ids;
  std::string reason;
  std::int64_t restricted_by = 0;
  Timestamp restricted_at;
};

//! A manager opening a restricted record they are not named on, with their reason.
struct BreakGlass {
  std::int64_t id = 0;
  std::int64_t person_id = 0;
  std::int64_t user_id = 0;
  std::string username;
  std::string reason;
  Timestamp at;
  std::optional<Timestamp> reviewed_at;
  std::string reviewed_by;
};

//! How long a break-glass opening lets its manager read the record.
inline constexpr std::chrono::hours kBreakGlassLasts{8};
//! The shortest break-glass reason accepted, in characters: a reason, not a word.
inline constexpr size_t kBreakGlassReasonMinCharacters = 20;

//! What a person may see of a record.
enum class RecordAccess {
  kFull,        //!< the whole record
  kRestricted,  //!< that it exists, and nothing more
};

//! The access rule: unrestricted records are open to anyone whose role reads records; restricted
//! ones only to the people named, and to a manager for a while after they break the glass.
RecordAccess DecideRecordAccess(const std::optional<Restriction>& restriction, const User& user,
                                const std::vector<BreakGlass>& openings, Timestamp now);

//! True when `user` may change who a record is open to: anyone whose role restricts records, while
//! it is unrestricted; afterwards only those named on the restriction.
bool MayChangeRestriction(const std::optional<Restriction>& restriction, const User& user);

//! When record `merged_id` is merged into `survivor_id` (two records of one child), a restriction
//! on either covers both: the restriction to give the other record, made by `by` at `now`, when
//! exactly one of them is restricted; nothing when neither or both are.
std::optional<Restriction> RestrictionCarriedByMerge(const std::optional<Restriction>& merged,
                                                     std::int64_t merged_id,
                                                     const std::optional<Restriction>& survivor,
                                                     std::int64_t survivor_id, std::int64_t by,
                                                     Timestamp now);

//! Checks a break-glass reason.
FieldErrors ValidateBreakGlassReason(std::string_view reason);

}  // namespace frontdoor::domain
