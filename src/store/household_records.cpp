// src/store/household_records.cpp — households' and relationships' statements and row mappers, for
// both databases.
#include "store/household_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kHouseholdColumns = {"address_line_1", "address_line_2", "town",
                                                         "postcode"};
const std::vector<std::string_view> kMemberColumns = {"household_id", "person_id", "from_date",
                                                      "to_date"};

std::vector<SqlValue> HouseholdValues(const domain::Household& household) {
  return {household.address_line_1, household.address_line_2, household.town, household.postcode};
}

std::vector<SqlValue> MemberValues(const domain::HouseholdMember& member) {
  return {member.household_id, member.person_id, member.from, member.to};
}

domain::Household ReadHousehold(const SqlRow& row) {
  return {row.Int(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4)};
}

}  // namespace

std::int64_t HouseholdRecords::Add(const domain::Household& household) {
  return sql_.Insert(InsertStatement("households", kHouseholdColumns) + " RETURNING id",
                     HouseholdValues(household));
}

void HouseholdRecords::AddMany(const std::vector<domain::Household>& households) {
  std::vector<std::string_view> columns = {"id"};
  columns.insert(columns.end(), kHouseholdColumns.begin(), kHouseholdColumns.end());
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& household : households) {
    rows.push_back({household.id});
    for (auto& value : HouseholdValues(household)) rows.back().push_back(std::move(value));
  }
  sql_.BulkInsert("households", columns, rows);
}

std::optional<domain::Household> HouseholdRecords::Find(std::int64_t id) {
  return sql_.One(
      "SELECT id, address_line_1, address_line_2, town, postcode FROM households WHERE id = ?",
      {id}, ReadHousehold);
}

void HouseholdRecords::AddMember(const domain::HouseholdMember& member) {
  sql_.Execute(InsertStatement("household_members", kMemberColumns), MemberValues(member));
}

void HouseholdRecords::AddMembers(const std::vector<domain::HouseholdMember>& members) {
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& member : members) rows.push_back(MemberValues(member));
  sql_.BulkInsert("household_members", kMemberColumns, rows);
}

std::vector<std::pair<domain::Household, domain::HouseholdMember>> HouseholdRecords::HouseholdsOf(
    std::int64_t person_id) {
  return sql_.All(
      "SELECT h.id, h.address_line_1, h.address_line_2, h.town, h.postcode, m.from_date, "
      "m.to_date FROM household_members m JOIN households h ON h.id = m.household_id "
      "WHERE m.person_id = ? ORDER BY m.from_date DESC",
      {person_id}, [&](const SqlRow& row) {
        return std::pair{
            ReadHousehold(row),
            domain::HouseholdMember{row.Int(0), person_id, row.Date(5), row.OptionalDate(6)}};
      });
}

std::vector<domain::HouseholdMember> HouseholdRecords::MembersOf(std::int64_t household_id) {
  return sql_.All(
      "SELECT person_id, from_date, to_date FROM household_members WHERE household_id = ? "
      "ORDER BY from_date, person_id",
      {household_id}, [&](const SqlRow& row) {
        return domain::HouseholdMember{household_id, row.Int(0), row.Date(1), row.OptionalDate(2)};
      });
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
      {person_id}, [](const SqlRow& row) {
        return domain::Relationship{
            row.Int(0), row.Int(1),
            domain::kRelationships.Parse(row.Text(2)).value_or(domain::RelationshipKind::kOther)};
      });
}

}  // namespace frontdoor::store
