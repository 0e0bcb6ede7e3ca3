// tests/store/database_url_test.cpp — parsing --database addresses and migration file names.
#include "store/database_url.hpp"

#include <gtest/gtest.h>

#include "store/migration.hpp"
#include "store/store.hpp"

namespace frontdoor::store {
namespace {

TEST(DatabaseUrl, ReadsSqliteAndPostgresAddresses) {
  std::string error;
  auto sqlite = ParseDatabaseUrl("sqlite:./data/frontdoor.db", error);
  ASSERT_TRUE(sqlite);
  EXPECT_EQ(sqlite->kind, DatabaseKind::kSqlite);
  EXPECT_EQ(sqlite->location, "./data/frontdoor.db");
  auto postgres = ParseDatabaseUrl("postgresql://fd:secret@db:5432/frontdoor", error);
  ASSERT_TRUE(postgres);
  EXPECT_EQ(postgres->kind, DatabaseKind::kPostgres);
  EXPECT_EQ(postgres->location, "postgresql://fd:secret@db:5432/frontdoor");
}

TEST(DatabaseUrl, ExplainsWhatIsWrong) {
  std::string error;
  EXPECT_FALSE(ParseDatabaseUrl("mysql://db/frontdoor", error));
  EXPECT_NE(error.find("must start with sqlite: or postgresql://"), std::string::npos);
  EXPECT_FALSE(ParseDatabaseUrl("sqlite:", error));
  EXPECT_NE(error.find("needs a file path"), std::string::npos);
}

TEST(Migrations, BothDatabasesCarryTheSameNumberedSteps) {
  const auto sqlite = LoadMigrations(DatabaseKind::kSqlite);
  const auto postgres = LoadMigrations(DatabaseKind::kPostgres);
  ASSERT_EQ(sqlite.size(), postgres.size());
  for (size_t migration_idx = 0; migration_idx < sqlite.size(); ++migration_idx) {
    EXPECT_EQ(sqlite[migration_idx].name, postgres[migration_idx].name);
  }
}

}  // namespace
}  // namespace frontdoor::store
