// src/store/sqlite/sqlite_repository.hpp — the Repository over one SQLite connection in a
// transaction.
#pragma once

#include "store/repository.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace frontdoor::store {

//! SQL for SQLite; lives only as long as its transaction.
class SqliteRepository : public Repository {
 public:
  explicit SqliteRepository(SqliteConnection& connection) : connection_(connection) {}

  // Repository
  std::int64_t AddFeedback(const domain::Feedback& feedback) override;
  std::optional<domain::Feedback> FindFeedback(std::int64_t id) override;
  std::int64_t CountFeedback() override;

 private:
  SqliteConnection& connection_;
};

}  // namespace frontdoor::store
