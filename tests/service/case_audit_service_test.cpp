// tests/service/case_audit_service_test.cpp — the assurance loop over a generated council, on
// SQLite and PostgreSQL: a sample takes so many from each outcome, exactly the cases a hand-made
// draw over the decisions picks, and the same cases on both databases; the second auditor grades
// blind, a moderator sees both, nobody audits their own work, and every refusal writes nothing.
#include "service/case_audit_service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domain/uk_time.hpp"
#include "service/account_service.hpp"
#include "service/configuration.hpp"
#include "service/national_data.hpp"
#include "test_support.hpp"

namespace frontdoor::service {
namespace {

using frontdoor::testing::FixedClock;
using frontdoor::testing::KindName;
using frontdoor::testing::TestDatabase;
using store::DatabaseKind;

constexpr const char* kNow = "2026-12-01T09:00:00Z";

domain::SampleRequest OutcomeSample(std::uint64_t seed) {
  domain::SampleRequest request;
  request.from = *domain::ParseDate("2025-06-01");
  request.to = *domain::ParseDate("2026-11-30");
  request.strata = domain::SampleStrata::kOutcome;
  request.per_stratum = 12;
  request.seed = seed;
  return request;
}

// A council of 300 generated children, the same on every database.
class GeneratedCouncil {
 public:
  explicit GeneratedCouncil(DatabaseKind kind) : database_(kind) {
    GenerationPlan plan;
    plan.children = 300;
    plan.children_per_transaction = 150;
    plan.as_of = clock_.Now();
    GenerateNationalData(*store_, clock_, plan, [](const GeneratedCounts&) {});
  }

  Identity Account(const std::string& username, const std::string& role) {
    auto added = accounts_.AddUser(CommandLineActor(),
                                   {username, role, "", "purple tractor morning", username, role});
    return Identity{std::get<domain::User>(added), std::nullopt, "192.0.2.1"};
  }

  domain::DipSample Draw(const Identity& by, const domain::SampleRequest& request) {
    auto drawn = audits_.DrawSample(by, request);
    EXPECT_TRUE(std::holds_alternative<domain::DipSample>(drawn));
    return std::get<domain::DipSample>(drawn);
  }

  // Each child's decision made in the request's period, by outcome, read through the decisions
  // themselves (not the query the sample uses).
  std::map<std::string, std::vector<domain::SampledCase>> DecidedByOutcome(
      const domain::SampleRequest& request) {
    const auto from = domain::UkLocalTime(request.from, std::chrono::minutes(0));
    const auto before = domain::UkLocalTime(
        std::chrono::year_month_day(std::chrono::sys_days(request.to) + std::chrono::days(1)),
        std::chrono::minutes(0));
    std::map<std::string, std::vector<domain::SampledCase>> decided;
    store_->Read([&](store::Records& records) {
      // A decision follows its contact within a day.
      std::vector<std::int64_t> ids;
      for (const auto& contact :
           records.contacts.ReceivedBetween(from - std::chrono::hours(48), before))
        ids.push_back(contact.id);
      for (const auto& decision : records.decisions.ForContacts(ids)) {
        if (decision.decided_at < from || decision.decided_at >= before) continue;
        for (const auto& child : decision.proforma.children)
          decided[child.outcome].push_back({decision.contact_id, child.person_id});
      }
    });
    return decided;
  }

