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
  EXPECT_FALSE(ParseCensusYear("2018-19"));  // before the first year frontdoor reads
  EXPECT_EQ(ParseCensusYear("2019-20")->first, Day("2019-04-01"));
  EXPECT_STREQ(SexElement(2023), "GenderCurrent");
  EXPECT_STREQ(SexElement(2024), "Sex");
  EXPECT_FALSE(ParseCensusYear("twenty"));
  auto episode = Sound();
  EXPECT_TRUE(InCensusYear(episode, *year));
  EXPECT_FALSE(InCensusYear(episode, *ParseCensusYear("2026-27")));  // closed before it
  episode.closure_date.reset();
  EXPECT_TRUE(InCensusYear(episode, *ParseCensusYear("2026-27")));  // still open
  episode.referral_date = Day("2026-04-01");
  EXPECT_FALSE(InCensusYear(episode, *year));
}

// Referred on 10 January 2025 (2024-25): assessed from 13 January to 20 April, an enquiry from 14
// January with a conference and a plan on 3 February, the plan ended 1 September (its category
// changed then) and the case closed 10 September 2025 (2025-26).
ReferralEpisode AcrossTwoYears() {
  using testing::Step;
  CaseStep assessment = Step(CaseStepKind::kAssessment, "2025-01-13");
  assessment.authorised = Day("2025-04-20");
  assessment.factors = {"3B"};
  assessment.primary_need = "N1";
  CaseStep conference = Step(CaseStepKind::kConference, "2025-02-03");
  conference.plan_followed = true;
  conference.category = "NEG";
  CaseStep plan_end = Step(CaseStepKind::kProtectionPlanEnd, "2025-09-01");
  plan_end.category = "PHY";
  CaseStep closure = Step(CaseStepKind::kClosure, "2025-09-10");
  closure.closure_reason = "RC7";
  return EpisodeOf(
      7, 2, Day("2025-01-10"),
      {assessment, Step(CaseStepKind::kSection47, "2025-01-14"), conference, plan_end, closure});
}

TEST(CinCensus, PlansBeforeAreCountedOrTakenFromACensusFileWhicheverIsMore) {
  const auto plan = [](const char* start, std::optional<int> given = std::nullopt) {
    PlanDates dates{Day(start), std::nullopt, "NEG", "NEG"};
    dates.previous_plans_given = given;
    return dates;
  };
  ReferralEpisode earlier, later;
  earlier.protection_plans = {plan("2023-05-02"), plan("2024-01-08")};
  later.protection_plans = {plan("2025-02-03")};
  // Counted from the plans held, across every referral of the child.
  EXPECT_EQ(PlansBefore(later.protection_plans[0], {earlier, later}), 2);
  EXPECT_EQ(PlansBefore(earlier.protection_plans[0], {earlier, later}), 0);
  // A census file brought in gave 4 for the plan of 8 January 2024: 4 before it, so 5 before the
  // next; a plan's own number as given stands when it is more than the plans held.
  earlier.protection_plans[1].previous_plans_given = 4;
  EXPECT_EQ(PlansBefore(later.protection_plans[0], {earlier, later}), 5);
  EXPECT_EQ(PlansBefore(earlier.protection_plans[1], {earlier, later}), 4);
  EXPECT_EQ(PlansBefore(plan("2025-02-03", 7), {earlier}), 7);
  // A number given that is fewer than the plans held does not undercount them.
  earlier.protection_plans[1].previous_plans_given = 0;
  EXPECT_EQ(PlansBefore(later.protection_plans[0], {earlier, later}), 2);
  // A number given for a later plan says nothing about an earlier one.
  later.protection_plans[0].previous_plans_given = 9;
  EXPECT_EQ(PlansBefore(earlier.protection_plans[1], {earlier, later}), 1);
}

