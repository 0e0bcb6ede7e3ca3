// src/service/feedback_service.hpp — use cases for feedback about the service: send it, read it.
#pragma once

#include <cstdint>

#include "domain/clock.hpp"
#include "domain/feedback.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! Someone using frontdoor tells us what they think of it.
class FeedbackService {
 public:
  FeedbackService(store::Store& store, const domain::Clock& clock) : store_(store), clock_(clock) {}

  //! Checks and keeps feedback; answers the kept record, or the field errors and keeps nothing.
  Result<domain::Feedback> SendFeedback(domain::FeedbackDraft draft);
  //! One piece of feedback by id, read by `by` (audited: feedback may name a child).
  Result<domain::Feedback> ShowFeedback(const Identity& by, std::int64_t id);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
};

}  // namespace frontdoor::service
