// src/store/store.cpp — what every database does the same way (migrating, checking the schema,
// reading), and picking the implementation for a database address.
#include "store/store.hpp"

#include <algorithm>

#include "store/postgres/postgres_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace frontdoor::store {

Store::Store(DatabaseKind kind) : kind_(kind), migrations_(LoadMigrations(kind)) {}

Store::~Store() = default;

int Store::Migrate(int up_to) {
  int applied_count = 0;
  OnMigrationConnection([&](const MigrationStep& step) {
    step([&](Sql& sql) {
      EnsureSchemaHistory(sql);
      RecordMissingChecksums(sql, CheckedMigrations(sql, migrations_), migrations_);
    });
    for (const Migration& migration : migrations_) {
      if (migration.version > up_to) break;
      step([&](Sql& sql) {
        // Read again under the lock: another `frontdoor migrate` may have applied it meanwhile.
        if (HighestVersion(AppliedMigrations(sql)) >= migration.version) return;
        ApplyMigration(sql, migration,
                       std::chrono::time_point_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now()));
        ++applied_count;
      });
    }
  });
  return applied_count;
}

SchemaStatus Store::Schema() {
  SchemaStatus status{0, migrations_.empty() ? 0 : migrations_.back().version};
  InReadTransaction(
      [&](Sql& sql) { status.applied = HighestVersion(CheckedMigrations(sql, migrations_)); });
  return status;
}

void Store::Write(const std::function<void(Records&)>& work) {
  InWriteTransaction([&](Sql& sql) {
    Records records(sql);
    work(records);
  });
}

void Store::Read(const std::function<void(Records&)>& work) {
  InReadTransaction([&](Sql& sql) {
    Records records(sql);
    work(records);
  });
}

int DatabaseSessionsFor(int asked, int workers, unsigned cores) {
  const int chosen = asked > 0 ? asked : 2 * int(std::max(cores, 1U)) + 1;
  return std::max(1, std::min(chosen, workers));
}

std::unique_ptr<Store> OpenStore(const DatabaseUrl& url, const StoreOptions& options) {
  switch (url.kind) {
    case DatabaseKind::kSqlite:
      return std::make_unique<SqliteStore>(url.location, options);
    case DatabaseKind::kPostgres:
      return std::make_unique<PostgresStore>(url.location, options);
  }
  throw StoreError("unknown kind of database");
}

}  // namespace frontdoor::store
