// tests/web/allocation_pages_test.cpp — the "Allocate" page: workers named as their accounts are
// shown, and a child left out with no reason is where the error summary leads.
#include <gtest/gtest.h>

#include "service/decision_fixture.hpp"
#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

class AllocationPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {
 protected:
  service::Identity As(domain::Role role) {
    const std::string username = EnsureUser(role);
    const auto user = store_->ReadResult(
        [&](store::Records& records) { return records.accounts.FindByUsername(username); });
    return service::Identity{*user, std::nullopt, "192.0.2.1"};
  }

  std::int64_t Child(const service::Identity& by, const std::string& given,
                     std::int64_t household) {
    domain::PersonDraft draft;
    draft.given_name = given;
    draft.family_name = "Smith";
    draft.date_of_birth = "2016-04-02";
    return std::get<domain::Person>(
               services_.people.AddPerson(by, draft,
                                          service::HouseholdJoining{household, "2016-04-02"}))
        .id;
  }
};

TEST_F(AllocationPagesTest, AChildLeftOutWithNoReasonIsWhereTheErrorSummaryLeads) {
  const auto practitioner = As(domain::Role::kPractitioner);
  const auto manager = As(domain::Role::kManager);
  const auto household = std::get<domain::Household>(services_.people.AddHousehold(
      practitioner, {"1 Shirley Road", "", "Southampton", "SO15 3AB"}));
  const std::int64_t jayden = Child(practitioner, "Jayden", household.id);
  const std::int64_t mia = Child(practitioner, "Mia", household.id);  // at home, not on it
  const std::int64_t contact =
      std::get<domain::Contact>(services_.contacts.RecordContact(
                                    practitioner, service::ContactDraftFor({jayden}, "2026-11-27")))
          .id;
  ASSERT_TRUE(std::holds_alternative<domain::ConsentRecord>(services_.decisions.RecordConsent(
      practitioner, contact, {"services", "given", "Claire Smith, mother", "by phone", ""})));
  ASSERT_TRUE(std::holds_alternative<domain::Decision>(services_.decisions.CompleteOversight(
      manager, contact, service::Proforma({jayden}, 3, "3.F1", "single_assessment"))));

  const auto browser = SignInAs(domain::Role::kManager);
  const std::string path = "/contacts/" + std::to_string(contact) + "/allocation";
  const http::Response form = Send("GET", path, "", &browser);
  ASSERT_EQ(form.status, 200) << form.body.substr(0, 2000);
  // Workers are listed as their accounts are shown elsewhere: name and job, not username.
  EXPECT_NE(form.body.find(">Test Practitioner, Tester</option>"), std::string::npos);

  const http::Response refused =
      Send("POST", path,
           "csrf_token=" + browser.csrf_token +
               "&team=assessment_north&worker=test.practitioner&exclude=" + std::to_string(mia) +
               "&reason-" + std::to_string(mia) + "=+",
           &browser);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("<a href=\"#reason-" + std::to_string(mia) + "\">"),
            std::string::npos)
      << refused.body.substr(0, 4000);
  EXPECT_NE(refused.body.find("id=\"reason-" + std::to_string(mia) + "\""), std::string::npos);
  EXPECT_EQ(refused.body.find("<a href=\"#exclusions\">"), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
