// tests/domain/census_checks_test.cpp — the census pre-flight: each of the Department's rules
// catching the one child broken for it (and passing a sound one), queries told apart from errors,
// and the checks across the year's children.
#include "domain/census_checks.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <set>

#include "census_samples.hpp"
#include "domain/cin_census.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;
using testing::Sound;
using testing::Step;

const WorkingCalendar kCalendar;

// Jayden, with his unique pupil number: a child over six who was referred on has one (or a
// reason why not, rule 8770Q).
Person Pupil() {
  Person jayden = Jayden();
  jayden.upn = "W801200106001";
  return jayden;
}

// 2025-26 checked after its end.
CensusPreFlight PreFlight() {
  return {*ParseCensusYear("2025-26"), kCalendar, Day("2026-05-01")};
}

std::set<std::string> RulesBroken(const Person& person, const ReferralEpisode& episode) {
  std::set<std::string> rules;
  for (const auto& problem : CheckCensusChild(person, "C0000002", {episode}, PreFlight()))
    rules.insert(problem.rule);
  return rules;
}

TEST(CensusChecks, ASoundChildPassesEveryRule) {
  Person jayden = Pupil();
  EXPECT_EQ(RulesBroken(jayden, Sound()), std::set<std::string>{});
}

// Not recorded is not "No disability": the file leaves disabilities out, and the check asks.
TEST(CensusChecks, ADisabilityNotRecordedIsAskedAboutAndLeftOutOfTheFileNotSentAsNone) {
  Person jayden = Pupil();
  jayden.disabilities.clear();
  EXPECT_EQ(RulesBroken(jayden, Sound()), std::set<std::string>{"8540Q"});
  const std::string xml = CensusChildXml(jayden, "C0000002", {Sound()}, {Sound()}, kCalendar);
  EXPECT_EQ(xml.find("<Disabilit"), std::string::npos) << xml;
  jayden.disabilities = {"NONE"};
  EXPECT_NE(CensusChildXml(jayden, "C0000002", {Sound()}, {Sound()}, kCalendar)
                .find("<Disabilities>\n          <Disability>NONE</Disability>"),
            std::string::npos);
}

// Before 2024-25 the census took factors 18A and 19A and gave the child's sex as GenderCurrent.
TEST(CensusChecks, AnEarlierYearTakesItsOwnFactorsAndNamesGenderCurrent) {
  Person unborn = Pupil();
  unborn.date_of_birth.reset();
  unborn.expected_date_of_birth = Day("2026-05-01");
  auto episode = Sound();
  episode.assessments[0].factors = {"18A"};
  const auto problems = [&](const char* year) {
    std::map<std::string, std::string> found;  // rule: element
    const CensusPreFlight check{*ParseCensusYear(year), kCalendar, Day("2026-05-01")};
    for (const auto& problem : CheckCensusChild(unborn, "C0000002", {episode}, check))
      found[problem.rule] = problem.element;
    return found;
  };
  const auto now = problems("2025-26"), then = problems("2023-24");
  EXPECT_EQ(now.at("8750"), "Sex");
  EXPECT_TRUE(now.count("8945Q"));
  EXPECT_EQ(then.at("8750"), "GenderCurrent");
  EXPECT_FALSE(then.count("8945Q"));
}

TEST(CensusChecks, AChildWhoDiedAfterEverythingInTheYearPasses) {
  Person jayden = Pupil();
  jayden.date_of_death = Day("2026-02-27");  // the plan's end and the closure are not after it
  auto episode = Sound();
  episode.closure_reason = "RC2";
  EXPECT_EQ(RulesBroken(jayden, episode), std::set<std::string>{});
  // Nor a baby who died before the expected birth.
  Person unborn = jayden;
  unborn.date_of_birth.reset();
  unborn.expected_date_of_birth = Day("2026-03-20");
  unborn.sex = Sex::kUnknown;
  EXPECT_FALSE(RulesBroken(unborn, episode).count("8535Q"));
}

TEST(CensusChecks, APlanReviewedInItsTimeAndOnItsLastDayPasses) {
  Person jayden = Pupil();
  auto episode = Sound();
  episode.protection_plans[0].reviews = {Day("2026-01-20"), Day("2026-02-26")};
  episode.need_plans.push_back({Day("2026-02-26"), Day("2026-02-27"), "", ""});
  EXPECT_EQ(RulesBroken(jayden, episode), std::set<std::string>{});
}