TEST(CinCensus, EachYearShowsTheReferralAsItStoodOnItsLastDay) {
  const auto whole = AcrossTwoYears();
  // On 31 March 2025: the assessment under way, the plan open in its first category, no closure.
  const auto first = EpisodeAtYearEnd(whole, *ParseCensusYear("2024-25"));
  ASSERT_EQ(first.assessments.size(), 1u);
  EXPECT_FALSE(first.assessments[0].authorised);
  EXPECT_TRUE(first.assessments[0].factors.empty());
  ASSERT_EQ(first.enquiries.size(), 1u);
  EXPECT_EQ(first.enquiries[0].conference_date, Day("2025-02-03"));
  ASSERT_EQ(first.protection_plans.size(), 1u);
  EXPECT_TRUE(first.protection_plans[0].Open());
  EXPECT_EQ(first.protection_plans[0].latest_category, "NEG");
  EXPECT_FALSE(first.closure_date);
  EXPECT_EQ(first.initial_conference, Day("2025-02-03"));
  EXPECT_EQ(first.PrimaryNeed(), "N1");  // the latest known, as the Department asks
  // In 2025-26: the authorisation, the plan's end and the closure; the enquiry concluded in the
  // year before is not shown, but its conference is still the referral's first.
  const auto second = EpisodeAtYearEnd(whole, *ParseCensusYear("2025-26"));
  ASSERT_EQ(second.assessments.size(), 1u);
  EXPECT_EQ(second.assessments[0].authorised, Day("2025-04-20"));
  EXPECT_TRUE(second.enquiries.empty());
  ASSERT_EQ(second.protection_plans.size(), 1u);
  EXPECT_EQ(second.protection_plans[0].end, Day("2025-09-01"));
  EXPECT_EQ(second.protection_plans[0].latest_category, "PHY");
  EXPECT_EQ(second.closure_date, Day("2025-09-10"));
  EXPECT_EQ(second.initial_conference, Day("2025-02-03"));
  EXPECT_FALSE(second.NoFurtherAction());
  // Each year's file lists the plan's reviews held in that year.
  auto reviewed = whole;
  reviewed.protection_plans[0].reviews = {Day("2025-03-03"), Day("2025-06-02")};
  EXPECT_EQ(EpisodeAtYearEnd(reviewed, *ParseCensusYear("2024-25")).protection_plans[0].reviews,
            std::vector<Date>{Day("2025-03-03")});
  EXPECT_EQ(EpisodeAtYearEnd(reviewed, *ParseCensusYear("2025-26")).protection_plans[0].reviews,
            std::vector<Date>{Day("2025-06-02")});
  // Acted on only before the year, it is still not "no further action".
  auto assessed_before = whole;
  assessed_before.assessments[0].authorised = Day("2025-03-20");
  const auto later = EpisodeAtYearEnd(assessed_before, *ParseCensusYear("2025-26"));
  EXPECT_TRUE(later.assessments.empty());
  EXPECT_FALSE(later.NoFurtherAction());
  // An enquiry found not to need a conference belongs to the year it started (the file does not
  // say when that was found): open on 31 March 2025, then not shown in 2025-26.
  CaseStep not_needed = testing::Step(CaseStepKind::kConference, "2025-04-03");
  not_needed.not_required = true;
  const auto enquired = EpisodeOf(
      7, 2, Day("2025-03-27"), {testing::Step(CaseStepKind::kSection47, "2025-03-28"), not_needed});
  const auto open_then = EpisodeAtYearEnd(enquired, *ParseCensusYear("2024-25"));
  ASSERT_EQ(open_then.enquiries.size(), 1u);
  EXPECT_FALSE(open_then.enquiries[0].Concluded());
  EXPECT_TRUE(EpisodeAtYearEnd(enquired, *ParseCensusYear("2025-26")).enquiries.empty());
  const std::string xml = CensusChildXml(Jayden(), "C2", {later}, {whole}, kCalendar);
  EXPECT_NE(xml.find("<DateOfInitialCPC>2025-02-03</DateOfInitialCPC>"), std::string::npos);
  EXPECT_EQ(xml.find("<Section47>"), std::string::npos);
  EXPECT_NE(xml.find("<ReferralNFA>false</ReferralNFA>"), std::string::npos);
}

