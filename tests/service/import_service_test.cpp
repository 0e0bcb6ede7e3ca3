// tests/service/import_service_test.cpp — census imports on both databases: a year exported,
// brought into an empty database and exported again is the same census, in a year before Sex
// replaced Gender too; the same file twice changes nothing; a child who might be someone already
// here waits for a manager and is never made twice; a child with problems is not brought in at
// all; a dry run writes nothing.
#include "service/import_service.hpp"

#include <regex>
#include <sstream>

#include "decision_fixture.hpp"
#include "domain/census_reading.hpp"
#include "service/national_data.hpp"
#include "service/return_service.hpp"

namespace frontdoor::service {
namespace {

class ImportServiceTest : public DecisionServiceTest {
 protected:
  // A census file as ImportCensusChildren receives it, from `source` (an LA code).
  static CensusImportFile File(const char* name, const char* source = "999",
                               const char* software = "another system") {
    CensusImportFile file;
    file.file_name = name;
    file.digest = "0";
    file.facts.year = 2025;
    file.facts.local_authority = source;
    file.facts.software = software;
    return file;
  }

  // Brings `children` in, in batches of `batch`, as the command does.
  ImportTally Import(ImportService& imports, const CensusImportFile& file,
                     const std::vector<domain::ImportedChild>& children, bool dry_run = false,
                     std::size_t batch = 40) {
    const std::int64_t run = dry_run ? 0 : imports.StartCensusRun(CommandLineActor(), file);
    ImportTally tally;
    for (std::size_t first = 0; first < children.size(); first += batch) {
      const std::vector<domain::ImportedChild> part(
          children.begin() + long(first),
          children.begin() + long(std::min(children.size(), first + batch)));
      tally += imports.ImportCensusChildren(CommandLineActor(), run, file, part, dry_run);
    }
    return tally;
  }

  // A boy born 14 May 2015 referred by his school on 3 June 2024, assessed and closed.
  static domain::ImportedChild Boy(const char* id, const char* born = "2015-05-14") {
    const std::string xml =
        std::string("<Child><ChildIdentifiers><LAchildID>") + id + "</LAchildID><PersonBirthDate>" +
        born +
        "</PersonBirthDate><Sex>M</Sex>"
        "</ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI</Ethnicity>"
        "</ChildCharacteristics><CINdetails><CINreferralDate>2024-06-03</CINreferralDate>"
        "<ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>"
        "<CINclosureDate>2024-07-22</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure>"
        "<Assessments><AssessmentActualStartDate>2024-06-04</AssessmentActualStartDate>"
        "<AssessmentAuthorisationDate>2024-07-15</AssessmentAuthorisationDate>"
        "<FactorsIdentifiedAtAssessment><AssessmentFactors>3B</AssessmentFactors>"
        "</FactorsIdentifiedAtAssessment></Assessments><ReferralNFA>false</ReferralNFA>"
        "</CINdetails></Child>";
    auto children = domain::ReadCensusChildren(xml);
    EXPECT_EQ(children.size(), 1u);
    EXPECT_TRUE(children.front().problems.empty());
    return children.front();
  }

  std::vector<store::ChildReferral> ReferralsOf(store::Store& store, std::int64_t person) {
    return store.ReadResult(
        [&](store::Records& records) { return records.decisions.ReferralsOf({person}); });
  }

