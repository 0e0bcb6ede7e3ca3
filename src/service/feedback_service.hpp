// src/service/feedback_service.hpp — use cases for feedback about the service: send it, read it.
#pragma once

#include <cstdint>
#include <vector>

#include "domain/clock.hpp"
#include "domain/feedback.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! A page of feedback, newest first.
struct FeedbackList {
  std::vector<domain::Feedback> feedback;
  std::int64_t total = 0;       //!< every piece kept
  std::int64_t older_from = 0;  //!< the `before` that shows the next, older page; 0 when none
};

//! How many pieces of feedback a page of the list shows.
inline constexpr int kFeedbackPerPage = 50;

//! Someone using frontdoor tells us what they think of it.
class FeedbackService {
 public:
  FeedbackService(store::Store& store, const domain::Clock& clock) : store_(store), clock_(clock) {}

  //! Checks and keeps feedback; answers the kept record, or the field errors and keeps nothing.
  Result<domain::Feedback> SendFeedback(domain::FeedbackDraft draft);
  //! One piece of feedback by id, read by `by` (audited: feedback may name a child).
  Result<domain::Feedback> ShowFeedback(const Identity& by, std::int64_t id);
  //! The newest kFeedbackPerPage pieces of feedback with ids below `before` (the newest of all
  //! when 0), read by `by` (audited, naming each).
  FeedbackList ListFeedback(const Identity& by, std::int64_t before);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
};

}  // namespace frontdoor::service
