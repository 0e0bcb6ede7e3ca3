// src/store/repository.hpp — the records a use case reads and writes inside one transaction.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/access_audit.hpp"
#include "domain/account.hpp"
#include "domain/contact.hpp"
#include "domain/decision.hpp"
#include "domain/feedback.hpp"
#include "domain/household.hpp"
#include "domain/person.hpp"
#include "domain/person_search.hpp"
#include "domain/record_history.hpp"

namespace frontdoor::store {

//! The indexes "is this child known?" looks people up by.
enum class PersonIndex {
  kFamilyNameKey,  //!< the sound-alike key of any family name they are known by
  kGivenNameKey,   //!< the sound-alike key of any given name they are known by
  kDateOfBirth,    //!< YYYY-MM-DD
  kNhsNumber,      //!< ten digits
  kUpn,            //!< thirteen characters
  kId,             //!< the person id (from a local child id)
  kPostcode,       //!< any household they have lived in
};

//! Tables whose ids a bulk load chooses before writing (ReserveIds).
enum class BulkTable { kHouseholds, kPeople, kContacts };
//! The table's name, the same on both databases.
const char* BulkTableName(BulkTable table);

//! Records written together by AddBulk: the next slice of a generated dataset. The ids of
//! households, people and contacts are already reserved; contacts carry their references and
//! checks their answers.
struct BulkRecords {
  std::vector<domain::Household> households;
  std::vector<domain::Person> people;
  std::vector<domain::HouseholdMember> members;
  std::vector<domain::Contact> contacts;
  std::vector<domain::MashCheck> checks;
  std::vector<domain::Decision> decisions;
  std::vector<domain::Allocation> allocations;
};

//! Every read and write of records. One instance lives for one transaction; implementations
//! exist for SQLite and PostgreSQL and hold the only SQL in frontdoor.
class Repository {
 public:
  virtual ~Repository() = default;

  //! Keeps feedback and returns its id; `feedback.id` is ignored.
  virtual std::int64_t AddFeedback(const domain::Feedback& feedback) = 0;
  //! The feedback with this id, if any.
  virtual std::optional<domain::Feedback> FindFeedback(std::int64_t id) = 0;
  //! How many pieces of feedback are kept.
  virtual std::int64_t CountFeedback() = 0;

  // Accounts
  //! Adds an account and returns its id; throws StoreError when the username is taken.
  virtual std::int64_t AddUser(const domain::User& user) = 0;
  virtual std::optional<domain::User> FindUser(std::int64_t id) = 0;
  virtual std::optional<domain::User> FindUserByUsername(std::string_view username) = 0;
  //! Every account, by username.
  virtual std::vector<domain::User> ListUsers() = 0;
  //! Saves every field of the account but its id, username and creation time.
  virtual void UpdateUser(const domain::User& user) = 0;
  //! Holds the account until the transaction ends, so read-change-write of its counters cannot
  //! lose another request's change. Read the account again after taking it.
  virtual void LockUser(std::int64_t id) = 0;
  //! Holds a person's record until the transaction ends (merges).
  virtual void LockPerson(std::int64_t id) = 0;
  //! Replaces the account's recovery codes with these (hashed) ones.
  virtual void ReplaceRecoveryCodes(std::int64_t user_id,
                                    const std::vector<std::string>& code_hashes) = 0;
  //! Marks an unused recovery code used; false when there is no such unused code.
  virtual bool UseRecoveryCode(std::int64_t user_id, std::string_view code_hash,
                               domain::Timestamp at) = 0;

  // Sessions and API tokens
  virtual std::int64_t AddSession(const domain::Session& session) = 0;
  virtual std::optional<domain::Session> FindSessionByTokenHash(std::string_view token_hash) = 0;
  //! Notes a session was used at `at`; an ended session stays ended.
  virtual void TouchSession(std::int64_t id, domain::Timestamp at) = 0;
  //! Notes the session's second step is done; an ended session stays ended.
  virtual void PassSessionSecondStep(std::int64_t id) = 0;
  //! Ends a session (sign-out).
  virtual void EndSession(std::int64_t id, domain::Timestamp at) = 0;
  //! Ends every open session of the account (disabled, password reset).
  virtual void EndSessionsOfUser(std::int64_t user_id, domain::Timestamp at) = 0;
  virtual std::int64_t AddApiToken(const domain::ApiToken& token) = 0;
  virtual std::optional<domain::ApiToken> FindApiToken(std::int64_t id) = 0;
  virtual std::optional<domain::ApiToken> FindApiTokenByHash(std::string_view token_hash) = 0;
  virtual void RevokeApiToken(std::int64_t id, domain::Timestamp at) = 0;

