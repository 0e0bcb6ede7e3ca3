// src/domain/account_rules.hpp — what a valid account looks like: username form, and the agency
// rule for partners.
#pragma once

#include <string_view>

#include "domain/role.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! Usernames: 3 to 64 characters of lower-case letters, digits, dots, hyphens and underscores.
FieldErrors ValidateUsername(std::string_view username);
//! A partner names the agency they work for; nobody else has one.
FieldErrors ValidateAgency(Role role, std::string_view agency);

}  // namespace frontdoor::domain
