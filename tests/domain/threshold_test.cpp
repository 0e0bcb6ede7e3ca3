// tests/domain/threshold_test.cpp — the threshold framework file: the shipped one loads; a bad one
// is refused with its line.
#include "domain/threshold.hpp"

#include <gtest/gtest.h>

#include "config_file.hpp"

namespace frontdoor::domain {
namespace {

std::string ShippedFramework() {
  return testing::ShippedConfig("threshold.txt");
}

std::string RefusalFor(const std::string& text) {
  try {
    LoadThresholdFramework(text);
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  return "accepted";
}

TEST(Threshold, TheShippedContinuumOfNeedLoads) {
  const auto framework = LoadThresholdFramework(ShippedFramework());
  EXPECT_EQ(framework.name, "Southampton Continuum of Need");
  ASSERT_EQ(framework.levels.size(), 4u);
  EXPECT_EQ(framework.Level(4)->name, "Safeguarding");
  EXPECT_EQ(framework.domains.size(), 3u);
  EXPECT_TRUE(framework.OutcomeFitsLevel("strategy_discussion", 4));
  EXPECT_FALSE(framework.OutcomeFitsLevel("strategy_discussion", 2));
  EXPECT_TRUE(framework.FindOutcome("single_assessment")->needs_consent);
  EXPECT_TRUE(framework.FindOutcome("strategy_discussion")->significant_harm);
  EXPECT_FALSE(framework.FindOutcome("strategy_discussion")->needs_consent);
  EXPECT_EQ(framework.FindIndicator("4.F1")->domain, "family");
}

TEST(Threshold, ABadFileIsRefusedWithItsLineAndReason) {
  const std::string head =
      "framework Test\noutcome nfa | No further action | none\ndomain family | Family\n";  // lines
                                                                                           // 1-3
  EXPECT_EQ(RefusalFor(head + "level 2 | Two | d | nfa\n"),
            "threshold framework, line 4: levels must be numbered 1, 2, 3... in order; expected 1");
  EXPECT_EQ(RefusalFor(head + "level 1 | One | d | assessment\n"),
            "threshold framework, line 4: outcome assessment is not defined above");
  EXPECT_EQ(
      RefusalFor(head + "level 1 | One | d | nfa\nindicator 1.X | 1 | health | text\n"),
      "threshold framework, line 5: indicator 1.X is in domain health, which is not defined above");
  EXPECT_EQ(
      RefusalFor(head + "level 1 | One | d | nfa\nindicator 1.F | 3 | family | text\n"),
      "threshold framework, line 5: indicator 1.F is for level 3, which is not defined above");
  EXPECT_EQ(RefusalFor(head + "level 1 | One | d | nfa\n"),
            "threshold framework, line 4: level 1 has no indicators");
  EXPECT_EQ(RefusalFor(head + "levle 1 | One | d | nfa\n"),
            "threshold framework, line 4: lines start with framework, outcome, domain, level or "
            "indicator, not \"levle\"");
  EXPECT_EQ(RefusalFor("outcome x | X | urgent\n"),
            "threshold framework, line 1: unknown outcome flag \"urgent\" (use referral, consent, "
            "significant_harm or none)");
  EXPECT_EQ(RefusalFor(head + "level 1 | One | nfa\n"),
            "threshold framework, line 4: level lines are: level NUMBER | NAME | DESCRIPTION | "
            "OUTCOME, OUTCOME...");
}

}  // namespace
}  // namespace frontdoor::domain