  // The access audit
  //! The newest entry, holding the chain so no other transaction appends until this one ends.
  virtual std::optional<domain::AuditEntry> LastAuditEntryForAppend() = 0;
  //! Appends a sealed entry and indexes it by each record id in `record_ids`.
  virtual void AddAuditEntry(const domain::AuditEntry& entry) = 0;
  //! Entries after `after_sequence`, oldest first, at most `limit`.
  virtual std::vector<domain::AuditEntry> ListAuditEntries(std::int64_t after_sequence,
                                                           int limit) = 0;
  //! Entries that touched `record_id`, newest first, at most `limit`.
  virtual std::vector<domain::AuditEntry> AuditEntriesForRecord(std::string_view record_id,
                                                                int limit) = 0;
  //! The newest entries, newest first.
  virtual std::vector<domain::AuditEntry> RecentAuditEntries(int limit) = 0;

  // People and restricted records
  virtual std::int64_t AddPerson(const domain::Person& person) = 0;
  virtual std::optional<domain::Person> FindPerson(std::int64_t id) = 0;
  //! The people with these ids (those that exist), in id order: one look-up for many (search).
  virtual std::vector<domain::Person> FindPeople(const std::vector<std::int64_t>& ids) = 0;
  //! Restricts a record (replacing any restriction it had).
  virtual void SetRestriction(const domain::Restriction& restriction) = 0;
  virtual std::optional<domain::Restriction> FindRestriction(std::int64_t person_id) = 0;
  virtual std::int64_t AddBreakGlass(const domain::BreakGlass& opening) = 0;
  //! This user's openings of this record, newest first.
  virtual std::vector<domain::BreakGlass> BreakGlassFor(std::int64_t person_id,
                                                        std::int64_t user_id) = 0;
  //! Openings no auditor has reviewed yet, oldest first.
  virtual std::vector<domain::BreakGlass> UnreviewedBreakGlass(int limit) = 0;
  //! Marks an opening reviewed; false when there is no such unreviewed opening.
  virtual bool MarkBreakGlassReviewed(std::int64_t id, std::string_view reviewer,
                                      domain::Timestamp at) = 0;

  // People, households, relationships and contacts
  //! Ids of people found through one index, at most `limit` (see PersonIndex).
  virtual std::vector<std::int64_t> PeopleByIndex(PersonIndex index, std::string_view value,
                                                  int limit) = 0;
  virtual std::int64_t AddHousehold(const domain::Household& household) = 0;
  virtual std::optional<domain::Household> FindHousehold(std::int64_t id) = 0;
  virtual void AddHouseholdMember(const domain::HouseholdMember& member) = 0;
  //! The households a person has lived in, with their membership, newest first.
  virtual std::vector<std::pair<domain::Household, domain::HouseholdMember>> HouseholdsOf(
      std::int64_t person_id) = 0;
  //! Everyone who has lived in a household.
  virtual std::vector<domain::HouseholdMember> MembersOf(std::int64_t household_id) = 0;
  //! Adds (or replaces) "person is related_person's KIND".
  virtual void AddRelationship(const domain::Relationship& relationship) = 0;
  virtual std::vector<domain::Relationship> RelationshipsOf(std::int64_t person_id) = 0;
  //! Adds a contact with its people; returns its id. The reference is set separately.
  virtual std::int64_t AddContact(const domain::Contact& contact) = 0;
  virtual void SetContactReference(std::int64_t id, std::string_view reference) = 0;
  virtual std::optional<domain::Contact> FindContact(std::int64_t id) = 0;
  //! Contacts about a person (as child or adult), newest first.
  virtual std::vector<domain::Contact> ContactsAbout(std::int64_t person_id) = 0;
  //! Marks `id` as merged into `into` (or, with nullopt, no longer merged).
  virtual void SetMergedInto(std::int64_t id, std::optional<std::int64_t> into) = 0;
  //! The records merged into `id`.
  virtual std::vector<std::int64_t> MergedInto(std::int64_t id) = 0;