TEST(CensusChecks, EachRuleCatchesTheChildBrokenForIt) {
  struct Broken {
    const char* rule;
    std::function<void(Person&, ReferralEpisode&)> break_it;
    std::vector<std::string> also = {};  // other rules the same break breaks
  };
  const auto open = [](ReferralEpisode& e) {
    e.closure_date.reset();
    e.closure_reason.clear();
  };
  const auto open_assessment = [](const char* day) {
    CaseStep assessment = Step(CaseStepKind::kAssessment, day);
    assessment.primary_need = "N1";
    return assessment;
  };
  const std::vector<Broken> cases = {
      {"1510", [](Person& p, ReferralEpisode&) { p.upn = "X801200106001"; }},
      {"8525", [](Person& p, ReferralEpisode&) { p.date_of_birth.reset(); }},
      {"4220", [](Person& p, ReferralEpisode&) { p.ethnicity = "XXXX"; }},
      {"8866", [](Person&, ReferralEpisode& e) { e.referral_source = "11"; }},
      {"8630", [](Person&, ReferralEpisode& e) { e.closure_date = Day("2025-10-01"); }},
      {"8805", [](Person&, ReferralEpisode& e) { e.closure_reason = ""; }},
      {"8810",
       [](Person&, ReferralEpisode& e) {
         e.closure_date.reset();
         e.protection_plans[0].end = Day("2026-02-26");
       }},
      {"8640", [](Person&, ReferralEpisode& e) { e.closure_reason = "RC10"; }},
      {"8610", [](Person&, ReferralEpisode& e) { e.assessments[0].primary_need.clear(); }},
      {"8650", [](Person&, ReferralEpisode& e) { e.assessments[0].primary_need = "N10"; }},
      {"8608",
       [](Person&, ReferralEpisode& e) { e.assessments[0].authorised = Day("2025-10-01"); }},
      {"8897", [](Person&, ReferralEpisode& e) { e.assessments[0].factors.clear(); }},
      {"8869", [](Person&, ReferralEpisode& e) { e.assessments[0].factors.push_back("21"); }},
      {"4011",
       [](Person&, ReferralEpisode& e) {
         e.need_plans.push_back({Day("2025-10-10"), Day("2025-10-09"), "", ""});
       }},
      {"8615",
       [](Person&, ReferralEpisode& e) {
         e.enquiries[0].conference_date = Day("2025-10-07");
         e.protection_plans[0].start = Day("2025-10-07");
       }},
      {"8925", [](Person&, ReferralEpisode& e) { e.protection_plans[0].end = Day("2025-10-20"); }},
      {"8905", [](Person&, ReferralEpisode& e) { e.protection_plans[0].initial_category = ""; }},
      {"8910", [](Person&, ReferralEpisode& e) { e.protection_plans[0].latest_category = "XYZ"; }},
      {"8565", [](Person&, ReferralEpisode& e) { e.protection_plans[0].end.reset(); }},
      {"8520", [](Person& p, ReferralEpisode&) { p.date_of_birth = Day("2026-06-01"); }},
      {"8750",
       [](Person& p, ReferralEpisode&) {
         p.date_of_birth.reset();
         p.expected_date_of_birth = Day("2026-05-01");
       }},
      // A disability recorded (8899Q: and no disability factor at the assessment).
      {"8540", [](Person& p, ReferralEpisode&) { p.disabilities = {"XYZ"}; }, {"8899Q"}},
      {"8790",
       [](Person& p, ReferralEpisode&) {
         p.disabilities = {"NONE", "HEAR"};
       },
       {"8899Q"}},
      {"8794",
       [](Person& p, ReferralEpisode&) {
         p.disabilities = {"HEAR", "HEAR"};
       },
       {"8899Q"}},
      {"8606",
       [](Person& p, ReferralEpisode&) {
         p.date_of_birth.reset();
         p.expected_date_of_birth = Day("2026-08-01");
         p.sex = Sex::kUnknown;
       }},
      {"8839",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.enquiries.push_back({Day("2025-11-01"), std::nullopt, false, false, std::nullopt});
         e.enquiries.push_back({Day("2025-11-02"), std::nullopt, false, false, std::nullopt});
       },
       {"8890", "8675Q"}},  // the second starts during the first; neither reached a conference
      {"8840", [](Person&,
                  ReferralEpisode& e) { e.protection_plans[0].end = e.protection_plans[0].start; }},
      {"8867",
       [&](Person&, ReferralEpisode& e) { e.assessments.push_back(open_assessment("2025-12-01")); },
       {"8670Q"}},  // and it was never authorised
      {"8868",
       [](Person&, ReferralEpisode& e) {
         e.enquiries.push_back({Day("2025-12-01"), std::nullopt, false, false, std::nullopt});
       },
       {"8675Q"}},  // and it never reached a conference
      {"8873Q", [](Person&, ReferralEpisode& e) { e.assessments[0].factors = {"21"}; }},
      {"8896",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.assessments.push_back(open_assessment("2025-12-01"));
         e.assessments.push_back(open_assessment("2025-12-02"));
       },
       {"8863", "8670Q"}},  // the second starts while the first is under way; neither ends
      {"8898",
       [](Person&, ReferralEpisode& e) {
         e.assessments[0].factors = {"3B", "3B"};
       }},
      {"8841",
       [](Person&, ReferralEpisode& e) {
         e.protection_plans[0].reviews = {Day("2026-01-20"), e.protection_plans[0].start};
       }},
      {"4003",
       [](Person&, ReferralEpisode& e) {
         e.need_plans.push_back({Day("2025-12-01"), Day("2025-12-20"), "", ""});
         e.protection_plans[0].reviews = {Day("2025-12-10")};
       },
       {"4016"}},  // the child in need plan starts while the protection plan is open
      {"8945Q", [](Person&, ReferralEpisode& e) { e.assessments[0].factors = {"18A"}; }},
      {"8950Q", [](Person&, ReferralEpisode& e) { e.assessments[0].factors = {"3B", "19A"}; }},
      {"8935",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.protection_plans[0].end.reset();
         e.enquiries.push_back(
             {Day("2025-11-28"), Day("2025-12-01"), false, true, Day("2025-12-01")});
         e.protection_plans.push_back({Day("2025-12-01"), std::nullopt, "NEG", "NEG"});
       },
       {"8940"}},
      {"8940",
       [](Person&, ReferralEpisode& e) {
         e.enquiries.push_back(
             {Day("2025-12-29"), Day("2026-01-01"), false, true, Day("2026-01-01")});
         e.protection_plans.push_back({Day("2026-01-01"), Day("2026-02-20"), "NEG", "NEG"});
       }},
      {"1103", [](Person&, ReferralEpisode& e) { e.assessments[0].date = Day("2025-10-01"); }},
      {"2889", [](Person&, ReferralEpisode& e) { e.enquiries[0].start = Day("2025-10-01"); }},
      {"1104",
       [](Person&, ReferralEpisode& e) {
         e.enquiries[0].start = Day("2025-10-01");
         e.enquiries[0].conference_date = Day("2025-10-03");
         e.protection_plans[0].start = Day("2025-10-03");
       },
       {"2889", "1105"}},
      {"4015",
       [](Person&, ReferralEpisode& e) {
         e.need_plans.push_back({Day("2025-10-01"), Day("2025-10-20"), "", ""});
       }},
      {"2990", [](Person&, ReferralEpisode& e) { e.closure_reason = "RC8"; }},
      {"4000",
       [](Person&, ReferralEpisode& e) {
         e.assessments.clear();
         e.enquiries.clear();
         e.protection_plans.clear();
         e.need_plans.push_back({Day("2025-10-10"), Day("2025-11-01"), "", ""});
       }},
      {"8832",
       [](Person&, ReferralEpisode& e) {
         e.assessments.clear();
         e.enquiries.clear();
       },
       {"2885"}},
      {"4001",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.protection_plans[0].end.reset();
         e.need_plans.push_back({Day("2025-12-01"), std::nullopt, "", ""});
       },
       {"4016"}},
      {"4004",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.need_plans.push_back({Day("2026-03-01"), std::nullopt, "", ""});
         e.need_plans.push_back({Day("2026-03-02"), std::nullopt, "", ""});
       },
       {"4014"}},
      {"4014",
       [](Person&, ReferralEpisode& e) {
         e.need_plans.push_back({Day("2025-10-06"), Day("2025-10-20"), "", ""});
         e.need_plans.push_back({Day("2025-10-10"), Day("2025-10-25"), "", ""});
       }},
      {"4016",
       [](Person&, ReferralEpisode& e) {
         e.need_plans.push_back({Day("2025-11-01"), Day("2025-12-01"), "", ""});
       }},
      {"4017",
       [](Person&, ReferralEpisode& e) {
         e.need_plans.push_back({Day("2025-10-20"), Day("2025-11-30"), "", ""});
       }},
      {"2885",
       [](Person&, ReferralEpisode& e) { e.protection_plans[0].start = Day("2025-10-28"); }},
      {"8614",
       [](Person&, ReferralEpisode& e) { e.assessments[0].authorised.reset(); },
       {"8867", "8670Q"}},
      {"8617", [](Person&, ReferralEpisode& e) { e.assessments[0].factors = {"8A"}; }, {"8897"}},
      {"8863",
       [](Person&, ReferralEpisode& e) {
         CaseStep second = e.assessments[0];
         second.date = Day("2025-10-10");
         second.authorised = Day("2025-11-25");
         e.assessments.push_back(second);
       }},
      // The child's date of death (the plan ran 27 October 2025 to 26 February 2026).
      {"8535Q",
       [](Person& p, ReferralEpisode&) {
         p.date_of_death = Day("2026-03-01");
         p.date_of_birth.reset();
       },
       {"8525"}},  // no date of birth at all
      {"8545Q", [](Person& p, ReferralEpisode&) { p.date_of_death = Day("2025-03-01"); },
       {"8555Q", "8915", "8920"}},  // so everything of the year came after it
      {"8555Q", [](Person& p, ReferralEpisode&) { p.date_of_death = Day("2025-10-01"); },
       {"8915", "8920"}},
      {"8585Q", [](Person&, ReferralEpisode& e) { e.closure_reason = "RC2"; }},
      {"4008",
       [&](Person& p, ReferralEpisode& e) {
         open(e);
         p.date_of_death = Day("2026-02-26");
         e.need_plans.push_back({Day("2026-02-27"), std::nullopt, "", ""});
       }},
      {"4009Q",
       [&](Person& p, ReferralEpisode& e) {
         open(e);
         p.date_of_death = Day("2026-03-01");
         e.need_plans.push_back({Day("2026-02-27"), Day("2026-03-10"), "", ""});
       }},
      {"8915", [](Person& p, ReferralEpisode&) { p.date_of_death = Day("2025-10-20"); },
       {"8920"}},  // and it ended after it too
      {"8920", [](Person& p, ReferralEpisode&) { p.date_of_death = Day("2026-01-01"); }},
      {"1530", [](Person& p, ReferralEpisode&) { p.upn = "W999200106001"; }},
      {"8770Q", [](Person& p, ReferralEpisode&) { p.upn.clear(); }},
      {"1560Q", [](Person& p, ReferralEpisode&) { p.former_upn = "W8012001060A1"; }},
      {"8772",
       [](Person& p, ReferralEpisode&) {
         p.upn.clear();
         p.upn_unknown = "UN7";
       }},
      {"1540", [](Person& p, ReferralEpisode&) { p.upn = "W801A00106001"; }},
      {"1550", [](Person& p, ReferralEpisode&) { p.upn = "W80120010600I"; }},
      {"1105",
       [](Person&, ReferralEpisode& e) { e.protection_plans[0].start = Day("2025-10-01"); },
       {"2885"}},  // nor did a conference start it
      {"8875",
       [](Person&, ReferralEpisode& e) {
         e.enquiries[0].conference_date = Day("2025-10-25");  // a Saturday
         e.protection_plans[0].start = Day("2025-10-25");
       }},
      {"8890",
       [](Person&, ReferralEpisode& e) {
         e.enquiries.push_back(
             {Day("2025-10-20"), Day("2025-10-30"), false, false, Day("2025-10-30")});
       }},
      {"2991Q",
       [](Person&, ReferralEpisode& e) { e.assessments.clear(); },
       {"8610"}},  // and so no primary need
      {"4012Q",
       [](Person&, ReferralEpisode& e) {
         e.need_plans.push_back({Day("2025-10-10"), Day("2025-10-10"), "", ""});
       }},
      {"8825Q",
       [](Person&, ReferralEpisode& e) {
         e.closure_reason = "RC8";
         e.assessments.clear();
         e.enquiries.clear();
         e.protection_plans.clear();
       }},
      {"8670Q",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.assessments.push_back(open_assessment("2026-01-05"));
       }},
      {"8675Q",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.enquiries.push_back({Day("2026-02-02"), std::nullopt, false, false, std::nullopt});
       }},
      {"8775Q", [](Person& p, ReferralEpisode&) { p.date_of_birth = Day("2000-11-01"); }},
      {"8899Q", [](Person& p, ReferralEpisode&) { p.disabilities = {"HEAR"}; }},
      // The year's own rules: what the file shows lies in the year, or (if open) not after it.
      {"8620", [](Person&, ReferralEpisode& e) { e.closure_date = Day("2026-04-10"); }},
      {"8696",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.assessments[0].authorised = Day("2026-04-20");
       }},
      {"8715",
       [](Person&, ReferralEpisode& e) {
         e.referral_date = Day("2025-03-01");
         e.enquiries.insert(e.enquiries.begin(), {Day("2025-03-03"), Day("2025-03-10"), false,
                                                  false, Day("2025-03-10")});
       }},
      {"8930",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.protection_plans[0].end = Day("2026-04-15");
       }},
      {"4013",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.need_plans.push_back({Day("2026-03-01"), Day("2026-04-10"), "", ""});
       }},
      {"4010",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.need_plans.push_back({Day("2026-04-05"), std::nullopt, "", ""});
       }},
      {"8720",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.protection_plans.push_back({Day("2026-04-06"), std::nullopt, "NEG", "NEG"});
       }},
      {"8736",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.referral_date = Day("2025-03-01");
         e.assessments = {open_assessment("2025-03-03")};
       },
       {"8670Q"}},  // and so open far longer than 45 working days
      {"8740",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.referral_date = Day("2025-03-01");
         e.enquiries.insert(e.enquiries.begin(),
                            {Day("2025-03-03"), std::nullopt, false, false, std::nullopt});
       },
       {"8675Q", "8890"}},  // and so no conference in time, and the next enquiry starts during it
      {"8569Q",
       [](Person&, ReferralEpisode& e) {
         e = EpisodeOf(7, 2, Day("2025-03-28"), {});
         e.referral_source = "6";
         e.closure_date = Day("2025-04-02");
         e.closure_reason = "RC7";
       }},
  };
  for (const auto& broken : cases) {
    Person jayden = Pupil();
    ReferralEpisode episode = Sound();
    broken.break_it(jayden, episode);
    std::set<std::string> expected{broken.rule};
    expected.insert(broken.also.begin(), broken.also.end());
    EXPECT_EQ(RulesBroken(jayden, episode), expected) << broken.rule;
  }
}