TEST(CinCensus, WhyAChildHasNoPupilNumberIsWrittenOnlyWhenThereIsNone) {
  Person jayden = Jayden();
  jayden.upn_unknown = "UN3";
  const auto xml = [&] {
    return CensusChildXml(jayden, LocalChildId(jayden.id), {Sound()}, {Sound()}, kCalendar);
  };
  const std::string without = xml();
  EXPECT_NE(without.find("<LAchildID>C0000002</LAchildID>\n        <UPNunknown>UN3</UPNunknown>\n"
                         "        <PersonBirthDate>"),
            std::string::npos)
      << without;
  jayden.upn = "W801200106001";  // a number, when there is one, is the answer
  jayden.former_upn = "A123456789012";
  const std::string with = xml();
  EXPECT_NE(with.find("<UPN>W801200106001</UPN>\n        <FormerUPN>A123456789012</FormerUPN>\n"),
            std::string::npos);
  EXPECT_EQ(with.find("<UPNunknown>"), std::string::npos);
}

TEST(CinCensus, TheSexCodeAndTheFilesShapeFollowTheYear) {
  EXPECT_EQ(CensusSexCode(Sex::kFemale, 2025), "F");
  EXPECT_EQ(CensusSexCode(Sex::kUnknown, 2024), "U");
  EXPECT_EQ(CensusSexCode(Sex::kMale, 2023), "1");
  EXPECT_EQ(CensusSexCode(Sex::kFemale, 2019), "2");
  EXPECT_EQ(CensusSexCode(Sex::kUnknown, 2019), "0");
  EXPECT_TRUE(HasEarlierStructure(*ParseCensusYear("2023-24")));
  EXPECT_FALSE(HasEarlierStructure(*ParseCensusYear("2024-25")));
}

TEST(CinCensus, AYearBeforeSexReplacedGenderGivesGenderCurrentAsANumber) {
  Person jayden = Jayden();
  const auto written = [&](Sex sex) {
    jayden.sex = sex;
    return CensusChildXml(jayden, "C2", {Sound()}, {Sound()}, kCalendar, 2021);
  };
  EXPECT_NE(written(Sex::kMale).find("<GenderCurrent>1</GenderCurrent>"), std::string::npos);
  EXPECT_NE(written(Sex::kFemale).find("<GenderCurrent>2</GenderCurrent>"), std::string::npos);
  const std::string unknown = written(Sex::kUnknown);
  EXPECT_NE(unknown.find("</PersonBirthDate>\n        <GenderCurrent>0</GenderCurrent>\n"),
            std::string::npos)
      << unknown;
  EXPECT_EQ(unknown.find("<Sex>"), std::string::npos);
}

TEST(CinCensus, AChildIsWrittenInTheDepartmentsElementOrder) {
  Person jayden = Jayden();
  jayden.ethnicity = "WBRI";
  jayden.date_of_death = Day("2026-03-05");
  auto episode = Sound();
  episode.protection_plans[0].reviews = {Day("2026-01-20"), Day("2026-02-26")};
  const std::string xml =
      CensusChildXml(jayden, LocalChildId(jayden.id), {episode}, {episode}, kCalendar);
  std::vector<std::string> order = {
      "<LAchildID>C0000002</LAchildID>", "<PersonBirthDate>2015-05-14</PersonBirthDate>",
      "<Sex>M</Sex>", "<PersonDeathDate>2026-03-05</PersonDeathDate>",
      "<Ethnicity>WBRI</Ethnicity>", "<Disability>NONE</Disability>",
      "<CINreferralDate>2025-10-05</CINreferralDate>", "<ReferralSource>6</ReferralSource>",
      "<PrimaryNeedCode>N1</PrimaryNeedCode>", "<CINclosureDate>2026-02-27</CINclosureDate>",
      "<ReasonForClosure>RC7</ReasonForClosure>",
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
      "<NumberOfPreviousCPP>0</NumberOfPreviousCPP>", "<Reviews>",
      "<CPPreviewDate>2026-01-20</CPPreviewDate>", "<CPPreviewDate>2026-02-26</CPPreviewDate>",
      "</Reviews>", "</ChildProtectionPlans>", "</Child>"};
  // The conference is its enquiry's, so not the referral's too (rule 2884).
  EXPECT_EQ(xml.find("<DateOfInitialCPC>"), xml.rfind("<DateOfInitialCPC>"));
  size_t at = 0;
  for (const auto& element : order) {
    const size_t found = xml.find(element, at);
    ASSERT_NE(found, std::string::npos) << element << " after position " << at << " in\n" << xml;
    at = found + element.size();
  }
}

