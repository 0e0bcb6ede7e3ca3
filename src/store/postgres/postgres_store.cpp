// src/store/postgres/postgres_store.cpp — pooled connections, migrations under an advisory lock,
// transactions.
#include "store/postgres/postgres_store.hpp"

#include <pqxx/pqxx>

#include "store/postgres/postgres_sql.hpp"

namespace frontdoor::store {

namespace {

// Any fixed number: serialises concurrent `frontdoor migrate` runs against one database.
constexpr std::int64_t kMigrationLockKey = 7243001;

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

//! A new connection whose session reads and writes moments in UTC and dates as YYYY-MM-DD: the
//! forms PostgresSql reads back.
std::unique_ptr<pqxx::connection> Connect(const std::string& uri) {
  try {
    auto connection = std::make_unique<pqxx::connection>(uri);
    pqxx::nontransaction(*connection).exec0("SET TIME ZONE 'UTC'; SET DateStyle = 'ISO, YMD'");
    return connection;
  } catch (const std::exception& error) {
    throw StoreError(std::string("cannot connect to PostgreSQL: ") + error.what());
  }
}

}  // namespace

PostgresStore::PostgresStore(std::string uri, const StoreOptions& options)
    : Store(DatabaseKind::kPostgres, options),
      uri_(std::move(uri)),
      pool_(
          options.postgres_connections, [this] { return Connect(uri_); },
          // A connection the server dropped is not lent again.
          [](pqxx::connection& connection) { return connection.is_open(); }) {
  // Connect once now, so a wrong address fails at start-up with a clear message.
  pool_.Acquire();
}

PostgresStore::~PostgresStore() = default;

void PostgresStore::OnMigrationConnection(const std::function<void(const MigrationStep&)>& steps) {
  Translate([&] {
    auto connection = pool_.Acquire();
    steps([&](const std::function<void(Sql&)>& work) {
      pqxx::work transaction(*connection);
      PostgresSql sql(transaction);
      sql.HoldLock(kMigrationLockKey);
      work(sql);
      transaction.commit();
    });
  });
}

void PostgresStore::InReadTransaction(const std::function<void(Sql&)>& work) {
  // Begun with one statement: libpqxx's read_transaction sends BEGIN, then SET TRANSACTION READ
  // ONLY, and each round trip to the server counts on a page that reads once.
  Translate([&] {
    auto connection = pool_.Acquire();
    pqxx::nontransaction session(*connection);
    session.exec0("BEGIN READ ONLY");
    try {
      PostgresSql sql(session);
      work(sql);
    } catch (...) {
      try {
        session.exec0("ROLLBACK");
      } catch (const pqxx::failure&) {
        // The connection is broken: the pool does not lend it again.
      }
      throw;
    }
    session.exec0("ROLLBACK");
  });
}

void PostgresStore::InOneStatementRead(const std::function<void(Sql&)>& work) {
  // Outside a transaction block each statement commits on its own: nothing to begin or end.
  Translate([&] {
    auto connection = pool_.Acquire();
    pqxx::nontransaction session(*connection);
    PostgresSql sql(session);
    work(sql);
  });
}

void PostgresStore::InWriteTransaction(const std::function<void(Sql&)>& work, bool wait_for_disk) {
  Translate([&] {
    auto connection = pool_.Acquire();
    pqxx::work transaction(*connection);
    // The server flushes its log within three wal_writer_delay (0.6 s by default), and any
    // later commit that waits flushes this one with it.
    if (!wait_for_disk) transaction.exec0("SET LOCAL synchronous_commit TO off");
    PostgresSql sql(transaction);
    work(sql);
    transaction.commit();
  });
  ++write_transactions_;
}

StoreFigures PostgresStore::Figures() {
  const std::uint64_t committed = write_transactions_.load();
  return {pool_.Use(), committed, committed, 0};
}

}  // namespace frontdoor::store
