// tests/domain/feedback_test.cpp — the rules feedback must meet.
#include "domain/feedback.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

TEST(Feedback, TrimsAcceptedFeedback) {
  FeedbackDraft draft{"  The search page is slow \n", " /people/4 "};
  EXPECT_TRUE(ValidateFeedback(draft).empty());
  EXPECT_EQ(draft.text, "The search page is slow");
  EXPECT_EQ(draft.page, "/people/4");
}

TEST(Feedback, NeedsSomeText) {
  FeedbackDraft draft{" \n ", ""};
  EXPECT_EQ(ValidateFeedback(draft), (FieldErrors{{"text", "Enter your feedback"}}));
}

TEST(Feedback, LimitsLengthInCharacters) {
  FeedbackDraft at_limit{std::string(kFeedbackMaxCharacters / 2, 'a') +
                             [] {
                               std::string accents;
                               for (size_t i = 0; i < kFeedbackMaxCharacters / 2; ++i)
                                 accents += "é";
                               return accents;
                             }(),
                         ""};
  EXPECT_TRUE(ValidateFeedback(at_limit).empty());
  FeedbackDraft over{std::string(kFeedbackMaxCharacters + 1, 'a'), ""};
  EXPECT_EQ(ValidateFeedback(over),
            (FieldErrors{{"text", "Feedback must be 2000 characters or fewer"}}));
}

TEST(Feedback, RefusesBrokenTextAndForeignPages) {
  FeedbackDraft broken{"bad \xC3", "https://example.org/"};
  const FieldErrors errors = ValidateFeedback(broken);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].field, "text");
  EXPECT_EQ(errors[1].field, "page");
}

}  // namespace
}  // namespace frontdoor::domain
