// tests/domain/census_pre_proceedings_checks_test.cpp — the pre-flight's rules on pre-proceedings
// (9005 to 9015Q, from 2026-27): each caught on the one referral broken for it, a sound one passing
// them all, and none asked of a year before the module.
#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "census_samples.hpp"
#include "domain/census_checks.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;

const WorkingCalendar kCalendar;

// Pre-proceedings begun in June 2026 and taken to court in September, every part recorded.
PreProceedings Sound() {
  PreProceedings pre;
  pre.start = Day("2026-06-01");
  pre.letter_sent = Day("2026-06-03");
  pre.family_meeting_offered = true;
  pre.first_meeting = Day("2026-06-15");
  pre.decided_on = Day("2026-09-01");
  pre.outcome = "A";
  pre.family_meeting_held = true;
  pre.review_meetings = 2;
  pre.court_application = Day("2026-09-03");
  pre.proceedings_letter = Day("2026-09-04");
  return pre;
}

// The pre-proceedings rules (numbered 90..) broken by a referral of May 2026 holding `pre`.
std::set<std::string> RulesBroken(const PreProceedings& pre, const char* year = "2026-27",
                                  const char* today = "2027-05-01") {
  ReferralEpisode episode;
  episode.contact_id = 7;
  episode.person_id = 2;
  episode.referral_date = Day("2026-05-05");
  episode.referral_source = "6";
  episode.pre_proceedings = {pre};
  const CensusPreFlight check{*ParseCensusYear(year), kCalendar, Day(today)};
  std::set<std::string> rules;
  for (const auto& problem : CheckCensusChild(Jayden(), "C2", {episode}, check)) {
    if (problem.rule.starts_with("90")) rules.insert(problem.rule);
  }
  return rules;
}

TEST(CensusPreProceedingsChecks, SoundPreProceedingsPassEveryRule) {
  EXPECT_EQ(RulesBroken(Sound()), std::set<std::string>{});
}

TEST(CensusPreProceedingsChecks, EachRuleCatchesTheOneReferralBrokenForIt) {
  const std::vector<std::pair<std::string, std::function<void(PreProceedings&)>>> broken = {
      {"9005", [](PreProceedings& pre) { pre.start = Day("2026-03-20"); }},
      {"9006", [](PreProceedings& pre) { pre.letter_sent = Day("2026-05-30"); }},
      {"9006", [](PreProceedings& pre) { pre.letter_sent = Day("2027-04-02"); }},
      {"9007", [](PreProceedings& pre) { pre.family_meeting_offered.reset(); }},
      {"9008", [](PreProceedings& pre) { pre.first_meeting = Day("2027-04-10"); }},
      {"9009", [](PreProceedings& pre) { pre.decided_on = Day("2026-05-20"); }},
      {"9010Q", [](PreProceedings& pre) { pre.family_meeting_held.reset(); }},
      {"9011", [](PreProceedings& pre) { pre.outcome = "D"; }},
      {"9012", [](PreProceedings& pre) { pre.court_application = Day("2026-08-30"); }},
      {"9013", [](PreProceedings& pre) { pre.proceedings_letter = Day("2026-09-02"); }},
      {"9015Q", [](PreProceedings& pre) { pre.review_meetings.reset(); }},
  };
  for (const auto& [rule, breaks] : broken) {
    PreProceedings pre = Sound();
    breaks(pre);
    EXPECT_EQ(RulesBroken(pre), std::set<std::string>{rule}) << rule;
  }
  // A family meeting not offered need not be said to be held.
  PreProceedings not_offered = Sound();
  not_offered.family_meeting_offered = false;
  not_offered.family_meeting_held.reset();
  EXPECT_EQ(RulesBroken(not_offered), std::set<std::string>{});
}

TEST(CensusPreProceedingsChecks, WhatTheDecisionWillRecordIsAskedOnlyOnceTheYearIsOver) {
  PreProceedings open = Sound();
  open.decided_on.reset();
  open.outcome.clear();
  open.family_meeting_held.reset();
  open.review_meetings.reset();
  open.court_application.reset();
  open.proceedings_letter.reset();
  EXPECT_EQ(RulesBroken(open, "2026-27", "2026-12-01"), std::set<std::string>{});
  EXPECT_EQ(RulesBroken(open), (std::set<std::string>{"9010Q", "9015Q"}));
}

TEST(CensusPreProceedingsChecks, AYearBeforeTheModuleIsNotAskedAboutIt) {
  PreProceedings pre = Sound();
  pre.outcome = "D";
  EXPECT_EQ(RulesBroken(pre, "2025-26"), std::set<std::string>{});
}

TEST(CensusPreProceedingsChecks, AReturnWithPreProceedingsIsNotAskedWhyItHasNone) {
  ReferralEpisode episode;
  episode.referral_date = Day("2026-05-05");
  episode.pre_proceedings = {Sound()};
  CensusReturnCount count;
  count.Add(Jayden(), {episode}, *ParseCensusYear("2026-27"));
  EXPECT_EQ(count.pre_proceedings, 1);
  for (const auto& problem : CheckCensusReturn(count)) EXPECT_NE(problem.rule, "9000Q");
  CensusReturnCount none;
  episode.pre_proceedings.clear();
  none.Add(Jayden(), {episode}, *ParseCensusYear("2026-27"));
  bool asked = false;
  for (const auto& problem : CheckCensusReturn(none)) asked = asked || problem.rule == "9000Q";
  EXPECT_TRUE(asked);
}

}  // namespace
}  // namespace frontdoor::domain
