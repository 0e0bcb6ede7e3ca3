// src/store/people_records.cpp — people's, households' and restrictions' statements and row
// mappers, for both databases.
#include "store/people_records.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "domain/name_matching.hpp"
#include "domain/text.hpp"
#include "domain/whole_number.hpp"
#include "store/person_search_rows.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kPersonColumns = ColumnList(
    "given_name, family_name, date_of_birth, created_at, expected_date_of_birth, sex, "
    "ethnicity, disabilities, nhs_number, upn, date_of_death, upn_unknown, former_upn");
const std::vector<std::string_view> kNameColumns =
    ColumnList("person_id, is_current, given_name, family_name, given_key, family_key");
const std::vector<std::string_view> kHouseholdColumns =
    ColumnList("address_line_1, address_line_2, town, postcode");
const std::vector<std::string_view> kMemberColumns =
    ColumnList("household_id, person_id, from_date, to_date");

// What a search compares of a person: names, date of birth, identifiers and any merge.
constexpr const char* kSelectSearchRow =
    "SELECT id, given_name, family_name, date_of_birth, nhs_number, upn, merged_into FROM people ";

domain::Person ReadSearchRow(const SqlRow& row) {
  domain::Person person;
  row.Read(0, person.id, person.given_name, person.family_name, person.date_of_birth,
           person.nhs_number, person.upn, person.merged_into);
  return person;
}

const std::string kPersonFields =
    "p.id, p.given_name, p.family_name, p.date_of_birth, p.created_at, p.expected_date_of_birth, "
    "p.sex, p.ethnicity, p.disabilities, p.nhs_number, p.upn, p.merged_into, p.date_of_death, "
    "p.upn_unknown, p.former_upn ";
constexpr int kPersonFieldCount = 15;
const std::string kSelectPerson = "SELECT " + kPersonFields + "FROM people p ";
// Each person with each of their other names (none: one row with empty name columns), so a
// person and their other names are one read.
const std::string kSelectPersonWithOtherNames =
    "SELECT " + kPersonFields +
    ", n.given_name, n.family_name FROM people p LEFT JOIN person_names n ON n.person_id = p.id "
    "AND n.is_current = FALSE ";

std::vector<SqlValue> PersonValues(const domain::Person& person) {
  return {person.given_name,
          person.family_name,
          person.date_of_birth,
          person.created_at,
          person.expected_date_of_birth,
          domain::kSexes.Code(person.sex),
          person.ethnicity,
          domain::JoinWords(person.disabilities),
          person.nhs_number,
          person.upn,
          person.date_of_death,
          person.upn_unknown,
          person.former_upn};
}

//! The rows of person_names: the current name, then each other name, with sound-alike keys.
std::vector<std::vector<SqlValue>> NameRows(const domain::Person& person, std::int64_t id) {
  std::vector<std::vector<SqlValue>> rows;
  const auto add = [&](const std::string& given, const std::string& family, bool current) {
    rows.push_back(
        {id, current, given, family, domain::PhoneticKey(given), domain::PhoneticKey(family)});
  };
  add(person.given_name, person.family_name, true);
  for (const auto& other : person.other_names) add(other.given_name, other.family_name, false);
  return rows;
}

domain::Person ReadPerson(const SqlRow& row) {
  domain::Person person;
  std::string disabilities;
  row.Read(0, person.id, person.given_name, person.family_name, person.date_of_birth,
           person.created_at, person.expected_date_of_birth, AsCode(person.sex, domain::kSexes),
           person.ethnicity, disabilities, person.nhs_number, person.upn, person.merged_into,
           person.date_of_death, person.upn_unknown, person.former_upn);
  person.disabilities = domain::SplitWords(disabilities);  // census codes: "MOB HAND"
  return person;
}

std::vector<SqlValue> HouseholdValues(const domain::Household& household) {
  return {household.address_line_1, household.address_line_2, household.town, household.postcode};
}

std::vector<SqlValue> MemberValues(const domain::HouseholdMember& member) {
  return {member.household_id, member.person_id, member.from, member.to};
}

domain::Household ReadHousehold(const SqlRow& row) {
  domain::Household household;
  row.Read(0, household.id, household.address_line_1, household.address_line_2, household.town,
           household.postcode);
  return household;
}

// A membership's columns, from household_members m.
constexpr const char* kMemberColumnsSelected =
    "m.household_id, m.person_id, m.from_date, m.to_date";

domain::HouseholdMember ReadMember(const SqlRow& row, int first) {
  domain::HouseholdMember member;
  row.Read(first, member.household_id, member.person_id, member.from, member.to);
  return member;
}

