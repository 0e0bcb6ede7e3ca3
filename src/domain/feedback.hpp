// src/domain/feedback.hpp — feedback about frontdoor itself, from the phase banner's link.
#pragma once

#include <cstdint>
#include <string>

#include "domain/clock.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! The longest feedback accepted, in characters.
inline constexpr size_t kFeedbackMaxCharacters = 2000;
//! The longest page address kept with feedback, in characters.
inline constexpr size_t kFeedbackPageMaxCharacters = 300;

//! Feedback as typed, before it is checked.
struct FeedbackDraft {
  std::string text;  //!< what the person wants to tell us
  std::string page;  //!< the page they came from (a path like /people/12), may be empty
};

//! Feedback once kept.
struct Feedback {
  std::int64_t id = 0;
  Timestamp received_at;
  std::string text;
  std::string page;
};

//! Checks a draft; on success `draft` is normalised (trimmed) in place and no errors are returned.
FieldErrors ValidateFeedback(FeedbackDraft& draft);

}  // namespace frontdoor::domain
