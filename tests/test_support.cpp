// tests/test_support.cpp — the shared test fixtures' database work, compiled once rather than in
// every test file that includes test_support.hpp.
#include "test_support.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <pqxx/pqxx>
#include <sstream>

namespace frontdoor::testing {

TestDatabase::TestDatabase(store::DatabaseKind kind) : kind_(kind) {
  static std::atomic<int> counter{0};
  const std::string name =
      "frontdoor_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  if (kind == store::DatabaseKind::kSqlite) {
    folder_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(folder_);
    url_ = {kind, (folder_ / "frontdoor.db").string()};
    return;
  }
  const char* admin = std::getenv("FRONTDOOR_TEST_POSTGRES_URL");
  if (!admin || !*admin) {
    throw std::runtime_error(
        "FRONTDOOR_TEST_POSTGRES_URL is not set: run the tests with scripts/test.sh, which starts "
        "a private PostgreSQL server");
  }
  admin_url_ = admin;
  pqxx::connection connection(admin_url_);
  pqxx::nontransaction(connection).exec0("CREATE DATABASE " + name);
  postgres_name_ = name;
  url_ = {kind, WithDatabaseName(admin_url_, name)};
}

TestDatabase::~TestDatabase() {
  try {
    if (!postgres_name_.empty()) {
      pqxx::connection connection(admin_url_);
      pqxx::nontransaction(connection)
          .exec0("DROP DATABASE IF EXISTS " + postgres_name_ + " WITH (FORCE)");
    }
    if (!folder_.empty()) std::filesystem::remove_all(folder_);
  } catch (const std::exception&) {
    // Leftovers of a test database do no harm; the private server is thrown away.
  }
}

std::string SourceFile(const std::filesystem::path& relative) {
  std::ifstream file(std::filesystem::path(FRONTDOOR_SOURCE_DIR) / relative);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

void ExecuteDirectly(const store::DatabaseUrl& url, const std::string& sql) {
  if (url.kind == store::DatabaseKind::kPostgres) {
    pqxx::connection connection(url.location);
    pqxx::nontransaction(connection).exec0(sql);
    return;
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(url.location.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << error;
  sqlite3_free(error);
  sqlite3_close(db);
}

TextRows QueryDirectly(const store::DatabaseUrl& url, const std::string& sql) {
  TextRows rows;
  if (url.kind == store::DatabaseKind::kPostgres) {
    pqxx::connection connection(url.location);
    for (const auto& row : pqxx::nontransaction(connection).exec(sql)) {
      rows.emplace_back();
      for (const auto& field : row)
        rows.back().push_back(field.is_null() ? std::nullopt
                                              : std::optional<std::string>(field.c_str()));
    }
    return rows;
  }
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(url.location.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* statement = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
      << sqlite3_errmsg(db);
  while (statement && sqlite3_step(statement) == SQLITE_ROW) {
    rows.emplace_back();
    for (int column = 0; column < sqlite3_column_count(statement); ++column) {
      const auto* text = sqlite3_column_text(statement, column);
      rows.back().push_back(text ? std::optional<std::string>(reinterpret_cast<const char*>(text))
                                 : std::nullopt);
    }
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return rows;
}

}  // namespace frontdoor::testing