domain::Relationship ReadRelationship(const SqlRow& row) {
  domain::Relationship relationship;
  row.Read(0, relationship.person_id, relationship.related_person_id,
           AsCode(relationship.kind, domain::kRelationships));
  return relationship;
}

domain::Restriction ReadRestriction(const SqlRow& row) {
  domain::Restriction restriction;
  row.Read(0, restriction.person_id, restriction.reason, restriction.restricted_by,
           restriction.restricted_at);
  return restriction;
}

constexpr const char* kSelectBreakGlass =
    "SELECT b.id, b.person_id, b.user_id, u.username, b.reason, b.at, b.reviewed_at, "
    "b.reviewed_by FROM break_glass b JOIN users u ON u.id = b.user_id ";

domain::BreakGlass ReadBreakGlass(const SqlRow& row) {
  domain::BreakGlass opening;
  row.Read(0, opening.id, opening.person_id, opening.user_id, opening.username, opening.reason,
           opening.at, opening.reviewed_at, opening.reviewed_by);
  return opening;
}

// One query per index; the value is the first parameter, the limit the second.
constexpr std::array<std::pair<PersonIndex, std::string_view>, 6> kPersonIndexQueries = {{
    {PersonIndex::kGivenNameKey, "SELECT person_id FROM person_names WHERE given_key = ?"},
    // The repeated condition lets both databases use the partial index (a bound value proves
    // nothing about itself to the planner).
    {PersonIndex::kNhsNumber, "SELECT id FROM people WHERE nhs_number = ? AND nhs_number <> ''"},
    {PersonIndex::kUpn, "SELECT id FROM people WHERE upn = ? AND upn <> ''"},
    {PersonIndex::kFormerUpn, "SELECT id FROM people WHERE former_upn = ? AND former_upn <> ''"},
    {PersonIndex::kId, "SELECT id FROM people WHERE id = ?"},
    {PersonIndex::kPostcode,
     "SELECT m.person_id FROM households h JOIN household_members m ON m.household_id = h.id "
     "WHERE h.postcode = ?"},
}};

std::string PersonIndexQuery(PersonIndex index) {
  for (const auto& [each, query] : kPersonIndexQueries) {
    if (each == index) return std::string(query);
  }
  return "SELECT id FROM people WHERE id = ? AND FALSE";
}

}  // namespace

std::int64_t PeopleRecords::Add(const domain::Person& person) {
  const std::int64_t id = sql_.Insert(InsertStatement("people", kPersonColumns) + " RETURNING id",
                                      PersonValues(person));
  sql_.BulkInsert("person_names", kNameColumns, NameRows(person, id));
  RefreshSearchRows(sql_, {id});
  return id;
}

void PeopleRecords::Update(const domain::Person& person) {
  std::string assignments;
  for (const auto column : kPersonColumns) {
    if (column == "created_at") continue;
    assignments += (assignments.empty() ? "" : ", ") + std::string(column) + " = ?";
  }
  auto values = PersonValues(person);
  values.erase(values.begin() + 3);  // created_at stays
  values.emplace_back(person.id);
  sql_.Execute("UPDATE people SET " + assignments + " WHERE id = ?", values);
  sql_.Execute("DELETE FROM person_names WHERE person_id = ?", {person.id});
  sql_.BulkInsert("person_names", kNameColumns, NameRows(person, person.id));
  RefreshSearchRows(sql_, {person.id});
}

void PeopleRecords::AddMany(const std::vector<domain::Person>& people) {
  BulkInsertWithIds(sql_, "people", kPersonColumns, people, PersonValues);
  std::vector<std::vector<SqlValue>> names;
  std::vector<std::int64_t> ids;
  for (const auto& person : people) {
    for (auto& name : NameRows(person, person.id)) names.push_back(std::move(name));
    ids.push_back(person.id);
  }
  sql_.BulkInsert("person_names", kNameColumns, names);
  RefreshSearchRows(sql_, ids);
}

