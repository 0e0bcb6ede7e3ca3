// tests/service/csv_import_test.cpp — the CSV files brought in on both databases: people,
// households, contacts and referrals come in once however often the files are imported; a
// referral counts for the re-referral rule and is marked on the journey; a person who might be
// someone here waits for a manager and is never made twice; a dry run writes nothing; a contact
// whose child is not in comes in later, whole.
#include <gtest/gtest.h>

#include "decision_fixture.hpp"
#include "domain/csv_import.hpp"
#include "service/case_audit_service.hpp"
#include "service/configuration.hpp"
#include "service/import_service.hpp"

namespace frontdoor::service {
namespace {

const char* kPeople =
    "person_id,given_name,family_name,date_of_birth,sex\n"
    "P1,Jayden,Smith,14/05/2015,M\n"
    "P2,Amelia,Smith,2017-02-03,F\n";
const char* kHouseholds =
    "household_id,person_id,address_line_1,town,postcode,from\n"
    "H1,P1,12 Oak Road,Southampton,SO14 7LY,2015-05-14\n"
    "H1,P2,12 Oak Road,Southampton,SO14 7LY,2017-02-03\n";
const char* kContacts =
    "contact_id,received,source,concern,children,outcome,referrer_name\n"
    "K1,2025-06-03 09:40,2A,\"A bruise, and he said \"\"dad\"\"\",P1;P2,no_further_action,Ms "
    "Jones\n"
    "K2,2025-10-01,1B,Grandmother worried about the house,P2,advice_signposting,\n";
const char* kReferrals =
    "contact_id,person_id,outcome,primary_need\n"
    "K1,P1,single_assessment,N1\n";

class CsvImportTest : public DecisionServiceTest {
 protected:
  // Each row of `text` after its header.
  static std::vector<domain::CsvRow> Rows(const std::string& text, domain::CsvFile file,
                                          domain::CsvColumns& columns) {
    std::vector<domain::CsvRow> rows;
    domain::CsvReader reader([&](domain::CsvRow row) { rows.push_back(std::move(row)); });
    EXPECT_TRUE(reader.Feed(text, true));
    std::vector<domain::ImportProblem> problems;
    columns = domain::CsvColumns::Read(rows.front(), domain::LayoutOf(file), problems);
    EXPECT_TRUE(problems.empty());
    rows.erase(rows.begin());
    return rows;
  }

  struct Tallies {
    RowTally people, households, contacts;
  };

  // The four files brought in as the command does (people, households, then contacts with their
  // referrals), as source "csv old".
  Tallies Import(const std::string& people, const std::string& households,
                 const std::string& contacts, const std::string& referrals, bool dry_run = false) {
    const domain::Date today = domain::UkDate(clock_.Now());
    CsvImport import;
    import.source = "csv old";
    import.description = "the CSV files of old";
    import.dry_run = dry_run;
    if (!dry_run) imports_.StartCsvRun(CommandLineActor(), import, "files", "0");
    Tallies tallies;
    domain::CsvColumns columns;
    std::vector<domain::ImportedPerson> read_people;
    for (const auto& row : Rows(people, domain::CsvFile::kPeople, columns))
      read_people.push_back(domain::ReadPersonRow(columns, row, today));
    tallies.people = imports_.ImportCsvPeople(CommandLineActor(), import, read_people);
    std::vector<domain::ImportedMembership> members;
    for (const auto& row : Rows(households, domain::CsvFile::kHouseholds, columns))
      members.push_back(domain::ReadMembershipRow(columns, row, today));
    tallies.households = imports_.ImportCsvHouseholds(CommandLineActor(), import, members);
    std::map<std::string, std::vector<domain::ImportedReferral>> by_contact;
    for (const auto& row : Rows(referrals, domain::CsvFile::kReferrals, columns)) {
      auto referral = domain::ReadReferralRow(columns, row, rules_.framework);
      by_contact[referral.contact_id].push_back(referral);
    }
    std::vector<domain::ImportedContact> read_contacts;
    for (const auto& row : Rows(contacts, domain::CsvFile::kContacts, columns)) {
      auto contact = domain::ReadContactRow(columns, row, rules_.framework, today);
      domain::AttachReferrals(contact, by_contact[contact.external_id]);
      read_contacts.push_back(std::move(contact));
    }
    tallies.contacts = imports_.ImportCsvContacts(CommandLineActor(), import, read_contacts);
    return tallies;
  }

