// src/store/bulk_load.hpp — writing a generated dataset a slice at a time: ids reserved first, then
// every record of the slice in the fastest way the database offers.
#pragma once

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/code_list.hpp"
#include "domain/contact.hpp"
#include "domain/decision.hpp"
#include "domain/household.hpp"
#include "domain/person.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! Tables whose ids a bulk load chooses before writing.
enum class BulkTable { kHouseholds, kPeople, kContacts, kCaseSteps };
//! Their names in the schema.
inline constexpr domain::CodeList<BulkTable, 4> kBulkTables{{{
    {BulkTable::kHouseholds, "households", "households"},
    {BulkTable::kPeople, "people", "people"},
    {BulkTable::kContacts, "contacts", "contacts"},
    {BulkTable::kCaseSteps, "case_steps", "steps after referrals"},
}}};

//! Records written together by BulkLoad::Add: the next slice of a generated dataset. The ids of
//! households, people, contacts and case steps are already reserved; contacts carry their
//! references and checks their answers.
struct BulkRecords {
  std::vector<domain::Household> households;
  std::vector<domain::Person> people;
  std::vector<domain::HouseholdMember> members;
  std::vector<domain::Contact> contacts;
  std::vector<domain::MashCheck> checks;
  std::vector<domain::Decision> decisions;
  std::vector<domain::Allocation> allocations;
  std::vector<domain::CaseStep> case_steps;
};

//! A new record's id before the database gives it one: -1, -2... in each table, in the order
//! the records were made (`count` of the table made before it).
inline std::int64_t ProvisionalId(std::size_t count) {
  return -std::int64_t(count) - 1;
}

//! The ids a batch's new records were given, to find where a provisional id now points.
class NewIds {
 public:
  //! The id `id` became: a provisional id's reserved one; any other id as it is.
  std::int64_t Of(BulkTable table, std::int64_t id) const;

 private:
  friend class BulkLoad;
  std::map<BulkTable, std::vector<std::int64_t>> reserved_;
};

//! Bulk loading inside one transaction.
class BulkLoad : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! `count` new ids for records of `table`, in increasing order, for Add in this transaction.
  std::vector<std::int64_t> ReserveIds(BulkTable table, std::int64_t count);
  //! Writes every record just as the single Add methods would; throws StoreError, writing
  //! nothing, when a household, person, contact or case step has an id this transaction did not
  //! reserve.
  void Add(const BulkRecords& records);
  //! Gives each household, person, contact and case step with a provisional id (ProvisionalId)
  //! an id reserved now, renumbers every reference to it (members, contacts' people, checks,
  //! decisions, allocations, steps), writes them all with Add, and answers the ids given; records
  //! with real ids (people already kept) are referred to as they are.
  NewIds AddNew(BulkRecords records);

 private:
  std::map<BulkTable, std::vector<std::pair<std::int64_t, std::int64_t>>> reserved_;
};

}  // namespace frontdoor::store
