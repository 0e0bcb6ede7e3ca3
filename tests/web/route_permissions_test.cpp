// tests/web/route_permissions_test.cpp — every route against every role (and nobody): the
// permission table is what the service does.
#include <gtest/gtest.h>

#include "web/web_test_support.hpp"

namespace frontdoor::web {
namespace {

using domain::Role;

class RoutePermissionsTest : public ::testing::Test, public frontdoor::testing::WebFixture {};

// A concrete path for a route pattern: placeholders become "1".
std::string ConcretePath(const std::string& pattern) {
  std::string path;
  size_t at = 0;
  while (at < pattern.size()) {
    if (pattern[at] == '{') {
      path += "1";
      at = pattern.find('}', at) + 1;
    } else {
      path += pattern[at++];
    }
  }
  return path;
}

TEST_F(RoutePermissionsTest, EveryRouteAnswersEveryRoleAsTheTableSays) {
  std::map<Role, frontdoor::testing::Browser> browsers;
  std::map<Role, std::string> tokens;
  for (const auto& [role, code, name] : domain::kRoles.All()) {
    browsers[role] = SignInAs(role);
    tokens[role] = TokenFor(role);
  }
  int checked = 0;
  for (const Route& route : app_.Routes().Routes()) {
    if (route.pattern == "/sign-out") continue;  // would end the session the rest of the walk uses
    const std::string path = ConcretePath(route.pattern);
    const bool api = path.starts_with("/api/");
    // Public routes are checked below, without anyone signed in.
    std::vector<Role> roles;
    if (!domain::IsPublic(route.action))
      for (const auto& entry : domain::kRoles.All()) roles.push_back(entry.kind);
    for (Role role : roles) {
      const std::string body = api ? "{}" : "csrf_token=" + browsers[role].csrf_token;
      const http::Response response =
          api ? Send(route.method, path, body, nullptr, tokens[role], "application/json")
              : Send(route.method, path, body, &browsers[role]);
      const bool allowed = domain::IsAllowed(role, route.action);
      SCOPED_TRACE(route.method + " " + route.pattern + " as " +
                   std::string(domain::kRoles.Code(role)));
      if (allowed) {
        EXPECT_NE(response.status, 403);
        EXPECT_NE(response.status, 401);
        EXPECT_FALSE(std::string(response.Header("Location")).starts_with("/sign-in"));
      } else {
        EXPECT_EQ(response.status, 403);
      }
      ++checked;
    }
    // Nobody signed in: public routes answer; others refuse.
    const http::Response anonymous =
        Send(route.method, path, api ? "{}" : "", nullptr, "",
             api ? "application/json" : "application/x-www-form-urlencoded");
    if (domain::IsPublic(route.action)) {
      EXPECT_NE(anonymous.status, 401) << route.pattern;
      EXPECT_FALSE(std::string(anonymous.Header("Location")).starts_with("/sign-in"))
          << route.pattern;
    } else if (api) {
      EXPECT_EQ(anonymous.status, 401) << route.pattern;
    } else {
      EXPECT_EQ(anonymous.status, 303) << route.pattern;
      EXPECT_TRUE(std::string(anonymous.Header("Location")).starts_with("/sign-in"))
          << route.pattern;
    }
  }
  EXPECT_GE(checked, 6 * 10);
}

TEST_F(RoutePermissionsTest, ARefusalIsWrittenToTheAccessAudit) {
  const auto partner = SignInAs(Role::kPartner);
  EXPECT_EQ(Send("GET", "/admin/users", "", &partner).status, 403);
  const auto entry = RecentAudit().front();
  EXPECT_EQ(entry.username, "test.partner");
  EXPECT_EQ(entry.action, "manage_users");
  EXPECT_EQ(entry.outcome, domain::AuditOutcome::kRefused);
  EXPECT_EQ(entry.client_address, "192.0.2.10");
  // A refused journey names the record it was for; text in the path is never taken for one.
  EXPECT_EQ(Send("GET", "/people/5/journey", "", &partner).status, 403);
  EXPECT_EQ(RecentAudit().front().record_ids, "person:5");
  EXPECT_EQ(Send("GET", "/contacts/12/children/4/steps", "", &partner).status, 403);
  EXPECT_EQ(RecentAudit().front().record_ids, "contact:12 person:4");
  // A path whose id is not a record's number is served by nothing, so it names no record.
  const auto newest = RecentAudit().front().sequence;
  EXPECT_EQ(Send("GET", "/people/5%20contact:9/journey", "", &partner).status, 404);
  EXPECT_EQ(RecentAudit().front().sequence, newest);
  EXPECT_EQ(Send("GET", "/people/007/journey", "", &partner).status, 403);
  EXPECT_EQ(RecentAudit().front().record_ids, "person:7");  // as the record is named elsewhere
}

}  // namespace
}  // namespace frontdoor::web