TEST(CensusChecks, AConferenceIsRecordedForTheReferralOrItsEnquiryNotBoth) {
  // A referral whose plan began at a conference of the year before (its enquiry not shown), and a
  // later one's enquiry with a conference on the same day: one conference recorded twice.
  auto earlier = Sound();
  earlier.enquiries.clear();
  earlier.initial_conference = Day("2025-10-27");
  auto later = Sound();
  later.contact_id = 8;
  std::set<std::string> rules;
  for (const auto& problem : CheckCensusChild(Pupil(), "C0000002", {earlier, later}, PreFlight()))
    rules.insert(problem.rule);
  EXPECT_TRUE(rules.count("2884"));
  EXPECT_EQ(ConferenceWithoutEnquiry(earlier), Day("2025-10-27"));
  EXPECT_FALSE(ConferenceWithoutEnquiry(later));  // its enquiry holds it
}

// The rules on the whole return, from one child (Jayden, with two disabilities of eight codes).
std::set<std::string> ReturnRulesBroken(const std::function<void(CensusReturnCount&)>& change) {
  const auto year = *ParseCensusYear("2025-26");
  Person jayden = Pupil();
  jayden.disabilities = {"MOB", "HAND"};
  CensusReturnCount count;
  count.Add(jayden, {Sound()}, year);
  for (const char* code : {"PC", "INC", "COMM", "LD", "HEAR", "VIS"})
    count.disability_codes.insert(code);
  change(count);
  std::set<std::string> rules;
  for (const auto& problem : CheckCensusReturn(count)) {
    EXPECT_EQ(problem.query, problem.rule.back() == 'Q') << problem.rule;
    rules.insert(problem.rule);
  }
  return rules;
}

