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
  const std::string xml = CensusChildXml(jayden, LocalChildId(jayden.id), {episode}, {episode}, kCalendar);
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
         e.need_plans.push_back({Day("2025-11-01"), Day("2025-10-31"), "", ""});
       }},
      {"8615",
       [](Person&, ReferralEpisode& e) { e.enquiries[0].conference_date = Day("2025-10-07"); }},
      {"8925", [](Person&, ReferralEpisode& e) { e.protection_plans[0].end = Day("2025-10-20"); }},
      {"8905", [](Person&, ReferralEpisode& e) { e.protection_plans[0].initial_category = ""; }},
      {"8910", [](Person&, ReferralEpisode& e) { e.protection_plans[0].latest_category = "XYZ"; }},
      {"8565", [](Person&, ReferralEpisode& e) { e.protection_plans[0].end.reset(); }},
  };
  for (const auto& broken : cases) {
    Person jayden = Jayden();
    jayden.upn = "W801200106001";
    ReferralEpisode episode = Sound();
    broken.break_it(jayden, episode);
    EXPECT_EQ(RulesBroken(jayden, episode), std::set<std::string>{broken.rule}) << broken.rule;
  }
}

}  // namespace
}  // namespace frontdoor::domain
