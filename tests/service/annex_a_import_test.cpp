// tests/service/annex_a_import_test.cpp — Annex A lists brought in on both databases: a child the
// council's census brought in is known by their Child Unique ID; a child who might be someone here
// waits for a manager, who sees their referrals read again from their rows; the same lists twice
// change nothing.
#include <algorithm>

#include "decision_fixture.hpp"
#include "domain/annex_a.hpp"
#include "domain/annex_a_reading.hpp"
#include "domain/census_reading.hpp"
#include "service/import_service.hpp"

namespace frontdoor::service {
namespace {

class AnnexAImportTest : public DecisionServiceTest {
 protected:
  // Brings the lists' children in as the command does (one batch), from this council's ids.
  ImportTally Import(const std::vector<domain::AnnexATable>& tables) {
    const auto reading = domain::ReadAnnexA(tables, *domain::ParseDate("2026-03-02"));
    EXPECT_TRUE(reading.file_problems.empty());
    AnnexAImportFile file;
    file.file_names = "annex.xlsx";
    file.digest = "0";
    file.source = "census 999";
    const std::int64_t run = imports_.StartAnnexARun(CommandLineActor(), file);
    return imports_.ImportAnnexAChildren(CommandLineActor(), run, file, reading.children, false);
  }

  // A boy born 14 May 2015 referred by his school on `referred`, assessed from the next day.
  static std::vector<domain::AnnexATable> Lists(const char* id, const char* referred,
                                                const char* assessed, const char* authorised) {
    domain::AnnexATable list3{"list-3.csv", {{1, domain::AnnexAList3({}).columns}}};
    list3.rows.push_back({2,
                          {id, "Male", "WBRI", "2015-05-14", "10", referred, "2A", "No", "1",
                           "Team A", "Sam Worker"}});
    domain::AnnexATable list4{"list-4.csv", {{1, domain::AnnexAList4({}).columns}}};
    list4.rows.push_back({2,
                          {id, "Male", "WBRI", "2015-05-14", "10", "No", assessed, "Yes",
                           authorised, "Yes", "Team A", "Sam Worker"}});
    return {list3, list4};
  }

  std::vector<store::ChildReferral> ReferralsOf(std::int64_t person) {
    return store_->ReadResult(
        [&](store::Records& records) { return records.decisions.ReferralsOf({person}); });
  }

  ImportService imports_{*store_, clock_, rules_, PersonService::EmptyVariants()};
};

TEST_P(AnnexAImportTest, AChildTheCensusBroughtInIsKnownByTheirChildUniqueId) {
  // The council's census of last year brought in OLD1 with a referral of 3 June 2024.
  const std::string xml =
      "<Child><ChildIdentifiers><LAchildID>OLD1</LAchildID><PersonBirthDate>2015-05-14"
      "</PersonBirthDate><Sex>M</Sex></ChildIdentifiers><ChildCharacteristics><Ethnicity>WBRI"
      "</Ethnicity></ChildCharacteristics><CINdetails><CINreferralDate>2024-06-03</CINreferralDate>"
      "<ReferralSource>2A</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails></Child>";
  CensusImportFile census;
  census.file_name = "cin.xml";
  census.digest = "0";
  census.facts = {2025, "999", "another system"};
  const auto run = imports_.StartCensusRun(CommandLineActor(), census);
  const auto brought = imports_.ImportCensusChildren(CommandLineActor(), run, census,
                                                     domain::ReadCensusChildren(xml), false);
  ASSERT_EQ(brought.new_children, 1);
  // Someone else born the same day does not make OLD1 a question for a manager.
  Child("Jayden", "2015-05-14", std::nullopt);

  auto lists = Lists("OLD1", "2025-06-02", "2025-06-03", "2025-07-01");
  lists[0].rows.push_back(
      {3, {"OLD1", "Male", "WBRI", "2015-05-14", "9", "2024-06-03", "2A", "No", "1", "", ""}});
  const auto tally = Import(lists);
  EXPECT_EQ(tally.matched, 1);
  EXPECT_EQ(tally.to_review, 0);
  EXPECT_EQ(tally.referrals_known, 1);  // 3 June 2024 came with the census
  EXPECT_EQ(tally.referrals_added, 1);
  const auto person = store_->ReadResult([&](store::Records& records) {
    return records.imports.RecordsOf("census 999", domain::ImportKeyKind::kPerson, {"OLD1"});
  });
  ASSERT_EQ(person.size(), 1u);
  const auto referrals = ReferralsOf(person.at("OLD1"));
  ASSERT_EQ(referrals.size(), 2u);
  // The assessment came without factors and with its primary need not stated.
  const auto steps = store_->ReadResult(
      [&](store::Records& records) { return records.case_steps.OfPeople({person.at("OLD1")}); });
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].primary_need, "N0");
  EXPECT_TRUE(steps[0].factors.empty());
  EXPECT_EQ(steps[0].recorded_by, "Annex A import");

  // The same lists again change nothing.
  const auto again = Import(lists);
  EXPECT_EQ(again.referrals_added, 0);
  EXPECT_EQ(again.referrals_known, 2);
  EXPECT_EQ(ReferralsOf(person.at("OLD1")).size(), 2u);
}

TEST_P(AnnexAImportTest, AChildWhoMightBeSomeoneHereWaitsForAManager) {
  const std::int64_t jayden = Child("Jayden", "2015-05-14", std::nullopt);
  const auto lists = Lists("NEW7", "2025-06-02", "2025-06-03", "2025-07-01");
  EXPECT_EQ(Import(lists).to_review, 1);
  EXPECT_TRUE(ReferralsOf(jayden).empty());
  const auto reviews = std::get<std::vector<ReviewView>>(imports_.ShowReviews(manager_, 10));
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].review.external_id, "NEW7");
  // The child as the lists gave them, read again from their rows.
  EXPECT_TRUE(reviews[0].child.problems.empty());
  ASSERT_EQ(reviews[0].child.episodes.size(), 1u);
  EXPECT_EQ(reviews[0].child.episodes[0].assessments.size(), 1u);
  ASSERT_EQ(reviews[0].candidates.size(), 1u);

  const auto resolved = imports_.ResolveReview(manager_, reviews[0].review.id, jayden);
  ASSERT_TRUE(std::holds_alternative<domain::ImportReview>(resolved));
  ASSERT_EQ(ReferralsOf(jayden).size(), 1u);
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, jayden, {}));
  EXPECT_TRUE(std::any_of(journey.events.begin(), journey.events.end(), [](const auto& event) {
    return event.summary.find(
               "Brought in from Ofsted's Annex A lists (annex.xlsx) on 2 March "
               "2026") != std::string::npos;
  }));
  // Now known: the lists again change nothing.
  const auto again = Import(lists);
  EXPECT_EQ(again.matched, 1);
  EXPECT_EQ(again.referrals_added, 0);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, AnnexAImportTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
