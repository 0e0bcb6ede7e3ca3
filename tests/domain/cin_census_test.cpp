// tests/domain/cin_census_test.cpp — the Children in Need census: the year and which referrals it
// counts, a child's XML in the Department's element order, and each pre-flight rule catching the
// one child broken for it (and passing a sound one).
#include "domain/cin_census.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "sample_people.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;

const WorkingCalendar kCalendar;

CaseStep Step(CaseStepKind kind, const char* date) {
  CaseStep step;
  step.kind = kind;
  step.date = Day(date);
  return step;
}

// Jayden's referral of 5 October 2025: assessed, an enquiry, a conference with a plan, the plan
// ended and the case closed, all within 2025-26.
ReferralEpisode Sound() {
  CaseStep assessment = Step(CaseStepKind::kAssessment, "2025-10-06");
  assessment.authorised = Day("2025-11-20");
  assessment.child_seen = true;
  assessment.factors = {"3B", "4B"};
  assessment.needs_support = true;
  assessment.primary_need = "N1";
  CaseStep conference = Step(CaseStepKind::kConference, "2025-10-27");
  conference.plan_followed = true;
  conference.category = "NEG";
  CaseStep closure = Step(CaseStepKind::kClosure, "2026-02-27");
  closure.closure_reason = "RC7";
  auto episode = EpisodeOf(7, 2, Day("2025-10-05"),
                           {assessment, Step(CaseStepKind::kSection47, "2025-10-08"), conference,
                            Step(CaseStepKind::kProtectionPlanEnd, "2026-02-26"), closure});
  episode.referral_source = "6";
  return episode;
}

std::set<std::string> RulesBroken(const Person& person, const ReferralEpisode& episode) {
  std::set<std::string> rules;
  for (const auto& problem : CheckCensusChild(person, {episode}, *ParseCensusYear("2025-26")))
    rules.insert(problem.rule);
  return rules;
}

TEST(CinCensus, TheYearRunsAprilToMarchAndCountsReferralsOpenInIt) {
  const auto year = ParseCensusYear("2025-26");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->first, Day("2025-04-01"));
  EXPECT_EQ(year->last, Day("2026-03-31"));
  EXPECT_EQ(year->Label(), "2025-26");
  EXPECT_FALSE(ParseCensusYear("2025-27"));
  EXPECT_FALSE(ParseCensusYear("2023-24"));  // before Sex replaced Gender
  EXPECT_FALSE(ParseCensusYear("twenty"));
  auto episode = Sound();
  EXPECT_TRUE(InCensusYear(episode, *year));
  EXPECT_FALSE(InCensusYear(episode, *ParseCensusYear("2026-27")));  // closed before it
  episode.closure_date.reset();
  EXPECT_TRUE(InCensusYear(episode, *ParseCensusYear("2026-27")));  // still open
  episode.referral_date = Day("2026-04-01");
  EXPECT_FALSE(InCensusYear(episode, *year));
}

TEST(CinCensus, AChildIsWrittenInTheDepartmentsElementOrder) {
  Person jayden = Jayden();
  jayden.ethnicity = "WBRI";
  const auto episode = Sound();
  const std::string xml =
      CensusChildXml(jayden, LocalChildId(jayden.id), {episode}, {episode}, kCalendar);
  std::vector<std::string> order = {
      "<LAchildID>C0000002</LAchildID>", "<PersonBirthDate>2015-05-14</PersonBirthDate>",
      "<Sex>M</Sex>", "<Ethnicity>WBRI</Ethnicity>", "<Disability>NONE</Disability>",
      "<CINreferralDate>2025-10-05</CINreferralDate>", "<ReferralSource>6</ReferralSource>",
      "<PrimaryNeedCode>N1</PrimaryNeedCode>", "<CINclosureDate>2026-02-27</CINclosureDate>",
      "<ReasonForClosure>RC7</ReasonForClosure>", "<DateOfInitialCPC>2025-10-27</DateOfInitialCPC>",
      "<AssessmentActualStartDate>2025-10-06</AssessmentActualStartDate>",
      "<AssessmentAuthorisationDate>2025-11-20</AssessmentAuthorisationDate>",
      "<AssessmentFactors>3B</AssessmentFactors>", "<AssessmentFactors>4B</AssessmentFactors>",
      "<S47ActualStartDate>2025-10-08</S47ActualStartDate>",
      // 15 working days after Wednesday 8 October 2025.
      "<InitialCPCtarget>2025-10-29</InitialCPCtarget>",
      "<DateOfInitialCPC>2025-10-27</DateOfInitialCPC>", "<ICPCnotRequired>false</ICPCnotRequired>",
      "<ReferralNFA>false</ReferralNFA>", "<CPPstartDate>2025-10-27</CPPstartDate>",
      "<CPPendDate>2026-02-26</CPPendDate>", "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>",
      "<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>",
      "<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", "</Child>"};
  size_t at = 0;
  for (const auto& element : order) {
    const size_t found = xml.find(element, at);
    ASSERT_NE(found, std::string::npos) << element << " after position " << at << " in\n" << xml;
    at = found + element.size();
  }
}

TEST(CinCensus, ASoundChildPassesEveryRule) {
  Person jayden = Jayden();
  jayden.upn = "W801200106001";
  EXPECT_EQ(RulesBroken(jayden, Sound()), std::set<std::string>{});
}

