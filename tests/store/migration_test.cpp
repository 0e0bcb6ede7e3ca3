// tests/store/migration_test.cpp — migrations cannot drift: the shared ones render for each
// database, applied ones are checksummed and a changed one stops start-up and `migrate`, naming
// its file; the frozen per-database ones are byte for byte what was applied.
#include "store/migration.hpp"

#include <gtest/gtest.h>

#include "records_test_support.hpp"

namespace frontdoor::store {
namespace {

using frontdoor::testing::ExecuteDirectly;
using frontdoor::testing::QueryDirectly;

TEST(RenderMigration, ReplacesTheDialectsWordsAndKeepsOnlyThisDatabasesLines) {
  const std::string text =
      "CREATE TABLE t (id {id}, at {time}, on_day {date}, flag {bool}, other {ref}){strict};\n"
      "--@ postgresql\n"
      "SELECT 'postgres only';\n"
      "--@ sqlite\n"
      "SELECT 'sqlite only';\n"
      "--@ both\n"
      "INSERT INTO t (id) {overriding} SELECT 1;\n";
  EXPECT_EQ(RenderMigration(text, DatabaseKind::kSqlite),
            "CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT, on_day TEXT, flag INTEGER, other "
            "INTEGER) STRICT;\nSELECT 'sqlite only';\nINSERT INTO t (id)  SELECT 1;\n");
  EXPECT_EQ(RenderMigration(text, DatabaseKind::kPostgres),
            "CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at TIMESTAMPTZ, "
            "on_day DATE, flag BOOLEAN, other BIGINT);\nSELECT 'postgres only';\n"
            "INSERT INTO t (id) OVERRIDING SYSTEM VALUE SELECT 1;\n");
  EXPECT_THROW(RenderMigration("--@ oracle\n", DatabaseKind::kSqlite), StoreError);
}

TEST(LoadMigrations, RefusesAGapOrAVersionWrittenTwice) {
  const EmbeddedFile first = {"0001_first.sql", "SELECT 1;"};
  EXPECT_NO_THROW(LoadMigrations(DatabaseKind::kSqlite, {first, {"0002_second.sql", "SELECT 2;"}}));
  EXPECT_THROW(LoadMigrations(DatabaseKind::kSqlite, {first, {"0001_again.sql", "SELECT 2;"}}),
               StoreError);
  EXPECT_THROW(LoadMigrations(DatabaseKind::kSqlite, {first, {"0003_gap.sql", "SELECT 3;"}}),
               StoreError);
  EXPECT_THROW(LoadMigrations(DatabaseKind::kSqlite, {first, {"second.sql", "SELECT 2;"}}),
               StoreError);
}

// Migrations 0001-0006 were applied to databases in the field before checksums were kept, from one
// file per database; these are the SHA-256s of those files as they were then (main at 8d69114).
// The text each database renders from the merged files must never change.
TEST(LoadMigrations, TheFrozenMigrationsAreTheTextThatWasApplied) {
  const std::vector<std::string> sqlite = {
      "0d9709288ffe8273fc1e445cc9937f1690bd357b100183908c11c66ed4f4264f",
      "b128ac3af36964acdf503e97ebc74c129b7e61fdbc7d04ab31ca1d7a04da1296",
      "cc7dfac6c80133a1c612cc15ca3b3ec674a5911c5d9142c53bfe524ea3b75ab9",
      "8f9b2096cd1e35d9ffe5935ad1d48660fac35a3acd0b499764308df8ff8d6c84",
      "eba9dc25e173b99a85322f9a86ebfd6da35891aa06acabf78763a54d6bd9f2d1",
      "2a0af40ba14265237f8eb4e407b50a4abb658ba3b26eaa0979006c4bf665f1c0"};
  const std::vector<std::string> postgres = {
      "4d166d061577aa027cf446fda3a6f7f8b3d0f25c3b60578f593868f5e7bf7519",
      "fc926e619f27b584c705577887ff49656d39ea03bb67f9544bf404c5a6423f1d",
      "95c371553912ad408a85e31b64cbf4ceb9725ad0e682c31244843e5e3ba41608",
      "9f953e992c2ca0b2bf99bcceb47d61e13325e7691c0347b22bea5c68307b00b0",
      "58db04c86f36f6ff1e29b3536d867910313480405da14a94bc700b1cc3215191",
      "c107e5c61dad4b19442eb92ea50c61095a3f3d8ff208e477da7e285ad807af73"};
  for (const auto& [kind, sums] :
       {std::pair{DatabaseKind::kSqlite, sqlite}, std::pair{DatabaseKind::kPostgres, postgres}}) {
    const auto migrations = LoadMigrations(kind);
    ASSERT_GE(migrations.size(), sums.size());
    for (size_t idx = 0; idx < sums.size(); ++idx)
      EXPECT_EQ(migrations[idx].checksum, sums[idx]) << migrations[idx].name;
  }
}

class MigrationTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  frontdoor::testing::TestDatabase database_{GetParam(), frontdoor::testing::TestSchema::kEmpty};
};

TEST_P(MigrationTest, AChangedAppliedMigrationStopsStartUpAndMigrateNamingItsFile) {
  auto store = database_.Open();
  ExecuteDirectly(database_.Url(),
                  "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 4");
  try {
    store->Schema();
    FAIL() << "Schema() accepted an edited migration";
  } catch (const StoreError& error) {
    EXPECT_NE(std::string(error.what()).find("0004_people_households_contacts.sql"),
              std::string::npos)
        << error.what();
  }
  EXPECT_THROW(store->Migrate(), StoreError);
  EXPECT_THROW(database_.Open(), StoreError);  // a fresh store refuses too
}

TEST_P(MigrationTest, ChecksumsAreRecordedForMigrationsAppliedBeforeThem) {
  auto store = database_.Open();
  const int known = store->Schema().known;
  // A database from before checksums: the column is there but empty (PostgreSQL), or missing
  // altogether (SQLite, whose STRICT table cannot lose a column in place: emptied instead).
  ExecuteDirectly(database_.Url(), "UPDATE schema_migrations SET checksum = NULL");
  EXPECT_EQ(store->Schema().applied, known);  // nothing to compare yet: accepted
  EXPECT_EQ(store->Migrate(), 0);
  ExecuteDirectly(database_.Url(),
                  "UPDATE schema_migrations SET checksum = 'edited' WHERE version = 2");
  EXPECT_THROW(store->Schema(), StoreError);
}

TEST_P(MigrationTest, ReferralsAreDatedTheDayTheContactCameInWithEachCorrectionInTheHistory) {
  auto store = database_.Open();
  const auto contact_on = [&](const char* received_at, std::optional<const char*> referral_date) {
    return store->WriteResult([&](Records& records) {
      domain::Person child;
      child.given_name = "Jayden";
      child.family_name = "Smith";
      domain::Contact contact;
      contact.children = {records.people.Add(child)};
      contact.received_at = *domain::ParseTimestamp(received_at);
      contact.recorded_at = contact.received_at;
      contact.concern = "Worried";
      contact.recorded_by = "test";
      if (referral_date) contact.referral_date = domain::ParseDate(*referral_date);
      return records.contacts.Add(contact);
    });
  };
  // 17:30 in British Summer Time, dated when the manager decided the next winter.
  const auto summer = contact_on("2025-04-17T16:30:00.000Z", "2026-01-10");
  // 23:30 in winter (Greenwich Mean Time), dated the next morning.
  const auto winter = contact_on("2025-01-10T23:30:00.000Z", "2025-01-11");
  // 00:30 on 31 March 2025 in summer time is still 30 March in UTC.
  const auto after_midnight = contact_on("2025-03-30T23:30:00.000Z", "2025-03-30");
  const auto right = contact_on("2025-06-02T09:00:00.000Z", "2025-06-02");
  const auto no_referral = contact_on("2025-06-03T09:00:00.000Z", std::nullopt);
  ExecuteDirectly(database_.Url(), "DELETE FROM schema_migrations WHERE version >= 13");
  EXPECT_EQ(store->Migrate(14), 2);
  EXPECT_EQ(store->Migrate(14), 0);
  const auto referral_of = [&](std::int64_t id) {
    const auto contact =
        *store->ReadResult([&](Records& records) { return records.contacts.Find(id); });
    return contact.referral_date ? domain::FormatDate(*contact.referral_date) : "";
  };
  EXPECT_EQ(referral_of(summer), "2025-04-17");
  EXPECT_EQ(referral_of(winter), "2025-01-10");
  EXPECT_EQ(referral_of(after_midnight), "2025-03-31");
  EXPECT_EQ(referral_of(right), "2025-06-02");
  EXPECT_EQ(referral_of(no_referral), "");
  const auto history = QueryDirectly(
      database_.Url(),
      "SELECT record, from_value, to_value, changed_by FROM record_history WHERE field = "
      "'referral date' ORDER BY record");
  ASSERT_EQ(history.size(), 3u);  // the corrections only, once each though run twice
  const auto entry = [&](std::int64_t id) {
    for (const auto& row : history) {
      if (*row[0] == "contact:" + std::to_string(id)) return *row[1] + " -> " + *row[2];
    }
    return std::string("none");
  };
  EXPECT_EQ(entry(summer), "2026-01-10 -> 2025-04-17");
  EXPECT_EQ(entry(winter), "2025-01-11 -> 2025-01-10");
  EXPECT_EQ(entry(after_midnight), "2025-03-30 -> 2025-03-31");
  EXPECT_EQ(*history.front()[3], "frontdoor upgrade");
}

TEST_P(MigrationTest, TheStraySearchIndexIsDroppedWhereverItIs) {
  auto store = database_.Open(/*migrate=*/false);
  // Bring the database to version 6 as main left it, with the index an early 0006 made.
  ExecuteDirectly(database_.Url(), "CREATE TABLE IF NOT EXISTS probe (x INTEGER)");
  store->Migrate();
  ExecuteDirectly(database_.Url(),
                  "CREATE INDEX person_names_by_name_keys ON person_names ((family_key || '|' || "
                  "given_key), person_id)");
  // Migrations 0008 to 0014 run again (each of them may; 0015 moves columns, so it may not).
  ExecuteDirectly(database_.Url(), "DELETE FROM schema_migrations WHERE version >= 8");
  EXPECT_EQ(store->Migrate(14), 7);
  auto reopened = database_.Open(/*migrate=*/false);
  // Creating it again succeeds only if it is gone.
  EXPECT_NO_FATAL_FAILURE(ExecuteDirectly(
      database_.Url(), "CREATE INDEX person_names_by_name_keys ON person_names (family_key)"));
}

// Jayden's contact with one assessment after it (factors 4B and 3B), as kept.
domain::CaseStep AddAssessment(Store& store) {
  return store.WriteResult([&](Records& records) {
    domain::Person child;
    child.given_name = "Jayden";
    child.family_name = "Smith";
    domain::Contact contact;
    contact.children = {records.people.Add(child)};
    contact.received_at = *domain::ParseTimestamp("2026-10-05T09:00:00.000Z");
    contact.recorded_at = contact.received_at;
    contact.concern = "Worried";
    contact.recorded_by = "test";
    domain::CaseStep assessment;
    assessment.contact_id = records.contacts.Add(contact);
    assessment.person_id = contact.children.front();
    assessment.kind = domain::CaseStepKind::kAssessment;
    assessment.date = *domain::ParseDate("2026-10-06");
    assessment.authorised = domain::ParseDate("2026-11-20");
    assessment.factors = {"4B", "3B"};
    assessment.primary_need = "N1";
    assessment.recorded_by = "sam";
    assessment.recorded_at = contact.received_at;
    assessment.id = records.case_steps.Add(assessment);
    return assessment;
  });
}

TEST_P(MigrationTest, StepsAndTheirFactorsComeThroughTheWideningOfStepKinds) {
  auto store = database_.Open();
  const auto assessment = AddAssessment(*store);
  const auto ids = std::pair{assessment.contact_id, assessment.person_id};
  // 0025 made again over a database holding a step with its factors: the columns 0028 and 0040
  // added to the steps taken away first (0025 copies the table as it was), and put back after.
  ExecuteDirectly(database_.Url(), "DELETE FROM schema_migrations WHERE version >= 25");
  const bool sqlite = GetParam() == DatabaseKind::kSqlite;
  const std::vector<std::pair<const char*, std::string>> added = {
      {"previous_plans", sqlite ? "INTEGER" : "BIGINT"},
      {"family_meeting", sqlite ? "INTEGER" : "BOOLEAN"},
      {"outcome", "TEXT NOT NULL DEFAULT ''"},
      {"review_meetings", sqlite ? "INTEGER" : "BIGINT"}};
  for (const auto& [column, type] : added)
    ExecuteDirectly(database_.Url(), std::string("ALTER TABLE case_steps DROP COLUMN ") + column);
  EXPECT_EQ(store->Migrate(25), 1);
  for (const auto& [column, type] : added)
    ExecuteDirectly(database_.Url(),
                    std::string("ALTER TABLE case_steps ADD COLUMN ") + column + " " + type);
  const auto steps = store->ReadResult(
      [&](Records& records) { return records.case_steps.OfPeople({ids.second}); });
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].factors, (std::vector<std::string>{"4B", "3B"}));
  EXPECT_EQ(steps[0].authorised, domain::ParseDate("2026-11-20"));
  // The new kind is taken, and the next step's number follows the ones kept.
  domain::CaseStep started = steps[0];
  started.kind = domain::CaseStepKind::kAssessmentStart;
  started.authorised.reset();
  started.factors.clear();
  const auto next =
      store->WriteResult([&](Records& records) { return records.case_steps.Add(started); });
  EXPECT_GT(next, steps[0].id);
}

