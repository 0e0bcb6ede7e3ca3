// tests/web/router_test.cpp — route patterns, 404, and 405 with Allow.
#include "web/router.hpp"

#include <gtest/gtest.h>

namespace frontdoor::web {
namespace {

http::Response Named(std::string name) {
  http::Response response;
  response.body = std::move(name);
  return response;
}

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

TEST(Router, DispatchesAndNamesTheRoute) {
  Router router([](const http::Request&, int status) {
    http::Response response;
    response.status = status;
    return response;
  });
  router.Add("GET", "/people/{id}", [](const http::Request&, const PathParams& params) {
    return Named("person " + params.at("id"));
  });
  router.Add("POST", "/people/{id}",
             [](const http::Request&, const PathParams&) { return Named("saved"); });

  const http::Response found = router.Dispatch(Get("GET", "/people/7"));
  EXPECT_EQ(found.body, "person 7");
  EXPECT_EQ(found.route, "/people/{id}");

  EXPECT_EQ(router.Dispatch(Get("GET", "/nowhere")).status, 404);

  const http::Response wrong_method = router.Dispatch(Get("DELETE", "/people/7"));
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(wrong_method.Header("Allow"), "GET, HEAD, POST");
}

}  // namespace
}  // namespace frontdoor::web
