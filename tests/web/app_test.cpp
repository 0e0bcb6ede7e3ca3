// tests/web/app_test.cpp — the web application in-process: pages, error pages, headers, API
// validation.
#include "web/app.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "web/controller.hpp"
#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

using domain::Role;
using frontdoor::testing::Capture;

class WebAppTest : public ::testing::Test, public frontdoor::testing::WebFixture {
 protected:
  //! Adds twelve children called Ava Page born 2 March 2015, and sends the search page's form
  //! for them from `browser`: where the page sends the browser next.
  std::string SearchForTwelveAvaPages(const frontdoor::testing::Browser& browser) {
    frontdoor::testing::AddPeopleInBulk(
        *store_, 12,
        [](std::size_t) {
          return std::pair{"Ava", "Page"};
        },
        "2015-03-02");
    const http::Response sent = Send("POST", "/people",
                                     "csrf_token=" + browser.csrf_token +
                                         "&name=Ava+Page&date_of_birth-day=2&date_of_birth-month=3"
                                         "&date_of_birth-year=2015",
                                     &browser);
    EXPECT_EQ(sent.status, 303);
    return std::string(sent.Header("Location"));
  }
};

TEST_F(WebAppTest, HomePageUsesTheLayoutAndFingerprintedAssets) {
  const auto browser = SignInAs(Role::kPractitioner);
  const http::Response home = Send("GET", "/", "", &browser);
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("<title>Home – Children's front door</title>"), std::string::npos);
  EXPECT_NE(home.body.find("govuk-skip-link"), std::string::npos);
  EXPECT_NE(home.body.find("govuk-phase-banner"), std::string::npos);
  EXPECT_NE(home.body.find("Signed in as test.practitioner (Practitioner)"), std::string::npos);
  EXPECT_NE(home.body.find(assets_.Url("govuk-frontend.min.css")), std::string::npos);
  EXPECT_EQ(home.body.find("<script>"), std::string::npos) << "no inline scripts";
  EXPECT_EQ(home.Header("Cache-Control"), "no-store");
  EXPECT_NE(home.Header("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
}

TEST_F(WebAppTest, PagesNeedSignInAndComeBackAfterIt) {
  const http::Response home = Send("GET", "/feedback?page=/x");
  EXPECT_EQ(home.status, 303);
  EXPECT_EQ(home.Header("Location"), "/sign-in?return_to=/feedback%3Fpage%3D/x");
  const http::Response form = Send("GET", "/sign-in?return_to=/feedback%3Fpage%3D/x");
  EXPECT_NE(form.body.find("name=\"return_to\" value=\"/feedback?page=/x\""), std::string::npos);
  EXPECT_EQ(Send("GET", "/accessibility").status, 200);  // public
  EXPECT_EQ(Send("GET", "/health").status, 200);
}

TEST_F(WebAppTest, ASessionIsWarnedBeforeItEndsAndCanBeKeptAlive) {
  const auto browser = SignInAs(Role::kPractitioner);
  const http::Response page = Send("GET", "/people", "", &browser);
  // The warning counts down to the end of the session's idle time (30 minutes).
  EXPECT_NE(page.body.find("data-idle-seconds=\"1800\""), std::string::npos);
  EXPECT_NE(page.body.find("id=\"timeout-warning\""), std::string::npos);
  EXPECT_EQ(
      Send("POST", "/session/keep-alive", "csrf_token=" + browser.csrf_token, &browser).status,
      204);
  EXPECT_EQ(Send("POST", "/session/keep-alive", "csrf_token=wrong", &browser).status, 403);
  // A form sent without a session goes to sign in, which says the session ended.
  const http::Response late = Send("POST", "/feedback", "text=Hello&page=%2F");
  EXPECT_EQ(late.Header("Location"), "/sign-in?timed_out=1");
  EXPECT_NE(Send("GET", "/sign-in?timed_out=1").body.find("You were signed out because"),
            std::string::npos);
}

TEST_F(WebAppTest, AssetsAreServedForAYear) {
  const std::string url = assets_.Url("govuk-frontend.min.css");
  const http::Response css = Send("GET", url);
  EXPECT_EQ(css.status, 200);
  EXPECT_EQ(css.Header("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(Send("GET", "/assets/govuk-frontend.min.css").status, 404);
}

TEST_F(WebAppTest, UnknownPagesGetGovukErrorPagesAndApiGetsJson) {
  const http::Response page = Send("GET", "/no-such-page");
  EXPECT_EQ(page.status, 404);
  EXPECT_NE(page.body.find("Page not found"), std::string::npos);
  const http::Response api = Send("GET", "/api/v1/no-such-thing");
  EXPECT_EQ(api.status, 404);
  EXPECT_EQ(nlohmann::json::parse(api.body).at("error"), "There is nothing at this address");
}

TEST_F(WebAppTest, AnAdministratorReadsFeedbackNewestFirst) {
  const auto practitioner = SignInAs(Role::kPractitioner);
  for (const char* text : {"First+thought", "Second+thought"})
    ASSERT_EQ(Send("POST", "/feedback",
                   "csrf_token=" + practitioner.csrf_token + "&text=" + text + "&page=%2Fpeople",
                   &practitioner)
                  .status,
              303);
  EXPECT_EQ(Send("GET", "/admin/feedback", "", &practitioner).status, 403);
  const auto admin = SignInAs(Role::kAdmin);
  const http::Response list = Send("GET", "/admin/feedback", "", &admin);
  ASSERT_EQ(list.status, 200);
  const auto second = list.body.find("Second thought");
  const auto first = list.body.find("First thought");
  ASSERT_NE(second, std::string::npos);
  ASSERT_NE(first, std::string::npos);
  EXPECT_LT(second, first);
  EXPECT_NE(list.body.find("newest first: 2 in all"), std::string::npos);
  EXPECT_NE(list.body.find(">/people<"), std::string::npos);
  EXPECT_EQ(list.body.find("Older feedback"), std::string::npos);  // one page holds both
  EXPECT_NE(Send("GET", "/admin/feedback?before=1", "", &admin).body.find("There is no older"),
            std::string::npos);
}

TEST_F(WebAppTest, FeedbackFormShowsEachErrorBesideItsFieldAndKeepsNothing) {
  const auto browser = SignInAs(Role::kPractitioner);
  const http::Response refused = Send(
      "POST", "/feedback", "csrf_token=" + browser.csrf_token + "&text=+++&page=%2F", &browser);
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("<title>Error: Give feedback"), std::string::npos);
  EXPECT_NE(refused.body.find("<a href=\"#text\">Enter your feedback</a>"), std::string::npos);
  EXPECT_NE(refused.body.find("id=\"text-error\""), std::string::npos);
  EXPECT_EQ(FeedbackCount(), 0);

  const http::Response sent =
      Send("POST", "/feedback",
           "csrf_token=" + browser.csrf_token + "&text=%3Cb%3Ebold%3C%2Fb%3E&page=%2F", &browser);
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.Header("Location"), "/feedback/sent?page=/");
  EXPECT_EQ(FeedbackCount(), 1);
}

TEST_F(WebAppTest, SearchResultsComeInPagesWithGovukPagination) {
  const auto browser = SignInAs(Role::kPractitioner);
  const std::string results = SearchForTwelveAvaPages(browser);
  const http::Response first = Send("GET", results, "", &browser);
  EXPECT_EQ(first.status, 200);
  EXPECT_NE(first.body.find("12 possible matches, best first"), std::string::npos);
  EXPECT_NE(first.body.find("govuk-pagination__next"), std::string::npos);
  EXPECT_EQ(first.body.find("govuk-pagination__prev"), std::string::npos);
  EXPECT_NE(first.body.find("aria-label=\"Page 1\" aria-current=\"page\""), std::string::npos);
  const http::Response second = Send("GET", results + "&page=2", "", &browser);
  EXPECT_NE(second.body.find("aria-label=\"Page 2\" aria-current=\"page\""), std::string::npos);
  EXPECT_NE(second.body.find("govuk-pagination__prev"), std::string::npos);
  const http::Response past = Send("GET", results + "&page=3", "", &browser);
  EXPECT_EQ(past.status, 400);
  EXPECT_NE(past.body.find("There are only 2 pages of results"), std::string::npos);
}

TEST_F(WebAppTest, ASearchsNamesAndDateOfBirthAreInNoAddressAndItsLinksWorkOnlyInItsSignIn) {
  const auto browser = SignInAs(Role::kPractitioner);
  const std::string results = SearchForTwelveAvaPages(browser);
  EXPECT_TRUE(results.starts_with("/people?search=")) << results;
  const http::Response first = Send("GET", results, "", &browser);
  // Every link the results page makes (other pages, adding a person) carries the search sealed.
  const std::string next_page =
      Capture(first.body, "href=\"(/people\\?search=[^\"]+page=2[^\"]*)\"");
  const std::string add_person = Capture(first.body, "href=\"(/people/new\\?[^\"]+)\"");
  for (const std::string& address : {results, next_page, add_person}) {
    EXPECT_FALSE(address.empty());
    for (const char* term : {"Ava+Page", "Ava%20Page", "Ava Page", "2015-03-02", "name="})
      EXPECT_EQ(address.find(term), std::string::npos) << address;
  }
  // Adding a person from it starts from the name and date of birth searched for.
  const http::Response add = Send("GET", add_person, "", &browser);
  EXPECT_NE(add.body.find("value=\"Ava\""), std::string::npos);
  // Its back link goes back to the results.
  EXPECT_EQ(Capture(add.body, "href=\"([^\"]+)\" class=\"govuk-back-link\""), results);

  // Another sign-in, and a link changed by one letter, cannot read it: the form is empty.
  const auto other = SignInAs(Role::kPractitioner);
  std::string changed = results;
  changed[changed.size() - 3] = changed[changed.size() - 3] == 'A' ? 'B' : 'A';
  for (const auto& [who, address] : {std::pair{&other, results}, std::pair{&browser, changed}}) {
    const http::Response ended = Send("GET", address, "", who);
    EXPECT_EQ(ended.status, 200);
    EXPECT_NE(ended.body.find("That search can no longer be shown"), std::string::npos);
    EXPECT_EQ(ended.body.find("Ava"), std::string::npos);
  }

  // An address from before searches were sealed is not read, and says so.
  const http::Response old =
      Send("GET", "/people?name=Ava+Page&date_of_birth=2015-03-02", "", &browser);
  EXPECT_EQ(old.status, 200);
  EXPECT_NE(old.body.find("Searches are no longer taken from the page"), std::string::npos);
  EXPECT_EQ(old.body.find("Ava"), std::string::npos);

  // A wrong search is shown again with its error, and goes nowhere.
  const http::Response wrong =
      Send("POST", "/people",
           "csrf_token=" + browser.csrf_token +
               "&date_of_birth-day=31&date_of_birth-month=2&date_of_birth-year=2015",
           &browser);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.Header("Location"), "");
  EXPECT_NE(wrong.body.find("govuk-error-summary"), std::string::npos);
  EXPECT_NE(wrong.body.find(
                "name=\"date_of_birth-day\" type=\"text\" inputmode=\"numeric\" value=\"31\""),
            std::string::npos)
      << "the date as typed, to correct";
}

