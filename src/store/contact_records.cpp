// src/store/contact_records.cpp — contacts' statements and row mapper, for both databases.
#include "store/contact_records.hpp"

#include <map>

#include "store/language_warning_rows.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

constexpr std::string_view kWarnings = "contact_language_warnings";

const std::vector<std::string_view> kContactColumns = {"reference",
                                                       "received_at",
                                                       "method",
                                                       "referrer_name",
                                                       "referrer_role",
                                                       "referrer_agency",
                                                       "referrer_contact_details",
                                                       "referrer_relationship",
                                                       "source",
                                                       "concern",
                                                       "family_knows",
                                                       "family_agreement",
                                                       "urgency",
                                                       "recorded_by",
                                                       "recorded_at",
                                                       "referral_date",
                                                       "awaiting_decision"};

constexpr const char* kSelectContact =
    "SELECT c.id, c.reference, c.received_at, c.method, c.referrer_name, c.referrer_role, "
    "c.referrer_agency, c.referrer_contact_details, c.referrer_relationship, c.source, c.concern, "
    "c.family_knows, c.family_agreement, c.urgency, c.recorded_by, c.recorded_at, "
    "c.referral_date FROM contacts c ";

//! The values of kContactColumns; the reference is NULL until the id is known.
std::vector<SqlValue> ContactValues(const domain::Contact& contact, bool awaiting_decision) {
  return {contact.reference.empty() ? SqlValue(nullptr) : SqlValue(contact.reference),
          contact.received_at,
          domain::kContactMethods.Code(contact.method),
          contact.referrer.name,
          contact.referrer.role,
          contact.referrer.agency,
          contact.referrer.contact_details,
          contact.referrer.relationship,
          contact.source,
          contact.concern,
          contact.family_knows,
          domain::kFamilyAgreements.Code(contact.family_agreement),
          domain::kReferrerUrgencies.Code(contact.urgency),
          contact.recorded_by,
          contact.recorded_at,
          contact.referral_date,
          awaiting_decision};
}

//! The rows of contact_people: a person is on a contact once, as a child or as an adult.
void AppendPeopleRows(std::vector<std::vector<SqlValue>>& rows, const domain::Contact& contact,
                      std::int64_t id) {
  std::set<std::int64_t> named;
  for (std::int64_t child : contact.children)
    if (named.insert(child).second) rows.push_back({id, child, "child"});
  for (std::int64_t adult : contact.adults)
    if (named.insert(adult).second) rows.push_back({id, adult, "adult"});
}

domain::Contact ReadContact(const SqlRow& row) {
  domain::Contact contact;
  contact.id = row.Int(0);
  contact.reference = row.Text(1);
  contact.received_at = row.Time(2);
  contact.method =
      domain::kContactMethods.Parse(row.Text(3)).value_or(domain::ContactMethod::kPhone);
  contact.referrer = {row.Text(4), row.Text(5), row.Text(6), row.Text(7), row.Text(8)};
  contact.source = row.Text(9);
  contact.concern = row.Text(10);
  contact.family_knows = row.Text(11);
  contact.family_agreement =
      domain::kFamilyAgreements.Parse(row.Text(12)).value_or(domain::FamilyAgreement::kNotAsked);
  contact.urgency =
      domain::kReferrerUrgencies.Parse(row.Text(13)).value_or(domain::ReferrerUrgency::kSoon);
  contact.recorded_by = row.Text(14);
  contact.recorded_at = row.Time(15);
  contact.referral_date = row.OptionalDate(16);
  return contact;
}

const std::vector<std::string_view> kPeopleColumns = {"contact_id", "person_id", "role"};

}  // namespace

std::int64_t ContactRecords::Add(const domain::Contact& contact) {
  const std::int64_t id = sql_.Insert(
      InsertStatement("contacts", kContactColumns) + " RETURNING id", ContactValues(contact, true));
  std::vector<std::vector<SqlValue>> people;
  AppendPeopleRows(people, contact, id);
  sql_.BulkInsert("contact_people", kPeopleColumns, people);
  AddLanguageWarnings(sql_, kWarnings, id, contact.language_warnings);
  return id;
}

