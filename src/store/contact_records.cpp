// src/store/contact_records.cpp — the statements and row mappers of contacts and what is gathered
// for them (consent, checks with partner agencies), for both databases.
#include "store/contact_records.hpp"

#include <map>

#include "store/language_warning_rows.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

constexpr std::string_view kContactWarnings = "contact";  // language warnings found in its words

const std::vector<std::string_view> kContactColumns = ColumnList(
    "reference, received_at, method, referrer_name, referrer_role, referrer_agency, "
    "referrer_contact_details, referrer_relationship, source, concern, family_knows, "
    "family_agreement, urgency, recorded_by, recorded_at, referral_date, awaiting_decision");

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

//! The rows of contact_people (kPeopleColumns): a person is on a contact once, as a child or as
//! an adult. Without the contact's id (the first column) when it is not known yet.
void AppendPeopleRows(std::vector<std::vector<SqlValue>>& rows, const domain::Contact& contact,
                      std::optional<std::int64_t> id) {
  std::set<std::int64_t> named;
  const auto add = [&](std::int64_t person, std::string_view role) {
    if (!named.insert(person).second) return;
    if (id)
      rows.push_back({*id, person, role});
    else
      rows.push_back({person, role});
  };
  for (std::int64_t child : contact.children) add(child, "child");
  for (std::int64_t adult : contact.adults) add(adult, "adult");
}

domain::Contact ReadContact(const SqlRow& row) {
  domain::Contact contact;
  auto& referrer = contact.referrer;
  row.Read(0, contact.id, contact.reference, contact.received_at,
           AsCode(contact.method, domain::kContactMethods), referrer.name, referrer.role,
           referrer.agency, referrer.contact_details, referrer.relationship, contact.source,
           contact.concern, contact.family_knows,
           AsCode(contact.family_agreement, domain::kFamilyAgreements),
           AsCode(contact.urgency, domain::kReferrerUrgencies), contact.recorded_by,
           contact.recorded_at, contact.referral_date);
  return contact;
}

const std::vector<std::string_view> kPeopleColumns = ColumnList("contact_id, person_id, role");
const std::vector<std::string_view> kCheckColumns = ColumnList(
    "contact_id, agency, urgency, question, requested_by, requested_at, due_at, answer, "
    "answered_by, answered_at, relayed_from");

constexpr const char* kSelectCheck =
    "SELECT id, contact_id, agency, urgency, question, requested_by, requested_at, due_at, answer, "
    "answered_by, answered_at, relayed_from FROM mash_checks ";

std::vector<SqlValue> CheckValues(const domain::MashCheck& check) {
  return {check.contact_id,   check.agency,       check.urgency,     check.question,
          check.requested_by, check.requested_at, check.due_at,      check.answer,
          check.answered_by,  check.answered_at,  check.relayed_from};
}

domain::MashCheck ReadCheck(const SqlRow& row) {
  domain::MashCheck check;
  row.Read(0, check.id, check.contact_id, check.agency, check.urgency, check.question,
           check.requested_by, check.requested_at, check.due_at, check.answer, check.answered_by,
           check.answered_at, check.relayed_from);
  return check;
}

domain::CheckAddition ReadCheckAddition(const SqlRow& row) {
  domain::CheckAddition addition;
  row.Read(0, addition.id, addition.check_id, addition.text, addition.relayed_from,
           addition.added_by, addition.added_at);
  return addition;
}

}  // namespace

std::int64_t ContactRecords::Add(const domain::Contact& contact) {
  std::vector<std::vector<SqlValue>> people;
  AppendPeopleRows(people, contact, std::nullopt);
  const std::int64_t id =
      sql_.InsertWithRows(InsertStatement("contacts", kContactColumns) + " RETURNING id",
                          ContactValues(contact, true), "contact_people", kPeopleColumns, people);
  AddLanguageWarnings(sql_, kContactWarnings, id, contact.language_warnings);
  return id;
}

