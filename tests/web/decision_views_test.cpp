// tests/web/decision_views_test.cpp — a contact's progress as its page shows it: a decision made
// after it was due says so; a check's wording warnings stand beside its words.
#include "web/decision_views.hpp"

#include <gtest/gtest.h>

#include "domain/timestamp.hpp"
#include "service/configuration.hpp"

namespace frontdoor::web {
namespace {

TEST(DecisionViews, ADecisionMadeAfterItWasDueIsShownAsLate) {
  const auto configuration = service::LoadConfiguration({});
  const auto rules = configuration.Rules();
  service::ContactProgress progress;
  progress.contact.id = 7;
  progress.decision_due = *domain::ParseTimestamp("2026-11-27T12:00:00.000Z");
  const auto now = *domain::ParseTimestamp("2026-11-27T15:00:00.000Z");
  auto view = ProgressView(progress, rules, domain::Role::kManager, now);
  EXPECT_EQ(view["decision_overdue"], true);
  EXPECT_EQ(view["decided_in_time"], false);
  EXPECT_EQ(view["decided_late"], false);

  progress.steps.decision = domain::Decision{};
  progress.steps.decision->decided_at = progress.decision_due;
  view = ProgressView(progress, rules, domain::Role::kManager, now);
  EXPECT_EQ(view["decision_overdue"], false);
  EXPECT_EQ(view["decided_in_time"], true);
  EXPECT_EQ(view["decided_late"], false);

  progress.steps.decision->decided_at = progress.decision_due + std::chrono::minutes(1);
  view = ProgressView(progress, rules, domain::Role::kManager, now);
  EXPECT_EQ(view["decided"], true);
  EXPECT_EQ(view["decided_in_time"], false);
  EXPECT_EQ(view["decided_late"], true);
}

TEST(DecisionViews, PeopleAreShownByNameAndJobNotByUsername) {
  const auto configuration = service::LoadConfiguration({});
  service::ContactProgress progress;
  progress.contact.id = 7;
  progress.shown_names = {{"jo.bloggs", "Jo Bloggs, Team manager"}};
  progress.steps.decision = domain::Decision{};
  progress.steps.decision->decided_by = "jo.bloggs";
  progress.steps.decision->decided_at = *domain::ParseTimestamp("2026-11-27T12:00:00.000Z");
  progress.history.push_back({"contact:7", "consent", "", "given", "sam.old", {}, ""});
  const auto view = ProgressView(progress, configuration.Rules(), domain::Role::kManager,
                                 progress.steps.decision->decided_at);
  EXPECT_EQ(view["decision"]["by"], "Jo Bloggs, Team manager, 27 November 2026 at 12:00pm");
  // An account no longer known is shown by its username.
  EXPECT_EQ(view["history"][0]["by"], "sam.old");
}

// The wording warned about in a check's question and answer is shown beside each.
TEST(DecisionViews, AChecksWordingWarningsAreShownBesideItsQuestionAndAnswer) {
  const auto configuration = service::LoadConfiguration({});
  service::ContactProgress progress;
  domain::MashCheck check;
  check.agency = "police";
  check.question = "Any CP history?";
  check.answer = "None.";
  check.answered_at = *domain::ParseTimestamp("2026-11-27T12:00:00.000Z");
  check.language_warnings = domain::CheckLanguageOf(check, configuration.Rules().guide, {});
  progress.steps.checks.push_back(check);
  const auto view =
      ProgressView(progress, configuration.Rules(), domain::Role::kManager, *check.answered_at);
  const auto& row = view["checks"].at(0);
  ASSERT_EQ(row["question_warnings"].size(), 1u);
  EXPECT_NE(row["question_warnings"][0].get<std::string>().find("CP"), std::string::npos);
  EXPECT_TRUE(row["answer_warnings"].empty());
}

}  // namespace
}  // namespace frontdoor::web
