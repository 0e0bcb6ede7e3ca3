// src/service/feedback_service.cpp — sending and reading feedback, each in one transaction.
#include "service/feedback_service.hpp"

#include "service/access_audit_service.hpp"

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

Result<domain::Feedback> FeedbackService::ShowFeedback(const Identity& by, std::int64_t id) {
  return store_.ReadingResult([&](store::Records& records) -> Result<domain::Feedback> {
    auto feedback = records.feedback.Find(id);
    if (!feedback) return NotFound{};
    AuditAllowed(records, by, clock_.Now(), domain::Action::kReadFeedback,
                 "feedback:" + std::to_string(id), "");
    return std::move(*feedback);
  });
}

FeedbackList FeedbackService::ListFeedback(const Identity& by, std::int64_t before) {
  return store_.ReadingResult([&](store::Records& records) {
    FeedbackList list;
    list.feedback = records.feedback.NewestBefore(before, kFeedbackPerPage + 1);
    if (list.feedback.size() > std::size_t(kFeedbackPerPage)) {
      list.feedback.pop_back();
      list.older_from = list.feedback.back().id;
    }
    list.total = records.feedback.Count();
    std::string named;
    for (const auto& one : list.feedback)
      named += (named.empty() ? "feedback:" : " feedback:") + std::to_string(one.id);
    AuditAllowed(records, by, clock_.Now(), domain::Action::kReadFeedback, named, "feedback list");
    return list;
  });
}

}  // namespace frontdoor::service
