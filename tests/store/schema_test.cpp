// tests/store/schema_test.cpp — the two databases' schemas cannot drift: a fresh SQLite and a fresh
// PostgreSQL database have the same tables, columns (types as far as they map), keys and indexes,
// and a database made by main before 0007 reaches exactly the schema of a fresh one.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using frontdoor::testing::QueryDirectly;
using frontdoor::testing::TestDatabase;
using frontdoor::testing::TestSchema;

//! One column as both databases can describe it: SQLite's storage class for its type, whether it
//! may be NULL, and whether it is part of the primary key.
struct Column {
  std::string type;  //!< "INTEGER" or "TEXT"
  bool not_null = false;
  bool primary_key = false;
  bool operator==(const Column&) const = default;
};

//! Tables by name, columns by name; indexes by name, with their table and columns (not those
//! that primary keys and UNIQUE columns make, which SQLite leaves unnamed).
struct Schema {
  std::map<std::string, std::map<std::string, Column>> tables;
  std::map<std::string, std::string> indexes;  // name -> "table(column, column)"
};

std::string MappedType(std::string postgres_type) {
  if (postgres_type == "bigint" || postgres_type == "integer" || postgres_type == "boolean")
    return "INTEGER";
  return "TEXT";  // text, timestamp with time zone, date
}

Schema Describe(const DatabaseUrl& url) {
  Schema schema;
  if (url.kind == DatabaseKind::kSqlite) {
    for (const auto& table : QueryDirectly(
             url,
             "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
      for (const auto& column :
           QueryDirectly(url, "SELECT name, type, \"notnull\", pk FROM pragma_table_info('" +
                                  *table[0] + "')")) {
        const bool primary_key = *column[3] != "0";
        schema.tables[*table[0]][*column[0]] = {*column[1], *column[2] == "1" || primary_key,
                                                primary_key};
      }
    }
    for (const auto& index : QueryDirectly(
             url,
             "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) {
      std::string columns;
      for (const auto& column : QueryDirectly(
               url, "SELECT name FROM pragma_index_info('" + *index[0] + "') ORDER BY seqno"))
        columns += (columns.empty() ? "" : ", ") + column[0].value_or("(expression)");
      schema.indexes[*index[0]] = *index[1] + "(" + columns + ")";
    }
    return schema;
  }
  for (const auto& column : QueryDirectly(
           url,
           "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, "
           "EXISTS (SELECT 1 FROM information_schema.key_column_usage k JOIN "
           "information_schema.table_constraints t ON t.constraint_name = k.constraint_name AND "
           "t.table_name = k.table_name WHERE t.constraint_type = 'PRIMARY KEY' AND k.table_name "
           "= c.table_name AND k.column_name = c.column_name) FROM information_schema.columns c "
           "WHERE c.table_schema = 'public'")) {
    schema.tables[*column[0]][*column[1]] = {MappedType(*column[2]), *column[3] == "NO",
                                             *column[4] == "t"};
  }
  for (const auto& index : QueryDirectly(
           url,
           "SELECT i.relname, t.relname, (SELECT string_agg(coalesce(a.attname, '(expression)'), "
           "', ' ORDER BY k.position) FROM unnest(x.indkey) WITH ORDINALITY k(attnum, position) "
           "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) "
           "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = "
           "x.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
           "WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE "
           "c.conindid = x.indexrelid)")) {
    schema.indexes[*index[0]] = *index[1] + "(" + *index[2] + ")";
  }
  return schema;
}

std::string ReadFixture(DatabaseKind kind) {
  return testing::SourceFile(std::filesystem::path("tests/store/fixtures") /
                             ("before-0007." + std::string(DatabaseKindName(kind)) + ".sql"));
}

TEST(SchemaTest, SqliteAndPostgresqlHaveTheSameTablesColumnsAndIndexes) {
  TestDatabase sqlite_database(DatabaseKind::kSqlite), postgres_database(DatabaseKind::kPostgres);
  sqlite_database.Open();
  postgres_database.Open();
  const auto sqlite = Describe(sqlite_database.Url());
  auto postgres = Describe(postgres_database.Url());
  ASSERT_GE(sqlite.tables.size(), 20u);
  // Search's index of people by birth is read alone on both (migration 0012).
  EXPECT_EQ(sqlite.indexes.at("people_by_birth_for_search"),
            "people(date_of_birth, id, given_name, family_name, nhs_number, upn, merged_into)");
  for (const auto& [table, columns] : sqlite.tables) {
    ASSERT_TRUE(postgres.tables.count(table)) << table << " is only on SQLite";
    for (const auto& [name, column] : columns) {
      ASSERT_TRUE(postgres.tables[table].count(name)) << table << "." << name << " only on SQLite";
      const Column& other = postgres.tables[table][name];
      EXPECT_EQ(column.type, other.type) << table << "." << name;
      EXPECT_EQ(column.not_null, other.not_null) << table << "." << name;
      EXPECT_EQ(column.primary_key, other.primary_key) << table << "." << name;
    }
    EXPECT_EQ(columns.size(), postgres.tables[table].size()) << table;
  }
  EXPECT_EQ(sqlite.tables.size(), postgres.tables.size());
  EXPECT_EQ(sqlite.indexes, postgres.indexes);
}

class UpgradedSchemaTest : public ::testing::TestWithParam<DatabaseKind> {};

TEST_P(UpgradedSchemaTest, ADatabaseFromBeforeRecordsInColumnsReachesAFreshOnesSchema) {
  TestDatabase fresh(GetParam(), TestSchema::kEmpty), upgraded(GetParam(), TestSchema::kEmpty);
  fresh.Open();
  upgraded.Open(/*migrate=*/false);
  frontdoor::testing::ExecuteDirectly(upgraded.Url(), ReadFixture(GetParam()));
  upgraded.Open();
  const auto expected = Describe(fresh.Url());
  const auto found = Describe(upgraded.Url());
  EXPECT_EQ(found.indexes, expected.indexes);
  ASSERT_EQ(found.tables.size(), expected.tables.size());
  for (const auto& [table, columns] : expected.tables) {
    for (const auto& [name, column] : columns)
      EXPECT_EQ(found.tables.at(table).at(name), column) << table << "." << name;
    EXPECT_EQ(found.tables.at(table).size(), columns.size()) << table;
  }
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, UpgradedSchemaTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         frontdoor::testing::KindName);

}  // namespace
}  // namespace frontdoor::store
