// tests/web/return_pages_test.cpp — the returns pages and API for the performance role: a period
// typed wrong is refused by field, each format downloads as a file, the census pre-flight lists
// each problem with the record to correct and a file with problems is made only when forced.
#include <gtest/gtest.h>

#include "service/national_data.hpp"
#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

using domain::Role;

class ReturnPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {
 protected:
  // A generated council as of the fixture's day, so the returns have rows.
  void Generate() {
    service::GenerationPlan plan;
    plan.children = 120;
    service::GenerateNationalData(*store_, clock_, plan, [](const service::GeneratedCounts&) {});
  }
};

const std::string kPeriod =
    "from-day=1&from-month=4&from-year=2025&to-day=31&to-month=3&to-year=2026";

TEST_F(ReturnPagesTest, OnlyThePerformanceRoleMakesReturns) {
  const auto performance = SignInAs(Role::kPerformance);
  const http::Response page = Send("GET", "/returns", "", &performance);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Download Annex A"), std::string::npos);
  EXPECT_NE(page.body.find("2026-27 (1 April 2026 to 31 March 2027)"), std::string::npos);
  EXPECT_NE(page.body.find("Southampton City Council"), std::string::npos);
  const auto practitioner = SignInAs(Role::kPractitioner);
  EXPECT_EQ(Send("GET", "/returns", "", &practitioner).status, 403);
  EXPECT_EQ(Send("GET", "/returns/annex-a?" + kPeriod + "&format=xlsx", "", &practitioner).status,
            403);
}

TEST_F(ReturnPagesTest, APeriodTypedWrongIsRefusedByField) {
  const auto performance = SignInAs(Role::kPerformance);
  const http::Response refused = Send(
      "GET",
      "/returns/annex-a?from-day=31&from-month=2&from-year=2026&to-day=1&to-month=1&to-year=2026"
      "&format=pdf",
      "", &performance);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("Enter the period&apos;s first day"), std::string::npos)
      << refused.body.substr(refused.body.find("There is a problem"), 800);
  EXPECT_NE(refused.body.find("Select the workbook or one list"), std::string::npos);
  // What was typed is kept.
  EXPECT_NE(refused.body.find("value=\"31\""), std::string::npos);
  const http::Response backwards =
      Send("GET", "/api/v1/returns/annex-a?from=2026-03-01&to=2026-02-01&format=xlsx", "", nullptr,
           TokenFor(Role::kPerformance));
  EXPECT_EQ(backwards.status, 422);
  EXPECT_EQ(nlohmann::json::parse(backwards.body)["errors"][0]["field"], "to");
}

TEST_F(ReturnPagesTest, EachFormatDownloadsAsAFile) {
  Generate();
  const auto performance = SignInAs(Role::kPerformance);
  const http::Response workbook =
      Send("GET", "/returns/annex-a?" + kPeriod + "&format=xlsx", "", &performance);
  ASSERT_EQ(workbook.status, 200) << workbook.body.substr(0, 500);
  EXPECT_EQ(workbook.Header("Content-Disposition"),
            "attachment; filename=\"annex-a-2025-04-01-to-2026-03-31.xlsx\"");
  EXPECT_EQ(workbook.Header("Cache-Control"), "no-store");
  EXPECT_EQ(workbook.body.substr(0, 2), "PK");  // a zip, as every .xlsx is
  const http::Response referrals =
      Send("GET", "/returns/annex-a?" + kPeriod + "&format=list-3", "", &performance);
  ASSERT_EQ(referrals.status, 200);
  EXPECT_EQ(referrals.Header("Content-Disposition"),
            "attachment; filename=\"annex-a-list-3-referrals-2025-04-01-to-2026-03-31.csv\"");
  EXPECT_TRUE(referrals.body.starts_with("Child Unique ID,")) << referrals.body.substr(0, 200);
  EXPECT_GT(std::count(referrals.body.begin(), referrals.body.end(), '\n'), 5);
  // The API gives the same list.
  const http::Response api =
      Send("GET", "/api/v1/returns/annex-a?from=2025-04-01&to=2026-03-31&format=list-3", "",
           nullptr, TokenFor(Role::kPerformance));
  ASSERT_EQ(api.status, 200);
  EXPECT_EQ(api.body, referrals.body);
}