TEST_F(WebAppTest, TypedTextIsEscapedWhenShownAgain) {
  const auto browser = SignInAs(Role::kPractitioner);
  const http::Response refused =
      Send("POST", "/feedback",
           "csrf_token=" + browser.csrf_token + "&text=%3Cscript%3Ealert(1)%3C%2Fscript%3E" +
               std::string(2000, 'a'),
           &browser);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.body.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(refused.body.find("&lt;script&gt;alert(1)"), std::string::npos);
}

TEST_F(WebAppTest, FormsWithoutTheSessionsTokenAreRefusedAndChangeNothing) {
  const auto browser = SignInAs(Role::kPractitioner);
  for (const std::string& body :
       {std::string("text=hello"), std::string("csrf_token=forged&text=hello")}) {
    const http::Response refused = Send("POST", "/feedback", body, &browser);
    EXPECT_EQ(refused.status, 403);
    EXPECT_NE(refused.body.find("This form has expired"), std::string::npos);
  }
  EXPECT_EQ(FeedbackCount(), 0);
  EXPECT_EQ(RecentAudit().front().detail, "form token missing or wrong");
  // The sign-in form has its own check, as there is no session yet.
  const http::Response sign_in =
      Send("POST", "/sign-in", "username=test.practitioner&password=purple+tractor+morning");
  EXPECT_EQ(sign_in.status, 403);
  EXPECT_EQ(SessionCookie(sign_in), "");
}

