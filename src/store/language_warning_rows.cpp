// src/store/language_warning_rows.cpp — language warnings' statements and row mapper, for both
// databases.
#include "store/language_warning_rows.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kWarningColumns =
    ColumnList("contact_id, written_in, field, position, issue, found, at_character, suggestion");

void AppendRows(std::vector<std::vector<SqlValue>>& rows, std::string_view written_in,
                std::int64_t contact_id, const WarningsByField& warnings) {
  for (const auto& [field, list] : warnings) {
    for (size_t position = 0; position < list.size(); ++position) {
      const auto& warning = list[position];
      rows.push_back({contact_id, written_in, field, std::int64_t(position),
                      domain::kLanguageIssues.Code(warning.issue), warning.found,
                      std::int64_t(warning.offset), warning.suggestion});
    }
  }
}

}  // namespace

void AddLanguageWarnings(Sql& sql, std::string_view written_in, std::int64_t contact_id,
                         const WarningsByField& warnings) {
  AddLanguageWarnings(sql, written_in, {{contact_id, &warnings}});
}

void AddLanguageWarnings(Sql& sql, std::string_view written_in,
                         const std::vector<std::pair<std::int64_t, const WarningsByField*>>& all) {
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& [contact_id, warnings] : all)
    AppendRows(rows, written_in, contact_id, *warnings);
  sql.BulkInsert("language_warnings", kWarningColumns, rows);
}

std::map<std::int64_t, WarningsByField> LanguageWarningsOf(Sql& sql, std::string_view written_in,
                                                           const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, WarningsByField> found;
  if (ids.empty()) return found;
  sql.Each(
      "SELECT contact_id, field, issue, found, at_character, suggestion FROM "
      "language_warnings WHERE written_in = ? AND " +
          sql.InIds("contact_id") + " ORDER BY contact_id, field, position",
      {written_in, IdList{ids}}, [&](const SqlRow& row) {
        domain::LanguageWarning warning;
        row.Read(2, AsCode(warning.issue, domain::kLanguageIssues), warning.found, warning.offset,
                 warning.suggestion);
        found[row.Int(0)][row.Text(1)].push_back(std::move(warning));
      });
  return found;
}

}  // namespace frontdoor::store