void ContactRecords::AddMany(const std::vector<domain::Contact>& contacts,
                             const std::set<std::int64_t>& decided) {
  std::vector<std::string_view> columns = {"id"};
  columns.insert(columns.end(), kContactColumns.begin(), kContactColumns.end());
  std::vector<std::vector<SqlValue>> rows, people;
  std::vector<std::pair<std::int64_t, const WarningsByField*>> warnings;
  for (const auto& contact : contacts) {
    rows.push_back({contact.id});
    for (auto& value : ContactValues(contact, !decided.contains(contact.id)))
      rows.back().push_back(std::move(value));
    AppendPeopleRows(people, contact, contact.id);
    warnings.push_back({contact.id, &contact.language_warnings});
  }
  sql_.BulkInsert("contacts", columns, rows);
  sql_.BulkInsert("contact_people", kPeopleColumns, people);
  AddLanguageWarnings(sql_, kWarnings, warnings);
}

void ContactRecords::SetReference(std::int64_t id, std::string_view reference) {
  sql_.Execute("UPDATE contacts SET reference = ? WHERE id = ?", {reference, id});
}

std::optional<domain::Contact> ContactRecords::Find(std::int64_t id) {
  auto found =
      Completed(sql_.All(std::string(kSelectContact) + "WHERE c.id = ?", {id}, ReadContact));
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<domain::Contact> ContactRecords::About(std::int64_t person_id) {
  return Completed(sql_.All(std::string(kSelectContact) +
                                "JOIN contact_people p ON p.contact_id = c.id "
                                "WHERE p.person_id = ? ORDER BY c.received_at DESC, c.id DESC",
                            {person_id}, ReadContact));
}

void ContactRecords::Lock(std::int64_t id) {
  sql_.Execute("SELECT 1 FROM contacts WHERE id = ?" + std::string(sql_.ForUpdate()), {id});
}

void ContactRecords::SetReferral(std::int64_t id, const domain::Date& date, bool nfa) {
  sql_.Execute("UPDATE contacts SET referral_date = ?, referral_nfa = ? WHERE id = ?",
               {date, nfa, id});
}

void ContactRecords::SetDecided(std::int64_t id) {
  sql_.Execute("UPDATE contacts SET awaiting_decision = FALSE WHERE id = ?", {id});
}

std::vector<domain::Contact> ContactRecords::AwaitingDecision(
    std::optional<std::string_view> recorded_by, int limit) {
  const std::string where = std::string(kSelectContact) + "WHERE c.awaiting_decision = TRUE ";
  const std::string order = "ORDER BY c.received_at, c.id LIMIT ?";
  return Completed(recorded_by ? sql_.All(where + "AND c.recorded_by = ? " + order,
                                          {*recorded_by, limit}, ReadContact)
                               : sql_.All(where + order, {limit}, ReadContact));
}

std::pair<std::int64_t, std::int64_t> ContactRecords::CountDecided(domain::Timestamp from,
                                                                   domain::Timestamp to) {
  std::pair<std::int64_t, std::int64_t> counts{0, 0};
  sql_.Each(
      "SELECT count(*), count(d.contact_id) FROM contacts c LEFT JOIN decisions d ON "
      "d.contact_id = c.id WHERE c.received_at >= ? AND c.received_at < ?",
      {from, to}, [&](const SqlRow& row) {
        counts = {row.Int(0), row.Int(1)};
      });
  return counts;
}

std::vector<domain::Contact> ContactRecords::Completed(std::vector<domain::Contact> contacts) {
  if (contacts.empty()) return contacts;
  std::map<std::int64_t, domain::Contact*> by_id;
  std::vector<std::int64_t> ids;
  for (auto& contact : contacts) {
    by_id[contact.id] = &contact;
    ids.push_back(contact.id);
  }
  sql_.Each("SELECT contact_id, person_id, role FROM contact_people WHERE " +
                sql_.InIds("contact_id") + " ORDER BY contact_id, person_id",
            {IdList{ids}}, [&](const SqlRow& row) {
              domain::Contact& contact = *by_id.at(row.Int(0));
              (row.Text(2) == "child" ? contact.children : contact.adults).push_back(row.Int(1));
            });
  for (auto& [id, warnings] : LanguageWarningsOf(sql_, kWarnings, ids))
    by_id.at(id)->language_warnings = std::move(warnings);
  return contacts;
}

}  // namespace frontdoor::store