  ImportService imports_{*store_, clock_, rules_, PersonService::EmptyVariants()};
};

// The census of `year` from `store`, less the lines that differ by when it was made.
std::string Census(store::Store& store, const domain::Clock& clock, const DecisionRules& rules,
                   const char* year) {
  ReturnService returns(store, clock, rules);
  std::string xml;
  const auto run = returns.Census(CommandLineActor(), *domain::ParseCensusYear(year),
                                  [&](const std::string& child) { xml += child; });
  // No child breaks a rule; a return this small may draw queries on its figures as a whole.
  for (const auto& problem : run.problems) {
    EXPECT_TRUE(problem.AboutWholeReturn() && problem.query)
        << problem.rule << " " << problem.child_id << ": " << problem.message;
  }
  EXPECT_GT(run.referrals, 20);
  return xml;
}

TEST_P(ImportServiceTest, AYearBroughtIntoAnEmptyDatabaseExportsTheSameCensus) {
  GenerationPlan plan;
  plan.children = 150;
  GenerateNationalData(*store_, clock_, plan, [](const GeneratedCounts&) {});
  const std::string exported = Census(*store_, clock_, rules_, "2024-25");
  // The year as it stood on 31 March 2025 (the data runs to March 2026): nothing dated after it
  // but a conference's target and an unborn child's expected birth; assessments still under way;
  // plans whose enquiry came before it.
  const std::regex dated("<([A-Za-z]+)>(\\d{4}-\\d{2}-\\d{2})</");
  for (std::sregex_iterator found(exported.begin(), exported.end(), dated), end; found != end;
       ++found) {
    if ((*found)[1] != "InitialCPCtarget" && (*found)[1] != "ExpectedPersonBirthDate") {
      EXPECT_LE((*found)[2].str(), "2025-03-31") << (*found)[0];
    }
  }
  EXPECT_TRUE(std::regex_search(exported, std::regex("</AssessmentActualStartDate>\\s*<Factors")));

  TestDatabase other_database(GetParam());
  auto other = other_database.Open();
  ImportService imports(*other, clock_, rules_, PersonService::EmptyVariants());
  const auto children = domain::ReadCensusChildren(exported);
  int plans_before = 0;
  for (const auto& child : children) {
    for (const auto& episode : child.episodes) {
      for (const auto& plan : episode.protection_plans) {
        plans_before +=
            std::none_of(episode.enquiries.begin(), episode.enquiries.end(),
                         [&](const auto& one) { return one.conference_date == plan.start; });
      }
    }
  }
  EXPECT_GT(plans_before, 0);
  // Written by frontdoor for this council: its LAchildIDs name records of the database that
  // wrote it, never the records this import makes here.
  const auto first =
      Import(imports, File("cin-2024-25.xml", "852", "frontdoor"), children, false, 1);
  EXPECT_EQ(first.skipped, 0) << first.problems.front().reason;
  EXPECT_EQ(first.new_children, int(children.size()));
  EXPECT_GT(first.steps_added, first.referrals_added);
  // The same children, referrals, dates and counts of earlier plans (kept as the file gave them:
  // the plans before the year are not in it).
  EXPECT_NE(exported.find("<NumberOfPreviousCPP>1</NumberOfPreviousCPP>"), std::string::npos);
  EXPECT_NE(exported.find("<CPPreviewDate>"), std::string::npos);
  EXPECT_EQ(Census(*other, clock_, rules_, "2024-25"), exported);

  // The same file again changes nothing.
  const auto again = Import(imports, File("cin-2024-25.xml", "852", "frontdoor"), children);
  EXPECT_EQ(again.new_children, 0);
  EXPECT_EQ(again.matched, int(children.size()));
  EXPECT_EQ(again.referrals_added, 0);
  EXPECT_EQ(again.referrals_known, first.referrals_added);
  EXPECT_EQ(Census(*other, clock_, rules_, "2024-25"), exported);

  // Brought back into the database that wrote it, each child is their own record, each
  // referral the one already here.
  const auto home = Import(imports_, File("cin-2024-25.xml", "852", "frontdoor"), children);
  EXPECT_EQ(home.matched, int(children.size()));
  EXPECT_EQ(home.new_children, 0);
  EXPECT_EQ(home.referrals_added, 0);
}

// A year before Sex replaced Gender goes out with GenderCurrent (male 1, female 2), passes the
// year's rules and comes back the same: a council's older returns can be remade and brought in.
TEST_P(ImportServiceTest, AYearBeforeSexReplacedGenderGoesOutAndComesBackTheSame) {
  GenerationPlan plan;
  plan.children = 150;
  plan.as_of = domain::ParseTimestamp("2022-05-02T09:00:00Z");  // the data runs to then
  GenerateNationalData(*store_, clock_, plan, [](const GeneratedCounts&) {});
  const std::string exported = Census(*store_, clock_, rules_, "2021-22");
  EXPECT_NE(exported.find("<GenderCurrent>1</GenderCurrent>"), std::string::npos);
  EXPECT_NE(exported.find("<GenderCurrent>2</GenderCurrent>"), std::string::npos);
  EXPECT_EQ(exported.find("<Sex>"), std::string::npos);

  TestDatabase other_database(GetParam());
  auto other = other_database.Open();
  ImportService imports(*other, clock_, rules_, PersonService::EmptyVariants());
  auto file = File("cin-2021-22.xml", "852", "frontdoor");
  file.facts.year = 2022;
  const auto children = domain::ReadCensusChildren(exported);
  const auto first = Import(imports, file, children);
  EXPECT_EQ(first.skipped, 0);
  EXPECT_EQ(first.new_children, int(children.size()));
  EXPECT_EQ(Census(*other, clock_, rules_, "2021-22"), exported);
}

TEST_P(ImportServiceTest, AChildWhoMightBeSomeoneHereWaitsForAManagerAndIsNeverMadeTwice) {
  const std::int64_t jayden = Child("Jayden", "2015-05-14", std::nullopt);
  const auto file = File("cin.xml");
  // The file says the child died: the manager sees it; a record already here keeps its own facts.
  const auto boy = [] {
    auto child = Boy("OLD1");
    child.death = domain::ParseDate("2024-09-01");
    return child;
  }();
  const auto first = Import(imports_, file, {boy});
  EXPECT_EQ(first.to_review, 1);
  EXPECT_EQ(first.new_children, 0);
  EXPECT_TRUE(ReferralsOf(*store_, jayden).empty());
  // Brought in again, the child still waits on the one review.
  EXPECT_EQ(Import(imports_, file, {boy}).to_review, 1);
  const auto reviews = std::get<std::vector<ReviewView>>(imports_.ShowReviews(manager_, 10));
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].review.external_id, "OLD1");
  EXPECT_EQ(reviews[0].child.death, domain::ParseDate("2024-09-01"));
  ASSERT_EQ(reviews[0].candidates.size(), 1u);
  EXPECT_EQ(reviews[0].candidates[0].id, jayden);
  EXPECT_EQ(reviews[0].child.episodes.size(), 1u);

