// tests/service/dashboard_service_test.cpp — the dashboard over a generated council, on SQLite and
// PostgreSQL: every figure, for every team and for one, equals a count made directly in the
// database; a second view counts nothing again; a reopened decision changes its day's figures at
// once; counting ahead leaves a view nothing to count; a period or team that cannot be shown is
// refused.
#include "service/dashboard_service.hpp"

#include <gtest/gtest.h>

#include "domain/re_referral.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "service/account_service.hpp"
#include "service/case_audit_service.hpp"
#include "service/configuration.hpp"
#include "service/decision_service.hpp"
#include "service/national_data.hpp"
#include "test_support.hpp"

namespace frontdoor::service {
namespace {

using frontdoor::testing::FixedClock;
using frontdoor::testing::KindName;
using frontdoor::testing::QueryDirectly;
using frontdoor::testing::TestDatabase;
using store::DatabaseKind;

using Counts = std::map<std::string, std::int64_t>;

class DashboardServiceTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  DashboardServiceTest() {
    GenerationPlan plan;
    plan.children = 300;
    plan.children_per_transaction = 150;
    plan.as_of = clock_.Now();
    GenerateNationalData(*store_, clock_, plan, [](const GeneratedCounts&) {});
    // The generator makes no decision outside the usual routes and no refusal of consent: some of
    // its decisions are marked so here, before anything is counted.
    const std::string some = "contact_id IN (SELECT contact_id FROM decisions ORDER BY contact_id ";
    testing::ExecuteDirectly(
        database_.Url(),
        "UPDATE child_decisions SET is_override = TRUE WHERE " + some + "LIMIT 40)");
    testing::ExecuteDirectly(
        database_.Url(),
        "UPDATE decisions SET services_consent = 'refused' WHERE " + some + "DESC LIMIT 60)");
    testing::ExecuteDirectly(database_.Url(),
                             "UPDATE child_decisions SET consent_closure = TRUE, "
                             "consent_refused_offer = 'Early help offered' WHERE referred = FALSE "
                             "AND " +
                                 some + "DESC LIMIT 30)");
  }

  Identity Account(const std::string& username, const std::string& role) {
    auto added = accounts_.AddUser(CommandLineActor(),
                                   {username, role, "", "purple tractor morning", username, role});
    return Identity{std::get<domain::User>(added), std::nullopt, "192.0.2.1"};
  }

  DashboardView Show(const std::string& team) {
    auto shown = dashboard_.Show(analyst_, {from_, to_, team});
    EXPECT_TRUE(std::holds_alternative<DashboardView>(shown));
    return std::get<DashboardView>(shown);
  }

  static Counts Codes(const domain::FigureTotals& totals) {
    Counts counts;
    for (const auto& figure : domain::kFigures.All())
      counts[std::string(figure.code)] = domain::TotalOf(totals, {figure.kind});
    return counts;
  }

  std::vector<std::vector<std::optional<std::string>>> Rows(const std::string& sql) {
    return QueryDirectly(database_.Url(), sql);
  }
  std::int64_t Number(const std::string& sql) { return std::stoll(*Rows(sql).at(0).at(0)); }
  // A moment column as the text ParseTimestamp reads.
  std::string Moment(const std::string& column) {
    if (GetParam() == DatabaseKind::kSqlite) return column;
    return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
  }

