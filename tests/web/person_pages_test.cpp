// tests/web/person_pages_test.cpp — a person's record page: a child's number is the census's local
// child id, an adult's is their record number; a record merged into another offers no changes.
#include <gtest/gtest.h>

#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

class PersonPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {
 protected:
  std::int64_t Add(const std::string& given, const char* born) {
    domain::Person person;
    person.given_name = given;
    person.family_name = "Smith";
    person.date_of_birth = domain::ParseDate(born);
    return store_->WriteResult([&](store::Records& records) { return records.people.Add(person); });
  }
};

TEST_F(PersonPagesTest, AChildsNumberIsTheirLocalChildIdAndAnAdultsTheirRecordNumber) {
  const std::int64_t jayden = Add("Jayden", "2015-05-14");
  const std::int64_t claire = Add("Claire", "1990-02-03");
  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  const http::Response child = Send("GET", "/people/" + std::to_string(jayden), "", &practitioner);
  ASSERT_EQ(child.status, 200);
  EXPECT_NE(child.body.find("Local child id"), std::string::npos);
  const http::Response adult = Send("GET", "/people/" + std::to_string(claire), "", &practitioner);
  ASSERT_EQ(adult.status, 200);
  EXPECT_EQ(adult.body.find("Local child id"), std::string::npos);
  EXPECT_NE(adult.body.find(">Record number<"), std::string::npos);
}

TEST_F(PersonPagesTest, ARecordMergedIntoAnotherOffersNothingToChangeAndSaysWhyWithoutALink) {
  const std::int64_t kept = Add("Jayden", "2015-05-14");
  const std::int64_t merged = Add("Jaden", "2015-05-14");
  SignInAs(domain::Role::kManager);  // makes test.manager, who merges
  const auto manager = store_->ReadResult(
      [](store::Records& records) { return records.accounts.FindByUsername("test.manager"); });
  ASSERT_TRUE(std::holds_alternative<domain::Person>(
      services_.people.MergePeople(service::Identity{*manager, std::nullopt, "192.0.2.1"}, merged,
                                   kept, "The same boy, his name spelt two ways")));
  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  const std::string path = "/people/" + std::to_string(merged);
  const http::Response page = Send("GET", path, "", &practitioner);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("This record was merged into"), std::string::npos);
  EXPECT_EQ(page.body.find(path + "/correct#"), std::string::npos);
  EXPECT_EQ(page.body.find("Record a contact about"), std::string::npos);
  EXPECT_EQ(page.body.find("Add someone who lives here"), std::string::npos);

  // Sent anyway, the correction is refused with the reason listed, not linked to nowhere.
  const http::Response refused =
      Send("POST", path + "/correct",
           "csrf_token=" + practitioner.csrf_token +
               "&given_name=Jayden&family_name=Smith&date_of_birth-day=14&date_of_birth-month=5"
               "&date_of_birth-year=2015",
           &practitioner);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("<li>That record was merged into another"), std::string::npos)
      << refused.body.substr(0, 3000);
  EXPECT_EQ(refused.body.find("href=\"#\""), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
