// src/store/person_search_rows.cpp — the search table's statements and row mapper, for both
// databases.
#include "store/person_search_rows.hpp"

#include <algorithm>
#include <string>

namespace frontdoor::store {

namespace {

constexpr const char* kSearchColumns =
    "person_id, family_key, given_key, given_name, family_name, date_of_birth, nhs_number, upn, "
    "merged_into, postcodes";

//! Every postcode person p has lived at, newest first, joined by '|' ('' when none); at most 30,
//! so a row stays within what an index entry can hold.
std::string PostcodesLivedAt(const Sql& sql) {
  return "coalesce((SELECT " + sql.JoinedText("postcode") +
         " FROM (SELECT h.postcode FROM household_members m JOIN households h ON h.id = "
         "m.household_id WHERE m.person_id = p.id ORDER BY m.from_date DESC, m.household_id DESC "
         "LIMIT 30) lived), '')";
}

//! The search rows the records make: one for each of a person's names (n), with their record (p).
std::string SearchRowsFromRecords(const Sql& sql) {
  return "SELECT p.id, n.family_key, n.given_key, p.given_name, p.family_name, p.date_of_birth, "
         "p.nhs_number, p.upn, p.merged_into, " +
         PostcodesLivedAt(sql) + " FROM person_names n JOIN people p ON p.id = n.person_id";
}

// Written as migration 0027's index is, so both databases read the index alone.
constexpr const char* kSelectSearchTableRow =
    "SELECT person_id, given_name, family_name, date_of_birth, nhs_number, upn, merged_into, "
    "postcodes FROM person_search ";

domain::SearchCandidate ReadSearchTableRow(const SqlRow& row) {
  domain::SearchCandidate candidate;
  auto& person = candidate.person;
  std::string postcodes;
  row.Read(0, person.id, person.given_name, person.family_name, person.date_of_birth,
           person.nhs_number, person.upn, person.merged_into, postcodes);
  for (std::size_t start = 0; start < postcodes.size();) {
    const std::size_t end = std::min(postcodes.find('|', start), postcodes.size());
    candidate.postcodes.push_back(postcodes.substr(start, end - start));
    start = end + 1;
  }
  return candidate;
}

}  // namespace

void RefreshSearchRows(Sql& sql, const std::vector<std::int64_t>& person_ids) {
  if (person_ids.empty()) return;
  sql.Execute("DELETE FROM person_search WHERE " + sql.InIds("person_id"), {IdList{person_ids}});
  sql.Execute("INSERT INTO person_search (" + std::string(kSearchColumns) + ") " +
                  SearchRowsFromRecords(sql) + " WHERE " + sql.InIds("p.id"),
              {IdList{person_ids}});
}

void RefreshSearchPostcodes(Sql& sql, const std::vector<std::int64_t>& person_ids) {
  if (person_ids.empty()) return;
  // Written with "p" for the person, as PostcodesLivedAt expects.
  sql.Execute("UPDATE person_search SET postcodes = (SELECT " + PostcodesLivedAt(sql) +
                  " FROM people p WHERE p.id = person_search.person_id) WHERE " +
                  sql.InIds("person_id"),
              {IdList{person_ids}});
}

std::vector<domain::SearchCandidate> SearchRowsByNameKeys(Sql& sql, std::string_view family_key,
                                                          std::string_view given_key, int limit) {
  // Each way round is one range of the index; both in one round trip.
  const std::string one_way = "SELECT * FROM (" + std::string(kSelectSearchTableRow) +
                              "WHERE family_key = ? AND given_key = ? "
                              "ORDER BY family_key, given_key, person_id LIMIT ?) ";
  return sql.All(one_way + "written UNION ALL " + one_way + "swapped",
                 {family_key, given_key, limit, given_key, family_key, limit}, ReadSearchTableRow);
}

std::vector<domain::SearchCandidate> SearchRowsByFamilyKey(Sql& sql, std::string_view family_key,
                                                           int limit) {
  return sql.All(std::string(kSelectSearchTableRow) +
                     "WHERE family_key = ? ORDER BY family_key, given_key, person_id LIMIT ?",
                 {family_key, limit}, ReadSearchTableRow);
}

std::int64_t SearchRowsOutOfStep(Sql& sql) {
  const std::string kept = "SELECT " + std::string(kSearchColumns) + " FROM person_search";
  const std::string made = SearchRowsFromRecords(sql);
  // Compared as sets both ways, and counted, so a missing second row with the same keys shows.
  return sql
      .One("SELECT (SELECT count(*) FROM (" + kept + " EXCEPT " + made +
               ") extra) + (SELECT count(*) FROM (" + made + " EXCEPT " + kept +
               ") missing) + abs((SELECT count(*) FROM person_search) - "
               "(SELECT count(*) FROM person_names))",
           {}, [](const SqlRow& row) { return row.Int(0); })
      .value_or(0);
}

}  // namespace frontdoor::store
