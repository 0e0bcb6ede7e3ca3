// tests/web/case_step_pages_test.cpp — the page of what happened after a child's referral: an
// open child protection plan says when its next review conference is due.
#include <gtest/gtest.h>

#include <map>

#include "service/national_data.hpp"
#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

using domain::Role;

class CaseStepPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

TEST_F(CaseStepPagesTest, AnOpenProtectionPlanShowsWhenItsNextReviewIsDue) {
  service::GenerationPlan plan;
  plan.children = 120;
  service::GenerateNationalData(*store_, clock_, plan, [](const service::GeneratedCounts&) {});
  // A generated referral whose child protection plan is still open.
  const auto steps = store_->ReadResult([](store::Records& records) {
    return records.case_steps.Between(*domain::ParseDate("2020-01-01"),
                                      *domain::ParseDate("2026-11-27"));
  });
  std::map<std::pair<std::int64_t, std::int64_t>, std::vector<domain::CaseStep>> by_referral;
  for (const auto& step : steps) by_referral[{step.contact_id, step.person_id}].push_back(step);
  std::optional<std::pair<std::int64_t, std::int64_t>> open;
  std::optional<domain::Date> due;
  for (const auto& [referral, its_steps] : by_referral) {
    const auto episode = domain::EpisodeOf(referral.first, referral.second, {}, its_steps);
    if (episode.protection_plans.empty() || !episode.protection_plans.back().Open()) continue;
    open = referral;
    due = domain::NextReviewDue(episode.protection_plans.back(), configuration_.calendar);
    break;
  }
  ASSERT_TRUE(open) << "the generated council has no open child protection plan";
  const auto manager = SignInAs(Role::kManager);
  const http::Response page = Send("GET",
                                   "/contacts/" + std::to_string(open->first) + "/children/" +
                                       std::to_string(open->second) + "/steps",
                                   "", &manager);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Next child protection plan review"), std::string::npos);
  EXPECT_NE(page.body.find("By " + domain::FormatLongDate(*due)), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