std::optional<domain::Person> PeopleRecords::Find(std::int64_t id) {
  auto found = FindMany({id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<domain::Person> PeopleRecords::FindMany(const std::vector<std::int64_t>& ids) {
  std::vector<domain::Person> people;
  sql_.Each(kSelectPersonWithOtherNames + "WHERE " + sql_.InIds("p.id") +
                " ORDER BY p.id, n.family_name, n.given_name",
            {IdList{ids}}, [&](const SqlRow& row) {
              if (people.empty() || people.back().id != row.Int(0))
                people.push_back(ReadPerson(row));
              if (!row.IsNull(kPersonFieldCount))
                people.back().other_names.push_back(
                    {row.Text(kPersonFieldCount), row.Text(kPersonFieldCount + 1)});
            });
  return people;
}

std::vector<domain::Person> PeopleRecords::FindSearchRows(const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return {};  // a search that read every row while gathering: no round trip
  return sql_.All(std::string(kSelectSearchRow) + "WHERE " + sql_.InIds("id") + " ORDER BY id",
                  {IdList{ids}}, ReadSearchRow);
}

std::vector<domain::Person> PeopleRecords::BornOn(const domain::Date& date, int limit) {
  return sql_.All(std::string(kSelectSearchRow) + "WHERE date_of_birth = ? ORDER BY id LIMIT ?",
                  {date, limit}, ReadSearchRow);
}

std::vector<domain::Person> PeopleRecords::BornOnAny(const std::vector<domain::Date>& dates) {
  std::vector<domain::Person> people;
  sql_.EachIn(kSelectPerson + "WHERE ", "date_of_birth", " ORDER BY date_of_birth, id", {},
              std::vector<SqlValue>(dates.begin(), dates.end()),
              [&](const SqlRow& row) { people.push_back(ReadPerson(row)); });
  return people;
}

void PeopleRecords::AddOtherNames(std::vector<domain::Person>& people) {
  if (people.empty()) return;
  std::vector<std::int64_t> ids;
  for (const auto& person : people) ids.push_back(person.id);
  // Other names are few: their own small index answers without reading every current name.
  sql_.Each("SELECT person_id, given_name, family_name FROM person_names WHERE " +
                sql_.InIds("person_id") +
                " AND is_current = FALSE ORDER BY person_id, family_name, given_name",
            {IdList{ids}}, [&](const SqlRow& row) {
              const std::int64_t id = row.Int(0);
              const auto person =
                  std::lower_bound(people.begin(), people.end(), id,
                                   [](const auto& one, std::int64_t key) { return one.id < key; });
              if (person != people.end() && person->id == id)
                person->other_names.push_back({row.Text(1), row.Text(2)});
            });
}

void PeopleRecords::Lock(std::int64_t id) {
  sql_.Execute("SELECT 1 FROM people WHERE id = ?" + std::string(sql_.ForUpdate()), {id});
}

void PeopleRecords::SetMergedInto(std::int64_t id, std::optional<std::int64_t> into) {
  sql_.Execute("UPDATE people SET merged_into = ? WHERE id = ?", {into, id});
  RefreshSearchRows(sql_, {id});
}

std::vector<std::int64_t> PeopleRecords::MergedInto(std::int64_t id) {
  return sql_.All("SELECT id FROM people WHERE merged_into = ? ORDER BY id", {id},
                  [](const SqlRow& row) { return row.Int(0); });
}

std::vector<std::pair<std::int64_t, std::int64_t>> PeopleRecords::Merges() {
  return sql_.All("SELECT id, merged_into FROM people WHERE merged_into IS NOT NULL ORDER BY id",
                  {}, [](const SqlRow& row) {
                    return std::pair{row.Int(0), row.Int(1)};
                  });
}

std::vector<std::int64_t> PeopleRecords::ByIndex(PersonIndex index, std::string_view value,
                                                 int limit) {
  const std::string statement = PersonIndexQuery(index) + " ORDER BY 1 LIMIT ?";
  const auto id = [](const SqlRow& row) { return row.Int(0); };
  if (index == PersonIndex::kId) {
    const auto person_id = domain::WholeNumberIn<std::int64_t>(value);
    if (!person_id) return {};
    return sql_.All(statement, {*person_id, limit}, id);
  }
  return sql_.All(statement, {value, limit}, id);
}

std::vector<domain::SearchCandidate> PeopleRecords::ByNameKeys(std::string_view family_key,
                                                               std::string_view given_key,
                                                               int limit) {
  return SearchRowsByNameKeys(sql_, family_key, given_key, limit);
}

std::vector<domain::SearchCandidate> PeopleRecords::ByFamilyKey(std::string_view family_key,
                                                                int limit) {
  return SearchRowsByFamilyKey(sql_, family_key, limit);
}

std::vector<std::int64_t> PeopleRecords::ByNameKeysButFirstLetter(std::string_view family_key,
                                                                  std::string_view given_key,
                                                                  int limit) {
  // Written as the indexes are, so both databases use them. A key of one letter has nothing left
  // to agree on.
  std::string statement;
  std::vector<SqlValue> values;
  const auto mistyped = [&](std::string_view wrong, std::string_view right,
                            const char* wrong_column, const char* right_column) {
    if (wrong.size() < 2) return;
    statement += std::string(statement.empty() ? "" : " UNION ALL ") +
                 "SELECT person_id FROM (SELECT person_id FROM person_names WHERE substr(" +
                 wrong_column + ", 2) = ? AND " + right_column + " = ? LIMIT ?) " + wrong_column;
    values.insert(values.end(), {wrong.substr(1), right, limit});
  };
  mistyped(family_key, given_key, "family_key", "given_key");
  mistyped(given_key, family_key, "given_key", "family_key");
  if (statement.empty()) return {};
  return sql_.All(statement, values, [](const SqlRow& row) { return row.Int(0); });
}

PeopleRecords::NameCounts PeopleRecords::CountNames(std::string_view family_key,
                                                    std::string_view given_key) {
  // Counted up to kNameCountCap only, so a common name costs no more to count than a rare one.
  return sql_
      .One(
          "SELECT (SELECT count(*) FROM (SELECT 1 FROM person_names WHERE family_key = ? LIMIT ?) "
          "family), (SELECT count(*) FROM (SELECT 1 FROM person_names WHERE given_key = ? LIMIT "
          "?) given), (SELECT coalesce(max(id), 0) FROM people)",
          {family_key, kNameCountCap, given_key, kNameCountCap},
          [](const SqlRow& row) {
            return NameCounts{row.Int(0), row.Int(1), row.Int(2)};
          })
      .value_or(NameCounts{});
}

std::int64_t PeopleRecords::SearchRowsOutOfStep() {
  return store::SearchRowsOutOfStep(sql_);
}

std::int64_t HouseholdRecords::Add(const domain::Household& household) {
  return sql_.Insert(InsertStatement("households", kHouseholdColumns) + " RETURNING id",
                     HouseholdValues(household));
}

void HouseholdRecords::AddMany(const std::vector<domain::Household>& households) {
  BulkInsertWithIds(sql_, "households", kHouseholdColumns, households, HouseholdValues);
}

std::optional<domain::Household> HouseholdRecords::Find(std::int64_t id) {
  return sql_.One(
      "SELECT id, address_line_1, address_line_2, town, postcode FROM households WHERE id = ?",
      {id}, ReadHousehold);
}

void HouseholdRecords::AddMember(const domain::HouseholdMember& member) {
  sql_.Execute(InsertStatement("household_members", kMemberColumns), MemberValues(member));
  RefreshSearchPostcodes(sql_, {member.person_id});
}

void HouseholdRecords::AddMembers(const std::vector<domain::HouseholdMember>& members) {
  BulkInsertRecords(sql_, "household_members", kMemberColumns, members, MemberValues);
  std::vector<std::int64_t> people;
  for (const auto& member : members) people.push_back(member.person_id);
  std::sort(people.begin(), people.end());
  people.erase(std::unique(people.begin(), people.end()), people.end());
  RefreshSearchPostcodes(sql_, people);
}

bool HouseholdRecords::EndMembership(std::int64_t household_id, std::int64_t person_id,
                                     const domain::Date& moved_out) {
  return sql_.Execute(
             "UPDATE household_members SET to_date = ? "
             "WHERE household_id = ? AND person_id = ? AND to_date IS NULL",
             {moved_out, household_id, person_id}) > 0;
}

std::vector<std::pair<domain::Household, domain::HouseholdMember>> HouseholdRecords::HouseholdsOf(
    std::int64_t person_id) {
  return sql_.All("SELECT h.id, h.address_line_1, h.address_line_2, h.town, h.postcode, " +
                      std::string(kMemberColumnsSelected) +
                      " FROM household_members m JOIN households h ON h.id = m.household_id "
                      "WHERE m.person_id = ? ORDER BY (m.to_date IS NULL) DESC, m.from_date DESC",
                  {person_id}, [](const SqlRow& row) {
                    return std::pair{ReadHousehold(row), ReadMember(row, 5)};
                  });
}

std::map<std::int64_t, std::vector<std::string>> HouseholdRecords::PostcodesOf(
    const std::vector<std::int64_t>& person_ids) {
  std::map<std::int64_t, std::vector<std::string>> postcodes;
  if (person_ids.empty()) return postcodes;
  sql_.Each(
      "SELECT m.person_id, h.postcode FROM household_members m JOIN households h ON h.id = "
      "m.household_id WHERE " +
          sql_.InIds("m.person_id") + " ORDER BY m.person_id, m.from_date DESC",
      {IdList{person_ids}},
      [&](const SqlRow& row) { postcodes[row.Int(0)].push_back(row.Text(1)); });
  return postcodes;
}

std::vector<domain::HouseholdMember> HouseholdRecords::MembersOf(std::int64_t household_id) {
  return sql_.All("SELECT " + std::string(kMemberColumnsSelected) +
                      " FROM household_members m WHERE m.household_id = ? "
                      "ORDER BY m.from_date, m.person_id",
                  {household_id}, [](const SqlRow& row) { return ReadMember(row, 0); });
}

void HouseholdRecords::AddRelationship(const domain::Relationship& relationship) {
  sql_.Execute(
      "INSERT INTO relationships (person_id, related_person_id, kind) VALUES (?, ?, ?) "
      "ON CONFLICT (person_id, related_person_id) DO UPDATE SET kind = excluded.kind",
      {relationship.person_id, relationship.related_person_id,
       domain::kRelationships.Code(relationship.kind)});
}

std::vector<domain::Relationship> HouseholdRecords::RelationshipsOf(std::int64_t person_id) {
  return sql_.All(
      "SELECT person_id, related_person_id, kind FROM relationships WHERE person_id = ? "
      "ORDER BY related_person_id",
      {person_id}, ReadRelationship);
}

void RestrictionRecords::Set(const domain::Restriction& restriction) {
  sql_.Execute("DELETE FROM person_restriction_users WHERE person_id = ?", {restriction.person_id});
  sql_.Execute("DELETE FROM person_restrictions WHERE person_id = ?", {restriction.person_id});
  sql_.Execute(
      "INSERT INTO person_restrictions (person_id, reason, restricted_by, restricted_at) "
      "VALUES (?, ?, ?, ?)",
      {restriction.person_id, restriction.reason, restriction.restricted_by,
       restriction.restricted_at});
  for (std::int64_t user_id : restriction.allowed_user_ids) {
    sql_.Execute(
        "INSERT INTO person_restriction_users (person_id, user_id) VALUES (?, ?) "
        "ON CONFLICT DO NOTHING",
        {restriction.person_id, user_id});
  }
}

std::vector<std::int64_t> RestrictionRecords::RestrictedAmong(
    const std::vector<std::int64_t>& person_ids) {
  if (person_ids.empty()) return {};
  return sql_.All("SELECT person_id FROM person_restrictions WHERE " + sql_.InIds("person_id") +
                      " ORDER BY person_id",
                  {IdList{person_ids}}, [](const SqlRow& row) { return row.Int(0); });
}

std::optional<domain::Restriction> RestrictionRecords::Find(std::int64_t person_id) {
  auto restriction = sql_.One(
      "SELECT person_id, reason, restricted_by, restricted_at FROM person_restrictions "
      "WHERE person_id = ?",
      {person_id}, ReadRestriction);
  if (!restriction) return std::nullopt;
  restriction->allowed_user_ids =
      sql_.All("SELECT user_id FROM person_restriction_users WHERE person_id = ? ORDER BY user_id",
               {person_id}, [](const SqlRow& row) { return row.Int(0); });
  return restriction;
}

std::int64_t RestrictionRecords::AddBreakGlass(const domain::BreakGlass& opening) {
  return sql_.Insert(
      "INSERT INTO break_glass (person_id, user_id, reason, at) VALUES (?, ?, ?, ?) RETURNING id",
      {opening.person_id, opening.user_id, opening.reason, opening.at});
}

std::vector<domain::BreakGlass> RestrictionRecords::BreakGlassFor(std::int64_t person_id,
                                                                  std::int64_t user_id) {
  return sql_.All(std::string(kSelectBreakGlass) +
                      "WHERE b.person_id = ? AND b.user_id = ? ORDER BY b.id DESC LIMIT 20",
                  {person_id, user_id}, ReadBreakGlass);
}

std::vector<domain::BreakGlass> RestrictionRecords::UnreviewedBreakGlass(int limit) {
  return sql_.All(
      std::string(kSelectBreakGlass) + "WHERE b.reviewed_at IS NULL ORDER BY b.id LIMIT ?", {limit},
      ReadBreakGlass);
}

bool RestrictionRecords::MarkReviewed(std::int64_t id, std::string_view reviewer,
                                      domain::Timestamp at) {
  // The first review stands.
  return sql_.UpdateFirstTime(
      "UPDATE break_glass SET reviewed_at = ?, reviewed_by = ? WHERE id = ? AND "
      "reviewed_at IS NULL",
      {at, reviewer, id});
}

}  // namespace frontdoor::store