TEST(CensusChecks, TheRulesOnTheWholeReturn) {
  EXPECT_EQ(ReturnRulesBroken([](CensusReturnCount&) {}), std::set<std::string>{});
  EXPECT_EQ(ReturnRulesBroken([](CensusReturnCount& count) { ++count.plans_started; }),
            std::set<std::string>{"2883"});
  // One child in fifty with no sex recorded is allowed; more is asked about.
  EXPECT_EQ(ReturnRulesBroken([](CensusReturnCount& count) {
              count.children = 50;
              count.sex_unknown = 1;
            }),
            std::set<std::string>{});
  EXPECT_EQ(ReturnRulesBroken([](CensusReturnCount& count) {
              count.children = 49;
              count.sex_unknown = 1;
            }),
            std::set<std::string>{"2886Q"});
  EXPECT_EQ(
      ReturnRulesBroken([](CensusReturnCount& count) { count.disability_codes.erase("VIS"); }),
      std::set<std::string>{"2887Q"});
  EXPECT_EQ(ReturnRulesBroken([](CensusReturnCount& count) { count.most_disabilities = 1; }),
            std::set<std::string>{"2888Q"});
  // From 2026-27 the Department asks why a return has no pre-proceedings module.
  EXPECT_EQ(ReturnRulesBroken([](CensusReturnCount& count) { count.start_year = 2026; }),
            std::set<std::string>{"9000Q"});
  // Counted from the child: two disabilities, one plan starting at one conference.
  CensusReturnCount count;
  Person unborn = Pupil();
  unborn.date_of_birth.reset();
  unborn.expected_date_of_birth = Day("2026-05-01");
  unborn.sex = Sex::kUnknown;
  count.Add(unborn, {}, *ParseCensusYear("2025-26"));
  EXPECT_EQ(count.children, 1);     // counted among the return's children,
  EXPECT_EQ(count.sex_unknown, 0);  // but not asked about
  const auto problems = CheckCensusReturn([] {
    CensusReturnCount two_plans;
    auto second_plan = Sound();
    second_plan.protection_plans.push_back({Day("2026-03-02"), std::nullopt, "NEG", "NEG"});
    two_plans.Add(Pupil(), {Sound(), second_plan}, *ParseCensusYear("2025-26"));
    return two_plans;
  }());
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].rule, "2883");
  EXPECT_EQ(problems[0].message,
            "The return starts 3 child protection plans in the year but holds only 2 initial "
            "conferences in it");
}

