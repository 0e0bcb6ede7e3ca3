// src/domain/re_referral.hpp — the Department for Education's re-referral: a referral within 12
// months of a previous one; and a referral still open.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/person.hpp"

namespace frontdoor::domain {

//! The same day `months` months earlier; the last day of the month when that day does not exist
//! (12 months before 28 February 2025 is 28 February 2024; before 31 March, 29 February in a leap
//! year).
Date MonthsBefore(const Date& date, int months);

//! The latest previous referral that makes a referral on `referral_date` a re-referral, if any:
//! one dated on or after the same day 12 months earlier, and before `referral_date` itself.
//! (Exactly 12 months counts as within 12 months.)
std::optional<Date> PreviousReferralWithinYear(const std::vector<Date>& previous_referrals,
                                               const Date& referral_date);

//! True when a referral on `referral_date` is a re-referral.
inline bool IsReReferral(const std::vector<Date>& previous_referrals, const Date& referral_date) {
  return PreviousReferralWithinYear(previous_referrals, referral_date).has_value();
}

//! How many of `dates` fall in the 12 months up to and including `day` (from the same day 12
//! months earlier, the re-referral window): Annex A's counts "in the last 12 months", by which a
//! referral counted twice or more is a re-referral.
int CountInYearTo(const std::vector<Date>& dates, const Date& day);

//! The date of a child's latest referral still open on `today`, if any. `referrals` are the
//! child's referrals (the contact and its referral date) and `steps` their case steps: a referral
//! stays open, as the census counts it, until a case closure is recorded for it on or before
//! `today`.
std::optional<Date> OpenReferralSince(const std::vector<std::pair<std::int64_t, Date>>& referrals,
                                      const std::vector<CaseStep>& steps, const Date& today);

}  // namespace frontdoor::domain
