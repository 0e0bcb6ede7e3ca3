// tests/domain/permissions_test.cpp — the permission table: deny by default, and the choices a
// security officer will check.
#include "domain/permissions.hpp"

#include <gtest/gtest.h>

#include <set>

namespace frontdoor::domain {
namespace {

TEST(Permissions, EveryActionHasACodeAndPublicIsOpenToAll) {
  for (Action action : AllActions()) EXPECT_NE(ActionCode(action), "unknown");
  for (const auto& [role, code, name] : kRoles.All()) EXPECT_TRUE(IsAllowed(role, Action::kPublic));
}

TEST(Permissions, EveryActionHasWordsOfItsOwnForTheAccessAudit) {
  std::set<std::string_view> seen;
  for (Action action : AllActions()) {
    EXPECT_NE(ActionWords(action), "Unknown") << ActionCode(action);
    EXPECT_TRUE(seen.insert(ActionWords(action)).second) << ActionWords(action);
  }
  EXPECT_EQ(ActionWords(Action::kViewPersonRecord), "Open a person's record");
}

TEST(Permissions, AdministratorsRunAccountsButDoNotReadCaseRecords) {
  EXPECT_TRUE(IsAllowed(Role::kAdmin, Action::kManageUsers));
  EXPECT_FALSE(IsAllowed(Role::kAdmin, Action::kViewPersonRecord));
  EXPECT_FALSE(IsAllowed(Role::kAdmin, Action::kViewAccessAudit));
}

TEST(Permissions, OnlyAuditorsReadTheAccessAuditAndOnlyManagersBreakGlass) {
  for (const auto& [role, code, name] : kRoles.All()) {
    EXPECT_EQ(IsAllowed(role, Action::kViewAccessAudit), role == Role::kAuditor)
        << kRoles.Code(role);
    EXPECT_EQ(IsAllowed(role, Action::kBreakGlass), role == Role::kManager) << kRoles.Code(role);
  }
}

TEST(Permissions, PartnersAndPerformanceOfficersDoNotOpenPersonRecords) {
  EXPECT_FALSE(IsAllowed(Role::kPartner, Action::kViewPersonRecord));
  EXPECT_FALSE(IsAllowed(Role::kPerformance, Action::kViewPersonRecord));
  EXPECT_TRUE(IsAllowed(Role::kPractitioner, Action::kViewPersonRecord));
}

TEST(Permissions, UnknownActionsAreDenied) {
  EXPECT_FALSE(IsAllowed(Role::kAdmin, static_cast<Action>(999)));
}

TEST(Roles, CodesRoundTrip) {
  for (const auto& [role, code, name] : kRoles.All())
    EXPECT_EQ(kRoles.Parse(kRoles.Code(role)), role);
  EXPECT_FALSE(kRoles.Parse("superuser"));
}

}  // namespace
}  // namespace frontdoor::domain
