// src/store/feedback_records.hpp — feedback about the service, sent from the phase banner's link.
#pragma once

#include <cstdint>
#include <optional>

#include "domain/feedback.hpp"

namespace frontdoor::store {

class Sql;

//! Feedback, kept as sent.
class FeedbackRecords {
 public:
  explicit FeedbackRecords(Sql& sql) : sql_(sql) {}

  //! Keeps feedback and returns its id; `feedback.id` is ignored.
  std::int64_t Add(const domain::Feedback& feedback);
  //! The feedback with this id, if any.
  std::optional<domain::Feedback> Find(std::int64_t id);
  //! How many pieces of feedback are kept.
  std::int64_t Count();

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
