// tests/web/dashboard_pages_test.cpp — the dashboard's CSV file: the page's link downloads it, and
// a period or team changed by hand in its address gets the dashboard's form naming the field.
#include <gtest/gtest.h>

#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

using domain::Role;

class DashboardPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

TEST_F(DashboardPagesTest, ThePagesLinkDownloadsTheFiguresAsAFile) {
  const auto performance = SignInAs(Role::kPerformance);
  const http::Response page = Send("GET", "/dashboard", "", &performance);
  ASSERT_EQ(page.status, 200);
  const auto link = page.body.find("/dashboard/figures.csv?");
  ASSERT_NE(link, std::string::npos);
  std::string target = page.body.substr(link, page.body.find('"', link) - link);
  for (std::size_t amp; (amp = target.find("&amp;")) != std::string::npos;)
    target.replace(amp, 5, "&");
  const http::Response file = Send("GET", target, "", &performance);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.Header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(file.body.rfind("kind,code,name,team,from,to,", 0), 0u) << file.body.substr(0, 200);
}

TEST_F(DashboardPagesTest, APeriodOrTeamChangedInTheFilesAddressIsNamedOnTheForm) {
  const auto performance = SignInAs(Role::kPerformance);
  const struct {
    const char* query;
    const char* field;
    const char* message;
  } kRefused[] = {
      {"from=2026-12-01&to=2026-01-01", "#to", "must end on or after the day it starts"},
      {"from=soon&to=later", "#from", "Enter"},
      {"from=2026-01-01&to=2026-06-30&team=nowhere", "#team", "Choose a team from the list"},
  };
  for (const auto& refused : kRefused) {
    const http::Response answer =
        Send("GET", std::string("/dashboard/figures.csv?") + refused.query, "", &performance);
    EXPECT_EQ(answer.status, 400) << refused.query;
    EXPECT_NE(answer.Header("Content-Type").find("text/html"), std::string::npos);
    EXPECT_NE(answer.body.find("There is a problem"), std::string::npos) << refused.query;
    EXPECT_NE(answer.body.find(std::string("href=\"") + refused.field), std::string::npos)
        << refused.query;
    EXPECT_NE(answer.body.find(refused.message), std::string::npos) << refused.query;
  }
}

}  // namespace
}  // namespace frontdoor::web
