// src/store/postgres/postgres_store.cpp — pooled connections, migrations under an advisory lock,
// transactions.
#include "store/postgres/postgres_store.hpp"

#include <pqxx/pqxx>

#include "store/postgres/postgres_repository.hpp"

namespace frontdoor::store {

namespace {

// Any fixed number: serialises concurrent `frontdoor migrate` runs against one database.
constexpr std::int64_t kMigrationLockKey = 7243001;

constexpr const char* kCreateSchemaTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)";

int AppliedVersion(pqxx::transaction_base& transaction) {
  if (transaction.exec1("SELECT to_regclass('schema_migrations') IS NULL")[0].as<bool>()) return 0;
  return transaction.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
}

// Runs `body`, turning libpqxx's exceptions into StoreError so callers see one kind of failure.
template <typename Body>
void Translate(Body&& body) {
  try {
    body();
  } catch (const pqxx::broken_connection& error) {
    throw StoreError(std::string("PostgreSQL connection lost: ") + error.what());
  } catch (const pqxx::sql_error& error) {
    throw StoreError(std::string("PostgreSQL: ") + error.what());
  }
}

}  // namespace

PostgresStore::PostgresStore(std::string uri, const StoreOptions& options)
    : uri_(std::move(uri)),
      options_(options),
      migrations_(LoadMigrations(PostgresMigrationFiles())),
      pool_(
          options.postgres_connections,
          [this] {
            try {
              return std::make_unique<pqxx::connection>(uri_);
            } catch (const std::exception& error) {
              throw StoreError(std::string("cannot connect to PostgreSQL: ") + error.what());
            }
          },
          // A connection the server dropped is not lent again.
          [](pqxx::connection& connection) { return connection.is_open(); }) {
  // Connect once now, so a wrong address fails at start-up with a clear message.
  pool_.Acquire();
}

PostgresStore::~PostgresStore() = default;

int PostgresStore::Migrate() {
  int applied_count = 0;
  Translate([&] {
    auto connection = pool_.Acquire();
    {
      pqxx::work transaction(*connection);
      transaction.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLockKey);
      transaction.exec0(kCreateSchemaTable);
      transaction.commit();
    }
    for (const Migration& migration : migrations_) {
      pqxx::work transaction(*connection);
      transaction.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLockKey);
      if (AppliedVersion(transaction) >= migration.version) continue;
      try {
        transaction.exec0(migration.sql);
      } catch (const pqxx::sql_error& error) {
        throw StoreError("migration " + migration.name + " failed: " + error.what());
      }
      transaction.exec_params(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())",
          migration.version, migration.name);
      transaction.commit();
      ++applied_count;
    }
  });
  return applied_count;
}

SchemaStatus PostgresStore::Schema() {
  SchemaStatus status{0, migrations_.empty() ? 0 : migrations_.back().version};
  Translate([&] {
    auto connection = pool_.Acquire();
    pqxx::read_transaction transaction(*connection);
    status.applied = AppliedVersion(transaction);
  });
  return status;
}

void PostgresStore::Write(const std::function<void(Repository&)>& work) {
  Translate([&] {
    auto connection = pool_.Acquire();
    pqxx::work transaction(*connection);
    PostgresRepository repository(transaction);
    work(repository);
    transaction.commit();
  });
}

void PostgresStore::Read(const std::function<void(Repository&)>& work) {
  Translate([&] {
    auto connection = pool_.Acquire();
    pqxx::read_transaction transaction(*connection);
    PostgresRepository repository(transaction);
    work(repository);
  });
}

}  // namespace frontdoor::store