TEST(CinCensus, PreProceedingsAreShownFrom2026InTheYearTheyBegan) {
  CaseStep decision = testing::Step(CaseStepKind::kPreProceedingsDecision, "2027-04-12");
  decision.outcome = "B";
  decision.family_meeting = false;
  CaseStep letter = testing::Step(CaseStepKind::kLetterBeforeProceedings, "2027-03-03");
  letter.family_meeting = true;
  CaseStep earlier = testing::Step(CaseStepKind::kPreProceedingsDecision, "2026-03-30");
  earlier.outcome = "C";
  const auto whole =
      EpisodeOf(7, 2, Day("2026-02-02"),
                {testing::Step(CaseStepKind::kPreProceedingsStart, "2026-03-02"), earlier,
                 testing::Step(CaseStepKind::kPreProceedingsStart, "2027-03-01"), letter,
                 testing::Step(CaseStepKind::kPreProceedingsMeeting, "2027-03-20"), decision});
  ASSERT_EQ(whole.pre_proceedings.size(), 2u);
  // 2025-26's file has no such module; 2026-27's the ones begun in it, as they stood on 31 March.
  EXPECT_TRUE(EpisodeAtYearEnd(whole, *ParseCensusYear("2025-26")).pre_proceedings.empty());
  const auto shown = EpisodeAtYearEnd(whole, *ParseCensusYear("2026-27"));
  ASSERT_EQ(shown.pre_proceedings.size(), 1u);
  const PreProceedings& pre = shown.pre_proceedings[0];
  EXPECT_EQ(pre.start, Day("2027-03-01"));
  EXPECT_EQ(pre.letter_sent, Day("2027-03-03"));
  EXPECT_EQ(pre.first_meeting, Day("2027-03-20"));
  EXPECT_FALSE(pre.decided_on);
  EXPECT_EQ(pre.outcome, "");
  EXPECT_FALSE(pre.family_meeting_held);
  // Written at the end of the referral's details, in the Department's order.
  const std::string xml = CensusChildXml(Jayden(), "C2", {shown}, {shown}, kCalendar);
  EXPECT_NE(xml.find("<ReferralNFA>false</ReferralNFA>\n"
                     "        <PreProceedingsandFGDM>\n"
                     "          <PPStartDate>2027-03-01</PPStartDate>\n"
                     "          <LBPSentDate>2027-03-03</LBPSentDate>\n"
                     "          <FGDMMeetingOffer>true</FGDMMeetingOffer>\n"
                     "          <InitialPPMeetingDate>2027-03-20</InitialPPMeetingDate>\n"
                     "        </PreProceedingsandFGDM>\n"
                     "      </CINdetails>"),
            std::string::npos)
      << xml;
  const std::string next_year = CensusChildXml(
      Jayden(), "C2", {EpisodeAtYearEnd(whole, *ParseCensusYear("2027-28"))}, {whole}, kCalendar);
  EXPECT_EQ(next_year.find("PreProceedingsandFGDM"), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::domain