TEST(CinCensus, EachRuleCatchesTheChildBrokenForIt) {
  struct Broken {
    const char* rule;
    std::function<void(Person&, ReferralEpisode&)> break_it;
    const char* also = nullptr;  // a second rule the same break breaks
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
      {"8610", [](Person&, ReferralEpisode& e) { e.assessments.clear(); }},
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
      {"8540", [](Person& p, ReferralEpisode&) { p.disabilities = {"XYZ"}; }},
      {"8790",
       [](Person& p, ReferralEpisode&) {
         p.disabilities = {"NONE", "HEAR"};
       }},
      {"8794",
       [](Person& p, ReferralEpisode&) {
         p.disabilities = {"HEAR", "HEAR"};
       }},
      {"8606",
       [](Person& p, ReferralEpisode&) {
         p.date_of_birth.reset();
         p.expected_date_of_birth = Day("2026-08-01");
         p.sex = Sex::kUnknown;
       }},
      {"8839",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.enquiries.push_back({Day("2025-11-01"), std::nullopt, false, false});
         e.enquiries.push_back({Day("2025-11-02"), std::nullopt, false, false});
       }},
      {"8840", [](Person&,
                  ReferralEpisode& e) { e.protection_plans[0].end = e.protection_plans[0].start; }},
      {"8867", [&](Person&,
                   ReferralEpisode& e) { e.assessments.push_back(open_assessment("2025-12-01")); }},
      {"8868",
       [](Person&, ReferralEpisode& e) {
         e.enquiries.push_back({Day("2025-12-01"), std::nullopt, false, false});
       }},
      {"8873", [](Person&, ReferralEpisode& e) { e.assessments[0].factors = {"21"}; }},
      {"8896",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.assessments.push_back(open_assessment("2025-12-01"));
         e.assessments.push_back(open_assessment("2025-12-02"));
       },
       "8863"},  // the second starts while the first is under way
      {"8898",
       [](Person&, ReferralEpisode& e) {
         e.assessments[0].factors = {"3B", "3B"};
       }},
      {"8935",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.protection_plans[0].end.reset();
         e.enquiries.push_back({Day("2025-11-28"), Day("2025-12-01"), false, true});
         e.protection_plans.push_back({Day("2025-12-01"), std::nullopt, "NEG", "NEG"});
       },
       "8940"},
      {"8940",
       [](Person&, ReferralEpisode& e) {
         e.enquiries.push_back({Day("2025-12-29"), Day("2026-01-01"), false, true});
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
       "2889"},
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
       "2885"},
      {"4001",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.protection_plans[0].end.reset();
         e.need_plans.push_back({Day("2025-12-01"), std::nullopt, "", ""});
       },
       "4016"},
      {"4004",
       [&](Person&, ReferralEpisode& e) {
         open(e);
         e.need_plans.push_back({Day("2026-03-01"), std::nullopt, "", ""});
         e.need_plans.push_back({Day("2026-03-02"), std::nullopt, "", ""});
       },
       "4014"},
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
      {"8614", [](Person&, ReferralEpisode& e) { e.assessments[0].authorised.reset(); }, "8867"},
      {"8617", [](Person&, ReferralEpisode& e) { e.assessments[0].factors = {"8A"}; }, "8897"},
      {"8863",
       [](Person&, ReferralEpisode& e) {
         CaseStep second = e.assessments[0];
         second.date = Day("2025-10-10");
         second.authorised = Day("2025-11-25");
         e.assessments.push_back(second);
       }},
      {"1530", [](Person& p, ReferralEpisode&) { p.upn = "W999200106001"; }},
      {"1540", [](Person& p, ReferralEpisode&) { p.upn = "W801A00106001"; }},
  };
  for (const auto& broken : cases) {
    Person jayden = Jayden();
    jayden.upn = "W801200106001";
    ReferralEpisode episode = Sound();
    broken.break_it(jayden, episode);
    std::set<std::string> expected{broken.rule};
    if (broken.also) expected.insert(broken.also);
    EXPECT_EQ(RulesBroken(jayden, episode), expected) << broken.rule;
  }
}

TEST(CinCensus, OnePupilNumberOnTwoChildrenNamesBoth) {
  const auto problems = CheckCensusChildrenTogether(
      {{2, "W801200106001"}, {3, ""}, {4, "W801200106001"}, {5, "H93720131400A"}, {6, ""}});
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].rule, "1520");
  EXPECT_EQ(problems[0].person_id, 2);
  EXPECT_EQ(problems[1].person_id, 4);
  EXPECT_NE(problems[0].message.find("W801200106001 is on 2 children"), std::string::npos);
  EXPECT_TRUE(CheckCensusChildrenTogether({{2, "W801200106001"}, {3, ""}, {4, ""}}).empty());
}

TEST(CinCensus, AChildsReferralsNeitherOverlapNorStayOpenButTheLatest) {
  Person jayden = Jayden();
  const auto rules = [&](const std::vector<ReferralEpisode>& episodes) {
    std::set<std::string> broken;
    for (const auto& problem : CheckCensusChild(jayden, episodes, *ParseCensusYear("2025-26")))
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

}  // namespace
}  // namespace frontdoor::domain
