// tests/web/access_audit_pages_test.cpp — the auditor's access audit page: a record asked about by
// the number on a child's record finds its entries, and text that names no record is refused
// rather than answered "no one has looked".
#include <gtest/gtest.h>

#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

class AccessAuditPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

TEST_F(AccessAuditPagesTest, ARecordIsFoundByItsLocalIdAndTextNamingNoneIsRefused) {
  domain::Person jan;
  jan.given_name = "Jan";
  jan.family_name = "Nowak";
  jan.date_of_birth = domain::ParseDate("2016-01-09");
  const std::int64_t id =
      store_->WriteResult([&](store::Records& records) { return records.people.Add(jan); });
  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  ASSERT_EQ(Send("GET", "/people/" + std::to_string(id), "", &practitioner).status, 200);

  const auto auditor = SignInAs(domain::Role::kAuditor);
  const http::Response by_local_id =
      Send("GET", "/audit/access?record=C" + std::to_string(id), "", &auditor);
  EXPECT_EQ(by_local_id.status, 200);
  EXPECT_NE(by_local_id.body.find("Who has seen person:" + std::to_string(id)), std::string::npos);
  EXPECT_NE(by_local_id.body.find("Test Practitioner, Tester"), std::string::npos);
  // The action and role in words, and the record a link to who else has seen it.
  EXPECT_NE(by_local_id.body.find("Open a person&apos;s record"), std::string::npos);
  EXPECT_EQ(by_local_id.body.find("view_person_record"), std::string::npos);
  EXPECT_NE(by_local_id.body.find(">Practitioner</td>"), std::string::npos);
  EXPECT_NE(by_local_id.body.find("<a class=\"govuk-link\" href=\"/audit/access?record=person:" +
                                  std::to_string(id) + "\">"),
            std::string::npos);

  const http::Response by_name = Send("GET", "/audit/access?record=Jan+Nowak", "", &auditor);
  EXPECT_EQ(by_name.status, 400);
  EXPECT_NE(by_name.body.find("<a href=\"#record\">Enter a record as the entries name it"),
            std::string::npos);
  EXPECT_EQ(by_name.body.find("no one has looked"), std::string::npos);

  const http::Response none = Send("GET", "/audit/access?record=person:99999", "", &auditor);
  EXPECT_EQ(none.status, 200);
  EXPECT_NE(none.body.find("No entry names person:99999"), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
