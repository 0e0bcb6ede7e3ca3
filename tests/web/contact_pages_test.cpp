// tests/web/contact_pages_test.cpp — the "Record a contact" page: a form saves one contact however
// often it is sent, and a refused form keeps the child's household on it; the contact names who
// recorded it; asking partner agencies offers only the urgencies whose answers come by the
// decision.
#include <gtest/gtest.h>

#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

using frontdoor::testing::Capture;

class ContactPagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {
 protected:
  void SetUp() override {
    domain::Person jayden;
    jayden.given_name = "Jayden";
    jayden.family_name = "Smith";
    jayden.date_of_birth = domain::ParseDate("2015-05-14");
    child_id_ =
        store_->WriteResult([&](store::Records& records) { return records.people.Add(jayden); });
  }

  //! The form as the page gives it, filled in: its hidden fields, then `fields`.
  std::string Filled(const http::Response& form, const testing::Browser& browser,
                     const std::string& fields) {
    return "csrf_token=" + browser.csrf_token +
           "&submission_key=" + Capture(form.body, "name=\"submission_key\" value=\"([^\"]+)\"") +
           "&opened_for=" + Capture(form.body, "name=\"opened_for\" value=\"([0-9]+)\"") +
           "&received_date-day=27&received_date-month=11&received_date-year=2026"
           "&received_time=09%3A00&method=phone&referrer_name=A+teacher&source=2A"
           "&family_agreement=agreed&urgency=today" +
           fields;
  }

  std::int64_t Contacts() {
    return store_->ReadResult([this](store::Records& records) {
      return std::int64_t(records.contacts.About(child_id_).size());
    });
  }

  std::int64_t child_id_ = 0;
};

TEST_F(ContactPagesTest, AFormSentAgainAfterGoingBackOpensTheContactItSaved) {
  const auto browser = SignInAs(domain::Role::kPractitioner);
  const http::Response form =
      Send("GET", "/contacts/new?child=" + std::to_string(child_id_), "", &browser);
  ASSERT_EQ(form.status, 200);
  const std::string child = "&child=" + std::to_string(child_id_);
  const std::string sent = Filled(form, browser, child + "&concern=Bruise+on+his+arm");

  const http::Response saved = Send("POST", "/contacts/new", sent, &browser);
  ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 2000);
  const std::string contact = std::string(saved.Header("Location"));
  EXPECT_EQ(contact.rfind("/contacts/", 0), 0u);
  EXPECT_EQ(Contacts(), 1);

  // Back, then "Save contact" again: the contact it saved, and no second one.
  const http::Response again = Send("POST", "/contacts/new", sent, &browser);
  EXPECT_EQ(again.status, 303);
  EXPECT_EQ(again.Header("Location"), contact);
  EXPECT_EQ(Contacts(), 1);

  // Back, a change, and "Save contact": said so, and nothing saved, with a new key on the form.
  const http::Response changed =
      Send("POST", "/contacts/new", Filled(form, browser, child + "&concern=A+bruise"), &browser);
  EXPECT_EQ(changed.status, 400);
  EXPECT_NE(changed.body.find("<a href=\"#save\">This form was saved already"), std::string::npos)
      << changed.body.substr(0, 3000);
  EXPECT_EQ(Contacts(), 1);
  const std::string new_key = Capture(changed.body, "name=\"submission_key\" value=\"([^\"]+)\"");
  EXPECT_FALSE(new_key.empty());
  EXPECT_EQ(sent.find(new_key), std::string::npos);
  // Saved once more from there, it is another contact, as the notice says.
  const http::Response another = Send(
      "POST", "/contacts/new", Filled(changed, browser, child + "&concern=A+bruise"), &browser);
  EXPECT_EQ(another.status, 303);
  EXPECT_NE(another.Header("Location"), contact);
  EXPECT_EQ(Contacts(), 2);

  // The contact says who recorded it by name and job, as the journey does; not by username.
  const http::Response page = Send("GET", contact, "", &browser);
  EXPECT_NE(page.body.find("Test Practitioner, Tester on 27 November 2026"), std::string::npos)
      << page.body.substr(0, 4000);
  EXPECT_EQ(page.body.find("test.practitioner on"), std::string::npos);
}