TEST_F(WebAppTest, SignInReplacesAnyExistingSession) {
  const auto before = SignInAs(Role::kPractitioner);
  EXPECT_EQ(Send("GET", "/", "", &before).status, 200);
  // Signing in again from the same browser (say an attacker planted the first cookie) ends it.
  const http::Response form = Send("GET", "/sign-in");
  const std::string form_token =
      frontdoor::testing::Capture(form.body, "name=\"form_token\" value=\"([^\"]+)\"");
  frontdoor::testing::Browser both{before.cookie + "; frontdoor_form=" + form_token, ""};
  const http::Response again = Send(
      "POST", "/sign-in",
      "form_token=" + form_token + "&username=test.practitioner&password=purple+tractor+morning",
      &both);
  const std::string new_cookie = SessionCookie(again);
  ASSERT_FALSE(new_cookie.empty());
  EXPECT_NE("frontdoor_session=" + new_cookie, before.cookie);
  EXPECT_EQ(Send("GET", "/", "", &before).status, 303);  // the old session no longer works
  EXPECT_NE(again.Header("Set-Cookie").find("HttpOnly; SameSite=Strict"), std::string::npos);
}

TEST_F(WebAppTest, SignOutEndsTheSessionOnTheServer) {
  const auto browser = SignInAs(Role::kPractitioner);
  const http::Response out =
      Send("POST", "/sign-out", "csrf_token=" + browser.csrf_token, &browser);
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(out.Header("Location"), "/sign-in?signed_out=1");
  EXPECT_EQ(Send("GET", "/", "", &browser).status, 303);
}

