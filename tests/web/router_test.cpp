// tests/web/router_test.cpp — route patterns, 404, and 405 with Allow.
#include "web/router.hpp"

#include <gtest/gtest.h>

namespace frontdoor::web {
namespace {

http::Request Get(std::string method, std::string path) {
  http::Request request;
  request.method = std::move(method);
  request.path = std::move(path);
  return request;
}

TEST(MatchPattern, MatchesLiteralAndPlaceholderSegments) {
  PathParams params;
  EXPECT_TRUE(MatchPattern("/", "/", params));
  EXPECT_TRUE(MatchPattern("/people/{id}/journey", "/people/42/journey", params));
  EXPECT_EQ(params.at("id"), "42");
  params.clear();
  EXPECT_FALSE(MatchPattern("/people/{id}", "/people/", params));
  EXPECT_FALSE(MatchPattern("/people/{id}", "/people/4/journey", params));
  EXPECT_FALSE(MatchPattern("/people", "/peoples", params));
}

TEST(MatchPattern, DecodesPlaceholdersAndTakesTheRestWithAStar) {
  PathParams params;
  EXPECT_TRUE(MatchPattern("/assets/{file*}", "/assets/fonts/bold%20x.woff2", params));
  EXPECT_EQ(params.at("file"), "fonts/bold x.woff2");
  params.clear();
  EXPECT_FALSE(MatchPattern("/assets/{file*}", "/assets/", params));
  EXPECT_FALSE(MatchPattern("/people/{id}", "/people/%zz", params));
}

TEST(Router, MatchesRoutesAndListsAllowedMethods) {
  Router router;
  router.Add("GET", "/people/{id}", domain::Action::kViewPersonRecord,
             [](const RequestContext&) { return http::Response(); });
  router.Add("POST", "/people/{id}", domain::Action::kViewPersonRecord,
             [](const RequestContext&) { return http::Response(); });

  const RouteMatch found = router.Match(Get("GET", "/people/7"));
  ASSERT_NE(found.route, nullptr);
  EXPECT_EQ(found.route->pattern, "/people/{id}");
  EXPECT_EQ(found.route->action, domain::Action::kViewPersonRecord);
  EXPECT_EQ(found.params.at("id"), "7");

  const RouteMatch nowhere = router.Match(Get("GET", "/nowhere"));
  EXPECT_EQ(nowhere.route, nullptr);
  EXPECT_EQ(nowhere.allowed, "");

  const RouteMatch wrong_method = router.Match(Get("DELETE", "/people/7"));
  EXPECT_EQ(wrong_method.route, nullptr);
  EXPECT_EQ(wrong_method.allowed, "GET, HEAD, POST");
}

}  // namespace
}  // namespace frontdoor::web
