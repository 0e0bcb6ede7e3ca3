// tests/test_support.hpp — shared test fixtures: a fixed clock and fresh databases of each kind.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
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
  void Advance(std::chrono::milliseconds by) { now_ += by; }

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

//! What a test database holds before its first store opens on it.
enum class TestSchema {
  kMigrated,  //!< every migration, as `Open()` leaves it (opening it unmigrated is refused)
  kEmpty,     //!< nothing: for tests of migrating itself, which open it with `Open(false)`
};

//! A new database of the given kind that disappears with the object. PostgreSQL needs
//! FRONTDOOR_TEST_POSTGRES_URL (scripts/test.sh starts a private server and sets it). A migrated
//! PostgreSQL database is copied from one migrated once a process (about a quarter of a second a
//! test less than migrating each); a migrated SQLite one is migrated when first opened.
class TestDatabase {
 public:
  explicit TestDatabase(store::DatabaseKind kind, TestSchema schema = TestSchema::kMigrated);
  ~TestDatabase();
  //! The address to open.
  const store::DatabaseUrl& Url() const { return url_; }
  //! Opens a store on it, migrated (checked, where the copy already is) unless told otherwise.
  std::unique_ptr<store::Store> Open(bool migrate = true, store::StoreOptions options = {}) const;

 private:
  store::DatabaseKind kind_;
  TestSchema schema_;
  store::DatabaseUrl url_;
  std::filesystem::path folder_;
  std::string admin_url_;
  std::string postgres_name_;
};

//! The text of a file in the source tree, by its path from the top ("config/threshold.txt").
std::string SourceFile(const std::filesystem::path& relative);

//! Runs SQL on the database behind the store's back, as an operator (or an attacker) might.
void ExecuteDirectly(const store::DatabaseUrl& url, const std::string& sql);

//! Rows of text (NULL as nullopt) from SQL run on the database behind the store's back.
using TextRows = std::vector<std::vector<std::optional<std::string>>>;
TextRows QueryDirectly(const store::DatabaseUrl& url, const std::string& sql);

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
