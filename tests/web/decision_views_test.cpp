// tests/web/decision_views_test.cpp — a contact's progress as its page shows it: a decision made
// after it was due says so.
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

}  // namespace
}  // namespace frontdoor::web
