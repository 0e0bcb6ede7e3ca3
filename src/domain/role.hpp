// src/domain/role.hpp — the roles a person can hold in frontdoor.
#pragma once

#include "domain/code_list.hpp"

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

//! Every role: its code, as typed on the command line and stored ("practitioner"), and its
//! name for screens ("Practitioner").
inline constexpr CodeList<Role, 6> kRoles{{{
    {Role::kPractitioner, "practitioner", "Practitioner"},
    {Role::kManager, "manager", "Manager"},
    {Role::kAuditor, "auditor", "Auditor"},
    {Role::kPartner, "partner", "Partner agency"},
    {Role::kPerformance, "performance", "Performance officer"},
    {Role::kAdmin, "admin", "Administrator"},
}}};

}  // namespace frontdoor::domain