TEST_F(WebAppTest, ApiRefusesBadBodiesWithoutWriting) {
  const std::string token = TokenFor(Role::kPractitioner);
  EXPECT_EQ(
      Send("POST", "/api/v1/feedback", "{\"text\":\"hi\"}", nullptr, token, "text/plain").status,
      415);
  EXPECT_EQ(
      Send("POST", "/api/v1/feedback", "{not json", nullptr, token, "application/json").status,
      400);
  const http::Response wrong_type =
      Send("POST", "/api/v1/feedback", "{\"text\":5}", nullptr, token, "application/json");
  EXPECT_EQ(wrong_type.status, 422);
  EXPECT_EQ(nlohmann::json::parse(wrong_type.body)["errors"][0]["field"], "text");
  EXPECT_EQ(FeedbackCount(), 0);
  const http::Response created =
      Send("POST", "/api/v1/feedback", "{\"text\":\"hi\",\"page\":\"/\"}", nullptr, token,
           "application/json");
  EXPECT_EQ(created.status, 201);
  const auto body = nlohmann::json::parse(created.body);
  EXPECT_EQ(body["received_at"], "2026-11-27T10:00:00.000Z");
  EXPECT_EQ(created.Header("Location"),
            "/api/v1/feedback/" + std::to_string(body["id"].get<int>()));
}

TEST_F(WebAppTest, EveryApiRefusalIsProblemDetails) {
  const std::string token = TokenFor(Role::kPractitioner);
  const auto problem = [](const http::Response& response, int status, const char* title) {
    EXPECT_EQ(response.status, status);
    EXPECT_EQ(response.Header("Content-Type"), "application/problem+json");
    const auto body = nlohmann::json::parse(response.body);
    EXPECT_EQ(body["type"], "about:blank");
    EXPECT_EQ(body["title"], title);
    EXPECT_EQ(body["status"], status);
    EXPECT_FALSE(body["detail"].get<std::string>().empty());
    return body;
  };
  // A refusal of the whole request keeps its words in "error" too, as v1 answered before.
  const auto missing =
      problem(Send("GET", "/api/v1/people/999999", "", nullptr, token), 404, "Not Found");
  EXPECT_EQ(missing["error"], missing["detail"]);
  problem(Send("GET", "/api/v1/me", ""), 401, "Unauthorized");
  problem(Send("POST", "/api/v1/feedback", "{not json", nullptr, token, "application/json"), 400,
          "Bad Request");
  problem(Send("DELETE", "/api/v1/me", "", nullptr, token), 405, "Method Not Allowed");
  // Field errors: one is the detail; several are counted.
  const auto one =
      problem(Send("POST", "/api/v1/feedback", "{\"text\":5}", nullptr, token, "application/json"),
              422, "Unprocessable Content");
  EXPECT_EQ(one["detail"], one["errors"][0]["message"]);
  const auto several =
      problem(Send("POST", "/api/v1/contacts", "{}", nullptr, token, "application/json"), 422,
              "Unprocessable Content");
  EXPECT_GT(several["errors"].size(), 1u);
  EXPECT_EQ(several["detail"],
            std::to_string(several["errors"].size()) + " things need to change: see errors");
}

