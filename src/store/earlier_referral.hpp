// src/store/earlier_referral.hpp — the SQL for a child's latest referral before this one, written
// once for every statement that applies the re-referral rule (the domain applies the rule).
#pragma once

namespace frontdoor::store {

//! A subquery over child decision `cd` on contact `c`: the child's latest referral dated before
//! `c`'s referral date (NULL when none).
inline constexpr const char* kEarlierReferralDate =
    "(SELECT MAX(c2.referral_date) FROM child_decisions cd2 JOIN contacts c2 ON c2.id = "
    "cd2.contact_id WHERE cd2.person_id = cd.person_id AND cd2.referred = TRUE AND "
    "c2.referral_date < c.referral_date)";

}  // namespace frontdoor::store
