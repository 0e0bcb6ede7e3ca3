// tests/test_support.hpp — shared test fixtures: a fixed clock and fresh databases of each kind.
#pragma once

#include <gtest/gtest.h>

#include <sqlite3.h>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "domain/clock.hpp"
#include "domain/timestamp.hpp"
#include "store/store.hpp"

namespace frontdoor::testing {

//! A clock that says whatever the test sets.
class FixedClock : public domain::Clock {
 public:
  explicit FixedClock(std::string_view moment) : now_(*domain::ParseTimestamp(moment)) {}
  domain::Timestamp Now() const override { return now_; }
  void Set(std::string_view moment) { now_ = *domain::ParseTimestamp(moment); }

 private:
  domain::Timestamp now_;
};

//! The libpq URI `uri` with its database name replaced by `name`.
inline std::string WithDatabaseName(const std::string& uri, const std::string& name) {
  const size_t authority = uri.find("://") + 3;
  const size_t query = uri.find('?', authority);
  const size_t path = uri.substr(0, query).find('/', authority);
  const std::string base = uri.substr(0, path == std::string::npos ? query : path);
  return base + "/" + name + (query == std::string::npos ? "" : uri.substr(query));
}

//! A new, empty database of the given kind that disappears with the object. PostgreSQL needs
//! FRONTDOOR_TEST_POSTGRES_URL (scripts/test.sh starts a private server and sets it).
class TestDatabase {
 public:
  explicit TestDatabase(store::DatabaseKind kind) : kind_(kind) {
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
          "FRONTDOOR_TEST_POSTGRES_URL is not set: run the tests with scripts/test.sh, which "
          "starts "
          "a private PostgreSQL server");
    }
    admin_url_ = admin;
    pqxx::connection connection(admin_url_);
    pqxx::nontransaction(connection).exec0("CREATE DATABASE " + name);
    postgres_name_ = name;
    url_ = {kind, WithDatabaseName(admin_url_, name)};
  }
  ~TestDatabase() {
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
  //! The address to open.
  const store::DatabaseUrl& Url() const { return url_; }
  //! Opens a store on it, migrated unless told otherwise.
  std::unique_ptr<store::Store> Open(bool migrate = true, store::StoreOptions options = {}) const {
    auto opened = store::OpenStore(url_, options);
    if (migrate) opened->Migrate();
    return opened;
  }

 private:
  store::DatabaseKind kind_;
  store::DatabaseUrl url_;
  std::filesystem::path folder_;
  std::string admin_url_;
  std::string postgres_name_;
};

//! Runs SQL on the database behind the store's back, as an operator (or an attacker) might.
inline void ExecuteDirectly(const store::DatabaseUrl& url, const std::string& sql) {
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

//! Rows of text (NULL as nullopt) from SQL run on the database behind the store's back.
using TextRows = std::vector<std::vector<std::optional<std::string>>>;
inline TextRows QueryDirectly(const store::DatabaseUrl& url, const std::string& sql) {
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

//! Names test instances "sqlite" and "postgresql".
inline std::string KindName(const ::testing::TestParamInfo<store::DatabaseKind>& info) {
  return std::string(store::DatabaseKindName(info.param));
}

//! Adds `count` people in one bulk load, named by `name(index)` (given, family) and all born on
//! `born`: many namesakes or common names at once, as searches at scale meet them.
inline void AddPeopleInBulk(
    store::Store& store, std::size_t count,
    const std::function<std::pair<std::string, std::string>(std::size_t)>& name,
    std::string_view born) {
  store.Write([&](store::Records& records) {
    std::vector<domain::Person> people(count);
    const auto ids = records.bulk.ReserveIds(store::BulkTable::kPeople, std::int64_t(count));
    for (std::size_t index = 0; index < count; ++index) {
      people[index].id = ids[index];
      std::tie(people[index].given_name, people[index].family_name) = name(index);
      people[index].date_of_birth = domain::ParseDate(born);
    }
    records.people.AddMany(people);
  });
}

}  // namespace frontdoor::testing
