// src/store/sqlite/sqlite_sql.cpp — binding values and reading rows on SQLite, where moments and
// dates are ISO 8601 text and truth values are 0 and 1.
#include "store/sqlite/sqlite_sql.hpp"

#include "domain/timestamp.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

class SqliteRow final : public SqlRow {
 public:
  explicit SqliteRow(const SqliteStatement& statement) : statement_(statement) {}

  bool IsNull(int column) const override { return statement_.IsNull(column); }
  std::int64_t Int(int column) const override { return statement_.Integer(column); }
  std::string Text(int column) const override { return statement_.Text(column); }
  bool Bool(int column) const override { return statement_.Integer(column) != 0; }
  domain::Timestamp Time(int column) const override {
    const auto moment = domain::ParseTimestamp(statement_.Text(column));
    if (!moment) throw StoreError("a stored time is not in ISO 8601 form");
    return *moment;
  }
  domain::Date Date(int column) const override {
    const auto date = domain::ParseDate(statement_.Text(column));
    if (!date) throw StoreError("a stored date is not in YYYY-MM-DD form");
    return *date;
  }

 private:
  const SqliteStatement& statement_;
};

void Bind(SqliteStatement& statement, int index, const SqlValue& value) {
  std::visit(
      [&](const auto& held) {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::nullptr_t>) {
          statement.BindNull(index);
        } else if constexpr (std::is_same_v<Held, std::int64_t> ||
                             std::is_same_v<Held, std::string_view>) {
          statement.Bind(index, held);
        } else if constexpr (std::is_same_v<Held, std::shared_ptr<const std::string>>) {
          statement.Bind(index, std::string_view(*held));
        } else if constexpr (std::is_same_v<Held, bool>) {
          statement.Bind(index, std::int64_t{held});
        } else if constexpr (std::is_same_v<Held, domain::Timestamp>) {
          statement.Bind(index, domain::FormatTimestamp(held));
        } else if constexpr (std::is_same_v<Held, domain::Date>) {
          statement.Bind(index, domain::FormatDate(held));
        } else {
          std::string list = "[";
          for (std::int64_t id : held.Ids())
            list += (list.size() > 1 ? "," : "") + std::to_string(id);
          statement.Bind(index, list + "]");
        }
      },
      value.Get());
}

}  // namespace

std::int64_t SqliteSql::Run(std::string_view statement_text, const SqlValue* values, size_t count,
                            const RowVisitor& each) {
  auto statement = connection_.Prepare(std::string(statement_text));
  for (size_t value_idx = 0; value_idx < count; ++value_idx)
    Bind(statement, int(value_idx) + 1, values[value_idx]);
  const SqliteRow row(statement);
  while (statement.Step()) {
    if (each) each(row);
  }
  return connection_.Changes();
}

// The ids go in as one JSON array: one prepared statement serves any number of them.
std::string SqliteSql::InIds(std::string_view column) const {
  return std::string(column) + " IN (SELECT value FROM json_each(?))";
}

// SQLite gives a new row the highest id plus one, and its one writer is this connection, so the
// next ids are free until this transaction ends.
std::vector<std::int64_t> SqliteSql::ReserveIds(std::string_view table, std::int64_t count) {
  const std::int64_t last = Count("SELECT COALESCE(max(id), 0) FROM " + std::string(table));
  std::vector<std::int64_t> ids;
  ids.reserve(std::size_t(count));
  for (std::int64_t next = last + 1; next <= last + count; ++next) ids.push_back(next);
  return ids;
}

// In-process statements cost microseconds: one prepared insert a row is the fastest way here.
void SqliteSql::BulkInsert(std::string_view table, const std::vector<std::string_view>& columns,
                           const std::vector<std::vector<SqlValue>>& rows) {
  const std::string statement = InsertStatement(table, columns);
  for (const auto& row : rows) Run(statement, row.data(), row.size(), nullptr);
}

bool SqliteSql::HasTable(std::string_view table) {
  return Count("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", {table}) > 0;
}

bool SqliteSql::HasColumn(std::string_view table, std::string_view column) {
  return Count("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?", {table, column}) > 0;
}

}  // namespace frontdoor::store
