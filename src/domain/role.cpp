// src/domain/role.cpp — role codes and names.
#include "domain/role.hpp"

namespace frontdoor::domain {

namespace {

struct RoleText {
  Role role;
  std::string_view code;
  std::string_view name;
};

constexpr RoleText kRoles[] = {
    {Role::kPractitioner, "practitioner", "Practitioner"},
    {Role::kManager, "manager", "Manager"},
    {Role::kAuditor, "auditor", "Auditor"},
    {Role::kPartner, "partner", "Partner agency"},
    {Role::kPerformance, "performance", "Performance officer"},
    {Role::kAdmin, "admin", "Administrator"},
};

}  // namespace

std::string_view RoleCode(Role role) {
  return kRoles[int(role)].code;
}

std::string_view RoleName(Role role) {
  return kRoles[int(role)].name;
}

std::optional<Role> ParseRole(std::string_view code) {
  for (const RoleText& text : kRoles) {
    if (text.code == code) return text.role;
  }
  return std::nullopt;
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> roles = [] {
    std::vector<Role> all;
    for (const RoleText& text : kRoles) all.push_back(text.role);
    return all;
  }();
  return roles;
}

}  // namespace frontdoor::domain