TEST_P(MigrationTest, StepsKeepTheirPartsAndIndexesThroughPreProceedings) {
  auto store = database_.Open();
  const auto assessment = AddAssessment(*store);
  // 0040 made again over a database holding a step with its factors, as one made before it was.
  ExecuteDirectly(database_.Url(), "DELETE FROM schema_migrations WHERE version >= 40");
  for (const char* column : {"family_meeting", "outcome", "review_meetings"})
    ExecuteDirectly(database_.Url(), std::string("ALTER TABLE case_steps DROP COLUMN ") + column);
  EXPECT_EQ(store->Migrate(40), 1);
  const auto steps = store->ReadResult(
      [&](Records& records) { return records.case_steps.OfPeople({assessment.person_id}); });
  ASSERT_EQ(steps.size(), 1u);
  EXPECT_EQ(steps[0].factors, (std::vector<std::string>{"4B", "3B"}));
  EXPECT_EQ(steps[0].authorised, assessment.authorised);
  EXPECT_EQ(steps[0].outcome, "");
  // The new kinds are taken with their parts, and every index of the steps is there again.
  domain::CaseStep decision = steps[0];
  decision.kind = domain::CaseStepKind::kPreProceedingsDecision;
  decision.factors.clear();
  decision.outcome = "B";
  decision.family_meeting = false;
  decision.review_meetings = 1;
  const auto next =
      store->WriteResult([&](Records& records) { return records.case_steps.Add(decision); });
  EXPECT_GT(next, steps[0].id);
  for (const char* index : {"case_steps_by_referral", "case_steps_by_child", "case_steps_plans"})
    EXPECT_NO_THROW(ExecuteDirectly(database_.Url(), std::string("DROP INDEX ") + index)) << index;
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, MigrationTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         frontdoor::testing::KindName);

}  // namespace
}  // namespace frontdoor::store
