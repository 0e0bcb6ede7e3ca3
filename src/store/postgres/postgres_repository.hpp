// src/store/postgres/postgres_repository.hpp — the Repository over one libpqxx transaction.
#pragma once

#include <pqxx/pqxx>

#include "store/repository.hpp"

namespace frontdoor::store {

//! SQL for PostgreSQL; lives only as long as its transaction.
class PostgresRepository : public Repository {
 public:
  explicit PostgresRepository(pqxx::transaction_base& transaction) : transaction_(transaction) {}

  // Repository
  std::int64_t AddFeedback(const domain::Feedback& feedback) override;
  std::optional<domain::Feedback> FindFeedback(std::int64_t id) override;
  std::int64_t CountFeedback() override;

 private:
  pqxx::transaction_base& transaction_;
};

}  // namespace frontdoor::store
