// tests/domain/cin_census_test.cpp — the Children in Need census: the year and which referrals it
// counts, and a child's XML in the Department's element order.
#include "domain/cin_census.hpp"

#include <gtest/gtest.h>

#include "census_samples.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;
using testing::Sound;

const WorkingCalendar kCalendar;

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

}  // namespace
}  // namespace frontdoor::domain
