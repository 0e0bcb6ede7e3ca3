// tests/web/import_pages_test.cpp — the review list's page for a census child who might be someone
// here: what the file says of them (a date of death among it), on the page and through the API,
// and a restricted candidate counted, not named, for a manager it is not open to.
#include <gtest/gtest.h>

#include "domain/census_reading.hpp"
#include "service/identity.hpp"
#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

using domain::Role;

class ImportPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

TEST_F(ImportPagesTest, ACensusChildWaitingForAMatchShowsTheDateOfDeathTheFileGives) {
  domain::Person jayden;
  jayden.given_name = "Jayden";
  jayden.family_name = "Smith";
  jayden.date_of_birth = domain::ParseDate("2015-05-14");
  jayden.sex = domain::Sex::kMale;
  const std::int64_t jayden_id =
      store_->WriteResult([&](store::Records& records) { return records.people.Add(jayden); });
  auto children = domain::ReadCensusChildren(
      "<Child><ChildIdentifiers><LAchildID>OLD9</LAchildID><PersonBirthDate>2015-05-14"
      "</PersonBirthDate><Sex>M</Sex><PersonDeathDate>2024-09-01</PersonDeathDate>"
      "</ChildIdentifiers><CINdetails><CINreferralDate>2024-06-03</CINreferralDate>"
      "<ReferralSource>2A</ReferralSource><ReferralNFA>false</ReferralNFA></CINdetails></Child>");
  ASSERT_EQ(children.size(), 1u);
  ASSERT_TRUE(children[0].problems.empty()) << children[0].problems[0].reason;
  service::CensusImportFile file;
  file.file_name = "old.xml";
  file.digest = "0";
  file.facts.year = 2025;
  file.facts.local_authority = "999";
  file.facts.software = "another system";
  const auto run = services_.imports.StartCensusRun(service::CommandLineActor(), file);
  const auto tally = services_.imports.ImportCensusChildren(service::CommandLineActor(), run, file,
                                                            children, false);
  ASSERT_EQ(tally.to_review, 1);

  const http::Response listed =
      Send("GET", "/api/v1/imports/reviews", "", nullptr, TokenFor(Role::kManager));
  ASSERT_EQ(listed.status, 200);
  const auto reviews = nlohmann::json::parse(listed.body)["reviews"];
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(reviews[0]["child"]["date_of_death"], "2024-09-01");
  const auto manager = SignInAs(Role::kManager);
  const http::Response page =
      Send("GET", "/imports/reviews/" + std::to_string(reviews[0]["id"].get<std::int64_t>()), "",
           &manager);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("<dd class=\"govuk-summary-list__value\" id=\"died\">1 September 2024"),
            std::string::npos);
  EXPECT_NE(page.body.find("Jayden Smith"), std::string::npos);
  EXPECT_EQ(page.body.find("id=\"restricted-candidates\""), std::string::npos);

  // Restricted from this manager, Jayden is not offered, and the page says a record may be him.
  const std::string other = EnsureUser(Role::kAdmin);
  store_->Write([&](store::Records& records) {
    const auto named = records.accounts.FindByUsername(other);
    records.restrictions.Set({jayden_id,
                              {named->id},
                              "A member of staff's child",
                              named->id,
                              domain::ParseTimestamp("2026-11-27T09:00:00Z").value()});
  });
  const http::Response hidden =
      Send("GET", "/imports/reviews/" + std::to_string(reviews[0]["id"].get<std::int64_t>()), "",
           &manager);
  ASSERT_EQ(hidden.status, 200);
  EXPECT_EQ(hidden.body.find("Jayden Smith"), std::string::npos);
  EXPECT_NE(
      hidden.body.find("id=\"restricted-candidates\">A restricted record may also be this "
                       "child&apos;s. Only the people a restricted record is open to can see it"),
      std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
