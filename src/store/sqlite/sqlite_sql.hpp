// src/store/sqlite/sqlite_sql.hpp — the dialect on SQLite: statements prepared once per connection.
#pragma once

#include "store/sql.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace frontdoor::store {

//! Sql over one SQLite connection; the caller begins and ends the transaction.
class SqliteSql final : public Sql {
 public:
  explicit SqliteSql(SqliteConnection& connection) : connection_(connection) {}

  // Sql
  DatabaseKind Kind() const override { return DatabaseKind::kSqlite; }
  std::int64_t Run(std::string_view statement, const SqlValue* values, size_t count,
                   const RowVisitor& each) override;
  std::string_view ForUpdate() const override { return ""; }
  std::string InIds(std::string_view column) const override;
  void HoldLock(std::int64_t) override {}
  std::vector<std::int64_t> ReserveIds(std::string_view table, std::int64_t count) override;
  void BulkInsert(std::string_view table, const std::vector<std::string_view>& columns,
                  const std::vector<std::vector<SqlValue>>& rows) override;
  void RunScript(std::string_view script) override { connection_.Execute(script); }
  bool HasTable(std::string_view table) override;
  bool HasColumn(std::string_view table, std::string_view column) override;

 private:
  SqliteConnection& connection_;
};

}  // namespace frontdoor::store
