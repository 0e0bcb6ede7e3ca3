// src/store/postgres/postgres_store.hpp — the PostgreSQL store: a small pool of libpqxx
// connections.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "store/migration.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

//! PostgreSQL with its default durability (synchronous_commit=on): a transaction is answered
//! after the server has flushed its commit record. The server groups concurrent commits itself.
class PostgresStore : public Store {
 public:
  PostgresStore(std::string uri, const StoreOptions& options);
  ~PostgresStore() override;

  // Store
  DatabaseKind Kind() const override { return DatabaseKind::kPostgres; }
  int Migrate() override;
  SchemaStatus Schema() override;
  void Write(const std::function<void(Repository&)>& work) override;
  void Read(const std::function<void(Repository&)>& work) override;

 private:
  class ConnectionLease;

  std::unique_ptr<pqxx::connection> Acquire();
  void Release(std::unique_ptr<pqxx::connection> connection);

  std::string uri_;
  StoreOptions options_;
  std::vector<Migration> migrations_;
  std::mutex pool_mutex_;
  std::condition_variable connection_returned_;
  std::vector<std::unique_ptr<pqxx::connection>> idle_;
  int open_ = 0;
};

}  // namespace frontdoor::store
