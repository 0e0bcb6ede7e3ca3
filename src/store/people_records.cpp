// src/store/people_records.cpp — people's statements and row mapper, for both databases.
#include "store/people_records.hpp"

#include <algorithm>
#include <charconv>

#include "domain/name_matching.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kPersonColumns = {
    "given_name", "family_name", "date_of_birth", "created_at", "expected_date_of_birth",
    "sex",        "ethnicity",   "disabilities",  "nhs_number", "upn"};
const std::vector<std::string_view> kNameColumns = {"person_id",   "is_current", "given_name",
                                                    "family_name", "given_key",  "family_key"};

constexpr const char* kSelectPerson =
    "SELECT id, given_name, family_name, date_of_birth, created_at, expected_date_of_birth, sex, "
    "ethnicity, disabilities, nhs_number, upn, merged_into FROM people ";

//! Disabilities are census codes kept space-separated: "MOB HAND".
std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string text;
  for (const auto& code : codes) text += (text.empty() ? "" : " ") + code;
  return text;
}

std::vector<std::string> SplitCodes(std::string_view text) {
  std::vector<std::string> codes;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    if (space != 0) codes.emplace_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  return codes;
}

std::vector<SqlValue> PersonValues(const domain::Person& person) {
  return {person.given_name,
          person.family_name,
          person.date_of_birth,
          person.created_at,
          person.expected_date_of_birth,
          domain::kSexes.Code(person.sex),
          person.ethnicity,
          JoinCodes(person.disabilities),
          person.nhs_number,
          person.upn};
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
  person.id = row.Int(0);
  person.given_name = row.Text(1);
  person.family_name = row.Text(2);
  person.date_of_birth = row.OptionalDate(3);
  person.created_at = row.Time(4);
  person.expected_date_of_birth = row.OptionalDate(5);
  person.sex = domain::kSexes.Parse(row.Text(6)).value_or(domain::Sex::kUnknown);
  person.ethnicity = row.Text(7);
  person.disabilities = SplitCodes(row.Text(8));
  person.nhs_number = row.Text(9);
  person.upn = row.Text(10);
  person.merged_into = row.OptionalInt(11);
  return person;
}

// One query per index; the value is the first parameter, the limit the second.
std::string PersonIndexQuery(PersonIndex index) {
  switch (index) {
    case PersonIndex::kFamilyNameKey:
      return "SELECT person_id FROM person_names WHERE family_key = ?";
    case PersonIndex::kGivenNameKey:
      return "SELECT person_id FROM person_names WHERE given_key = ?";
    case PersonIndex::kDateOfBirth:
      return "SELECT id FROM people WHERE date_of_birth = ?";
    case PersonIndex::kNhsNumber:
      return "SELECT id FROM people WHERE nhs_number = ?";
    case PersonIndex::kUpn:
      return "SELECT id FROM people WHERE upn = ?";
    case PersonIndex::kId:
      return "SELECT id FROM people WHERE id = ?";
    case PersonIndex::kPostcode:
      return "SELECT m.person_id FROM households h JOIN household_members m ON m.household_id = "
             "h.id WHERE h.postcode = ?";
  }
  return "SELECT id FROM people WHERE id = ? AND FALSE";
}

}  // namespace

std::int64_t PeopleRecords::Add(const domain::Person& person) {
  const std::int64_t id = sql_.Insert(InsertStatement("people", kPersonColumns) + " RETURNING id",
                                      PersonValues(person));
  sql_.BulkInsert("person_names", kNameColumns, NameRows(person, id));
  return id;
}

void PeopleRecords::AddMany(const std::vector<domain::Person>& people) {
  std::vector<std::string_view> columns = {"id"};
  columns.insert(columns.end(), kPersonColumns.begin(), kPersonColumns.end());
  std::vector<std::vector<SqlValue>> rows, names;
  for (const auto& person : people) {
    rows.push_back({person.id});
    auto values = PersonValues(person);
    std::move(values.begin(), values.end(), std::back_inserter(rows.back()));
    for (auto& name : NameRows(person, person.id)) names.push_back(std::move(name));
  }
  sql_.BulkInsert("people", columns, rows);
  sql_.BulkInsert("person_names", kNameColumns, names);
}

std::optional<domain::Person> PeopleRecords::Find(std::int64_t id) {
  auto found = FindMany({id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<domain::Person> PeopleRecords::FindMany(const std::vector<std::int64_t>& ids) {
  auto people = sql_.All(std::string(kSelectPerson) + "WHERE " + sql_.InIds("id") + " ORDER BY id",
                         {IdList{ids}}, ReadPerson);
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
  return people;
}

void PeopleRecords::Lock(std::int64_t id) {
  sql_.Execute("SELECT 1 FROM people WHERE id = ?" + std::string(sql_.ForUpdate()), {id});
}

void PeopleRecords::SetMergedInto(std::int64_t id, std::optional<std::int64_t> into) {
  sql_.Execute("UPDATE people SET merged_into = ? WHERE id = ?", {into, id});
}

std::vector<std::int64_t> PeopleRecords::MergedInto(std::int64_t id) {
  return sql_.All("SELECT id FROM people WHERE merged_into = ? ORDER BY id", {id},
                  [](const SqlRow& row) { return row.Int(0); });
}

std::vector<std::int64_t> PeopleRecords::ByIndex(PersonIndex index, std::string_view value,
                                                 int limit) {
  const std::string statement = PersonIndexQuery(index) + " ORDER BY 1 LIMIT ?";
  const auto id = [](const SqlRow& row) { return row.Int(0); };
  if (index == PersonIndex::kId) {
    std::int64_t person_id = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), person_id);
    if (ec != std::errc() || end != value.data() + value.size()) return {};
    return sql_.All(statement, {person_id, limit}, id);
  }
  if (index == PersonIndex::kDateOfBirth) {
    const auto date = domain::ParseDate(value);
    if (!date) return {};
    return sql_.All(statement, {*date, limit}, id);
  }
  return sql_.All(statement, {value, limit}, id);
}

}  // namespace frontdoor::store
