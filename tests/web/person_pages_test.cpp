// tests/web/person_pages_test.cpp — a person's record page: a child's number is the census's local
// child id, an adult's is their record number; a record merged into another offers no changes;
// someone added to a household is asked since when they live there; a manager merges two records
// of one child, and takes them apart again.
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

  // The record kept names the record merged into it, with a link to it.
  const http::Response kept_page =
      Send("GET", "/people/" + std::to_string(kept), "", &practitioner);
  EXPECT_NE(kept_page.body.find("merged into this one: <a class=\"govuk-link\" href=\"" + path +
                                "\">" + domain::LocalChildId(merged) + "</a>."),
            std::string::npos);
}

TEST_F(PersonPagesTest, AManagerMergesTwoRecordsOnAPageAndTakesThemApartAgain) {
  const std::int64_t kept = Add("Jayden", "2015-05-14");
  const std::int64_t copy = Add("Jaden", "2015-05-14");
  const auto manager = SignInAs(domain::Role::kManager);
  const std::string path = "/people/" + std::to_string(copy);
  EXPECT_NE(Send("GET", path, "", &manager).body.find(path + "/merge\">Merge with another record"),
            std::string::npos);
  // The record that may be his is offered to choose.
  const http::Response form = Send("GET", path + "/merge", "", &manager);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("Which record is the same person&apos;s?"), std::string::npos);
  EXPECT_NE(form.body.find("value=\"" + std::to_string(kept) + "\""), std::string::npos);
  EXPECT_EQ(form.body.find("value=\"" + std::to_string(copy) + "\""), std::string::npos);

  // Neither a record to keep nor a reason: refused, and nothing merged.
  const std::string csrf = "csrf_token=" + manager.csrf_token;
  const http::Response refused = Send("POST", path + "/merge", csrf + "&reason=", &manager);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("href=\"#into_person_id\">Choose the record to keep"),
            std::string::npos)
      << refused.body.substr(0, 3000);
  // A number that is not a record's is said so beside its box.
  const http::Response mistyped =
      Send("POST", path + "/merge", csrf + "&into_record=11&reason=The+same+boy", &manager);
  EXPECT_EQ(mistyped.status, 400);
  EXPECT_NE(mistyped.body.find("href=\"#into_record\">Enter the record number as it is shown"),
            std::string::npos)
      << mistyped.body.substr(0, 3000);
  // The record's number typed, with a reason: merged, and the record kept says so.
  const http::Response merged =
      Send("POST", path + "/merge",
           csrf + "&into_record=" + domain::LocalChildId(kept) + "&reason=The+same+boy", &manager);
  ASSERT_EQ(merged.status, 303) << merged.body.substr(0, 3000);
  EXPECT_EQ(merged.Header("Location"), "/people/" + std::to_string(kept) + "?merged=1");
  EXPECT_NE(Send("GET", std::string(merged.Header("Location")), "", &manager)
                .body.find("Records merged."),
            std::string::npos);
  // The record kept lists the one merged in; the copy is taken apart again with a reason.
  EXPECT_NE(Send("GET", "/people/" + std::to_string(kept) + "/merge", "", &manager)
                .body.find(path + "/merge\">Jaden Smith"),
            std::string::npos);
  const http::Response apart_form = Send("GET", path + "/merge", "", &manager);
  EXPECT_NE(apart_form.body.find("Take Jaden Smith&apos;s records apart"), std::string::npos);
  EXPECT_EQ(Send("POST", path + "/unmerge", csrf + "&reason=", &manager).status, 400);
  const http::Response apart = Send("POST", path + "/unmerge", csrf + "&reason=Two+boys", &manager);
  ASSERT_EQ(apart.status, 303);
  EXPECT_EQ(apart.Header("Location"), path + "?unmerged=1");
  EXPECT_NE(Send("GET", path + "?unmerged=1", "", &manager).body.find("Records taken apart."),
            std::string::npos);

  // A practitioner is offered no merge, and is refused the page.
  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  EXPECT_EQ(Send("GET", path, "", &practitioner).body.find(path + "/merge"), std::string::npos);
  EXPECT_EQ(Send("GET", path + "/merge", "", &practitioner).status, 403);
}