TEST_F(WebAppTest, TheLanguageCheckLeavesTheNamesItIsGivenAlone) {
  const std::string token = TokenFor(Role::kPractitioner);
  const auto found = [&](const std::string& body) {
    const http::Response response =
        Send("POST", "/api/v1/language-check", body, nullptr, token, "application/json");
    EXPECT_EQ(response.status, 200) << response.body;
    const auto answer = nlohmann::json::parse(response.body);
    std::vector<std::string> words;
    for (const auto& warning : answer.at("warnings")) words.push_back(warning.at("found"));
    return words;
  };
  EXPECT_EQ(found(R"({"text":"JAYDEN told the SW."})"), (std::vector<std::string>{"JAYDEN", "SW"}));
  EXPECT_EQ(found(R"({"text":"JAYDEN told the SW.","names":["Jayden Smith"]})"),
            std::vector<std::string>{"SW"});
  EXPECT_EQ(Send("POST", "/api/v1/language-check", R"({"text":"x","names":"Jayden"})", nullptr,
                 token, "application/json")
                .status,
            422);  // a list of names, not one
  const http::Response unnamed =
      Send("POST", "/api/v1/language-check", "{}", nullptr, token, "application/json");
  EXPECT_EQ(unnamed.status, 422);  // the text is required
  EXPECT_NE(unnamed.body.find("Give the text to check"), std::string::npos);
  EXPECT_TRUE(found(R"({"text":""})").empty());  // empty, nothing to warn of
  // As long as the page allows and no longer: a megabyte is refused before it is checked.
  const auto check = [&](std::size_t characters) {
    return Send("POST", "/api/v1/language-check",
                R"({"text":")" + std::string(characters, 'a') + R"("})", nullptr, token,
                "application/json");
  };
  EXPECT_EQ(check(100000).status, 200);
  const http::Response refused = check(1000000);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("100,000 characters or fewer"), std::string::npos);
}

TEST_F(WebAppTest, ApiMeNeedsAValidToken) {
  const http::Response anonymous = Send("GET", "/api/v1/me");
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(anonymous.Header("WWW-Authenticate"), "Bearer");
  EXPECT_EQ(RecentAudit().front().outcome, domain::AuditOutcome::kRefused);
  const http::Response me = Send("GET", "/api/v1/me", "", nullptr, TokenFor(Role::kPartner));
  EXPECT_EQ(me.status, 200);
  EXPECT_EQ(
      nlohmann::json::parse(me.body),
      (nlohmann::json{{"username", "test.partner"}, {"role", "partner"}, {"agency", "police"}}));
  EXPECT_EQ(Send("GET", "/api/v1/me", "", nullptr, "Bearer fd_not-a-real-token").status, 401);
}

TEST_F(WebAppTest, EveryApiRouteIsDocumentedWithItsOwnOperationIdAndEveryDocumentedRouteIsServed) {
  const auto document = nlohmann::json::parse(Send("GET", "/api/v1/openapi.json").body);
  std::set<std::string> documented;
  std::set<std::string> operation_ids;
  for (const auto& [path, operations] : document.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (char& letter : upper) letter = char(std::toupper(letter));
      documented.insert(upper + " " + path);
      // A generated client names its method by the operation: each has its own, and a summary.
      EXPECT_TRUE(operation.contains("summary")) << upper << " " << path;
      ASSERT_TRUE(operation.contains("operationId")) << upper << " " << path;
      EXPECT_TRUE(operation_ids.insert(operation.at("operationId").get<std::string>()).second)
          << "operationId used twice: " << operation.at("operationId");
    }
  }
  std::set<std::string> served;
  for (const Route& route : app_.Routes().Routes()) {
    if (route.pattern.starts_with("/api/")) served.insert(route.method + " " + route.pattern);
  }
  EXPECT_EQ(documented, served);
}

