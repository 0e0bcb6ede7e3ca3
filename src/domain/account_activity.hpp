// src/domain/account_activity.hpp — what a person is shown of what happened to their own account:
// tries to sign in that failed, and changes to its password, two-step verification, API tokens
// and standing, so someone guessing their password or changing it is noticed by the person it
// concerns (ASVS 2.2.3, without email).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access_audit.hpp"

namespace frontdoor::domain {

//! The access audit's words for the routine parts of two-step verification, which the account's
//! holder is not shown: a code accepted at each sign-in, and a set-up begun.
inline constexpr std::string_view kTwoStepCodeAccepted = "code accepted";
inline constexpr std::string_view kTwoStepSetUpStarted = "set-up started";

//! One thing that happened to an account, as its holder sees it.
struct AccountEvent {
  Timestamp at;
  std::string what;  //!< "Sign-in refused: wrong password", "Password: own password changed; …"
  std::string by;    //!< the username of whoever did it when not the holder ("" when the holder,
                     //!< or nobody signed in)
};

//! Of `entries` (the access audit's entries naming the account, newest first), the newest `limit`
//! its holder `username` is shown: refused sign-ins and two-step codes, any change to the
//! password, two-step verification set up, reset or passed with a recovery code, and what an
//! administrator changed (role, standing, API tokens). Sign-ins that worked, pages seen and
//! signing out are left out: "Where you are signed in" shows the sessions.
std::vector<AccountEvent> AccountEvents(const std::vector<AuditEntry>& entries,
                                        const std::string& username, std::size_t limit);

}  // namespace frontdoor::domain