TEST_F(PersonPagesTest, SomeoneAddedToAHouseholdIsAskedSinceWhenTheyLiveThere) {
  domain::Household home;
  home.address_line_1 = "1 Shirley Road";
  home.town = "Southampton";
  home.postcode = "SO15 3AB";
  const std::int64_t household =
      store_->WriteResult([&](store::Records& records) { return records.households.Add(home); });
  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  const std::string form = "/people/new?household_id=" + std::to_string(household);
  const http::Response page = Send("GET", form, "", &practitioner);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Someone who lives at 1 Shirley Road"), std::string::npos);
  EXPECT_NE(page.body.find("When did they start living at 1 Shirley Road"), std::string::npos);
  EXPECT_EQ(Send("GET", "/people/new?household_id=99999", "", &practitioner).status, 404);
  EXPECT_EQ(Send("GET", "/people/new", "", &practitioner).body.find("start living"),
            std::string::npos);  // from a search: no household, no question

  const std::string person = "csrf_token=" + practitioner.csrf_token +
                             "&household_id=" + std::to_string(household) +
                             "&matches_seen=yes&given_name=Amelia&family_name=Smith&sex=F"
                             "&date_of_birth-day=2&date_of_birth-month=9&date_of_birth-year=2018";
  const auto people = [&] {
    return store_->ReadResult(
        [&](store::Records& records) { return records.households.MembersOf(household).size(); });
  };
  const auto before = people();
  // Without the date, or with one before she was born, nothing is added and the form says where.
  for (const std::string& lives_from :
       {std::string(""),
        std::string("&lives_from-day=1&lives_from-month=1&lives_from-year=2017")}) {
    const http::Response refused = Send("POST", "/people/new", person + lives_from, &practitioner);
    EXPECT_EQ(refused.status, 400) << lives_from;
    EXPECT_NE(refused.body.find("<a href=\"#lives_from\">"), std::string::npos) << lives_from;
  }
  EXPECT_EQ(people(), before);
  const http::Response added =
      Send("POST", "/people/new",
           person + "&lives_from-day=27&lives_from-month=3&lives_from-year=2024", &practitioner);
  ASSERT_EQ(added.status, 303) << added.body.substr(0, 2000);
  const http::Response record =
      Send("GET", std::string(added.Header("Location")), "", &practitioner);
  EXPECT_NE(record.body.find("Amelia lives here from 27 March 2024"), std::string::npos);
}

TEST_F(PersonPagesTest, ADateTypedWrongSaysWhatIsMissingAndMarksOnlyThatBox) {
  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  const std::string person = "csrf_token=" + practitioner.csrf_token +
                             "&matches_seen=yes&given_name=Amelia&family_name=Smith&sex=F";
  const auto marked = [](const std::string& body, const std::string& id) {
    const size_t box = body.find("id=\"" + id + "\"");
    const size_t input = body.rfind("<input", box);
    return body.substr(input, box - input).find("govuk-input--error") != std::string::npos;
  };
  const http::Response no_month =
      Send("POST", "/people/new", person + "&date_of_birth-day=2&date_of_birth-year=2018",
           &practitioner);
  EXPECT_EQ(no_month.status, 400);
  EXPECT_NE(no_month.body.find("Date of birth must include a month"), std::string::npos);
  EXPECT_TRUE(marked(no_month.body, "date_of_birth-month"));
  EXPECT_FALSE(marked(no_month.body, "date_of_birth"));
  EXPECT_FALSE(marked(no_month.body, "date_of_birth-year"));
  const http::Response leap =
      Send("POST", "/people/new",
           person + "&date_of_birth-day=29&date_of_birth-month=Feb&date_of_birth-year=2019",
           &practitioner);
  EXPECT_NE(leap.body.find("Date of birth must be a real date: February 2019 has 28 days"),
            std::string::npos);
  EXPECT_TRUE(marked(leap.body, "date_of_birth"));
  EXPECT_FALSE(marked(leap.body, "date_of_birth-month"));
  // A real date in the future: the date as a whole is wrong, so all three boxes are marked.
  const http::Response future = Send(
      "POST", "/people/new",
      person + "&date_of_birth-day=1&date_of_birth-month=1&date_of_birth-year=2199", &practitioner);
  EXPECT_NE(future.body.find("Date of birth must be today or in the past"), std::string::npos);
  for (const char* box : {"date_of_birth", "date_of_birth-month", "date_of_birth-year"})
    EXPECT_TRUE(marked(future.body, box)) << box;
}

TEST_F(PersonPagesTest, ASearchThatFindsNoOneSaysWhatToTryAndOffersToAddThePerson) {
  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  const http::Response sent =
      Send("POST", "/people", "csrf_token=" + practitioner.csrf_token + "&name=Zebedee+Quill",
           &practitioner);
  ASSERT_EQ(sent.status, 303);
  const http::Response found = Send("GET", std::string(sent.Header("Location")), "", &practitioner);
  EXPECT_NE(found.body.find("No one matches"), std::string::npos);
  EXPECT_NE(found.body.find("Try another spelling"), std::string::npos);
  EXPECT_NE(found.body.find(">Add a new person</a>"), std::string::npos);
  EXPECT_EQ(found.body.find("None of these"), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