  // Each figure of the period, for every team ("*") or one, counted here straight from the
  // records with SQL of its own, the working-day rules applied to rows where SQL cannot.
  Counts Direct(const std::string& team) {
    const auto period = domain::UkDaysFrom(*from_, *to_);
    const std::string in_period = " c.received_at >= '" + domain::FormatTimestamp(period.from) +
                                  "' AND c.received_at < '" +
                                  domain::FormatTimestamp(period.before) + "'";
    const auto in_team = [&](const std::string& person) -> std::string {
      if (team == "*") return "";
      return " AND EXISTS (SELECT 1 FROM allocations a WHERE a.contact_id = c.id AND a.person_id "
             "= " +
             person + " AND a.worker <> '' AND a.team = '" + team + "')";
    };
    const std::string decided =
        " FROM child_decisions cd JOIN contacts c ON c.id = "
        "cd.contact_id JOIN decisions d ON d.contact_id = cd.contact_id "
        "WHERE" +
        in_period + in_team("cd.person_id");
    const std::string refused = " AND d.services_consent IN ('refused', 'withdrawn')";
    Counts counts;
    counts["contacts"] =
        team == "*" ? Number("SELECT COUNT(*) FROM contacts c WHERE" + in_period)
                    : Number(
                          "SELECT COUNT(DISTINCT c.id) FROM contacts c JOIN contact_people cp "
                          "ON cp.contact_id = c.id AND cp.role = 'child' WHERE" +
                          in_period + in_team("cp.person_id"));
    counts["children"] = Number(
        "SELECT COUNT(*) FROM contacts c JOIN contact_people cp ON cp.contact_id = c.id AND "
        "cp.role = 'child' WHERE" +
        in_period + in_team("cp.person_id"));
    counts["decided"] = Number("SELECT COUNT(*)" + decided);
    counts["referred"] = Number("SELECT COUNT(*)" + decided + " AND cd.referred = TRUE");
    counts["overridden"] = Number("SELECT COUNT(*)" + decided + " AND cd.is_override = TRUE");
    for (const char* status :
         {"given", "refused", "withdrawn", "not_sought_risk", "not_yet_sought"})
      counts[std::string("consent_") + status] =
          Number("SELECT COUNT(*)" + decided + " AND d.services_consent = '" + status + "'");
    counts["refusal_closed"] =
        Number("SELECT COUNT(*)" + decided + refused + " AND cd.consent_closure = TRUE");
    counts["refusal_referred"] = Number("SELECT COUNT(*)" + decided + refused +
                                        " AND cd.consent_closure = FALSE AND cd.referred = TRUE");
    counts["refusal_other"] = Number("SELECT COUNT(*)" + decided + refused +
                                     " AND cd.consent_closure = FALSE AND cd.referred = FALSE");
    counts["refusal_offered"] =
        Number("SELECT COUNT(*)" + decided + refused + " AND cd.consent_refused_offer <> ''");

    counts["decided_in_time"] = 0;
    for (const auto& row : Rows("SELECT " + Moment("c.received_at") + ", c.urgency, " +
                                Moment("d.decided_at") + decided))
      if (*domain::ParseTimestamp(*row[2]) <=
          domain::DecisionDueAt(*domain::ParseTimestamp(*row[0]), *row[1],
                                configuration_.front_door, configuration_.calendar))
        ++counts["decided_in_time"];

    // Every referral of every child, then each of the period's against the child's earlier ones.
    std::map<std::string, std::vector<domain::Date>> referrals_of;
    std::vector<std::pair<std::string, domain::Date>> counted;
    for (const auto& row :
         Rows("SELECT cd.person_id, c.referral_date, CASE WHEN" + in_period +
              in_team("cd.person_id") +
              " THEN 1 ELSE 0 END FROM child_decisions cd JOIN contacts c ON c.id = cd.contact_id "
              "WHERE cd.referred = TRUE")) {
      const auto date = *domain::ParseDate(*row[1]);
      referrals_of[*row[0]].push_back(date);
      if (*row[2] == "1") counted.emplace_back(*row[0], date);
    }
    counts["re_referred"] = 0;
    for (const auto& [person, date] : counted) {
      std::vector<domain::Date> earlier;
      for (const auto& other : referrals_of[person])
        if (other < date) earlier.push_back(other);
      if (domain::IsReReferral(earlier, date)) ++counts["re_referred"];
    }

    counts["assessed"] = counts["assessed_in_time"] = 0;
    for (const auto& row : Rows(
             "SELECT c.referral_date, MIN(s.authorised) FROM child_decisions cd JOIN contacts c ON "
             "c.id = cd.contact_id JOIN case_steps s ON s.contact_id = cd.contact_id AND "
             "s.person_id = cd.person_id AND s.kind = 'assessment' WHERE cd.referred = TRUE AND" +
             in_period + in_team("cd.person_id") +
             " GROUP BY cd.contact_id, cd.person_id, c.referral_date")) {
      ++counts["assessed"];
      if (*domain::ParseDate(*row[1]) <=
          domain::AssessmentDue(*domain::ParseDate(*row[0]), configuration_.calendar))
        ++counts["assessed_in_time"];
    }

    for (const auto& grade : domain::kGrades.All())
      counts["graded_" + std::string(grade.code)] = Number(
          "SELECT COUNT(*) FROM moderations m JOIN audit_cases ac ON ac.id = m.case_id JOIN "
          "contacts c ON c.id = ac.contact_id WHERE m.final_grade = '" +
          std::string(grade.code) + "' AND" + in_period + in_team("ac.person_id"));
    return counts;
  }