  // What happens after a contact
  //! Makes the contact a referral on `date`, with the census ReferralNFA flag.
  virtual void SetReferral(std::int64_t contact_id, const domain::Date& date, bool nfa) = 0;
  //! Holds a contact until the transaction ends, so two people cannot conclude it at once.
  virtual void LockContact(std::int64_t id) = 0;
  //! Contacts with no decision yet, oldest first; with `recorded_by`, only theirs.
  virtual std::vector<domain::Contact> ContactsAwaitingDecision(
      std::optional<std::string_view> recorded_by, int limit) = 0;
  //! How many contacts received in [from, to) there are, and how many of them have a decision.
  virtual std::pair<std::int64_t, std::int64_t> CountDecided(domain::Timestamp from,
                                                             domain::Timestamp to) = 0;
  virtual std::int64_t AddConsent(const domain::ConsentRecord& consent) = 0;
  //! A contact's consent records, oldest first.
  virtual std::vector<domain::ConsentRecord> ConsentsFor(std::int64_t contact_id) = 0;
  virtual std::int64_t AddCheck(const domain::MashCheck& check) = 0;
  virtual std::optional<domain::MashCheck> FindCheck(std::int64_t id) = 0;
  //! Saves an answer; false when the check was already answered (the first answer stands).
  virtual bool AnswerCheck(const domain::MashCheck& check) = 0;
  //! A contact's checks, oldest first.
  virtual std::vector<domain::MashCheck> ChecksFor(std::int64_t contact_id) = 0;
  //! Unanswered checks, soonest due first; with `agency`, only that agency's; with
  //! `requested_by`, only those that person asked.
  virtual std::vector<domain::MashCheck> OpenChecks(std::optional<std::string_view> agency,
                                                    std::optional<std::string_view> requested_by,
                                                    int limit) = 0;
  virtual void SetChecksNotNeeded(const domain::ChecksNotNeeded& record) = 0;
  virtual std::optional<domain::ChecksNotNeeded> FindChecksNotNeeded(std::int64_t contact_id) = 0;
  //! Keeps a decision (the contact no longer awaits one); throws StoreError when the contact
  //! already has one.
  virtual void AddDecision(const domain::Decision& decision) = 0;
  virtual std::optional<domain::Decision> FindDecision(std::int64_t contact_id) = 0;
  //! Decisions that closed a contact after refused consent, newest first.
  virtual std::vector<domain::Decision> ConsentClosures(int limit) = 0;
  //! Decisions outside their level's usual routes, newest first.
  virtual std::vector<domain::Decision> OverrideDecisions(int limit) = 0;
  virtual void AddAllocation(const domain::Allocation& allocation) = 0;
  //! A contact's allocations (and exclusions), by person.
  virtual std::vector<domain::Allocation> AllocationsFor(std::int64_t contact_id) = 0;
  //! Allocations to a worker, or (with a team) to anyone in that team, newest first.
  virtual std::vector<domain::Allocation> AllocationsTo(std::optional<std::string_view> worker,
                                                        std::optional<std::string_view> team,
                                                        int limit) = 0;
  //! The contacts on which a person was allocated (or left out), oldest first.
  virtual std::vector<std::int64_t> AllocationContactsOf(std::int64_t person_id) = 0;
  //! Everything that happened after each of these contacts, by contact id: one look-up for many
  //! (a child's journey).
  virtual std::map<std::int64_t, domain::ContactSteps> StepsOf(
      const std::vector<std::int64_t>& contact_ids) = 0;
  virtual void AddHistory(const domain::HistoryEntry& entry) = 0;
  //! The changes to a record, oldest first.
  virtual std::vector<domain::HistoryEntry> HistoryOf(std::string_view record) = 0;

  // Bulk loading (generated datasets)
  //! `count` new ids for records of `table`, in increasing order. Write them with AddBulk before
  //! reserving more ids of the same table in this transaction.
  virtual std::vector<std::int64_t> ReserveIds(BulkTable table, std::int64_t count) = 0;
  //! Writes every record in `records` just as the single Add methods would, in the fastest way
  //! the database offers; throws StoreError if a record's id was not reserved.
  virtual void AddBulk(const BulkRecords& records) = 0;
};

}  // namespace frontdoor::store