// Any call that sends a body may be refused for it before its use case runs: the document says so
// for each, and the refusals are problem details.
TEST_F(WebAppTest, EveryApiCallThatSendsABodyDocumentsTheRefusalsOfTheBody) {
  const auto document = nlohmann::json::parse(Send("GET", "/api/v1/openapi.json").body);
  int sending = 0;
  for (const auto& [path, operations] : document.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      if (method == "get") continue;
      ++sending;
      for (const char* status : {"400", "413", "415"})
        EXPECT_TRUE(operation.at("responses").contains(status))
            << method << " " << path << " " << status;
    }
  }
  EXPECT_GT(sending, 20);
  const std::string token = TokenFor(Role::kPractitioner);
  const http::Response not_json =
      Send("POST", "/api/v1/feedback", "{}", nullptr, token, "text/plain");
  EXPECT_EQ(not_json.status, 415);
  EXPECT_EQ(not_json.Header("Content-Type"), "application/problem+json");
  const http::Response not_an_object =
      Send("POST", "/api/v1/feedback", "[1]", nullptr, token, "application/json");
  EXPECT_EQ(not_an_object.status, 400);
  EXPECT_EQ(nlohmann::json::parse(not_an_object.body)["errors"][0]["field"], "body");
  const auto too_large = TransportRefusal(413, "/api/v1/feedback?x=1", "Too large");
  ASSERT_TRUE(too_large.has_value());
  EXPECT_EQ(too_large->Header("Content-Type"), "application/problem+json");
  EXPECT_EQ(nlohmann::json::parse(too_large->body)["detail"], "Too large");
  EXPECT_FALSE(TransportRefusal(413, "/feedback", "Too large").has_value());
}

// Every POST that creates something (answers 201) takes an Idempotency-Key: the document says so,
// and its route keeps answers by key unless its use case keeps the key itself (contacts, people).
TEST_F(WebAppTest, EveryCreatingApiRouteTakesAnIdempotencyKey) {
  const auto document = nlohmann::json::parse(Send("GET", "/api/v1/openapi.json").body);
  const std::set<std::string> kept_by_use_case = {"/api/v1/contacts", "/api/v1/people"};
  const auto takes_key = [](const nlohmann::json& operation) {
    for (const auto& parameter : operation.value("parameters", nlohmann::json::array())) {
      if (parameter.value("$ref", "") == "#/components/parameters/IdempotencyKey") return true;
    }
    return false;
  };
  std::set<std::string> creating;
  for (const auto& [path, operations] : document.at("paths").items()) {
    if (!operations.contains("post") || !operations["post"]["responses"].contains("201")) continue;
    creating.insert(path);
    EXPECT_TRUE(takes_key(operations["post"])) << path;
  }
  std::set<std::string> keyed;
  for (const Route& route : app_.Routes().Routes()) {
    if (!route.keeps_answer_by_key) continue;
    keyed.insert(route.pattern);
    EXPECT_TRUE(document["paths"][route.pattern]["post"]["responses"].contains("409"))
        << route.pattern;
  }
  keyed.insert(kept_by_use_case.begin(), kept_by_use_case.end());
  EXPECT_EQ(creating, keyed);
}

TEST_F(WebAppTest, HealthReportsTheDatabaseAndSchema) {
  const http::Response health = Send("GET", "/health");
  EXPECT_EQ(health.status, 200);
  const auto body = nlohmann::json::parse(health.body);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["database"], "sqlite");
  EXPECT_EQ(body["schema_version"], store_->Schema().known);
}

TEST_F(WebAppTest, AuditorsSeeWhoLookedAtARecord) {
  const auto admin = SignInAs(Role::kAdmin);
  const auto auditor = SignInAs(Role::kAuditor);
  const http::Response page = Send("GET", "/audit/access?record=user%3A1", "", &auditor);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Who has seen user:1"), std::string::npos);
  EXPECT_NE(page.body.find("Manage accounts"), std::string::npos);  // the action in words
  EXPECT_EQ(page.body.find("manage_users"), std::string::npos);
  EXPECT_NE(page.body.find("added test.admin, role admin"), std::string::npos);
  EXPECT_EQ(page.body.find("People's records opened"), std::string::npos);  // one record asked for
  // Without a record: whose opening of people's records stands out this week.
  const http::Response latest = Send("GET", "/audit/access", "", &auditor);
  EXPECT_NE(latest.body.find("People's records opened in the last 7 days"), std::string::npos);
  EXPECT_NE(latest.body.find("No one has opened a person's record in the last 7 days"),
            std::string::npos);
  EXPECT_EQ(Send("GET", "/audit/access", "", &admin).status, 403);
}

}  // namespace
}  // namespace frontdoor::web