TEST_F(ReturnPagesTest, QueriesAloneAreListedButTheFileIsMade) {
  Generate();
  const auto performance = SignInAs(Role::kPerformance);
  // A child assessed in 2025-26 is recorded as disabled afterwards: the assessment named no
  // disability factor, so the Department will ask why (8899Q), but it takes the file.
  std::int64_t child = 0;
  store_->Write([&](store::Records& records) {
    for (const auto& referral : records.decisions.ReferralsBetween(
             *domain::ParseDate("2025-04-01"), *domain::ParseDate("2026-03-31"))) {
      for (const auto& step : records.case_steps.OfPeople({referral.person_id})) {
        if (step.kind == domain::CaseStepKind::kAssessment && step.authorised &&
            *step.authorised >= *domain::ParseDate("2025-04-01") &&
            *step.authorised <= *domain::ParseDate("2026-03-31"))
          child = referral.person_id;
      }
      if (child) break;
    }
    ASSERT_NE(child, 0);
    auto person = *records.people.Find(child);
    person.disabilities = {"HEAR"};
    records.people.Update(person);
  });
  const http::Response page = Send("GET", "/returns/census?year=2025-26", "", &performance);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("No child has an error"), std::string::npos);
  EXPECT_NE(page.body.find("8899Q <strong class=\"govuk-tag govuk-tag--yellow\">Query</strong>"),
            std::string::npos);
  EXPECT_NE(page.body.find("id=\"census-errors\">0<"), std::string::npos);
  EXPECT_EQ(page.body.find("Download it anyway"), std::string::npos);
  EXPECT_NE(page.body.find("Download the census file"), std::string::npos);
  EXPECT_EQ(Send("GET", "/returns/census/file?year=2025-26", "", &performance).status, 200);
  const auto problems =
      nlohmann::json::parse(Send("GET", "/api/v1/returns/census/problems?year=2025-26", "", nullptr,
                                 TokenFor(Role::kPerformance))
                                .body);
  ASSERT_FALSE(problems["problems"].empty());
  // A council this small uses fewer than eight disability codes: the Department asks (2887Q),
  // about the whole return, not a child.
  int whole_return = 0;
  for (const auto& problem : problems["problems"]) {
    if (problem["person_id"].is_null()) {
      ++whole_return;
      EXPECT_EQ(problem["query"], true);
      EXPECT_TRUE(problem["link"].is_null());
      EXPECT_NE(page.body.find(std::string(problem["rule"]) +
                               " <strong class=\"govuk-tag govuk-tag--yellow\">Query</strong></td>"
                               "<td class=\"govuk-table__cell\">The whole return</td>"),
                std::string::npos);
      continue;
    }
    EXPECT_EQ(problem["rule"], "8899Q");
    EXPECT_EQ(problem["query"], true);
    EXPECT_EQ(problem["person_id"], child);
  }
  EXPECT_GT(whole_return, 0);
}

