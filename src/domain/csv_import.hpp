// src/domain/csv_import.hpp — a council's history as the documented CSV files give it
// (doc/import-csv.md): people, the households they lived in, contacts and the referrals they
// became; each row read and checked on its own, and the rule that matches a person to a record
// here.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/census_reading.hpp"
#include "domain/contact.hpp"
#include "domain/csv.hpp"
#include "domain/decision.hpp"
#include "domain/history_import.hpp"
#include "domain/household.hpp"
#include "domain/person.hpp"
#include "domain/person_search.hpp"
#include "domain/threshold.hpp"

namespace frontdoor::domain {

//! The four files and their columns.
enum class CsvFile { kPeople, kHouseholds, kContacts, kReferrals };
inline constexpr CodeList<CsvFile, 4> kCsvFiles{{{
    {CsvFile::kPeople, "people", "people"},
    {CsvFile::kHouseholds, "households", "households"},
    {CsvFile::kContacts, "contacts", "contacts"},
    {CsvFile::kReferrals, "referrals", "referrals"},
}}};
const CsvLayout& LayoutOf(CsvFile file);

//! A date as a council's files write it: "2015-05-14" or "14/05/2015"; nullopt otherwise.
std::optional<Date> ReadImportDate(std::string_view text);

//! A person's row: their id in the source and their record (id 0).
struct ImportedPerson {
  int row = 0;
  std::string external_id;
  Person person;
  std::vector<ImportProblem> problems;
};
//! Reads a people row as of `today` (the checks a person's record has when typed).
ImportedPerson ReadPersonRow(const CsvColumns& columns, const CsvRow& row, const Date& today);
//! The search that finds the records a person might already be.
ParsedSearch SearchFor(const Person& person);

//! A households row: a person living at an address from one date (to another).
struct ImportedMembership {
  int row = 0;
  std::string household_id;  //!< the address's id in the source
  Household household;       //!< id 0
  std::string person_id;     //!< the person's id in the source
  Date from{};
  std::optional<Date> to;
  std::vector<ImportProblem> problems;
};
ImportedMembership ReadMembershipRow(const CsvColumns& columns, const CsvRow& row,
                                     const Date& today);

//! A referrals row: a child on a contact referred (on the day the contact came in, as for every
//! referral).
struct ImportedReferral {
  int row = 0;
  std::string contact_id;  //!< the contact's id in the source
  std::string person_id;   //!< the child's id in the source
  std::string outcome;     //!< an outcome that makes a referral
  int level = 0;
  std::string primary_need;  //!< N0-N9, or ""
  std::vector<ImportProblem> problems;
};
ImportedReferral ReadReferralRow(const CsvColumns& columns, const CsvRow& row,
                                 const ThresholdFramework& framework);

//! A contacts row, with the referrals rows that name it: the contact (id 0, no children yet),
//! the children's ids in the source, and the decision for each child not referred.
struct ImportedContact {
  int row = 0;
  std::string external_id;
  Contact contact;
  std::vector<std::string> children;  //!< ids in the source, in the file's order
  std::string outcome;                //!< for the children with no referral row
  int level = 0;
  Date decided{};
  std::vector<ImportedReferral> referrals;
  std::vector<ImportProblem> problems;
};
ImportedContact ReadContactRow(const CsvColumns& columns, const CsvRow& row,
                               const ThresholdFramework& framework, const Date& today);
//! Gives the contact its referrals: each must name one of its children, once. Problems (the
//! referrals' own too) go on the contact: nothing of it comes in.
void AttachReferrals(ImportedContact& contact, std::vector<ImportedReferral> referrals);

//! The contact here an imported contact already is: one holding every one of its referrals (the
//! same child, `person_ids` in its children's order, referred on the day it came in), found in
//! `referred_here` (contact by child and referral day); nullopt for a contact with no referral or
//! one not all here.
std::optional<std::int64_t> ContactAlreadyHere(
    const ImportedContact& contact, const std::vector<std::int64_t>& person_ids,
    const std::map<std::pair<std::int64_t, Date>, std::int64_t>& referred_here);

//! The decision an imported contact carries for each of its children (`person_ids` in the
//! children's order, ids here), saying where it came from (`brought_in`: "Brought in from ... on
//! ..."), with the referred children's outcomes, levels and primary needs.
Decision ImportedDecision(const ImportedContact& contact,
                          const std::vector<std::int64_t>& person_ids,
                          const std::string& brought_in);

//! Matches a person with no import key yet against the likely matches a search found (`likely`,
//! best first; restricted records included). A record the source brought in under another id
//! (`from_source`) is someone else. The person is a record here only when exactly one likely
//! match is certain: the same NHS number or unique pupil number, or the same full name and date of
//! birth with no identifier or sex that disagrees; any other likely match goes to review; none, a
//! new record.
ChildMatch MatchImportedPerson(const Person& person, const std::vector<SearchMatch>& likely,
                               const std::set<std::int64_t>& from_source);

//! The people row a review keeps, to read again when a manager resolves it.
std::string PersonRowText(const ImportedPerson& person);
//! Reads PersonRowText back.
ImportedPerson ReadPersonRowText(const std::string& text, const Date& today);

}  // namespace frontdoor::domain