  std::int64_t PersonOf(const char* external_id) {
    return store_->ReadResult([&](store::Records& records) {
      const auto keys =
          records.imports.RecordsOf("csv old", domain::ImportKeyKind::kPerson, {external_id});
      return keys.empty() ? std::int64_t{0} : keys.begin()->second;
    });
  }

  std::vector<store::ChildReferral> ReferralsOf(std::int64_t person) {
    return store_->ReadResult(
        [&](store::Records& records) { return records.decisions.ReferralsOf({person}); });
  }

  ImportService imports_{*store_, clock_, rules_, PersonService::EmptyVariants()};
};

TEST_P(CsvImportTest, TheFilesComeInOnceAndAReferralCountsForTheReReferralRule) {
  const auto dry = Import(kPeople, kHouseholds, kContacts, kReferrals, true);
  EXPECT_EQ(dry.people.added, 2);
  EXPECT_EQ(dry.households.added, 2);
  EXPECT_EQ(dry.contacts.added, 2);
  EXPECT_EQ(dry.contacts.referrals, 1);
  EXPECT_EQ(PersonOf("P1"), 0);  // the dry run wrote nothing

  const auto first = Import(kPeople, kHouseholds, kContacts, kReferrals);
  EXPECT_EQ(first.people.added, 2);
  EXPECT_EQ(first.households.added, 2);
  EXPECT_EQ(first.contacts.added, 2);
  EXPECT_EQ(first.contacts.skipped, 0);
  const std::int64_t jayden = PersonOf("P1"), amelia = PersonOf("P2");
  ASSERT_GT(jayden, 0);
  const auto referrals = ReferralsOf(jayden);
  ASSERT_EQ(referrals.size(), 1u);
  EXPECT_EQ(referrals[0].date, domain::ParseDate("2025-06-03"));
  EXPECT_EQ(referrals[0].primary_need, "N1");
  EXPECT_TRUE(ReferralsOf(amelia).empty());  // on the same contact, not referred
  const auto households = store_->ReadResult(
      [&](store::Records& records) { return records.households.HouseholdsOf(amelia); });
  ASSERT_EQ(households.size(), 1u);
  EXPECT_EQ(households[0].first.postcode, "SO14 7LY");

  // Again: nothing changes.
  const auto again = Import(kPeople, kHouseholds, kContacts, kReferrals);
  EXPECT_EQ(again.people.known, 2);
  EXPECT_EQ(again.people.added + again.households.added + again.contacts.added, 0);
  EXPECT_EQ(again.households.known, 2);
  EXPECT_EQ(again.contacts.known, 2);
  EXPECT_EQ(ReferralsOf(jayden).size(), 1u);

  // A contact today, within twelve months of the imported referral, is a re-referral.
  const std::int64_t today = Contact({jayden}, "2026-03-02");
  EXPECT_TRUE(std::get<ContactProgress>(decisions_.ShowProgress(manager_, today)).re_referral);
  // The journey says where the referral came from and when.
  const auto journey = std::get<JourneyView>(people_.ShowJourney(practitioner_, jayden, {}));
  EXPECT_TRUE(std::any_of(journey.events.begin(), journey.events.end(), [](const auto& event) {
    return event.summary.find("Brought in from the CSV files of old on 2 March 2026") !=
           std::string::npos;
  }));
}

TEST_P(CsvImportTest, ADecisionBroughtInIsNotDrawnForADipSample) {
  clock_.Set("2026-03-02T10:00:00.000Z");
  ASSERT_EQ(Import(kPeople, kHouseholds, kContacts, kReferrals).contacts.added, 2);
  // No one here made those decisions: there is no practice to audit.
  const Configuration configuration = LoadConfiguration({});
  CaseAuditService audits(*store_, clock_, rules_, configuration.audit_questions);
  domain::SampleRequest request;
  request.from = *domain::ParseDate("2025-06-01");
  request.to = *domain::ParseDate("2026-03-02");
  request.per_stratum = 5;
  request.seed = 7;
  const auto drawn = audits.DrawSample(manager_, request);
  ASSERT_TRUE(std::holds_alternative<Refused<domain::SampleRequest>>(drawn));
  EXPECT_EQ(std::get<Refused<domain::SampleRequest>>(drawn).errors.at(0).message,
            "No decisions were made in this period to draw from");
  // One made here is (about his sister: his own referral last June would hold a decision for
  // partner agencies' answers).
  const std::int64_t amelia = PersonOf("P2");
  const std::int64_t here = Contact({amelia}, "2026-03-01");
  GiveConsent(here);
  DecideOnAssessment(here, {amelia}, 3);
  const auto sample = audits.DrawSample(manager_, request);
  ASSERT_TRUE(std::holds_alternative<domain::DipSample>(sample));
  EXPECT_EQ(std::get<domain::DipSample>(sample).candidates, 1);
}

TEST_P(CsvImportTest, APersonWhoMightBeSomeoneHereWaitsAndTheirContactsComeInAfter) {
  const std::int64_t jayden = Child("Jayden", "2015-05-14", std::nullopt);  // Jayden Smith
  const char* people =
      "person_id,given_name,family_name,date_of_birth,sex\n"
      "P1,Jayden,Smith,2015-05-14,M\n"  // certainly him
      "P3,Jaden,Smith,2015-05-14,M\n";  // perhaps him
  const char* contacts =
      "contact_id,received,source,concern,children,outcome\n"
      "K1,2025-06-03,2A,A bruise,P1,no_further_action\n"
      "K3,2025-07-03,2A,Another bruise,P3,no_further_action\n";
  const char* referrals = "contact_id,person_id\nK3,P3\n";
  const char* no_households = "household_id,person_id,address_line_1,town,postcode,from\n";
  const auto first = Import(people, no_households, contacts, referrals);
  EXPECT_EQ(first.people.matched, 1);
  EXPECT_EQ(first.people.to_review, 1);
  EXPECT_EQ(first.people.added, 0);
  EXPECT_EQ(PersonOf("P1"), jayden);
  EXPECT_EQ(first.contacts.added, 1);
  EXPECT_EQ(first.contacts.skipped, 1);  // K3's child waits for review
  ASSERT_EQ(first.contacts.problems.size(), 1u);
  EXPECT_NE(first.contacts.problems[0].reason.find("P3 waits for a manager"), std::string::npos);

  const auto reviews = std::get<std::vector<ReviewView>>(imports_.ShowReviews(manager_, 10));
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0].name, "Jaden Smith");
  EXPECT_EQ(reviews[0].child.la_child_id, "P3");
  ASSERT_EQ(reviews[0].candidates.size(), 1u);
  EXPECT_EQ(reviews[0].candidates[0].id, jayden);
  // Again before the review: still one review, nothing made.
  EXPECT_EQ(Import(people, no_households, contacts, referrals).people.to_review, 1);

