// src/store/postgres/postgres_repository.hpp — the Repository over one libpqxx transaction.
#pragma once

#include <pqxx/pqxx>

#include "store/repository.hpp"

namespace frontdoor::store {

//! SQL for PostgreSQL; lives only as long as its transaction.
class PostgresRepository : public Repository {
 public:
  explicit PostgresRepository(pqxx::transaction_base& transaction) : transaction_(transaction) {}

  // Repository
  std::int64_t AddFeedback(const domain::Feedback& feedback) override;
  std::optional<domain::Feedback> FindFeedback(std::int64_t id) override;
  std::int64_t CountFeedback() override;
  std::int64_t AddUser(const domain::User& user) override;
  std::optional<domain::User> FindUser(std::int64_t id) override;
  std::optional<domain::User> FindUserByUsername(std::string_view username) override;
  std::vector<domain::User> ListUsers() override;
  void UpdateUser(const domain::User& user) override;
  void LockUser(std::int64_t id) override;
  void LockPerson(std::int64_t id) override;
  void ReplaceRecoveryCodes(std::int64_t user_id,
                            const std::vector<std::string>& code_hashes) override;
  bool UseRecoveryCode(std::int64_t user_id, std::string_view code_hash,
                       domain::Timestamp at) override;
  std::int64_t AddSession(const domain::Session& session) override;
  std::optional<domain::Session> FindSessionByTokenHash(std::string_view token_hash) override;
  void TouchSession(std::int64_t id, domain::Timestamp at) override;
  void PassSessionSecondStep(std::int64_t id) override;
  void EndSession(std::int64_t id, domain::Timestamp at) override;
  void EndSessionsOfUser(std::int64_t user_id, domain::Timestamp at) override;
  std::int64_t AddApiToken(const domain::ApiToken& token) override;
  std::optional<domain::ApiToken> FindApiToken(std::int64_t id) override;
  std::optional<domain::ApiToken> FindApiTokenByHash(std::string_view token_hash) override;
  void RevokeApiToken(std::int64_t id, domain::Timestamp at) override;
  std::optional<domain::AuditEntry> LastAuditEntryForAppend() override;
  void AddAuditEntry(const domain::AuditEntry& entry) override;
  std::vector<domain::AuditEntry> ListAuditEntries(std::int64_t after_sequence, int limit) override;
  std::vector<domain::AuditEntry> AuditEntriesForRecord(std::string_view record_id,
                                                        int limit) override;
  std::vector<domain::AuditEntry> RecentAuditEntries(int limit) override;
  std::int64_t AddPerson(const domain::Person& person) override;
  std::optional<domain::Person> FindPerson(std::int64_t id) override;
  std::vector<domain::Person> FindPeople(const std::vector<std::int64_t>& ids) override;
  void SetRestriction(const domain::Restriction& restriction) override;
  std::optional<domain::Restriction> FindRestriction(std::int64_t person_id) override;
  std::int64_t AddBreakGlass(const domain::BreakGlass& opening) override;
  std::vector<domain::BreakGlass> BreakGlassFor(std::int64_t person_id,
                                                std::int64_t user_id) override;
  std::vector<domain::BreakGlass> UnreviewedBreakGlass(int limit) override;
  bool MarkBreakGlassReviewed(std::int64_t id, std::string_view reviewer,
                              domain::Timestamp at) override;
  std::vector<std::int64_t> PeopleByIndex(PersonIndex index, std::string_view value,
                                          int limit) override;
  std::int64_t AddHousehold(const domain::Household& household) override;
  std::optional<domain::Household> FindHousehold(std::int64_t id) override;
  void AddHouseholdMember(const domain::HouseholdMember& member) override;
  std::vector<std::pair<domain::Household, domain::HouseholdMember>> HouseholdsOf(
      std::int64_t person_id) override;
  std::vector<domain::HouseholdMember> MembersOf(std::int64_t household_id) override;
  void AddRelationship(const domain::Relationship& relationship) override;
  std::vector<domain::Relationship> RelationshipsOf(std::int64_t person_id) override;
  std::int64_t AddContact(const domain::Contact& contact) override;
  void SetContactReference(std::int64_t id, std::string_view reference) override;
  std::optional<domain::Contact> FindContact(std::int64_t id) override;
  std::vector<domain::Contact> ContactsAbout(std::int64_t person_id) override;
  void SetMergedInto(std::int64_t id, std::optional<std::int64_t> into) override;
  std::vector<std::int64_t> MergedInto(std::int64_t id) override;
  void SetReferral(std::int64_t contact_id, const domain::Date& date, bool nfa) override;
  void LockContact(std::int64_t id) override;
  std::vector<domain::Contact> ContactsAwaitingDecision(std::optional<std::string_view> recorded_by,
                                                        int limit) override;
  std::pair<std::int64_t, std::int64_t> CountDecided(domain::Timestamp from,
                                                     domain::Timestamp to) override;
  std::int64_t AddConsent(const domain::ConsentRecord& consent) override;
  std::vector<domain::ConsentRecord> ConsentsFor(std::int64_t contact_id) override;
  std::int64_t AddCheck(const domain::MashCheck& check) override;
  std::optional<domain::MashCheck> FindCheck(std::int64_t id) override;
  bool AnswerCheck(const domain::MashCheck& check) override;
  std::vector<domain::MashCheck> ChecksFor(std::int64_t contact_id) override;
  std::vector<domain::MashCheck> OpenChecks(std::optional<std::string_view> agency,
                                            std::optional<std::string_view> requested_by,
                                            int limit) override;
  void SetChecksNotNeeded(const domain::ChecksNotNeeded& record) override;
  std::optional<domain::ChecksNotNeeded> FindChecksNotNeeded(std::int64_t contact_id) override;
  void AddDecision(const domain::Decision& decision) override;
  std::optional<domain::Decision> FindDecision(std::int64_t contact_id) override;
  std::vector<domain::Decision> ConsentClosures(int limit) override;
  std::vector<domain::Decision> OverrideDecisions(int limit) override;
  void AddAllocation(const domain::Allocation& allocation) override;
  std::vector<domain::Allocation> AllocationsFor(std::int64_t contact_id) override;
  std::vector<domain::Allocation> AllocationsTo(std::optional<std::string_view> worker,
                                                std::optional<std::string_view> team,
                                                int limit) override;
  std::vector<std::int64_t> AllocationContactsOf(std::int64_t person_id) override;
  std::map<std::int64_t, domain::ContactSteps> StepsOf(
      const std::vector<std::int64_t>& contact_ids) override;
  void AddHistory(const domain::HistoryEntry& entry) override;
  std::vector<domain::HistoryEntry> HistoryOf(std::string_view record) override;
  std::vector<std::int64_t> ReserveIds(BulkTable table, std::int64_t count) override;
  void AddBulk(const BulkRecords& records) override;

 private:
  pqxx::transaction_base& transaction_;
};

//! A date or moment as PostgreSQL parameter text (ISO 8601), or NULL when there is none.
std::optional<std::string> DateParameter(const std::optional<domain::Date>& date);
std::optional<std::string> TimestampParameter(const std::optional<domain::Timestamp>& moment);

}  // namespace frontdoor::store
