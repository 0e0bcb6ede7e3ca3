// tests/web/account_pages_test.cpp — the administrator's list of accounts, with each partner's
// agency in words; the dip sample's form naming which date is not real.
#include <gtest/gtest.h>

#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

class AccountPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

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

class SamplePagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

TEST_F(SamplePagesTest, ADateThatIsNotRealIsNamedInItsMessage) {
  const auto auditor = SignInAs(domain::Role::kAuditor);
  const http::Response refused =
      Send("POST", "/audits/samples",
           "csrf_token=" + auditor.csrf_token +
               "&from-day=30&from-month=2&from-year=2026&to-day=31&to-month=4&to-year=2026"
               "&per_stratum=2&seed=42",
           &auditor);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("The first day of the period must be a real date"),
            std::string::npos);
  EXPECT_NE(refused.body.find("The last day of the period must be a real date"), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