  // The manager says he is someone new; the files again bring his contact in, whole.
  ASSERT_TRUE(std::holds_alternative<domain::ImportReview>(
      imports_.ResolveReview(manager_, reviews[0].review.id, 0)));
  const std::int64_t jaden = PersonOf("P3");
  ASSERT_GT(jaden, jayden);
  const auto after = Import(people, no_households, contacts, referrals);
  EXPECT_EQ(after.people.known, 2);
  EXPECT_EQ(after.contacts.known, 1);
  EXPECT_EQ(after.contacts.added, 1);
  EXPECT_EQ(after.contacts.skipped, 0);
  ASSERT_EQ(ReferralsOf(jaden).size(), 1u);
  EXPECT_TRUE(ReferralsOf(jayden).empty());
}

TEST_P(CsvImportTest, ARestrictedRecordIsACandidateOnlyForThoseItIsOpenTo) {
  const std::int64_t jayden = Child("Jayden", "2015-05-14", std::nullopt);
  ASSERT_TRUE(std::holds_alternative<domain::Restriction>(
      people_.RestrictRecord(manager_, jayden, {}, "A member of staff's child")));
  const char* people =
      "person_id,given_name,family_name,date_of_birth,sex\n"
      "P3,Jaden,Smith,2015-05-14,M\n";  // perhaps him
  const char* no_contacts = "contact_id,received,source,concern,children,outcome\n";
  const char* no_referrals = "contact_id,person_id\n";
  const char* no_households = "household_id,person_id,address_line_1,town,postcode,from\n";
  ASSERT_EQ(Import(people, no_households, no_contacts, no_referrals).people.to_review, 1);
  // The manager it is open to is offered him.
  const auto named = std::get<std::vector<ReviewView>>(imports_.ShowReviews(manager_, 10));
  ASSERT_EQ(named.size(), 1u);
  ASSERT_EQ(named[0].candidates.size(), 1u);
  EXPECT_EQ(named[0].candidates[0].id, jayden);
  EXPECT_EQ(named[0].restricted_candidates, 0);
  // Another is told a restricted record may be him, never which, and cannot choose it.
  const Identity other = Account("oli.other", "manager");
  const auto hidden = std::get<ReviewView>(imports_.ShowReview(other, named[0].review.id));
  EXPECT_TRUE(hidden.candidates.empty());
  EXPECT_EQ(hidden.restricted_candidates, 1);
  EXPECT_TRUE(std::holds_alternative<Refused<ReviewView>>(
      imports_.ResolveReview(other, named[0].review.id, jayden)));
  ASSERT_TRUE(std::holds_alternative<domain::ImportReview>(
      imports_.ResolveReview(manager_, named[0].review.id, jayden)));
  EXPECT_EQ(PersonOf("P3"), jayden);
}

