// tests/web/account_pages_test.cpp — the administrator's list of accounts, with each partner's
// agency in words, disabling another account (never one's own); the dip sample's form naming which
// date is not real, and a sample naming who drew it and its groups in words.
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "service/national_data.hpp"
#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

class AccountPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {
 protected:
  bool Disabled(const std::string& username) {
    return store_->ReadResult([&](store::Records& records) {
      return records.accounts.FindByUsername(username)->disabled;
    });
  }
};

TEST_F(AccountPagesTest, AnAdministratorDisablesAnotherAccountAndEnablesItAgainButNeverTheirOwn) {
  SignInAs(domain::Role::kPractitioner);
  const auto admin = SignInAs(domain::Role::kAdmin);
  const http::Response list = Send("GET", "/admin/users", "", &admin);
  EXPECT_EQ(list.body.find("action=\"/admin/users/test.admin/disable\""), std::string::npos);
  EXPECT_NE(list.body.find("action=\"/admin/users/test.practitioner/disable\""), std::string::npos);

  const std::string csrf = "csrf_token=" + admin.csrf_token;
  const http::Response own = Send("POST", "/admin/users/test.admin/disable", csrf, &admin);
  EXPECT_EQ(own.status, 400);
  EXPECT_NE(own.body.find("<li>You cannot disable your own account"), std::string::npos);
  EXPECT_FALSE(Disabled("test.admin"));

  const http::Response done = Send("POST", "/admin/users/test.practitioner/disable", csrf, &admin);
  ASSERT_EQ(done.status, 303);
  EXPECT_TRUE(Disabled("test.practitioner"));
  const http::Response told = Send("GET", std::string(done.Header("Location")), "", &admin);
  EXPECT_NE(told.body.find("test.practitioner is disabled and signed out everywhere"),
            std::string::npos);
  // The banner names only an account that is disabled, whatever the address says.
  const http::Response spoofed = Send("GET", "/admin/users?disabled=test.admin", "", &admin);
  EXPECT_EQ(spoofed.body.find("is disabled and signed out"), std::string::npos);

  // Enabled again from the same page, and told so.
  EXPECT_NE(told.body.find("action=\"/admin/users/test.practitioner/enable\""), std::string::npos);
  const http::Response enabled =
      Send("POST", "/admin/users/test.practitioner/enable", csrf, &admin);
  ASSERT_EQ(enabled.status, 303);
  EXPECT_FALSE(Disabled("test.practitioner"));
  const http::Response again = Send("GET", std::string(enabled.Header("Location")), "", &admin);
  EXPECT_NE(again.body.find("test.practitioner is enabled: they can sign in again"),
            std::string::npos);
  EXPECT_EQ(Send("POST", "/admin/users/nobody/enable", csrf, &admin).status, 404);
}

TEST_F(AccountPagesTest, TheAccountsListNamesAPartnersAgencyAsTheConfigurationDoes) {
  SignInAs(domain::Role::kPartner);  // test.partner, of the police
  const auto admin = SignInAs(domain::Role::kAdmin);
  const http::Response accounts = Send("GET", "/admin/users", "", &admin);
  ASSERT_EQ(accounts.status, 200);
  const auto row = accounts.body.find("test.partner");
  ASSERT_NE(row, std::string::npos);
  const std::string partner = accounts.body.substr(row, accounts.body.find("</tr>", row) - row);
  EXPECT_NE(partner.find(">Police</td>"), std::string::npos) << partner;
  EXPECT_EQ(partner.find(">police</td>"), std::string::npos) << partner;
}

}  // namespace
}  // namespace frontdoor::web

namespace frontdoor::web {
namespace {

class SamplePagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {
 protected:
  //! "Draw the sample" sent by `auditor` for the period `from_to` ("&from-day=…&to-year=…").
  http::Response Draw(const testing::Browser& auditor, const std::string& from_to,
                      const std::string& size_and_seed = "&per_stratum=2&seed=42") {
    return Send("POST", "/audits/samples",
                "csrf_token=" + auditor.csrf_token + from_to + size_and_seed, &auditor);
  }
};

TEST_F(SamplePagesTest, ADateThatIsNotRealIsNamedInItsMessage) {
  const auto auditor = SignInAs(domain::Role::kAuditor);
  const http::Response refused =
      Draw(auditor, "&from-day=30&from-month=2&from-year=2026&to-day=31&to-month=4&to-year=2026");
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("The first day of the period must be a real date"),
            std::string::npos);
  EXPECT_NE(refused.body.find("The last day of the period must be a real date"), std::string::npos);
}

TEST_F(SamplePagesTest, TheErrorSummaryListsTheFieldsInTheOrderTheFormAsksThem) {
  const auto auditor = SignInAs(domain::Role::kAuditor);
  // A period starting after today and ending before it starts, no size and too long a seed.
  const http::Response refused =
      Draw(auditor, "&from-day=1&from-month=1&from-year=2027&to-day=1&to-month=12&to-year=2026",
           "&per_stratum=0&seed=1234567890123");
  EXPECT_EQ(refused.status, 400);
  std::vector<std::string> linked;
  const std::regex link("<a href=\"#([a-z_]+)\">");
  for (auto found = std::sregex_iterator(refused.body.begin(), refused.body.end(), link);
       found != std::sregex_iterator(); ++found)
    linked.push_back((*found)[1]);
  EXPECT_EQ(linked, (std::vector<std::string>{"from", "to", "per_stratum", "seed"}));
}

TEST_F(SamplePagesTest, TheSampleAndTheListNameWhoDrewItAsTheirAccountIsShown) {
  service::GenerationPlan plan;
  plan.children = 40;
  plan.as_of = clock_.Now();
  service::GenerateNationalData(*store_, clock_, plan, [](const service::GeneratedCounts&) {});
  const auto auditor = SignInAs(domain::Role::kAuditor);
  const http::Response drawn =
      Draw(auditor, "&from-day=1&from-month=1&from-year=2025&to-day=26&to-month=11&to-year=2026");
  ASSERT_EQ(drawn.status, 303) << drawn.body.substr(0, 3000);
  const http::Response sample = Send("GET", std::string(drawn.Header("Location")), "", &auditor);
  ASSERT_EQ(sample.status, 200);
  EXPECT_NE(sample.body.find(" by Test Auditor, Tester<"), std::string::npos);
  // Its one group is named in words, not by its code ("all").
  EXPECT_NE(sample.body.find(">All decisions<"), std::string::npos);
  EXPECT_EQ(sample.body.find(">all<"), std::string::npos);
  const http::Response list = Send("GET", "/audits", "", &auditor);
  EXPECT_NE(list.body.find(" by Test Auditor, Tester<"), std::string::npos);
  EXPECT_EQ(list.body.find("test.auditor<"), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