TEST(CensusChecks, OnePupilNumberOnTwoChildrenNamesBoth) {
  const auto problems = CheckCensusChildrenTogether({{2, {"C0000002", "W801200106001"}},
                                                     {3, {"C0000003", ""}},
                                                     {4, {"C0000004", "W801200106001"}},
                                                     {5, {"C0000005", "H93720131400A"}},
                                                     {6, {"C0000006", ""}}});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].rule, "1520");
  EXPECT_EQ(problems[0].person_id, 2);
  EXPECT_EQ(problems[1].person_id, 4);
  EXPECT_NE(problems[0].message.find("W801200106001 is on 2 children"), std::string::npos);
  EXPECT_TRUE(CheckCensusChildrenTogether(
                  {{2, {"C0000002", "W801200106001"}}, {3, {"C0000003", ""}}, {4, {"OLD42", ""}}})
                  .empty());
}

TEST(CensusChecks, AChildsReferralsNeitherOverlapNorStayOpenButTheLatest) {
  Person jayden = Pupil();
  const auto rules = [&](const std::vector<ReferralEpisode>& episodes) {
    std::set<std::string> broken;
    for (const auto& problem : CheckCensusChild(jayden, "C0000002", episodes, PreFlight()))
      broken.insert(problem.rule);
    return broken;
  };
  // A later referral, assessed and still open.
  const auto referral_on = [](const char* day, const char* started, const char* authorised) {
    CaseStep assessment = Step(CaseStepKind::kAssessment, started);
    assessment.authorised = Day(authorised);
    assessment.factors = {"3B"};
    assessment.primary_need = "N1";
    auto episode = EpisodeOf(8, 2, Day(day), {assessment});
    episode.referral_source = "6";
    return episode;
  };
  EXPECT_EQ(rules({Sound(), referral_on("2026-03-01", "2026-03-02", "2026-03-10")}),
            std::set<std::string>{});
  // Made while the first was open (it closed on 27 February).
  EXPECT_EQ(rules({Sound(), referral_on("2026-01-10", "2026-01-11", "2026-01-20")}),
            std::set<std::string>{"8820"});
  ReferralEpisode still_open = Sound();
  still_open.closure_date.reset();
  still_open.closure_reason.clear();
  const auto later = referral_on("2026-03-01", "2026-03-02", "2026-03-10");
  EXPECT_EQ(rules({still_open, later}), (std::set<std::string>{"8815", "8816", "8820"}));
}

