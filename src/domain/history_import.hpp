// src/domain/history_import.hpp — history brought in from a council's files: each run, the key
// each child and referral had in its source (so the same file twice changes nothing), the
// children left for a manager to match, and the rule that matches a child without ever silently
// making a duplicate.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/census_reading.hpp"
#include "domain/clock.hpp"
#include "domain/code_list.hpp"
#include "domain/person.hpp"

namespace frontdoor::domain {

//! One file brought in (or checked).
struct ImportRun {
  std::int64_t id = 0;
  std::string kind;    //!< "census" or "csv"
  std::string source;  //!< whose ids the file's keys are: "census 852", "csv liquidlogic"
  //! "the Children in Need census 2025-26 (cin.xml)", "the CSV files of liquidlogic"
  std::string description;
  std::string file_name;
  std::string file_digest;  //!< SHA-256 of the file, hex
  std::string run_by;
  Timestamp started_at;
};

//! What an import key names.
enum class ImportKeyKind { kPerson, kReferral, kHousehold, kContact };
inline constexpr CodeList<ImportKeyKind, 4> kImportKeyKinds{{{
    {ImportKeyKind::kPerson, "person", "Person"},
    {ImportKeyKind::kReferral, "referral", "Referral"},
    {ImportKeyKind::kHousehold, "household", "Household"},
    {ImportKeyKind::kContact, "contact", "Contact"},
}}};

//! A record's id in its source ("C1234", or "C1234/2025-06-01" for a referral), and the record
//! here it became.
struct ImportKey {
  std::string source;
  ImportKeyKind kind = ImportKeyKind::kPerson;
  std::string external_id;
  std::int64_t record_id = 0;
  std::int64_t run_id = 0;
};

//! Each of the child's referrals' keys in their source, in the file's order: the child's id and
//! the referral's date ("C1234/2025-06-01"), and for a second referral on one day "#2" after it.
std::vector<std::string> ReferralKeys(const ImportedChild& child);

//! How a review ended.
enum class ReviewStatus { kOpen, kMatched, kNew };
inline constexpr CodeList<ReviewStatus, 3> kReviewStatuses{{{
    {ReviewStatus::kOpen, "open", "Waiting"},
    {ReviewStatus::kMatched, "matched", "Matched to a record"},
    {ReviewStatus::kNew, "new", "A new record"},
}}};

//! A child an import could not match with certainty, kept (as the file gave them) until a
//! manager says which record they are, or that they are new.
struct ImportReview {
  std::int64_t id = 0;
  std::int64_t run_id = 0;
  std::string source;
  std::string external_id;
  std::string child_xml;  //!< the <Child> as the file gave it
  std::string reason;     //!< why it could not be matched, in words
  std::vector<std::int64_t> candidates;
  ReviewStatus status = ReviewStatus::kOpen;
  std::optional<std::int64_t> person_id;
  std::string resolved_by;
  std::optional<Timestamp> resolved_at;
};

//! What to do with a child from a file.
struct ChildMatch {
  enum class Kind { kKnown, kNew, kReview } kind = Kind::kNew;
  std::int64_t person_id = 0;            //!< kKnown: the record they are
  std::vector<std::int64_t> candidates;  //!< kReview: the records they might be
  std::string reason;                    //!< kReview: why, in words
};

//! Matches a child with no import key yet. `own` is the record their LAchildID names when it is
//! one of ours (a file this service wrote); `same_upn` the records with their UPN; `same_birth`
//! the children born the same day; `from_source` those of them the file's source already brought
//! in under another id (so known to be someone else). A record agreeing on the date of birth and
//! sex is them only by our id or a unique UPN; any other near record is a candidate for review
//! (the census gives no names to tell them apart); none, a new record.
ChildMatch MatchImportedChild(const ImportedChild& child, const std::optional<Person>& own,
                              const std::vector<Person>& same_upn,
                              const std::vector<Person>& same_birth,
                              const std::set<std::int64_t>& from_source);

//! The record a child from a census file (or Annex A lists: `file` "Annex A") becomes: no names
//! are given, so the record says so.
Person PersonFromCensus(const ImportedChild& child, Timestamp now,
                        std::string_view file = "census");

}  // namespace frontdoor::domain