TEST_P(CsvImportTest, AReferralAlreadyHereIsThatOneAndARowWithProblemsChangesNothing) {
  const auto first = Import(kPeople, kHouseholds, kContacts, kReferrals);
  const std::int64_t jayden = PersonOf("P1");
  // Files naming the same referral (the same child, the same day) under another contact id:
  // that contact, never a second referral.
  const std::string people = std::string(kPeople) + "P4,Zed,Nobody,31/02/2015,M\n";
  const auto other = [&](const std::string& text) {
    std::string renamed = text;
    for (std::size_t at = 0; (at = renamed.find("K1", at)) != std::string::npos; ++at)
      renamed.replace(at, 2, "X1");
    return renamed;
  };
  const auto again = Import(people, kHouseholds, other(kContacts), other(kReferrals));
  EXPECT_EQ(again.people.known, 2);
  EXPECT_EQ(again.people.skipped, 1);  // 31 February
  ASSERT_EQ(again.people.problems.size(), 1u);
  EXPECT_EQ(again.people.problems[0].line, 4);
  EXPECT_EQ(again.people.problems[0].element, "date_of_birth");
  EXPECT_EQ(again.contacts.matched, 1);  // X1 is K1
  EXPECT_EQ(again.contacts.known, 1);    // K2 is brought in already
  EXPECT_EQ(ReferralsOf(jayden).size(), 1u);
  EXPECT_EQ(first.contacts.added, 2);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, CsvImportTest,
                         ::testing::Values(store::DatabaseKind::kSqlite,
                                           store::DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
