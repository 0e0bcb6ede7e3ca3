// src/domain/account_rules.hpp — what a valid account looks like (username form, the agency rule
// for partners), and whose account may be given work.
#pragma once

#include <string_view>
#include <vector>

#include "domain/account.hpp"
#include "domain/codes.hpp"
#include "domain/validation.hpp"

namespace frontdoor::domain {

//! Usernames: 3 to 64 characters of lower-case letters, digits, dots, hyphens and underscores.
FieldErrors ValidateUsername(std::string_view username);
//! The full name and job title of the person who holds an account: both needed, ordinary text of
//! at most 100 characters each.
FieldErrors ValidateNameAndJobTitle(const std::string& full_name, const std::string& job_title);
//! A partner names the agency they work for; nobody else has one.
FieldErrors ValidateAgency(Role role, std::string_view agency);

//! True when `user` may be allocated children's assessments: a practitioner or a manager whose
//! account is in use.
bool MayBeAllocatedWork(const User& user);

//! True when changing `before` into `after` leaves no administrator whose account is in use,
//! where there was one: `others` are the other accounts as they are. Without one, no one could
//! manage accounts from the pages.
bool LeavesNoAdministrator(const std::vector<User>& others, const User& before, const User& after);

}  // namespace frontdoor::domain