TEST_F(ReturnPagesTest, TheCensusIsCheckedFirstAndAFileWithProblemsIsMadeOnlyWhenForced) {
  Generate();
  const auto performance = SignInAs(Role::kPerformance);
  const std::string token = TokenFor(Role::kPerformance);
  // A past year passes: the page offers the file, and it is the census.
  const http::Response passed = Send("GET", "/returns/census?year=2025-26", "", &performance);
  ASSERT_EQ(passed.status, 200);
  EXPECT_NE(passed.body.find("Every child passes"), std::string::npos);
  EXPECT_EQ(passed.body.find("earlier-structure"), std::string::npos);
  // A year before Sex replaced Gender says how its file differs and which rules check it.
  const http::Response earlier = Send("GET", "/returns/census?year=2021-22", "", &performance);
  ASSERT_EQ(earlier.status, 200);
  EXPECT_NE(earlier.body.find("checked against the rules of 2024-25"), std::string::npos);
  const http::Response file = Send("GET", "/returns/census/file?year=2025-26", "", &performance);
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.Header("Content-Disposition"), "attachment; filename=\"cin-census-2025-26.xml\"");
  EXPECT_NE(file.body.find("<LEA>852</LEA>"), std::string::npos);
  EXPECT_NE(file.body.find("<CINreferralDate>"), std::string::npos);
  // This year, one referral's assessment was kept with no factors (as bad history brought in
  // could be): rule 8897, linked to the referral.
  store_->Write([&](store::Records& records) {
    const auto referrals = records.decisions.ReferralsBetween(*domain::ParseDate("2026-04-01"),
                                                              *domain::ParseDate("2026-11-27"));
    ASSERT_FALSE(referrals.empty());
    domain::CaseStep assessment;
    assessment.contact_id = referrals.front().contact_id;
    assessment.person_id = referrals.front().person_id;
    assessment.date = referrals.front().date;
    assessment.authorised = referrals.front().date;
    assessment.primary_need = "N1";
    assessment.recorded_by = "test";
    assessment.recorded_at = clock_.Now();
    records.case_steps.Add(assessment);
  });
  const auto problems = nlohmann::json::parse(
      Send("GET", "/api/v1/returns/census/problems?year=2026-27", "", nullptr, token).body);
  // Errors come first, then queries (this year's referrals still under way are asked about: an
  // enquiry with no assessment yet, 2991Q).
  std::vector<nlohmann::json> errors;
  bool queried = false;
  for (const auto& problem : problems["problems"]) {
    if (problem["query"].get<bool>()) {
      queried = true;
      EXPECT_TRUE(problem["rule"].get<std::string>().ends_with("Q")) << problem.dump();
    } else {
      EXPECT_FALSE(queried) << "an error after a query: " << problem.dump();
      errors.push_back(problem);
    }
  }
  // The error's rule, and (as it runs beside the referral's own assessment, when there is one)
  // 8863.
  ASSERT_GE(errors.size(), 1u) << problems.dump();
  ASSERT_LE(errors.size(), 2u) << problems.dump();
  const auto& first = errors[0];
  EXPECT_EQ(first["rule"], "8897");
  for (const auto& problem : errors) {
    EXPECT_TRUE(problem["rule"] == "8897" || problem["rule"] == "8863") << problem.dump();
    EXPECT_EQ(problem["contact_id"], first["contact_id"]);
  }
  EXPECT_EQ(first["link"], "/contacts/" + std::to_string(first["contact_id"].get<int>()) +
                               "/children/" + std::to_string(first["person_id"].get<int>()) +
                               "/steps");
  // The performance officer cannot open the child's record: the page names the child's id to
  // pass on, with no link that would be refused, and its title is not an error's.
  const http::Response listed = Send("GET", "/returns/census?year=2026-27", "", &performance);
  EXPECT_EQ(listed.body.find("href=\"" + first["link"].get<std::string>()), std::string::npos);
  EXPECT_NE(listed.body.find("Send each child's id"), std::string::npos);
  EXPECT_EQ(listed.body.find("<title>Error:"), std::string::npos);
  EXPECT_NE(listed.body.find("Download it anyway"), std::string::npos);
  const http::Response refused = Send("GET", "/returns/census/file?year=2026-27", "", &performance);
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(refused.body.find("The census file was not made"), std::string::npos);
  EXPECT_EQ(Send("GET", "/api/v1/returns/census?year=2026-27", "", nullptr, token).status, 409);
  EXPECT_EQ(Send("GET", "/returns/census/file?year=2026-27&force=yes", "", &performance).status,
            200);
  EXPECT_EQ(Send("GET", "/api/v1/returns/census?year=2018-19", "", nullptr, token).status, 422);
}

}  // namespace
}  // namespace frontdoor::web