  // One case of the period audited twice and settled at `grade`.
  void SettleACase(const char* grade) {
    const Identity first = Account("ann.auditor", "auditor");
    const Identity second = Account("bob.auditor", "auditor");
    const Identity moderator = Account("cat.auditor", "auditor");
    domain::SampleRequest request;
    request.from = *from_;
    request.to = *to_;
    request.per_stratum = 1;
    request.seed = 5;
    const auto sample = std::get<domain::DipSample>(audits_.DrawSample(first, request));
    std::int64_t case_id = 0;
    store_->Read([&](store::Records& records) {
      case_id = records.case_audits.CasesOf(sample.id).front().id;
    });
    for (const auto* auditor : {&first, &second}) {
      domain::CaseAuditDraft draft;
      for (const auto& question : configuration_.audit_questions) {
        draft.grades[question.code] = "good";
        draft.comments[question.code] = "Seen in the record";
      }
      draft.overall = "good";
      draft.summary = "What the audit found";
      ASSERT_TRUE(std::holds_alternative<domain::CaseAudit>(
          audits_.GradeCase(*auditor, case_id, draft, {})));
    }
    ASSERT_TRUE(std::holds_alternative<domain::Moderation>(audits_.ModerateCase(
        moderator, case_id,
        {grade, "Both audits agree on every question asked", "", "", std::nullopt, ""})));
  }

