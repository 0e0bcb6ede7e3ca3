// src/service/feedback_service.cpp — sending and reading feedback, each in one transaction.
#include "service/feedback_service.hpp"

namespace frontdoor::service {

Result<domain::Feedback> FeedbackService::SendFeedback(domain::FeedbackDraft draft) {
  if (auto errors = domain::ValidateFeedback(draft); !errors.empty()) {
    return Invalid{std::move(errors)};
  }
  domain::Feedback feedback{0, clock_.Now(), std::move(draft.text), std::move(draft.page)};
  feedback.id =
      store_.WriteResult([&](store::Records& records) { return records.feedback.Add(feedback); });
  return feedback;
}

Result<domain::Feedback> FeedbackService::ShowFeedback(std::int64_t id) {
  auto feedback =
      store_.ReadResult([&](store::Records& records) { return records.feedback.Find(id); });
  if (!feedback) return NotFound{};
  return *feedback;
}

}  // namespace frontdoor::service