TEST(CensusChecks, OneChildIdentifierOnTwoChildrenNamesBoth) {
  // A child brought in by an earlier census keeps its identifier, which can meet one made here.
  const auto problems = CheckCensusChildrenTogether(
      {{2, {"C0000002", ""}}, {3, {"C0000002", ""}}, {4, {"C0000004", ""}}});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].rule, "8510");
  EXPECT_EQ(problems[0].person_id, 2);
  EXPECT_EQ(problems[1].person_id, 3);
  EXPECT_EQ(problems[1].child_id, "C0000002");
  EXPECT_FALSE(problems[0].query);
}

TEST(CensusChecks, TheChildsIdentifierIsTwentyLettersAndDigitsAtMost) {
  const auto rules = [](std::string_view la_child_id) {
    std::set<std::string> broken;
    for (const auto& problem : CheckCensusChild(Pupil(), la_child_id, {Sound()}, PreFlight()))
      broken.insert(problem.rule);
    return broken;
  };
  EXPECT_EQ(rules("OLD42"), std::set<std::string>{});
  EXPECT_EQ(rules("ABCDEFGHIJ0123456789"), std::set<std::string>{});  // twenty
  EXPECT_EQ(rules("ABCDEFGHIJ01234567890"), std::set<std::string>{"1570"});
  EXPECT_EQ(rules("OLD-42"), std::set<std::string>{"1580"});
  EXPECT_EQ(rules("OLD 42"), std::set<std::string>{"1580"});
}

