// src/store/store.cpp — picks the implementation for a database address.
#include "store/store.hpp"

#include "store/postgres/postgres_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace frontdoor::store {

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
