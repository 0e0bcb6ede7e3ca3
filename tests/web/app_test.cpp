// tests/web/app_test.cpp — the web application in-process: pages, error pages, headers, API
// validation.
#include "web/app.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

namespace frontdoor::web {
namespace {

using frontdoor::testing::FixedClock;
using frontdoor::testing::TestDatabase;

class WebAppTest : public ::testing::Test {
 protected:
  http::Response Send(std::string method, std::string target, std::string body = "",
                      std::string content_type = "") {
    http::Request request;
    request.method = std::move(method);
    request.target = target;
    const size_t question = target.find('?');
    request.path = target.substr(0, question);
    if (question != std::string::npos) request.query = target.substr(question + 1);
    request.body = std::move(body);
    if (!content_type.empty()) request.headers.emplace_back("Content-Type", content_type);
    return app_.Handle(request);
  }
  std::int64_t FeedbackCount() {
    return store_->ReadResult(
        [](store::Repository& repository) { return repository.CountFeedback(); });
  }

  TestDatabase database_{store::DatabaseKind::kSqlite};
  std::unique_ptr<store::Store> store_ = database_.Open();
  FixedClock clock_{"2026-11-27T10:00:00.000Z"};
  AssetCatalogue assets_ = AssetCatalogue::Load(std::getenv("FRONTDOOR_TEST_ASSETS"));
  WebApp app_{{*store_, clock_, assets_}};
};

TEST_F(WebAppTest, HomePageUsesTheLayoutAndFingerprintedAssets) {
  const http::Response home = Send("GET", "/");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("<title>Home – Children's front door</title>"), std::string::npos);
  EXPECT_NE(home.body.find("govuk-skip-link"), std::string::npos);
  EXPECT_NE(home.body.find("govuk-phase-banner"), std::string::npos);
  EXPECT_NE(home.body.find(assets_.Url("govuk-frontend.min.css")), std::string::npos);
  EXPECT_EQ(home.body.find("<script>"), std::string::npos) << "no inline scripts";
  EXPECT_EQ(home.Header("Cache-Control"), "no-store");
  EXPECT_NE(home.Header("Content-Security-Policy").find("script-src 'self'"), std::string::npos);
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

TEST_F(WebAppTest, FeedbackFormShowsEachErrorBesideItsFieldAndKeepsNothing) {
  const http::Response refused =
      Send("POST", "/feedback", "text=+++&page=%2F", "application/x-www-form-urlencoded");
  EXPECT_EQ(refused.status, 400);
  EXPECT_NE(refused.body.find("<title>Error: Give feedback"), std::string::npos);
  EXPECT_NE(refused.body.find("<a href=\"#text\">Enter your feedback</a>"), std::string::npos);
  EXPECT_NE(refused.body.find("id=\"text-error\""), std::string::npos);
  EXPECT_EQ(FeedbackCount(), 0);

  const http::Response sent = Send("POST", "/feedback", "text=%3Cb%3Ebold%3C%2Fb%3E&page=%2F");
  EXPECT_EQ(sent.status, 303);
  EXPECT_EQ(sent.Header("Location"), "/feedback/sent?page=/");
  EXPECT_EQ(FeedbackCount(), 1);
}

TEST_F(WebAppTest, TypedTextIsEscapedWhenShownAgain) {
  const http::Response refused = Send(
      "POST", "/feedback", "text=%3Cscript%3Ealert(1)%3C%2Fscript%3E" + std::string(2000, 'a'));
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.body.find("<script>alert(1)"), std::string::npos);
  EXPECT_NE(refused.body.find("&lt;script&gt;alert(1)"), std::string::npos);
}

TEST_F(WebAppTest, ApiRefusesBadBodiesWithoutWriting) {
  EXPECT_EQ(Send("POST", "/api/v1/feedback", "{\"text\":\"hi\"}", "text/plain").status, 415);
  EXPECT_EQ(Send("POST", "/api/v1/feedback", "{not json", "application/json").status, 400);
  const http::Response wrong_type =
      Send("POST", "/api/v1/feedback", "{\"text\":5}", "application/json");
  EXPECT_EQ(wrong_type.status, 422);
  EXPECT_EQ(nlohmann::json::parse(wrong_type.body)["errors"][0]["field"], "text");
  EXPECT_EQ(FeedbackCount(), 0);
  const http::Response created =
      Send("POST", "/api/v1/feedback", "{\"text\":\"hi\",\"page\":\"/\"}", "application/json");
  EXPECT_EQ(created.status, 201);
  const auto body = nlohmann::json::parse(created.body);
  EXPECT_EQ(body["received_at"], "2026-11-27T10:00:00.000Z");
  EXPECT_EQ(created.Header("Location"),
            "/api/v1/feedback/" + std::to_string(body["id"].get<int>()));
}

TEST_F(WebAppTest, EveryApiRouteIsDocumentedAndEveryDocumentedRouteIsServed) {
  const auto document = nlohmann::json::parse(Send("GET", "/api/v1/openapi.json").body);
  std::set<std::string> documented;
  for (const auto& [path, operations] : document.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      std::string upper = method;
      for (char& letter : upper) letter = char(std::toupper(letter));
      documented.insert(upper + " " + path);
    }
  }
  std::set<std::string> served;
  for (const Route& route : app_.Routes().Routes()) {
    if (route.pattern.starts_with("/api/")) served.insert(route.method + " " + route.pattern);
  }
  EXPECT_EQ(documented, served);
}

TEST_F(WebAppTest, HealthReportsTheDatabaseAndSchema) {
  const http::Response health = Send("GET", "/health");
  EXPECT_EQ(health.status, 200);
  const auto body = nlohmann::json::parse(health.body);
  EXPECT_EQ(body["status"], "ok");
  EXPECT_EQ(body["database"], "sqlite");
  EXPECT_EQ(body["schema_version"], store_->Schema().known);
}

}  // namespace
}  // namespace frontdoor::web