TEST(CensusChecks, AMissingPupilNumberIsExplainedForAChildOverSixWhoWasReferredOn) {
  const auto rules = [](const Person& person, const ReferralEpisode& episode) {
    return RulesBroken(person, episode);
  };
  Person jayden = Pupil();  // born 14 May 2015: over six on 31 March 2026
  jayden.upn.clear();
  for (const char* reason : {"UN2", "UN3", "UN4", "UN5", "UN6"}) {
    jayden.upn_unknown = reason;
    EXPECT_EQ(rules(jayden, Sound()), std::set<std::string>{}) << reason;
  }
  // "Under six" for a child over six is no reason; nor is none.
  jayden.upn_unknown = "UN1";
  EXPECT_EQ(rules(jayden, Sound()), std::set<std::string>{"8770Q"});
  jayden.upn_unknown.clear();
  EXPECT_EQ(rules(jayden, Sound()), std::set<std::string>{"8770Q"});
  // Six years to the day before the census date counts as over six; a day later does not.
  jayden.date_of_birth = Day("2020-03-31");
  EXPECT_EQ(rules(jayden, Sound()), std::set<std::string>{"8770Q"});
  jayden.date_of_birth = Day("2020-04-01");
  EXPECT_EQ(rules(jayden, Sound()), std::set<std::string>{});
  // A referral that ended with no further action asks nothing, and "no further action" (UN7)
  // is then the right reason, even for a child over six.
  jayden = Pupil();
  jayden.upn.clear();
  ReferralEpisode no_action = EpisodeOf(7, 2, Day("2025-10-05"), {});
  no_action.referral_source = "6";
  no_action.closure_date = Day("2025-10-20");
  no_action.closure_reason = "RC8";
  ASSERT_TRUE(no_action.NoFurtherAction());
  EXPECT_FALSE(rules(jayden, no_action).count("8770Q"));
  jayden.upn_unknown = "UN7";
  EXPECT_FALSE(rules(jayden, no_action).count("8772"));
  EXPECT_FALSE(rules(jayden, no_action).count("8770Q"));
  // With a number recorded, neither rule asks anything.
  jayden.upn = "W801200106001";
  jayden.upn_unknown.clear();
  EXPECT_EQ(rules(jayden, Sound()), std::set<std::string>{});
}

