// tests/store/upgrade_test.cpp — a database made by main before migration 0007 (the fixtures were
// made by tests/store/fixtures/make_fixture.mjs with main at 8d69114) is migrated, and every step
// kept as JSON text comes back from the new columns and child tables unchanged (a decision's own
// parts copied to each child on its contact by 0015), on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "records_test_support.hpp"
#include "store/contact_steps.hpp"
#include "store/language_warning_rows.hpp"

namespace frontdoor::store {
namespace {

using frontdoor::testing::QueryDirectly;
using Json = nlohmann::json;

std::string ReadFixture(DatabaseKind kind) {
  return testing::SourceFile(std::filesystem::path("tests/store/fixtures") /
                             ("before-0007." + std::string(DatabaseKindName(kind)) + ".sql"));
}

//! What the old JSON bodies held, read before migrating: the oracle the new columns must match.
struct OldBodies {
  std::map<std::int64_t, Json> consents, checks, not_needed, decisions, allocations, history;
  std::map<std::int64_t, Json> contact_warnings;  // contact id -> {field: [warning...]}
};

std::map<std::int64_t, Json> BodiesOf(const DatabaseUrl& url, const std::string& sql) {
  std::map<std::int64_t, Json> bodies;
  for (const auto& row : QueryDirectly(url, sql))
    bodies[std::stoll(*row[0])] = Json::parse(*row[1]);
  return bodies;
}

OldBodies ReadOldBodies(const DatabaseUrl& url) {
  return {BodiesOf(url, "SELECT id, body FROM consents"),
          BodiesOf(url, "SELECT id, body FROM mash_checks"),
          BodiesOf(url, "SELECT contact_id, body FROM checks_not_needed"),
          BodiesOf(url, "SELECT contact_id, body FROM decisions"),
          BodiesOf(url, "SELECT contact_id * 100000 + person_id, body FROM allocations"),
          BodiesOf(url, "SELECT id, body FROM record_history"),
          BodiesOf(url, "SELECT id, language_warnings FROM contacts")};
}

std::string Moment(domain::Timestamp at) {
  return domain::FormatTimestamp(at);
}

std::string Text(const Json& body, const char* key) {
  return body.contains(key) && body[key].is_string() ? body[key].get<std::string>() : "";
}

WarningsByField Warnings(const Json& by_field) {
  WarningsByField warnings;
  for (const auto& [field, list] : by_field.items()) {
    for (const auto& item : list)
      warnings[field].push_back({*domain::kLanguageIssues.Parse(item["issue"].get<std::string>()),
                                 item["found"], item["offset"], item["suggestion"]});
  }
  return warnings;
}

class UpgradeTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  void SetUp() override {
    database_.Open(/*migrate=*/false);  // makes the SQLite file's folder
    frontdoor::testing::ExecuteDirectly(database_.Url(), ReadFixture(GetParam()));
  }
  frontdoor::testing::TestDatabase database_{GetParam(), frontdoor::testing::TestSchema::kEmpty};
};

TEST_P(UpgradeTest, EveryStepKeptAsJsonComesBackFromColumnsUnchanged) {
  const OldBodies old = ReadOldBodies(database_.Url());
  // The fixture holds every kind of step (see make_fixture.mjs).
  ASSERT_GE(old.consents.size(), 5u);
  ASSERT_GE(old.checks.size(), 4u);
  ASSERT_EQ(old.not_needed.size(), 1u);
  ASSERT_GE(old.decisions.size(), 3u);
  ASSERT_GE(old.history.size(), 10u);
  auto store = database_.Open(/*migrate=*/false);
  EXPECT_EQ(store->Schema().applied, 6);
  EXPECT_EQ(store->Migrate(), store->Schema().known - 6);

  store->Read([&](Records& records) {
    std::vector<std::int64_t> contact_ids;
    for (const auto& [id, warnings] : old.contact_warnings) contact_ids.push_back(id);
    const auto steps = LoadContactSteps(records, contact_ids);
    size_t consents = 0, checks = 0, not_needed = 0, decisions = 0, allocations = 0;
    for (const auto& [contact_id, step] : steps) {
      for (const auto& consent : step.consents) {
        const Json& body = old.consents.at(consent.id);
        ++consents;
        EXPECT_EQ(consent.contact_id, body["contact_id"].get<std::int64_t>());
        EXPECT_EQ(domain::kConsentKinds.Code(consent.kind), Text(body, "kind"));
        EXPECT_EQ(domain::kConsentStatuses.Code(consent.status), Text(body, "status"));
        EXPECT_EQ(consent.given_by, Text(body, "given_by"));
        EXPECT_EQ(consent.how, Text(body, "how"));
        EXPECT_EQ(consent.reason, Text(body, "reason"));
        EXPECT_EQ(consent.recorded_by, Text(body, "recorded_by"));
        EXPECT_EQ(Moment(consent.recorded_at), Text(body, "recorded_at"));
      }
      for (const auto& check : step.checks) {
        const Json& body = old.checks.at(check.id);
        ++checks;
        EXPECT_EQ(check.agency, Text(body, "agency"));
        EXPECT_EQ(check.urgency, Text(body, "urgency"));
        EXPECT_EQ(check.question, Text(body, "question"));
        EXPECT_EQ(check.requested_by, Text(body, "requested_by"));
        EXPECT_EQ(Moment(check.requested_at), Text(body, "requested_at"));
        EXPECT_EQ(Moment(check.due_at), Text(body, "due_at"));
        EXPECT_EQ(check.answer, Text(body, "answer"));
        EXPECT_EQ(check.answered_by, Text(body, "answered_by"));
        EXPECT_EQ(check.answered_at ? Moment(*check.answered_at) : "", Text(body, "answered_at"));
      }
      if (step.checks_not_needed) {
        const Json& body = old.not_needed.at(contact_id);
        ++not_needed;
        EXPECT_EQ(step.checks_not_needed->reason, Text(body, "reason"));
        EXPECT_EQ(step.checks_not_needed->recorded_by, Text(body, "recorded_by"));
        EXPECT_EQ(Moment(step.checks_not_needed->recorded_at), Text(body, "recorded_at"));
      }
      if (const auto& decision = step.decision) {
        const Json& body = old.decisions.at(contact_id);
        ++decisions;
        const auto& proforma = decision->proforma;
        EXPECT_EQ(proforma.risk_indicators,
                  body["risk_indicators"].get<std::vector<std::string>>());
        for (const auto& [part, value] : {std::pair{"risks", proforma.risks},
                                          {"strengths", proforma.strengths},
                                          {"analysis", proforma.analysis},
                                          {"next_steps", proforma.next_steps}})
          EXPECT_EQ(value, Text(body, part)) << part;
        // Migration 0015: each child on the contact has a copy of the decision's own parts.
        const auto contact = records.contacts.Find(contact_id);
        ASSERT_TRUE(contact);
        ASSERT_EQ(proforma.children.size(), contact->children.size());
        auto warnings = Warnings(body["language_warnings"]);
        for (const char* part :
             {"child_voice", "rationale", "override_reason", "consent_refused_offer"}) {
          const auto found = warnings.find(part);
          if (found == warnings.end()) continue;
          for (std::int64_t child : contact->children)
            warnings[domain::ChildField(part, child)] = found->second;
          warnings.erase(part);
        }
        for (std::int64_t id : contact->children) {
          const domain::ChildDecision* child = decision->For(id);
          ASSERT_TRUE(child) << "child " << id << " on contact " << contact_id;
          EXPECT_EQ(child->level_indicators,
                    body["level_indicators"].get<std::vector<std::string>>());
          EXPECT_EQ(child->level, body["level"].get<int>());
          for (const auto& [part, value] :
               {std::pair{"child_voice", child->child_voice},
                {"outcome", child->outcome},
                {"rationale", child->rationale},
                {"override_reason", child->override_reason},
                {"consent_refused_offer", child->consent_refused_offer}})
            EXPECT_EQ(value, Text(body, part)) << part;
          EXPECT_EQ(child->is_override, body["is_override"].get<bool>());
          EXPECT_EQ(child->consent_closure, body["consent_closure"].get<bool>());
          EXPECT_EQ(child->referred, contact->referral_date.has_value());
        }
        EXPECT_EQ(decision->is_override, body["is_override"].get<bool>());
        EXPECT_EQ(decision->consent_closure, body["consent_closure"].get<bool>());
        EXPECT_EQ(domain::kConsentStatuses.Code(decision->services_consent),
                  Text(body, "services_consent"));
        EXPECT_EQ(decision->decided_by, Text(body, "decided_by"));
        EXPECT_EQ(Moment(decision->decided_at), Text(body, "decided_at"));
        EXPECT_EQ(decision->language_warnings, warnings);
      }
      for (const auto& allocation : step.allocations) {
        const Json& body =
            old.allocations.at(allocation.contact_id * 100000 + allocation.person_id);
        ++allocations;
        EXPECT_EQ(allocation.team, Text(body, "team"));
        EXPECT_EQ(allocation.worker, Text(body, "worker"));
        EXPECT_EQ(allocation.excluded_reason, Text(body, "excluded_reason"));
        EXPECT_EQ(allocation.assessment_due ? domain::FormatDate(*allocation.assessment_due) : "",
                  Text(body, "assessment_due"));
        EXPECT_EQ(allocation.allocated_by, Text(body, "allocated_by"));
        EXPECT_EQ(Moment(allocation.allocated_at), Text(body, "allocated_at"));
      }
      const auto contact = records.contacts.Find(contact_id);
      ASSERT_TRUE(contact);
      EXPECT_EQ(contact->language_warnings, Warnings(old.contact_warnings.at(contact_id)))
          << "contact " << contact_id;
    }
    EXPECT_EQ(consents, old.consents.size());
    EXPECT_EQ(checks, old.checks.size());
    EXPECT_EQ(not_needed, old.not_needed.size());
    EXPECT_EQ(decisions, old.decisions.size());
    EXPECT_EQ(allocations, old.allocations.size());
    // The record history, entry by entry.
    std::set<std::string> history_records;
    for (const auto& [id, body] : old.history) history_records.insert(Text(body, "record"));
    size_t history = 0;
    for (const auto& record : history_records) {
      for (const auto& entry : records.history.Of(record)) {
        // Migration 0013 dates referrals from the day the contact came in, noting each change.
        if (entry.by == "frontdoor upgrade") {
          EXPECT_EQ(entry.field, "referral date");
          continue;
        }
        ++history;
        const auto match =
            std::find_if(old.history.begin(), old.history.end(), [&](const auto& one) {
              const Json& body = one.second;
              return Text(body, "record") == entry.record && Text(body, "field") == entry.field &&
                     Text(body, "from") == entry.from && Text(body, "to") == entry.to &&
                     Text(body, "by") == entry.by && Text(body, "at") == Moment(entry.at);
            });
        EXPECT_NE(match, old.history.end()) << entry.record << " " << entry.field;
      }
    }
    EXPECT_EQ(history, old.history.size());
  });
}

TEST_P(UpgradeTest, NewRecordsFollowTheConvertedOnes) {
  auto store = database_.Open();
  const auto highest =
      std::stoll(*QueryDirectly(database_.Url(), "SELECT max(id) FROM consents")[0][0]);
  const auto contact =
      std::stoll(*QueryDirectly(database_.Url(), "SELECT min(id) FROM contacts")[0][0]);
  const auto id = store->WriteResult([&](Records& records) {
    return records.consents.Add({0, contact, domain::ConsentKind::kSharing,
                                 domain::ConsentStatus::kGiven, "Claire Smith, mother", "by phone",
                                 "", "test", At("2026-12-01T09:00:00Z")});
  });
  EXPECT_GT(id, highest);
  EXPECT_TRUE(
      store->ReadResult([&](Records& records) { return records.decisions.Overrides(10); }).size() >=
      1);
}

TEST_P(UpgradeTest, TheSearchTableIsMadeFromThePeopleAlreadyThere) {
  auto store = database_.Open();  // migration 0027 fills it from the records
  const auto names =
      std::stoll(*QueryDirectly(database_.Url(), "SELECT count(*) FROM person_names")[0][0]);
  const auto lived = std::stoll(*QueryDirectly(
      database_.Url(), "SELECT count(*) FROM person_search WHERE postcodes <> ''")[0][0]);
  ASSERT_GE(names, 3);
  EXPECT_GE(lived, 1);
  EXPECT_EQ(
      store->ReadResult([](Records& records) { return records.people.SearchRowsOutOfStep(); }), 0);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, UpgradeTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         frontdoor::testing::KindName);

}  // namespace
}  // namespace frontdoor::store
