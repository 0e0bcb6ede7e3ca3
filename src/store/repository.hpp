// src/store/repository.hpp — the records a use case reads and writes inside one transaction.
#pragma once

#include <cstdint>
#include <optional>

#include "domain/feedback.hpp"

namespace frontdoor::store {

//! Every read and write of records. One instance lives for one transaction; implementations
//! exist for SQLite and PostgreSQL and hold the only SQL in frontdoor.
class Repository {
 public:
  virtual ~Repository() = default;

  //! Keeps feedback and returns its id; `feedback.id` is ignored.
  virtual std::int64_t AddFeedback(const domain::Feedback& feedback) = 0;
  //! The feedback with this id, if any.
  virtual std::optional<domain::Feedback> FindFeedback(std::int64_t id) = 0;
  //! How many pieces of feedback are kept.
  virtual std::int64_t CountFeedback() = 0;
};

}  // namespace frontdoor::store