TEST_F(ContactPagesTest, AFormWithNoChildTickedIsShownAgainWithTheChildToTick) {
  const auto browser = SignInAs(domain::Role::kPractitioner);
  const http::Response form =
      Send("GET", "/contacts/new?child=" + std::to_string(child_id_), "", &browser);
  EXPECT_EQ(Capture(form.body, "href=\"([^\"]+)\" class=\"govuk-back-link\""),
            "/people/" + std::to_string(child_id_));
  const http::Response refused =
      Send("POST", "/contacts/new", Filled(form, browser, "&concern=Bruise"), &browser);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("<a href=\"#children\">"), std::string::npos);
  // The child is on the form again, not ticked, and what was typed is kept.
  EXPECT_NE(refused.body.find("id=\"children\" name=\"child\" type=\"checkbox\" value=\"" +
                              std::to_string(child_id_) + "\">"),
            std::string::npos)
      << refused.body.substr(refused.body.find("Which children"), 1500);
  EXPECT_NE(refused.body.find(">Bruise</textarea>"), std::string::npos);
  EXPECT_EQ(Contacts(), 0);
}

TEST_F(ContactPagesTest, TheErrorSummaryListsTheFieldsInTheOrderTheFormAsksThem) {
  const auto browser = SignInAs(domain::Role::kPractitioner);
  const http::Response refused = Send(
      "POST", "/contacts/new",
      "csrf_token=" + browser.csrf_token + "&opened_for=" + std::to_string(child_id_), &browser);
  ASSERT_EQ(refused.status, 400);
  const std::string summary = refused.body.substr(
      0, refused.body.find("</ul>", refused.body.find("govuk-error-summary__list")));
  std::vector<std::string> fields;
  for (std::size_t at = summary.find("<li><a href=\"#"); at != std::string::npos;
       at = summary.find("<li><a href=\"#", at + 1)) {
    const std::size_t start = at + 14;
    fields.push_back(summary.substr(start, summary.find('"', start) - start));
  }
  EXPECT_EQ(fields,
            (std::vector<std::string>{"children", "received_date", "method", "source",
                                      "referrer_name", "concern", "family_agreement", "urgency"}));
}

TEST_F(ContactPagesTest, AskingAgenciesOffersOnlyUrgenciesWhoseAnswersComeByTheDecision) {
  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  const http::Response form =
      Send("GET", "/contacts/new?child=" + std::to_string(child_id_), "", &practitioner);
  const http::Response saved =
      Send("POST", "/contacts/new",
           Filled(form, practitioner, "&child=" + std::to_string(child_id_) + "&concern=Bruise"),
           &practitioner);
  ASSERT_EQ(saved.status, 303);
  // Received this morning and urgent today: the decision is due when the working day closes.
  const auto manager = SignInAs(domain::Role::kManager);
  const http::Response ask =
      Send("GET",
           std::string(saved.Header("Location")).substr(0, saved.Header("Location").find('?')) +
               "/checks",
           "", &manager);
  ASSERT_EQ(ask.status, 200);
  EXPECT_NE(ask.body.find("value=\"red\""), std::string::npos);
  EXPECT_EQ(ask.body.find("value=\"amber\""), std::string::npos);
  EXPECT_EQ(ask.body.find("value=\"green\""), std::string::npos);
  const auto too_slow = ask.body.find("id=\"too-slow\"");
  ASSERT_NE(too_slow, std::string::npos);
  EXPECT_NE(ask.body.find("<li>Amber: ", too_slow), std::string::npos);
  EXPECT_NE(ask.body.find("<li>Green: ", too_slow), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web
