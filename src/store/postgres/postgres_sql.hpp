// src/store/postgres/postgres_sql.hpp — the dialect on PostgreSQL, over one libpqxx transaction.
#pragma once

#include <pqxx/pqxx>

#include "store/sql.hpp"

namespace frontdoor::store {

//! Sql over one libpqxx transaction. The connection's session runs in UTC with ISO dates
//! (PostgresStore sets both), so moments and dates come back in one known form.
class PostgresSql final : public Sql {
 public:
  explicit PostgresSql(pqxx::transaction_base& transaction) : transaction_(transaction) {}

  // Sql
  DatabaseKind Kind() const override { return DatabaseKind::kPostgres; }
  std::int64_t Run(std::string_view statement, const SqlValue* values, size_t count,
                   const RowVisitor& each) override;
  std::string_view ForUpdate() const override { return " FOR UPDATE"; }
  std::string InIds(std::string_view column) const override;
  void HoldLock(std::int64_t key) override;
  std::vector<std::int64_t> ReserveIds(std::string_view table, std::int64_t count) override;
  void BulkInsert(std::string_view table, const std::vector<std::string_view>& columns,
                  const std::vector<std::vector<SqlValue>>& rows) override;
  void RunScript(std::string_view script) override;
  bool HasTable(std::string_view table) override;
  bool HasColumn(std::string_view table, std::string_view column) override;

 private:
  pqxx::transaction_base& transaction_;
};

//! A moment as PostgreSQL writes a timestamptz in a UTC session ("2026-11-27 09:30:00.25+00");
//! nullopt when it is not one.
std::optional<domain::Timestamp> ParsePostgresMoment(std::string_view text);

}  // namespace frontdoor::store