void ContactRecords::AmendConcern(const domain::Contact& contact) {
  sql_.Execute("UPDATE contacts SET concern = ? WHERE id = ?", {contact.concern, contact.id});
  sql_.Execute("DELETE FROM language_warnings WHERE contact_id = ? AND written_in = ?",
               {contact.id, kContactWarnings});
  AddLanguageWarnings(sql_, kContactWarnings, contact.id, contact.language_warnings);
}

void ContactRecords::AddMany(const std::vector<domain::Contact>& contacts,
                             const std::set<std::int64_t>& decided) {
  BulkInsertWithIds(sql_, "contacts", kContactColumns, contacts, [&](const auto& contact) {
    return ContactValues(contact, !decided.contains(contact.id));
  });
  std::vector<std::vector<SqlValue>> people;
  std::vector<std::pair<std::int64_t, const WarningsByField*>> warnings;
  for (const auto& contact : contacts) {
    AppendPeopleRows(people, contact, contact.id);
    warnings.push_back({contact.id, &contact.language_warnings});
  }
  sql_.BulkInsert("contact_people", kPeopleColumns, people);
  AddLanguageWarnings(sql_, kContactWarnings, warnings);
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
  return Completed(sql_.AllWhere(kSelectContact, "c.awaiting_decision = TRUE",
                                 {{"c.recorded_by", recorded_by}}, "c.received_at, c.id", limit,
                                 ReadContact));
}

std::vector<domain::Contact> ContactRecords::ReceivedBetween(domain::Timestamp from,
                                                             domain::Timestamp to) {
  return Completed(sql_.All(std::string(kSelectContact) +
                                "WHERE c.received_at >= ? AND c.received_at < ? "
                                "ORDER BY c.received_at, c.id",
                            {from, to}, ReadContact));
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
  const RecordsById by_id(contacts, &domain::Contact::id);
  sql_.EachAbout(
      by_id.Ids(), "SELECT contact_id, person_id, role FROM contact_people ",
      "contact_id, person_id", [&](const SqlRow& row) {
        domain::Contact& contact = by_id[row.Int(0)];
        (row.Text(2) == "child" ? contact.children : contact.adults).push_back(row.Int(1));
      });
  FillLanguageWarnings(sql_, kContactWarnings, by_id);
  return contacts;
}

std::int64_t ConsentRecords::Add(const domain::ConsentRecord& consent) {
  return sql_.Insert(
      "INSERT INTO consents (contact_id, kind, status, given_by, how, reason, recorded_by, "
      "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {consent.contact_id, domain::kConsentKinds.Code(consent.kind),
       domain::kConsentStatuses.Code(consent.status), consent.given_by, consent.how, consent.reason,
       consent.recorded_by, consent.recorded_at});
}

std::vector<domain::ConsentRecord> ConsentRecords::ForContacts(
    const std::vector<std::int64_t>& contact_ids) {
  return sql_.AllAbout(
      contact_ids,
      "SELECT id, contact_id, kind, status, given_by, how, reason, recorded_by, recorded_at "
      "FROM consents ",
      "contact_id, id", [](const SqlRow& row) {
        domain::ConsentRecord consent;
        row.Read(0, consent.id, consent.contact_id, AsCode(consent.kind, domain::kConsentKinds),
                 AsCode(consent.status, domain::kConsentStatuses), consent.given_by, consent.how,
                 consent.reason, consent.recorded_by, consent.recorded_at);
        return consent;
      });
}

std::int64_t CheckRecords::Add(const domain::MashCheck& check) {
  return sql_.Insert(InsertStatement("mash_checks", kCheckColumns) + " RETURNING id",
                     CheckValues(check));
}

void CheckRecords::AddMany(const std::vector<domain::MashCheck>& checks) {
  BulkInsertRecords(sql_, "mash_checks", kCheckColumns, checks, CheckValues);
}