  FixedClock clock_{"2026-12-01T09:00:00.000Z"};
  TestDatabase database_{GetParam()};
  std::unique_ptr<store::Store> store_ = database_.Open();
  Configuration configuration_ = LoadConfiguration({});
  domain::CommonPasswords common_ = domain::CommonPasswords::FromText("");
  AccountService accounts_{*store_, clock_, common_, PasswordHashCost::kInteractive};
  CaseAuditService audits_{*store_, clock_, configuration_.Rules(), configuration_.audit_questions};
  DecisionService decisions_{*store_, clock_, configuration_.Rules()};
  DashboardService dashboard_{*store_, clock_, configuration_.Rules()};
  Identity analyst_ = Account("pip.performance", "performance");
  std::optional<domain::Date> from_ = domain::ParseDate("2025-12-02");
  std::optional<domain::Date> to_ = domain::ParseDate("2026-12-01");
};

TEST_P(DashboardServiceTest, EveryFigureEqualsACountMadeDirectlyInTheDatabase) {
  SettleACase("good");
  const auto view = Show("*");
  const auto direct = Direct("*");
  EXPECT_EQ(Codes(view.now), direct);
  // The generated council gives each figure something to count, so a figure always 0 would fail.
  for (const char* figure : {"contacts", "decided_in_time", "re_referred", "assessed_in_time",
                             "overridden", "refusal_closed", "graded_good"})
    EXPECT_GT(direct.at(figure), 0) << figure;
  EXPECT_EQ(direct.at("decided"), Codes(view.now).at("decided"));
  EXPECT_EQ(view.days_counted, 730);  // this year and the year before, counted once
  EXPECT_EQ(view.previous_from, *domain::ParseDate("2024-12-02"));
  EXPECT_EQ(view.previous_to, *domain::ParseDate("2025-12-01"));

  // Counted once: the next view reads the kept figures.
  const auto again = Show("*");
  EXPECT_EQ(again.days_counted, 0);
  EXPECT_EQ(Codes(again.now), direct);
  EXPECT_EQ(Codes(again.before), Codes(view.before));

  // One team's figures.
  const auto team = Rows("SELECT team FROM allocations WHERE worker <> '' ORDER BY team LIMIT 1");
  ASSERT_FALSE(team.empty());
  const auto teams = Show(*team[0][0]);
  EXPECT_EQ(Codes(teams.now), Direct(*team[0][0]));
  EXPECT_GT(Codes(teams.now).at("children"), 0);
  EXPECT_LT(Codes(teams.now).at("children"), direct.at("children"));
}

TEST_P(DashboardServiceTest, AReopenedDecisionChangesTheFiguresOfItsDayAtOnce) {
  const auto before = Show("*");
  const auto period = domain::UkDaysFrom(*from_, *to_);
  const auto contact = Rows(
      "SELECT d.contact_id FROM decisions d JOIN contacts c ON c.id = d.contact_id WHERE "
      "c.received_at >= '" +
      domain::FormatTimestamp(period.from) +
      "' AND NOT EXISTS (SELECT 1 FROM allocations a WHERE a.contact_id = d.contact_id) ORDER BY "
      "d.contact_id LIMIT 1");
  ASSERT_FALSE(contact.empty());
  const std::int64_t contact_id = std::stoll(*contact[0][0]);
  const auto children = Number("SELECT COUNT(*) FROM child_decisions WHERE contact_id = " +
                               std::to_string(contact_id));
  const Identity manager = Account("meg.manager", "manager");
  ASSERT_TRUE(std::holds_alternative<int>(
      decisions_.ReopenDecision(manager, contact_id, "The analysis missed what the school said")));

  const auto after = Show("*");
  EXPECT_GE(after.days_counted, 1);
  EXPECT_LT(after.days_counted, 730);
  EXPECT_EQ(Codes(after.now).at("decided"), Codes(before.now).at("decided") - children);
  EXPECT_EQ(Codes(after.now), Direct("*"));
}

TEST_P(DashboardServiceTest, CountingAheadLeavesTheFirstViewOfAYearNothingToCount) {
  EXPECT_EQ(dashboard_.CountAhead([] { return false; }), 0);  // told to stop at once
  EXPECT_EQ(dashboard_.CountAhead({}), 730);                  // 2 December 2024 to today
  const auto view = Show("*");
  EXPECT_EQ(view.days_counted, 0);
  EXPECT_EQ(Codes(view.now), Direct("*"));
}

TEST_P(DashboardServiceTest, APeriodOrTeamThatCannotBeShownIsRefused) {
  const auto late = dashboard_.Show(analyst_, {from_, domain::ParseDate("2026-12-02"), "*"});
  ASSERT_TRUE(std::holds_alternative<Invalid>(late));
  EXPECT_EQ(std::get<Invalid>(late).errors.at(0).field, "to");
  const auto nowhere = dashboard_.Show(analyst_, {from_, to_, "nowhere"});
  ASSERT_TRUE(std::holds_alternative<Invalid>(nowhere));
  EXPECT_EQ(std::get<Invalid>(nowhere).errors.at(0).field, "team");
  // Nothing was counted for a refused view.
  EXPECT_EQ(Number("SELECT COUNT(*) FROM dashboard_days"), 0);
}

INSTANTIATE_TEST_SUITE_P(Databases, DashboardServiceTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         KindName);

}  // namespace
}  // namespace frontdoor::service
