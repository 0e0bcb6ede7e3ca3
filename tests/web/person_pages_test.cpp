// tests/web/person_pages_test.cpp — a person's record page: a child's number is the census's local
// child id, an adult's is their record number.
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

}  // namespace
}  // namespace frontdoor::web
