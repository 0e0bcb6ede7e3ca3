// tests/domain/census_reading_test.cpp — reading census files: a child written by the export reads
// back the same (fed whole or a few bytes at a time), a 2019-20 file's Gender is read as sex, each
// problem names its line and element, and an episode read back makes the steps that made it.
#include "domain/census_reading.hpp"

#include <gtest/gtest.h>

#include <set>

#include "census_samples.hpp"
#include "domain/cin_census.hpp"

namespace frontdoor::domain {
namespace {

using testing::Day;
using testing::Jayden;

const WorkingCalendar kCalendar;

// Jayden's referral of 5 October 2025 as a practitioner records it: assessed, an enquiry whose
// conference started a plan, the plan reviewed and ended, a child in need plan, the case closed.
std::vector<CaseStepDraft> Recorded() {
  const auto draft = testing::StepDraft;
  CaseStepDraft assessment = draft("assessment", "2025-10-06");
  assessment.authorised = "2025-11-20";
  assessment.child_seen = "no";  // the census does not say; read back as not seen
  assessment.factors = {"3B", "4B"};
  assessment.needs_support = "yes";
  assessment.primary_need = "N1";
  CaseStepDraft conference = draft("conference", "2025-10-27");
  conference.conference = "held";
  conference.plan_followed = "yes";
  conference.category = "NEG";
  CaseStepDraft plan_end = draft("protection_plan_end", "2026-01-26");
  plan_end.category = "EMO";
  CaseStepDraft closure = draft("closure", "2026-03-02");
  closure.closure_reason = "RC7";
  // Reviewed twice, the second time at the conference that ended the plan.
  return {assessment,
          draft("section_47", "2025-10-08"),
          conference,
          draft("protection_plan_review", "2025-12-08"),
          draft("protection_plan_review", "2026-01-26"),
          plan_end,
          draft("need_plan_start", "2026-01-27"),
          draft("need_plan_end", "2026-02-27"),
          closure};
}

ReferralEpisode Episode(std::vector<CaseStep>& steps) {
  for (const auto& draft : Recorded()) {
    const auto errors =
        AppendCaseStep(draft, 7, 2, Day("2025-10-05"), Day("2026-12-01"), kCalendar, steps);
    EXPECT_TRUE(errors.empty()) << draft.kind << ": " << errors.front().message;
  }
  auto episode = EpisodeOf(7, 2, Day("2025-10-05"), steps);
  episode.referral_source = "6";
  return episode;
}

std::string File(const std::string& children, const char* year = "2026") {
  return std::string(
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header>"
             "<CollectionDetails><Collection>CIN</Collection><Year>") +
         year +
         "</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source>"
         "<LEA>852</LEA></Source></Header>\n<Children>\n" +
         children + "</Children></Message>\n";
}

std::vector<ImportedChild> ReadInParts(const std::string& file, std::size_t part,
                                       CensusFileFacts& facts,
                                       std::vector<ImportProblem>& file_problems) {
  std::vector<ImportedChild> children;
  CensusReader reader([&](ImportedChild child) { children.push_back(std::move(child)); });
  for (std::size_t at = 0; at < file.size(); at += part)
    reader.Feed(std::string_view(file).substr(at, part), at + part >= file.size());
  facts = reader.Facts();
  file_problems = reader.FileProblems();
  return children;
}

// The steps an episode read back makes (as if typed on 1 December 2026) are `steps`, each with
// its parts, in the order they happened.
void ExpectTheSameSteps(const ReferralEpisode& read, const std::vector<CaseStep>& steps) {
  std::vector<std::string> refusals;
  const auto remade = StepsOfEpisode(read, Day("2026-12-01"), kCalendar, refusals);
  EXPECT_TRUE(refusals.empty()) << refusals.front();
  ASSERT_EQ(remade.size(), steps.size());
  for (std::size_t index = 0; index < steps.size(); ++index) {
    EXPECT_EQ(remade[index].kind, steps[index].kind) << index;
    EXPECT_EQ(remade[index].date, steps[index].date) << index;
    EXPECT_EQ(remade[index].category, steps[index].category) << index;
    EXPECT_EQ(remade[index].family_meeting, steps[index].family_meeting) << index;
    EXPECT_EQ(remade[index].outcome, steps[index].outcome) << index;
    EXPECT_EQ(remade[index].review_meetings, steps[index].review_meetings) << index;
  }
}

TEST(CensusReading, AChildTheExportWroteReadsBackTheSameInAnyParts) {
  std::vector<CaseStep> steps;
  const auto episode = Episode(steps);
  Person jayden = Jayden();
  jayden.ethnicity = "WBRI";
  jayden.upn = "A123456789012";
  jayden.former_upn = "W801200106001";
  jayden.disabilities = {"HEAR"};
  jayden.date_of_death = Day("2026-03-05");
  const std::string xml = CensusChildXml(jayden, "OLD42", {episode}, {episode}, kCalendar);
  for (std::size_t part : {std::size_t(7), std::size_t(1 << 20)}) {
    CensusFileFacts facts;
    std::vector<ImportProblem> file_problems;
    const auto children = ReadInParts(File(xml), part, facts, file_problems);
    EXPECT_EQ(facts.year, 2026);
    EXPECT_EQ(facts.local_authority, "852");
    EXPECT_TRUE(file_problems.empty());
    ASSERT_EQ(children.size(), 1u);
    const auto& child = children.front();
    for (const auto& problem : child.problems)
      ADD_FAILURE() << problem.line << " " << problem.element << ": " << problem.reason;
    EXPECT_EQ(child.la_child_id, "OLD42");
    EXPECT_EQ(child.birth, jayden.date_of_birth);
    EXPECT_EQ(child.sex, Sex::kMale);
    EXPECT_EQ(child.upn, "A123456789012");
    EXPECT_EQ(child.AsPerson().former_upn, "W801200106001");
    EXPECT_EQ(child.death, jayden.date_of_death);
    EXPECT_EQ(child.AsPerson().date_of_death, jayden.date_of_death);
    EXPECT_EQ(child.disabilities, std::vector<std::string>{"HEAR"});
    ASSERT_EQ(child.episodes.size(), 1u);
    // Written again, it is the same child.
    EXPECT_EQ(ImportedChildXml(child), xml);
    // And it makes the same steps, in the order they happened.
    auto read = child.episodes.front();
    read.contact_id = 7;
    read.person_id = 2;
    ExpectTheSameSteps(read, steps);
  }
}

TEST(CensusReading, AYearsFileBringsInWhatBeganBeforeItsYear) {
  // 2025-26's file: a plan started at a conference of the year before (its enquiry not in the
  // file), and a second referral closed "after assessment" whose assessment was then too.
  const auto children = ReadCensusChildren(
      "<Child><ChildIdentifiers><LAchildID>X3</LAchildID><PersonBirthDate>2015-05-14"
      "</PersonBirthDate><Sex>M</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI"
      "</Ethnicity></ChildCharacteristics>"
      "<CINdetails><CINreferralDate>2025-01-10</CINreferralDate><ReferralSource>6</ReferralSource>"
      "<PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2025-09-10</CINclosureDate>"
      "<ReasonForClosure>RC7</ReasonForClosure><DateOfInitialCPC>2025-02-03</DateOfInitialCPC>"
      "<ReferralNFA>false</ReferralNFA><ChildProtectionPlans><CPPstartDate>2025-02-03"
      "</CPPstartDate><CPPendDate>2025-09-01</CPPendDate><InitialCategoryOfAbuse>NEG"
      "</InitialCategoryOfAbuse><LatestCategoryOfAbuse>PHY</LatestCategoryOfAbuse>"
      "<NumberOfPreviousCPP>2</NumberOfPreviousCPP></ChildProtectionPlans></CINdetails>"
      "<CINdetails><CINreferralDate>2025-02-20</CINreferralDate><ReferralSource>6</ReferralSource>"
      "<PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2025-04-14</CINclosureDate>"
      "<ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>false</ReferralNFA></CINdetails>"
      "</Child>");
  ASSERT_EQ(children.size(), 1u);
  ASSERT_TRUE(children[0].problems.empty()) << children[0].problems.front().reason;
  auto first = children[0].episodes[0];
  EXPECT_EQ(first.initial_conference, Day("2025-02-03"));
  EXPECT_TRUE(first.acted_on_before);  // its plan's enquiry came before the year
  std::vector<std::string> refusals;
  const auto steps = StepsOfEpisode(first, Day("2026-12-01"), kCalendar, refusals);
  ASSERT_TRUE(refusals.empty()) << refusals.front();
  std::vector<std::string> kinds;
  for (const auto& step : steps) kinds.push_back(std::string(kCaseStepKinds.Code(step.kind)));
  EXPECT_EQ(kinds, (std::vector<std::string>{"conference", "protection_plan_end", "closure"}));
  // The plans before it, as the file gave them, are kept on the conference that started it.
  EXPECT_EQ(steps[0].previous_plans, 2);
  const auto made = EpisodeOf(0, 0, first.referral_date, steps);
  ASSERT_EQ(made.protection_plans.size(), 1u);
  EXPECT_EQ(made.protection_plans[0].latest_category, "PHY");
  EXPECT_EQ(made.protection_plans[0].previous_plans_given, 2);
  EXPECT_EQ(made.initial_conference, Day("2025-02-03"));
  EXPECT_TRUE(made.enquiries.empty());
  // Closed "after assessment" with none in the file: assessed before its year, never "no further
  // action".
  const auto& second = children[0].episodes[1];
  EXPECT_TRUE(second.acted_on_before);
  EXPECT_FALSE(second.NoFurtherAction());
  EXPECT_EQ(StepsOfEpisode(second, Day("2026-12-01"), kCalendar, refusals).size(), 1u);
  EXPECT_TRUE(refusals.empty());
  // Typed by a practitioner, neither would be taken: the file's history is taken as it stands.
  CaseStepDraft conference;
  conference.kind = "conference";
  conference.date = "2025-02-03";
  conference.conference = "held";
  conference.plan_followed = "no";
  CaseStep step;
  EXPECT_EQ(ValidateCaseStep(conference, EpisodeOf(0, 0, Day("2025-01-10"), {}), Day("2026-12-01"),
                             kCalendar, step)
                .front()
                .message,
            "Record the section 47 enquiry before its conference");
}

TEST(CensusReading, AFactorRetiredSinceIsBroughtInAsHistory) {
  // Factor 18A, split into 18B and 18C from 2024-25, in an earlier file: read, and kept.
  std::vector<CaseStep> steps;
  auto episode = Episode(steps);
  episode.assessments[0].factors = {"18A", "4B"};
  const std::string xml = CensusChildXml(Jayden(), "OLD42", {episode}, {episode}, kCalendar);
  const auto children = ReadCensusChildren(File(xml));
  ASSERT_EQ(children.size(), 1u);
  EXPECT_TRUE(children[0].problems.empty());
  auto read = children[0].episodes.front();
  read.contact_id = 7;
  read.person_id = 2;
  std::vector<std::string> refusals;
  const auto remade = StepsOfEpisode(read, Day("2026-12-01"), kCalendar, refusals);
  EXPECT_TRUE(refusals.empty()) << refusals.front();
  ASSERT_FALSE(remade.empty());
  EXPECT_EQ(remade[0].factors, (std::vector<std::string>{"18A", "4B"}));
  // A code the census never took is still a problem.
  episode.assessments[0].factors = {"18Z"};
  const auto wrong =
      ReadCensusChildren(File(CensusChildXml(Jayden(), "OLD42", {episode}, {episode}, kCalendar)));
  ASSERT_EQ(wrong.size(), 1u);
  ASSERT_EQ(wrong[0].problems.size(), 1u);
  EXPECT_EQ(wrong[0].problems[0].reason, "\"18Z\" is not a census assessment factor");
}

TEST(CensusReading, A2019FilesGenderIsReadAsSexAndWrittenBackForItsYear) {
  const auto children = ReadCensusChildren(
      File("<Child><ChildIdentifiers><LAchildID>X1</LAchildID><PersonBirthDate>2012-02-03"
           "</PersonBirthDate><GenderCurrent>2</GenderCurrent></ChildIdentifiers>"
           "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>"
           "<CINdetails><CINreferralDate>2019-06-01</CINreferralDate><ReferralSource>2A"
           "</ReferralSource><CINclosureDate>2019-06-05</CINclosureDate><ReasonForClosure>RC7"
           "</ReasonForClosure><ReferralNFA>true</ReferralNFA></CINdetails></Child>\n",
           "2020"));
  ASSERT_EQ(children.size(), 1u);
  EXPECT_TRUE(children[0].problems.empty());
  EXPECT_EQ(children[0].sex, Sex::kFemale);
  ASSERT_EQ(children[0].episodes.size(), 1u);
  EXPECT_TRUE(children[0].episodes[0].NoFurtherAction());
  // Written for its own year, it is GenderCurrent again.
  const auto& episodes = children[0].episodes;
  EXPECT_NE(CensusChildXml(children[0].AsPerson(), "X1", episodes, episodes, kCalendar, 2019)
                .find("<GenderCurrent>2</GenderCurrent>"),
            std::string::npos);
}

TEST(CensusReading, WhyAChildHasNoPupilNumberIsReadFromItsList) {
  const auto children = ReadCensusChildren(File(
      "<Child><ChildIdentifiers><LAchildID>X4</LAchildID><UPNunknown>UN2</UPNunknown>"
      "<PersonBirthDate>2012-02-03</PersonBirthDate><Sex>F</Sex></ChildIdentifiers></Child>\n"
      "<Child><ChildIdentifiers><LAchildID>X5</LAchildID><UPNunknown>UN9</UPNunknown>"
      "<PersonBirthDate>2012-02-03</PersonBirthDate><Sex>F</Sex></ChildIdentifiers></Child>\n"));
  ASSERT_EQ(children.size(), 2u);
  EXPECT_TRUE(children[0].problems.empty());
  EXPECT_EQ(children[0].AsPerson().upn_unknown, "UN2");
  EXPECT_NE(ImportedChildXml(children[0]).find("<UPNunknown>UN2</UPNunknown>"), std::string::npos);
  ASSERT_EQ(children[1].problems.size(), 1u);
  EXPECT_EQ(children[1].problems[0].element, "UPNunknown");
  EXPECT_EQ(children[1].problems[0].reason,
            "\"UN9\" is not a reason for a missing pupil number (UN1 to UN7)");
}

TEST(CensusReading, ADateOfDeathBeforeTheBirthIsAProblem) {
  const auto children = ReadCensusChildren(
      File("<Child><ChildIdentifiers><LAchildID>X4</LAchildID><PersonBirthDate>2012-02-03"
           "</PersonBirthDate><Sex>F</Sex><PersonDeathDate>2012-02-02</PersonDeathDate>"
           "</ChildIdentifiers></Child>\n"));
  ASSERT_EQ(children.size(), 1u);
  ASSERT_EQ(children[0].problems.size(), 1u);
  EXPECT_EQ(children[0].problems[0].element, "PersonDeathDate");
  EXPECT_EQ(children[0].problems[0].reason, "The date of death is before the date of birth");
}

TEST(CensusReading, EachProblemNamesItsLineAndElement) {
  const auto children = ReadCensusChildren(File(
      "<Child><ChildIdentifiers><LAchildID>X2</LAchildID>\n<PersonBirthDate>2012-02-30"
      "</PersonBirthDate><Sex>Q</Sex></ChildIdentifiers>\n<ChildCharacteristics><Ethnicity>ZZZZ"
      "</Ethnicity></ChildCharacteristics>\n<CINdetails><CINreferralDate>2025-06-01"
      "</CINreferralDate><ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1"
      "</PrimaryNeedCode>\n<ChildProtectionPlans><CPPstartDate>2025-07-01</CPPstartDate>"
      "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG"
      "</LatestCategoryOfAbuse><NumberOfPreviousCPP>-1</NumberOfPreviousCPP>"
      "</ChildProtectionPlans><ReferralNFA>maybe</ReferralNFA>"
      "</CINdetails></Child>\n"));
  ASSERT_EQ(children.size(), 1u);
  std::vector<std::string> found;
  for (const auto& problem : children[0].problems) {
    EXPECT_EQ(problem.child, "X2");
    found.push_back(std::to_string(problem.line) + " " + problem.element);
  }
  // The header takes four lines before the children.
  EXPECT_EQ(found, (std::vector<std::string>{"5 PersonBirthDate", "5 Sex", "6 Ethnicity",
                                             "8 NumberOfPreviousCPP", "8 ReferralNFA"}));
  EXPECT_EQ(children[0].problems[3].reason, "\"-1\" is not a number of plans (0 to 99)");
  // The primary need given without an assessment is the referral's own.
  EXPECT_EQ(children[0].episodes[0].PrimaryNeed(), "N1");
}

TEST(CensusReading, AnElementOutsideItsGroupIsAProblemNotACrash) {
  const auto children = ReadCensusChildren(File(
      "<Child><ChildIdentifiers><LAchildID>X3</LAchildID><PersonBirthDate>2012-02-03"
      "</PersonBirthDate><Sex>F</Sex></ChildIdentifiers><CINdetails><CINreferralDate>2025-06-01"
      "</CINreferralDate><ReferralSource>2A</ReferralSource><AssessmentActualStartDate>2025-06-02"
      "</AssessmentActualStartDate><AssessmentFactors>3B</AssessmentFactors><CPPendDate>2025-07-01"
      "</CPPendDate><ICPCnotRequired>true</ICPCnotRequired><Reviews><CPPreviewDate>2025-07-01"
      "</CPPreviewDate></Reviews></CINdetails></Child>\n"));
  ASSERT_EQ(children.size(), 1u);
  std::vector<std::string> elements;
  for (const auto& problem : children[0].problems) elements.push_back(problem.element);
  EXPECT_EQ(elements, (std::vector<std::string>{"AssessmentActualStartDate", "AssessmentFactors",
                                                "CPPendDate", "ICPCnotRequired", "CPPreviewDate"}));
}

TEST(CensusReading, AFileThatIsNotACensusOfTheseYearsIsRefusedWhole) {
  const auto problem = [](const std::string& file) {
    CensusFileFacts facts;
    std::vector<ImportProblem> file_problems;
    ReadInParts(file, 1 << 20, facts, file_problems);
    return file_problems.empty() ? std::string("none")
                                 : std::to_string(file_problems[0].line) + " " +
                                       file_problems[0].element + ": " + file_problems[0].reason;
  };
  EXPECT_EQ(problem(File("", "2019")), "2 Year: \"2019\" is not a census year from 2019-20 on");
  EXPECT_EQ(problem(File("<Child><LAchildID>X</Child>\n")),
            "4 : Not well-formed XML: mismatched tag");
  EXPECT_EQ(problem("<Message></Message>"), "1 Year: The file gives no census year");
}

TEST(CensusReading, PreProceedingsReadBackAndMakeTheirSteps) {
  std::vector<CaseStep> steps;
  for (const auto& each : testing::PreProceedingsToCourt()) {
    const auto errors =
        AppendCaseStep(each, 7, 2, Day("2026-10-05"), Day("2026-12-01"), kCalendar, steps);
    ASSERT_TRUE(errors.empty()) << each.kind << ": " << errors.front().message;
  }
  auto episode = EpisodeOf(7, 2, Day("2026-10-05"), steps);
  episode.referral_source = "6";
  const std::string xml = CensusChildXml(Jayden(), "C9", {episode}, {episode}, kCalendar);
  const auto children = ReadCensusChildren(File(xml, "2027"));
  ASSERT_EQ(children.size(), 1u);
  for (const auto& problem : children[0].problems)
    ADD_FAILURE() << problem.line << " " << problem.element << ": " << problem.reason;
  ASSERT_EQ(children[0].episodes.size(), 1u);
  EXPECT_EQ(ImportedChildXml(children[0]), xml);
  auto read = children[0].episodes[0];
  read.contact_id = 7;
  read.person_id = 2;
  ExpectTheSameSteps(read, steps);
  // A file without what the Department only asks about (9010Q, 9015Q) still brings in the decision
  // and what followed it.
  std::string unanswered = xml;
  for (const std::string element : {"FGDMMeetingFac", "ReviewMeetingsCount"}) {
    const auto from = unanswered.find("<" + element + ">");
    const auto to = unanswered.find("\n", from);
    unanswered.erase(from, to - from + 1);
  }
  auto partial = ReadCensusChildren(File(unanswered, "2027")).at(0).episodes.at(0);
  partial.contact_id = 7;
  partial.person_id = 2;
  std::vector<std::string> unanswered_refusals;
  EXPECT_EQ(StepsOfEpisode(partial, Day("2026-12-01"), kCalendar, unanswered_refusals).size(),
            steps.size());
  EXPECT_TRUE(unanswered_refusals.empty()) << unanswered_refusals.front();
  // Values outside their lists are problems named by element.
  std::string broken = xml;
  broken.replace(broken.find("<PPOutcome>A"), 12, "<PPOutcome>Z");
  broken.replace(broken.find("<FGDMMeetingOffer>true"), 22, "<FGDMMeetingOffer>maybe");
  const auto refused = ReadCensusChildren(File(broken, "2027"));
  ASSERT_EQ(refused.size(), 1u);
  std::set<std::string> elements;
  for (const auto& problem : refused[0].problems) elements.insert(problem.element);
  EXPECT_EQ(elements, (std::set<std::string>{"PPOutcome", "FGDMMeetingOffer"}));
}

}  // namespace
}  // namespace frontdoor::domain
