// src/store/postgres/postgres_bulk.cpp — bulk loading on PostgreSQL: reserved ids, then one COPY
// per table, so a generated dataset costs a few round trips per slice instead of one per row.
#include <pqxx/stream_to>
#include <set>
#include <tuple>

#include "domain/name_matching.hpp"
#include "domain/timestamp.hpp"
#include "store/postgres/postgres_repository.hpp"
#include "store/record_codec.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

//! Streams rows into `table`'s `columns` with COPY; each row a tuple in the columns' order.
template <typename Rows, typename MakeRow>
void Copy(pqxx::transaction_base& transaction, const char* table,
          const std::vector<std::string>& columns, const Rows& rows, MakeRow make_row) {
  if (rows.empty()) return;
  pqxx::stream_to stream(transaction, table, columns);
  for (const auto& row : rows) stream << make_row(row);
  stream.complete();
}

}  // namespace

std::vector<std::int64_t> PostgresRepository::ReserveIds(BulkTable table, std::int64_t count) {
  std::vector<std::int64_t> ids;
  ids.reserve(std::size_t(count));
  for (const auto& row : transaction_.exec_params("SELECT nextval(pg_get_serial_sequence($1, "
                                                  "'id')) FROM generate_series(1, $2) ORDER BY 1",
                                                  std::string(BulkTableName(table)), count))
    ids.push_back(row[0].as<std::int64_t>());
  return ids;
}

void PostgresRepository::AddBulk(const BulkRecords& records) {
  // COPY writes identity columns as given, so every id must come from ReserveIds.
  const auto check_reserved = [&](BulkTable table, std::int64_t highest) {
    const auto last = transaction_.exec_params1(
        "SELECT pg_sequence_last_value(pg_get_serial_sequence($1, 'id')::regclass)",
        std::string(BulkTableName(table)))[0];
    if (last.is_null() || last.as<std::int64_t>() < highest)
      throw StoreError(std::string("a bulk record of ") + BulkTableName(table) +
                       " has an id that was not reserved");
  };
  std::int64_t highest_household = 0, highest_person = 0, highest_contact = 0;
  for (const auto& household : records.households)
    highest_household = std::max(highest_household, household.id);
  for (const auto& person : records.people) highest_person = std::max(highest_person, person.id);
  for (const auto& contact : records.contacts)
    highest_contact = std::max(highest_contact, contact.id);
  if (highest_household) check_reserved(BulkTable::kHouseholds, highest_household);
  if (highest_person) check_reserved(BulkTable::kPeople, highest_person);
  if (highest_contact) check_reserved(BulkTable::kContacts, highest_contact);

  Copy(transaction_, "households", {"id", "address_line_1", "address_line_2", "town", "postcode"},
       records.households, [](const domain::Household& household) {
         return std::make_tuple(household.id, household.address_line_1, household.address_line_2,
                                household.town, household.postcode);
       });
  Copy(transaction_, "people",
       {"id", "given_name", "family_name", "date_of_birth", "created_at", "expected_date_of_birth",
        "sex", "ethnicity", "disabilities", "nhs_number", "upn"},
       records.people, [](const domain::Person& person) {
         return std::make_tuple(
             person.id, person.given_name, person.family_name, DateParameter(person.date_of_birth),
             domain::FormatTimestamp(person.created_at),
             DateParameter(person.expected_date_of_birth), std::string(domain::SexCode(person.sex)),
             person.ethnicity, JoinCodes(person.disabilities), person.nhs_number, person.upn);
       });
  struct Name {
    std::int64_t person_id;
    bool current;
    const std::string& given;
    const std::string& family;
  };
  std::vector<Name> names;
  for (const auto& person : records.people) {
    names.push_back({person.id, true, person.given_name, person.family_name});
    for (const auto& other : person.other_names)
      names.push_back({person.id, false, other.given_name, other.family_name});
  }
  Copy(transaction_, "person_names",
       {"person_id", "is_current", "given_name", "family_name", "given_key", "family_key"}, names,
       [](const Name& name) {
         return std::make_tuple(name.person_id, name.current, name.given, name.family,
                                domain::PhoneticKey(name.given), domain::PhoneticKey(name.family));
       });
  Copy(transaction_, "household_members", {"household_id", "person_id", "from_date", "to_date"},
       records.members, [](const domain::HouseholdMember& member) {
         return std::make_tuple(member.household_id, member.person_id,
                                domain::FormatDate(member.from), DateParameter(member.to));
       });
  std::set<std::int64_t> decided;
  for (const auto& decision : records.decisions) decided.insert(decision.contact_id);
  Copy(transaction_, "contacts",
       {"id", "reference", "received_at", "method", "referrer_name", "referrer_role",
        "referrer_agency", "referrer_contact_details", "referrer_relationship", "source", "concern",
        "family_knows", "family_agreement", "urgency", "recorded_by", "recorded_at",
        "referral_date", "language_warnings", "awaiting_decision"},
       records.contacts, [&](const domain::Contact& contact) {
         return std::make_tuple(
             contact.id, contact.reference, domain::FormatTimestamp(contact.received_at),
             std::string(domain::ContactMethodCode(contact.method)), contact.referrer.name,
             contact.referrer.role, contact.referrer.agency, contact.referrer.contact_details,
             contact.referrer.relationship, contact.source, contact.concern, contact.family_knows,
             std::string(domain::FamilyAgreementCode(contact.family_agreement)),
             std::string(domain::ReferrerUrgencyCode(contact.urgency)), contact.recorded_by,
             domain::FormatTimestamp(contact.recorded_at), DateParameter(contact.referral_date),
             EncodeLanguageWarnings(contact.language_warnings), !decided.contains(contact.id));
       });
  struct ContactPerson {
    std::int64_t contact_id;
    std::int64_t person_id;
    const char* role;
  };
  std::vector<ContactPerson> contact_people;
  for (const auto& contact : records.contacts) {
    std::set<std::int64_t> named;  // as AddContact: a person is on a contact once
    for (std::int64_t child : contact.children)
      if (named.insert(child).second) contact_people.push_back({contact.id, child, "child"});
    for (std::int64_t adult : contact.adults)
      if (named.insert(adult).second) contact_people.push_back({contact.id, adult, "adult"});
  }
  Copy(transaction_, "contact_people", {"contact_id", "person_id", "role"}, contact_people,
       [](const ContactPerson& link) {
         return std::make_tuple(link.contact_id, link.person_id, std::string(link.role));
       });
  Copy(transaction_, "mash_checks",
       {"contact_id", "agency", "requested_by", "due_at", "answered_at", "body"}, records.checks,
       [](const domain::MashCheck& check) {
         return std::make_tuple(check.contact_id, check.agency, check.requested_by,
                                domain::FormatTimestamp(check.due_at),
                                TimestampParameter(check.answered_at), EncodeCheck(check));
       });
  Copy(transaction_, "decisions",
       {"contact_id", "decided_at", "is_override", "consent_closure", "body"}, records.decisions,
       [](const domain::Decision& decision) {
         return std::make_tuple(decision.contact_id, domain::FormatTimestamp(decision.decided_at),
                                decision.is_override, decision.consent_closure,
                                EncodeDecision(decision));
       });
  Copy(transaction_, "allocations", {"contact_id", "person_id", "worker", "team", "body"},
       records.allocations, [](const domain::Allocation& allocation) {
         return std::make_tuple(allocation.contact_id, allocation.person_id, allocation.worker,
                                allocation.team, EncodeAllocation(allocation));
       });
}

}  // namespace frontdoor::store