namespace frontdoor::web {
namespace {

class RestrictedRecordPageTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

TEST_F(RestrictedRecordPageTest, OthersSeeOnlyThatItExistsAndAManagersReasonIsRecorded) {
  const std::string practitioner_token = TokenFor(domain::Role::kPractitioner);
  const http::Response added =
      Send("POST", "/api/v1/people",
           R"({"given_name":"Zoë","family_name":"Hidden","date_of_birth":"2019-03-04"})", nullptr,
           practitioner_token, "application/json");
  ASSERT_EQ(added.status, 201) << added.body;
  const std::string id = std::to_string(nlohmann::json::parse(added.body)["id"].get<int>());
  const http::Response restricted =
      Send("PUT", "/api/v1/people/" + id + "/restriction",
           R"({"reason":"A member of staff's child","allowed_usernames":[]})", nullptr,
           TokenFor(domain::Role::kManager), "application/json");
  ASSERT_EQ(restricted.status, 200) << restricted.body;

  const http::Response api_view =
      Send("GET", "/api/v1/people/" + id, "", nullptr, practitioner_token);
  EXPECT_EQ(nlohmann::json::parse(api_view.body),
            (nlohmann::json{{"id", std::stoi(id)}, {"restricted", true}}));

  const auto practitioner = SignInAs(domain::Role::kPractitioner);
  const http::Response page = Send("GET", "/people/" + id, "", &practitioner);
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Restricted record"), std::string::npos);
  EXPECT_EQ(page.body.find("Hidden"), std::string::npos);
  EXPECT_EQ(page.body.find("break-glass"), std::string::npos);
  EXPECT_EQ(Send("POST", "/people/" + id + "/break-glass",
                 "csrf_token=" + practitioner.csrf_token + "&reason=x", &practitioner)
                .status,
            403);

  // The restricting manager (test.manager) is always on the list.
  frontdoor::testing::Browser manager = SignInAs(domain::Role::kManager);
  EXPECT_NE(Send("GET", "/people/" + id, "", &manager).body.find("Hidden"), std::string::npos);
}

}  // namespace
}  // namespace frontdoor::web

namespace frontdoor::web {
namespace {

class PeoplePagesTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

TEST_F(PeoplePagesTest, BadPeopleAndContactsGetAnErrorSummaryLinkingToEachFieldAndNothingIsSaved) {
  const auto browser = SignInAs(domain::Role::kPractitioner);
  const auto people_named = [&](const char* family_name) {
    return store_->ReadResult([&](store::Records& records) {
      return std::int64_t(records.people.ByFamilyKey(domain::PhoneticKey(family_name), 100).size());
    });
  };
  const http::Response person =
      Send("POST", "/people/new",
           "csrf_token=" + browser.csrf_token +
               "&matches_seen=yes&given_name=Zo%C3%AB&family_name=Future&date_of_birth-day=1"
               "&date_of_birth-month=January&date_of_birth-year=2099"
               "&nhs_number=943+476+5918",
           &browser);
  EXPECT_EQ(person.status, 400);
  EXPECT_NE(
      person.body.find("<a href=\"#date_of_birth\">Date of birth must be today or in the past</a>"),
      std::string::npos);
  EXPECT_NE(person.body.find("<a href=\"#nhs_number\">NHS number must be 10 digits"),
            std::string::npos);
  EXPECT_NE(person.body.find("id=\"nhs_number-error\""), std::string::npos);
  EXPECT_EQ(people_named("Future"), 0);

  const std::string megabyte(1000000, 'a');
  const http::Response contact =
      Send("POST", "/contacts/new",
           "csrf_token=" + browser.csrf_token +
               "&received_date-day=27&received_date-month=11&received_date-year=2026"
               "&received_time=09%3A00&method=phone&referrer_name=A"
               "&source=2A&child=1&family_agreement=agreed&urgency=today&concern=" +
               megabyte,
           &browser);
  EXPECT_EQ(contact.status, 400);
  EXPECT_NE(
      contact.body.find("<a href=\"#concern\">The concern must be 20000 characters or fewer</a>"),
      std::string::npos);
  // What was typed comes back in the field, so nothing the practitioner wrote is lost; nothing is
  // kept.
  EXPECT_NE(contact.body.find(megabyte), std::string::npos);
  EXPECT_FALSE(
      store_->ReadResult([](store::Records& records) { return records.contacts.Find(1); }));
}

}  // namespace
}  // namespace frontdoor::web