std::vector<domain::MashCheck> CheckRecords::WithAdditions(std::vector<domain::MashCheck> checks) {
  std::vector<std::int64_t> answered;
  std::map<std::int64_t, domain::MashCheck*> by_id;
  for (auto& check : checks) {
    if (!check.Answered()) continue;  // only an answer is added to
    answered.push_back(check.id);
    by_id[check.id] = &check;
  }
  if (answered.empty()) return checks;
  sql_.Each(
      "SELECT id, check_id, text, relayed_from, added_by, added_at FROM check_additions WHERE " +
          sql_.InIds("check_id") + " ORDER BY check_id, id",
      {IdList{answered}}, [&](const SqlRow& row) {
        auto addition = ReadCheckAddition(row);
        by_id.at(addition.check_id)->additions.push_back(std::move(addition));
      });
  return checks;
}

std::optional<domain::MashCheck> CheckRecords::Find(std::int64_t id) {
  auto check = sql_.One(std::string(kSelectCheck) + "WHERE id = ?", {id}, ReadCheck);
  if (!check) return check;
  return std::move(WithAdditions({std::move(*check)}).front());
}

std::int64_t CheckRecords::AddAddition(const domain::CheckAddition& addition) {
  return sql_.Insert(
      "INSERT INTO check_additions (check_id, text, relayed_from, added_by, added_at) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {addition.check_id, addition.text, addition.relayed_from, addition.added_by,
       addition.added_at});
}

bool CheckRecords::Answer(const domain::MashCheck& check) {
  if (!check.answered_at) throw StoreError("an answer needs the time it was given");
  // The first answer stands.
  return sql_.UpdateFirstTime(
      "UPDATE mash_checks SET answer = ?, answered_by = ?, answered_at = ?, relayed_from = ? "
      "WHERE id = ? AND answered_at IS NULL",
      {check.answer, check.answered_by, check.answered_at, check.relayed_from, check.id});
}

std::vector<domain::MashCheck> CheckRecords::ForContacts(
    const std::vector<std::int64_t>& contact_ids) {
  return WithAdditions(sql_.AllAbout(contact_ids, kSelectCheck, "contact_id, id", ReadCheck));
}

std::vector<domain::MashCheck> CheckRecords::Open(std::optional<std::string_view> agency,
                                                  std::optional<std::string_view> requested_by,
                                                  int limit) {
  return sql_.AllWhere(kSelectCheck, "answered_at IS NULL",
                       {{"agency", agency}, {"requested_by", requested_by}}, "due_at, id", limit,
                       ReadCheck);
}

std::vector<domain::MashCheck> CheckRecords::AnsweredSince(std::string_view agency,
                                                           domain::Timestamp since, int limit) {
  return WithAdditions(
      sql_.All(std::string(kSelectCheck) +
                   "WHERE agency = ? AND answered_at >= ? ORDER BY answered_at DESC, id DESC "
                   "LIMIT ?",
               {std::string(agency), since, limit}, ReadCheck));
}

void CheckRecords::AddNotNeeded(const domain::ChecksNotNeeded& record) {
  sql_.Execute(
      "INSERT INTO checks_not_needed (contact_id, reason, recorded_by, recorded_at) "
      "VALUES (?, ?, ?, ?)",
      {record.contact_id, record.reason, record.recorded_by, record.recorded_at});
}

std::vector<domain::ChecksNotNeeded> CheckRecords::NotNeededFor(
    const std::vector<std::int64_t>& contact_ids) {
  return sql_.AllAbout(
      contact_ids, "SELECT contact_id, reason, recorded_by, recorded_at FROM checks_not_needed ",
      "contact_id", [](const SqlRow& row) {
        domain::ChecksNotNeeded record;
        row.Read(0, record.contact_id, record.reason, record.recorded_by, record.recorded_at);
        return record;
      });
}

}  // namespace frontdoor::store
