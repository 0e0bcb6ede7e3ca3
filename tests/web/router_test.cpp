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

TEST(MatchPattern, AnIdIsOnlyAPositiveWholeNumber) {
  PathParams params;
  EXPECT_TRUE(MatchPattern("/people/{id}", "/people/12", params));
  for (const char* path : {"/people/search", "/people/0", "/people/-3", "/people/1.5",
                           "/people/99999999999999999999", "/people/%31x"}) {
    params.clear();
    EXPECT_FALSE(MatchPattern("/people/{id}", path, params)) << path;
  }
  params.clear();
  EXPECT_TRUE(MatchPattern("/users/{username}", "/users/demo.manager", params));
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

TEST(Router, AWordBesideARecordsNumberIsNotTakenForOne) {
  Router router;
  router.Add("GET", "/api/v1/people/{id}", domain::Action::kViewPersonRecord,
             [](const RequestContext&) { return http::Response(); });
  router.Add("PUT", "/api/v1/people/{id}", domain::Action::kCorrectRecord,
             [](const RequestContext&) { return http::Response(); });
  router.Add("POST", "/api/v1/people/search", domain::Action::kSearchPeople,
             [](const RequestContext&) { return http::Response(); });

  // Only POST serves the search's address; GET is refused with 405, not taken for person
  // "search" and answered 404.
  const RouteMatch search = router.Match(Get("GET", "/api/v1/people/search"));
  EXPECT_EQ(search.route, nullptr);
  EXPECT_EQ(search.allowed, "POST");
  EXPECT_EQ(router.Match(Get("DELETE", "/api/v1/people/search")).allowed, "POST");
  EXPECT_EQ(router.Match(Get("DELETE", "/api/v1/people/5")).allowed, "GET, HEAD, PUT");
  // A number that names no record is served by nothing.
  EXPECT_EQ(router.Match(Get("GET", "/api/v1/people/0")).allowed, "");
}

}  // namespace
}  // namespace frontdoor::web
