// src/store/sql.cpp — what the dialect does the same way for both databases.
#include "store/sql.hpp"

#include "store/store.hpp"

namespace frontdoor::store {

std::optional<std::int64_t> SqlRow::OptionalInt(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Int(column);
}

std::optional<domain::Timestamp> SqlRow::OptionalTime(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Time(column);
}

std::optional<domain::Date> SqlRow::OptionalDate(int column) const {
  if (IsNull(column)) return std::nullopt;
  return Date(column);
}

std::int64_t Sql::InsertReturningId(std::string_view statement, const SqlValue* values,
                                    size_t count) {
  std::optional<std::int64_t> id;
  Run(statement, values, count, [&](const SqlRow& row) { id = row.Int(0); });
  if (!id) throw StoreError("an insert returned no id");
  return *id;
}

std::int64_t Sql::InsertWithRows(std::string_view insert, std::vector<SqlValue> values,
                                 std::string_view table,
                                 const std::vector<std::string_view>& columns,
                                 const std::vector<std::vector<SqlValue>>& rows,
                                 std::string_view suffix) {
  if (rows.empty()) return Insert(insert, values);
  const bool one_statement = Kind() == DatabaseKind::kPostgres;
  const std::int64_t id = one_statement ? 0 : Insert(insert, values);
  if (!one_statement) values.clear();
  std::string names, marks;
  for (const auto column : columns) names += (names.empty() ? "" : ", ") + std::string(column);
  for (const auto& row : rows) {
    // PostgreSQL: the id from the insert before, in the same statement.
    marks += marks.empty() ? "(" : ", (";
    marks += one_statement ? "(SELECT * FROM parent)" : "?";
    if (!one_statement) values.push_back(id);
    for (const auto& value : row) {
      marks += ", ?";
      values.push_back(value);
    }
    marks += ")";
  }
  const std::string insert_rows = "INSERT INTO " + std::string(table) + " (" + names + ") VALUES " +
                                  marks + (suffix.empty() ? "" : " ") + std::string(suffix);
  if (!one_statement) {
    Execute(insert_rows, values);
    return id;
  }
  return InsertReturningId("WITH parent AS (" + std::string(insert) + "), written AS (" +
                               insert_rows + ") SELECT * FROM parent",
                           values.data(), values.size());
}

void SqlRow::ThrowUnknownCode(int column, std::string_view code) {
  throw StoreError("column " + std::to_string(column) + " holds \"" + std::string(code) +
                   "\", which is not a code this version of frontdoor knows");
}

std::vector<std::string_view> ColumnList(std::string_view names) {
  std::vector<std::string_view> columns;
  while (!names.empty()) {
    const size_t comma = names.find(',');
    std::string_view name = names.substr(0, comma);
    while (name.starts_with(' ')) name.remove_prefix(1);
    while (name.ends_with(' ')) name.remove_suffix(1);
    if (!name.empty()) columns.push_back(name);
    if (comma == std::string_view::npos) break;
    names.remove_prefix(comma + 1);
  }
  return columns;
}

void Sql::EachIn(std::string_view before, std::string_view column, std::string_view after,
                 const std::vector<SqlValue>& leading, const std::vector<SqlValue>& values,
                 const RowVisitor& each) {
  constexpr std::size_t kAtOnce = 500;  // far under SQLite's 32,766 bound values
  for (std::size_t first = 0; first < values.size(); first += kAtOnce) {
    const std::size_t count = std::min(kAtOnce, values.size() - first);
    std::string statement = std::string(before) + std::string(column) + " IN (";
    std::vector<SqlValue> bound = leading;
    for (std::size_t index = first; index < first + count; ++index) {
      statement += index == first ? "?" : ", ?";
      bound.push_back(values[index]);
    }
    Each(statement + ")" + std::string(after), bound, each);
  }
}

std::string Sql::JoinedText(std::string_view expression) const {
  // The one aggregate the two databases name differently; both take the separator second.
  return (Kind() == DatabaseKind::kSqlite ? "group_concat(" : "string_agg(") +
         std::string(expression) + ", '|')";
}

std::string Sql::WhereStatement(std::string_view select, std::string_view condition,
                                std::initializer_list<Given> filters, std::string_view order,
                                std::vector<SqlValue>& values) {
  std::string statement = std::string(select) + "WHERE " + std::string(condition) + " ";
  for (const Given& filter : filters) {
    if (!filter.value) continue;
    statement += "AND " + std::string(filter.column) + " = ? ";
    values.push_back(*filter.value);
  }
  return statement + "ORDER BY " + std::string(order) + " LIMIT ?";
}

std::string InsertStatement(std::string_view table, const std::vector<std::string_view>& columns) {
  std::string names, marks;
  for (const auto column : columns) {
    names += (names.empty() ? "" : ", ") + std::string(column);
    marks += marks.empty() ? "?" : ", ?";
  }
  return "INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + marks + ")";
}

std::string NumberPlaceholders(std::string_view statement) {
  std::string numbered;
  numbered.reserve(statement.size() + 16);
  int next = 0;
  char quote = 0;  // inside '...' or "..." nothing is a placeholder
  for (const char letter : statement) {
    if (quote) {
      if (letter == quote) quote = 0;
    } else if (letter == '\'' || letter == '"') {
      quote = letter;
    } else if (letter == '?') {
      numbered += '$' + std::to_string(++next);
      continue;
    }
    numbered += letter;
  }
  return numbered;
}

}  // namespace frontdoor::store
