// src/domain/feedback.cpp — the rules a piece of feedback must meet before it is kept.
#include "domain/feedback.hpp"

#include "domain/text.hpp"

namespace frontdoor::domain {

FieldErrors ValidateFeedback(FeedbackDraft& draft) {
  FieldErrors errors;
  if (!IsValidUtf8(draft.text) || HasControlCharacters(draft.text)) {
    errors.push_back(
        {"text", "Feedback must only contain letters, numbers, punctuation and spaces"});
  } else {
    draft.text = Trim(draft.text);
    if (draft.text.empty()) {
      errors.push_back({"text", "Enter your feedback"});
    } else if (CountCharacters(draft.text) > kFeedbackMaxCharacters) {
      errors.push_back({"text", "Feedback must be " + std::to_string(kFeedbackMaxCharacters) +
                                    " characters or fewer"});
    }
  }
  draft.page = Trim(draft.page);
  if (!draft.page.empty() &&
      (draft.page.front() != '/' || !IsValidUtf8(draft.page) || HasControlCharacters(draft.page) ||
       CountCharacters(draft.page) > kFeedbackPageMaxCharacters)) {
    errors.push_back({"page", "Page must be an address within this service, starting with /"});
  }
  return errors;
}

}  // namespace frontdoor::domain
