// tests/test_support.cpp — the shared test fixtures' database work, compiled once rather than in
// every test file that includes test_support.hpp.
#include "test_support.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <pqxx/pqxx>
#include <sstream>
#include <stdexcept>

#include "domain/digest.hpp"
#include "store/embedded_file.hpp"

namespace frontdoor::testing {

namespace {

// The name of a PostgreSQL database on the test server holding every migration, made (under an
// advisory lock, as test processes run side by side) the first time this set of migrations asks
// for it. Its name carries the migrations' digest, so a changed migration gets a new one.
std::string MigratedTemplate(const std::string& admin_url) {
  static std::mutex mutex;
  static std::string made;
  std::lock_guard lock(mutex);
  if (!made.empty()) return made;
  std::string migrations;
  for (const auto& file : MigrationFiles()) {
    migrations.append(file.name).append("\n").append(file.text).append("\n");
  }
  const std::string name = "frontdoor_test_migrated_" + domain::Sha256Hex(migrations).substr(0, 16);
  pqxx::connection connection(admin_url);
  pqxx::nontransaction admin(connection);
  admin.exec1("SELECT pg_advisory_lock(hashtext('frontdoor_test_migrated'))");
  if (admin.exec("SELECT 1 FROM pg_database WHERE datname = " + admin.quote(name)).empty()) {
    // Migrated under another name and renamed once whole, so no test copies half a schema.
    const std::string making = name + "_making";
    admin.exec0("DROP DATABASE IF EXISTS " + making + " WITH (FORCE)");
    admin.exec0("CREATE DATABASE " + making);
    store::OpenStore({store::DatabaseKind::kPostgres, WithDatabaseName(admin_url, making)})
        ->Migrate();
    admin.exec0("ALTER DATABASE " + making + " RENAME TO " + name);
  }
  admin.exec1("SELECT pg_advisory_unlock(hashtext('frontdoor_test_migrated'))");
  made = name;
  return made;
}

}  // namespace

TestDatabase::TestDatabase(store::DatabaseKind kind, TestSchema schema)
    : kind_(kind), schema_(schema) {
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
  pqxx::nontransaction(connection)
      .exec0("CREATE DATABASE " + name +
             (schema == TestSchema::kMigrated ? " TEMPLATE " + MigratedTemplate(admin_url_) : ""));
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

std::unique_ptr<store::Store> TestDatabase::Open(bool migrate, store::StoreOptions options) const {
  if (!migrate && schema_ == TestSchema::kMigrated) {
    throw std::logic_error("a database opened unmigrated must be made with TestSchema::kEmpty");
  }
  auto opened = store::OpenStore(url_, options);
  if (migrate) opened->Migrate();
  return opened;
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