  // Only a record listed can be chosen; then the referral is brought in onto it.
  const auto refused = imports_.ResolveReview(manager_, reviews[0].review.id, jayden + 100);
  ASSERT_TRUE(IsRefused(refused));
  EXPECT_EQ(Fields(refused), std::set<std::string>{"person"});
  const auto resolved = imports_.ResolveReview(manager_, reviews[0].review.id, jayden);
  ASSERT_TRUE(std::holds_alternative<domain::ImportReview>(resolved));
  EXPECT_EQ(std::get<domain::ImportReview>(resolved).status, domain::ReviewStatus::kMatched);
  const auto referrals = ReferralsOf(*store_, jayden);
  ASSERT_EQ(referrals.size(), 1u);
  EXPECT_EQ(referrals[0].date, domain::ParseDate("2024-06-03"));
  EXPECT_FALSE(
      store_->ReadResult([&](store::Records& records) { return records.people.Find(jayden); })
          ->date_of_death);
  EXPECT_TRUE(IsRefused(imports_.ResolveReview(manager_, reviews[0].review.id, jayden)));
  EXPECT_TRUE(std::get<std::vector<ReviewView>>(imports_.ShowReviews(manager_, 10)).empty());

  // Now known by its key: the file again changes nothing.
  const auto again = Import(imports_, file, {boy});
  EXPECT_EQ(again.matched, 1);
  EXPECT_EQ(again.referrals_added, 0);
  EXPECT_EQ(ReferralsOf(*store_, jayden).size(), 1u);
  // The referral is on Jayden's journey, saying where it came from and when.
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, jayden, {}));
  const bool marked = std::any_of(journey.events.begin(), journey.events.end(), [](const auto& e) {
    return e.summary.find(
               "Brought in from the Children in Need census 2024-25 (cin.xml) on 2 "
               "March 2026") != std::string::npos;
  });
  EXPECT_TRUE(marked);
}

TEST_P(ImportServiceTest, OurIdInAnotherDatabasesFileNeverNamesARecordThisSourceMade) {
  TestDatabase other_database(GetParam());
  auto other = other_database.Open();
  ImportService imports(*other, clock_, rules_, PersonService::EmptyVariants());
  EXPECT_EQ(Import(imports, File("old.xml", "852"), {Boy("OLD9", "2016-01-01")}).new_children, 1);
  // A file frontdoor wrote for this council names its child C0000001: not the record just made
  // (person 1 here), which this council's census brought in as OLD9.
  const auto ours =
      Import(imports, File("ours.xml", "852", "frontdoor"), {Boy("C0000001", "2017-02-02")});
  EXPECT_EQ(ours.new_children, 1);
  EXPECT_EQ(ours.matched + ours.to_review, 0);
}

TEST_P(ImportServiceTest, AChildWithProblemsIsNotBroughtInAndADryRunWritesNothing) {
  auto broken = Boy("OLD2");
  broken.problems.push_back({12, "OLD2", "CINreferralDate", "\"2024-13-01\" is not a date"});
  auto sound = Boy("OLD3");
  const auto dry = Import(imports_, File("cin.xml"), {broken, sound}, true);
  EXPECT_EQ(dry.skipped, 1);
  EXPECT_EQ(dry.new_children, 1);
  EXPECT_EQ(dry.problems.size(), 1u);
  // Nothing was written: the child is still new to a real run, which brings in only the sound one.
  const auto real = Import(imports_, File("cin.xml"), {broken, sound});
  EXPECT_EQ(real.skipped, 1);
  EXPECT_EQ(real.new_children, 1);
  EXPECT_EQ(real.referrals_added, 1);
  const auto known = store_->ReadResult([&](store::Records& records) {
    return records.imports.RecordsOf("census 999", domain::ImportKeyKind::kPerson,
                                     {"OLD2", "OLD3"});
  });
  EXPECT_EQ(known.size(), 1u);
  EXPECT_TRUE(known.count("OLD3"));
}

TEST_P(ImportServiceTest, AChildGivenTwiceInOneFileIsBroughtInOnce) {
  const auto tally =
      Import(imports_, File("twice.xml"), {Boy("OLD5", "2012-01-01"), Boy("OLD5", "2012-01-01")});
  EXPECT_EQ(tally.new_children, 1);
  EXPECT_EQ(tally.matched, 1);
  EXPECT_EQ(tally.referrals_added, 1);
  EXPECT_EQ(tally.referrals_known, 1);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ImportServiceTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