TEST(CensusChecks, QueriesAreMarkedAndCountApartFromErrors) {
  Person jayden = Pupil();
  jayden.disabilities = {"HEAR"};
  ReferralEpisode episode = Sound();
  episode.closure_reason = "";  // 8805, an error
  const auto problems = CheckCensusChild(jayden, "C0000002", {episode}, PreFlight());
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(CountCensusErrors(problems), 1u);
  for (const auto& problem : problems) {
    EXPECT_EQ(problem.query, problem.rule == "8899Q") << problem.rule;
    EXPECT_EQ(problem.child_id, "C0000002");
  }
}

TEST(CensusChecks, TheQueriesClocksCountWorkingDaysToTheYearsEnd) {
  const auto rules = [](ReferralEpisode episode) {
    episode.closure_date.reset();
    episode.closure_reason.clear();
    std::set<std::string> broken;
    for (const auto& problem : CheckCensusChild(Pupil(), "C0000002", {episode}, PreFlight()))
      broken.insert(problem.rule);
    return broken;
  };
  // Working days after a start up to 31 March 2026 (a Tuesday): from Tuesday 3 February, 40;
  // from Wednesday 31 December 2025, 65 (the calendar here has no bank holidays).
  ASSERT_EQ(kCalendar.WorkingDaysBetween(Day("2026-02-03"), Day("2026-03-31")), 40);
  const auto with_assessment = [](const char* started) {
    ReferralEpisode episode = Sound();
    CaseStep assessment = Step(CaseStepKind::kAssessment, started);
    assessment.primary_need = "N1";
    episode.assessments.push_back(assessment);
    return episode;
  };
  // 45 working days before the year's end is Tuesday 27 January: 44 working days are allowed.
  ASSERT_EQ(kCalendar.WorkingDaysBetween(Day("2026-01-27"), Day("2026-03-31")), 45);
  EXPECT_EQ(rules(with_assessment("2026-01-28")), std::set<std::string>{});
  EXPECT_EQ(rules(with_assessment("2026-01-27")), std::set<std::string>{"8670Q"});
  const auto with_enquiry = [](const char* started, bool not_required) {
    ReferralEpisode episode = Sound();
    episode.enquiries.push_back({Day(started), std::nullopt, not_required, false, std::nullopt});
    return episode;
  };
  // Fifteen working days before the year's end is Tuesday 10 March.
  ASSERT_EQ(kCalendar.WorkingDaysBetween(Day("2026-03-10"), Day("2026-03-31")), 15);
  EXPECT_EQ(rules(with_enquiry("2026-03-11", false)), std::set<std::string>{});
  EXPECT_EQ(rules(with_enquiry("2026-03-10", false)), std::set<std::string>{"8675Q"});
  EXPECT_EQ(rules(with_enquiry("2026-03-10", true)), std::set<std::string>{});  // none needed
}

TEST(CensusChecks, NoFactorsFoundExpectsAClosureAfterAssessment) {
  ReferralEpisode episode = Sound();
  episode.assessments[0].factors = {"21"};
  episode.enquiries.clear();
  episode.protection_plans.clear();
  const auto rules = [&](const char* reason) {
    episode.closure_reason = reason;
    std::set<std::string> broken;
    for (const auto& problem : CheckCensusChild(Pupil(), "C0000002", {episode}, PreFlight()))
      broken.insert(problem.rule);
    return broken;
  };
  EXPECT_EQ(rules("RC8"), std::set<std::string>{});
  EXPECT_EQ(rules("RC9"), std::set<std::string>{});
  EXPECT_EQ(rules("RC7"), std::set<std::string>{"8873Q"});
}

}  // namespace
}  // namespace frontdoor::domain