 protected:
  FixedClock clock_{kNow};
  TestDatabase database_;
  std::unique_ptr<store::Store> store_ = database_.Open();
  Configuration configuration_ = LoadConfiguration({});
  domain::CommonPasswords common_ = domain::CommonPasswords::FromText("");
  AccountService accounts_{*store_, clock_, common_, PasswordHashCost::kInteractive};
  CaseAuditService audits_{*store_, clock_, configuration_.Rules(), configuration_.audit_questions};
};

class CaseAuditServiceTest : public ::testing::TestWithParam<DatabaseKind>,
                             public GeneratedCouncil {
 protected:
  CaseAuditServiceTest() : GeneratedCouncil(GetParam()) {}

  // Every question graded `grade` (with a comment), the overall grade too.
  domain::CaseAuditDraft Graded(const char* grade) {
    domain::CaseAuditDraft draft;
    for (const auto& question : configuration_.audit_questions) {
      draft.grades[question.code] = grade;
      draft.comments[question.code] = "Seen in the record";
    }
    draft.overall = grade;
    draft.summary = "What the audit found";
    return draft;
  }

  std::vector<domain::AuditCase> CasesOf(std::int64_t sample_id) {
    std::vector<domain::AuditCase> cases;
    store_->Read([&](store::Records& records) { cases = records.case_audits.CasesOf(sample_id); });
    return cases;
  }
};

TEST(EvidenceKeys, TwoEventsOfOneKindAtOneMomentAreCitedApart) {
  const auto at = *domain::ParseTimestamp("2026-12-05T21:13:17.563Z");
  const auto event = [&](const char* kind, const char* title) {
    domain::JourneyEvent made;
    made.at = at;
    made.kind = kind;
    made.title = title;
    return made;
  };
  const std::vector<domain::JourneyEvent> events{event("check", "Health asked what they know"),
                                                 event("check", "Police asked what they know"),
                                                 event("consent", "Consent recorded")};
  EXPECT_EQ(EvidenceKeys(events), (std::vector<std::string>{"check@2026-12-05T21:13:17.563Z",
                                                            "check@2026-12-05T21:13:17.563Z#2",
                                                            "consent@2026-12-05T21:13:17.563Z"}));
}

TEST_P(CaseAuditServiceTest, EachOutcomeGivesItsShareAndExactlyTheCasesTheSeedPicks) {
  const Identity auditor = Account("ann.auditor", "auditor");
  const auto request = OutcomeSample(20261203);
  const auto sample = Draw(auditor, request);
  const auto decided = DecidedByOutcome(request);
  ASSERT_GE(decided.size(), 4u) << "the generated council decides several outcomes";

  int candidates = 0;
  std::map<std::string, std::vector<domain::SampledCase>> expected;
  for (auto [outcome, cases] : decided) {
    candidates += static_cast<int>(cases.size());
    // The lowest draw numbers, worked out here by sorting.
    std::sort(cases.begin(), cases.end(), [&](const auto& a, const auto& b) {
      return domain::DrawNumber(request.seed, a) < domain::DrawNumber(request.seed, b);
    });
    cases.resize(std::min<size_t>(cases.size(), 12));
    expected[outcome] = cases;
  }
  EXPECT_EQ(sample.candidates, candidates);
  ASSERT_EQ(sample.strata.size(), expected.size());
  bool some_full = false;
  for (const auto& stratum : sample.strata) {
    EXPECT_EQ(stratum.asked, 12);
    EXPECT_EQ(stratum.available, static_cast<int>(decided.at(stratum.stratum).size()));
    EXPECT_EQ(stratum.cases, expected.at(stratum.stratum)) << stratum.stratum;
    some_full |= stratum.cases.size() == 12u;
  }
  EXPECT_TRUE(some_full);
  // The kept cases are those drawn, in the order drawn, each with who did the work.
  const auto kept = CasesOf(sample.id);
  std::vector<domain::SampledCase> drawn;
  for (const auto& stratum : sample.strata)
    drawn.insert(drawn.end(), stratum.cases.begin(), stratum.cases.end());
  ASSERT_EQ(kept.size(), drawn.size());
  for (size_t i = 0; i < kept.size(); ++i) {
    EXPECT_EQ(kept[i].decision, drawn[i]);
    EXPECT_EQ(kept[i].position, static_cast<int>(i) + 1);
    EXPECT_EQ(kept[i].decided_by, "generated");
  }
}

TEST_P(CaseAuditServiceTest, TheSecondAuditorGradesBlindAndAModeratorSettlesWithAFollowUp) {
  const Identity first = Account("ann.auditor", "auditor");
  const Identity second = Account("bob.auditor", "auditor");
  const Identity moderator = Account("cat.auditor", "auditor");
  const Identity worker = Account("generated", "practitioner");
  const Identity other = Account("dan.practitioner", "practitioner");
  const auto sample = Draw(first, OutcomeSample(7));
  const std::int64_t case_id = CasesOf(sample.id).front().id;

  ASSERT_TRUE(std::holds_alternative<domain::CaseAudit>(
      audits_.GradeCase(first, case_id, Graded("good"), {})));
  // Once each.
  const auto again = audits_.GradeCase(first, case_id, Graded("good"), {});
  ASSERT_TRUE(std::holds_alternative<Refused<CaseView>>(again));
  EXPECT_EQ(std::get<Refused<CaseView>>(again).errors.front().message, "You have graded this case");

  // The second sees that one audit is in, not what it says.
  auto seen = std::get<CaseView>(audits_.ShowCase(second, case_id));
  EXPECT_EQ(seen.audits_given, 1);
  EXPECT_TRUE(seen.audited.audits.empty());
  EXPECT_EQ(seen.why_not_grade, "");
  // A grade below good needs its reason; refused, nothing is kept.
  auto no_reason = Graded("inadequate");
  no_reason.comments.clear();
  ASSERT_TRUE(
      std::holds_alternative<Refused<CaseView>>(audits_.GradeCase(second, case_id, no_reason, {})));
  EXPECT_EQ(std::get<CaseView>(audits_.ShowCase(moderator, case_id)).audits_given, 1);
  ASSERT_TRUE(std::holds_alternative<domain::CaseAudit>(
      audits_.GradeCase(second, case_id, Graded("inadequate"), {})));
  // Neither may moderate what they graded; the moderator sees both.
  EXPECT_EQ(std::get<CaseView>(audits_.ShowCase(first, case_id)).audited.audits.size(), 1u);
  EXPECT_EQ(std::get<CaseView>(audits_.ShowCase(first, case_id)).why_not_moderate,
            "You cannot moderate a case you graded");
  const auto moderating = std::get<CaseView>(audits_.ShowCase(moderator, case_id));
  EXPECT_EQ(moderating.audited.audits.size(), 2u);
  EXPECT_EQ(moderating.why_not_moderate, "");

  // Inadequate needs its follow-up; refused, nothing is kept.
  domain::ModerationDraft draft{
      "inadequate", "Both audits found the analysis thin.", "", "", {}, ""};
  const auto refused = audits_.ModerateCase(moderator, case_id, draft);
  ASSERT_TRUE(std::holds_alternative<Refused<CaseView>>(refused));
  std::set<std::string> fields;
  for (const auto& error : std::get<Refused<CaseView>>(refused).errors) fields.insert(error.field);
  EXPECT_EQ(fields, (std::set<std::string>{"action", "owner", "due"}));
  EXPECT_EQ(std::get<CaseView>(audits_.ShowCase(moderator, case_id)).stage,
            domain::AuditStage::kModeration);
  draft.action = "Talk it through at supervision";
  draft.owner = "cat.auditor";
  draft.due = *domain::ParseDate("2026-12-15");
  ASSERT_TRUE(
      std::holds_alternative<domain::Moderation>(audits_.ModerateCase(moderator, case_id, draft)));

  // The one who did the work sees it and responds; anyone else is told there is no such case.
  const auto own = std::get<OwnWorkView>(audits_.ShowOwnWork(worker, 10));
  ASSERT_EQ(own.cases.size(), 1u);
  EXPECT_EQ(own.cases[0].audited.audits.size(), 2u);
  EXPECT_EQ(own.cases[0].audited.action->owner, "cat.auditor");
  EXPECT_TRUE(std::holds_alternative<NotFound>(audits_.RespondToAudit(other, case_id, "Hello")));
  EXPECT_TRUE(std::holds_alternative<domain::AuditResponse>(
      audits_.RespondToAudit(worker, case_id, "I will ask the family next time.")));

  // Agreement counts the pair: good against inadequate, two steps apart.
  const auto agreement = std::get<domain::AuditAgreement>(audits_.ShowAgreement(moderator));
  EXPECT_EQ(agreement.overall.pairs, 1);
  EXPECT_EQ(agreement.overall.exact, 0.0);
  ASSERT_EQ(agreement.auditors.size(), 1u);
  EXPECT_EQ(agreement.auditors[0].label, "ann.auditor and bob.auditor");
  EXPECT_EQ(agreement.questions.size(), configuration_.audit_questions.size());
}

TEST_P(CaseAuditServiceTest, NobodyAuditsTheirOwnWork) {
  const Identity worker = Account("generated", "manager");
  const Identity auditor = Account("ann.auditor", "auditor");
  const auto sample = Draw(auditor, OutcomeSample(9));
  const std::int64_t case_id = CasesOf(sample.id).front().id;
  const auto refused = audits_.GradeCase(worker, case_id, Graded("outstanding"), {});
  ASSERT_TRUE(std::holds_alternative<Refused<CaseView>>(refused));
  EXPECT_EQ(std::get<Refused<CaseView>>(refused).errors.front().message,
            "You cannot audit a decision you made or a contact you recorded");
  EXPECT_EQ(std::get<CaseView>(audits_.ShowCase(auditor, case_id)).audits_given, 0);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, CaseAuditServiceTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         KindName);

TEST(CaseAuditAcrossDatabases, TheSameSeedDrawsTheSameCasesOnBoth) {
  GeneratedCouncil sqlite(DatabaseKind::kSqlite);
  GeneratedCouncil postgres(DatabaseKind::kPostgres);
  const auto request = OutcomeSample(424242);
  const auto on_sqlite = sqlite.Draw(sqlite.Account("ann.auditor", "auditor"), request);
  const auto on_postgres = postgres.Draw(postgres.Account("ann.auditor", "auditor"), request);
  ASSERT_EQ(on_sqlite.strata.size(), on_postgres.strata.size());
  ASSERT_FALSE(on_sqlite.strata.empty());
  for (size_t i = 0; i < on_sqlite.strata.size(); ++i) {
    EXPECT_EQ(on_sqlite.strata[i].stratum, on_postgres.strata[i].stratum);
    EXPECT_EQ(on_sqlite.strata[i].available, on_postgres.strata[i].available);
    EXPECT_EQ(on_sqlite.strata[i].cases, on_postgres.strata[i].cases);
  }
}

}  // namespace
}  // namespace frontdoor::service
