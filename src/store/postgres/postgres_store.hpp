// src/store/postgres/postgres_store.hpp — the PostgreSQL store: a small pool of libpqxx
// connections.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <pqxx/connection>
#include <string>
#include <vector>

#include "store/connection_pool.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

//! PostgreSQL with its default durability (synchronous_commit=on): a transaction is answered
//! after the server has flushed its commit record (a reading without waiting for disk turns it
//! off for its own transaction). The server groups concurrent commits itself.
class PostgresStore : public Store {
 public:
  PostgresStore(std::string uri, const StoreOptions& options);
  ~PostgresStore() override;
  StoreFigures Figures() override;

 protected:
  //! A pooled connection for each transaction; the server groups concurrent commits itself.
  void InReadTransaction(const std::function<void(Sql&)>& work) override;
  void InOneStatementRead(const std::function<void(Sql&)>& work) override;
  void InWriteTransaction(const std::function<void(Sql&)>& work, bool wait_for_disk) override;
  //! Runs the migration steps on one connection under an advisory lock.
  void OnMigrationConnection(const std::function<void(const MigrationStep&)>& steps) override;

 private:
  std::string uri_;
  ConnectionPool<pqxx::connection> pool_;
  std::atomic<std::uint64_t> write_transactions_{0};
};

}  // namespace frontdoor::store
