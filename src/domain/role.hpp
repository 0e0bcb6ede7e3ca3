// src/domain/role.hpp — the roles a person can hold in frontdoor.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace frontdoor::domain {

//! What a person does at the front door; decides what they may see and do.
enum class Role {
  kPractitioner,  //!< "practitioner": social worker or MASH officer
  kManager,       //!< "manager": team manager who makes oversight decisions
  kAuditor,       //!< "auditor": dip samples and peer audits, reads the access audit
  kPartner,       //!< "partner": a partner agency's staff, tied to one agency
  kPerformance,   //!< "performance": statutory returns and figures
  kAdmin,         //!< "admin": accounts and configuration, not case records
};

//! The role's code, as typed on the command line and stored ("practitioner").
std::string_view RoleCode(Role role);
//! The role's name for screens ("Practitioner").
std::string_view RoleName(Role role);
//! The role with this code, if any.
std::optional<Role> ParseRole(std::string_view code);
//! Every role, in the order above.
const std::vector<Role>& AllRoles();

}  // namespace frontdoor::domain
