// src/domain/re_referral.cpp — calendar months, the 12-month re-referral window, open referrals.
#include "domain/re_referral.hpp"

#include <algorithm>

namespace frontdoor::domain {

Date MonthsBefore(const Date& date, int months) {
  const std::chrono::year_month month = date.year() / date.month() - std::chrono::months{months};
  const std::chrono::day last = (month / std::chrono::last).day();
  return month / (date.day() > last ? last : date.day());
}

std::optional<Date> PreviousReferralWithinYear(const std::vector<Date>& previous_referrals,
                                               const Date& referral_date) {
  const std::chrono::sys_days from{MonthsBefore(referral_date, 12)};
  const std::chrono::sys_days until{referral_date};
  std::optional<Date> latest;
  for (const Date& previous : previous_referrals) {
    const std::chrono::sys_days day{previous};
    if (day >= from && day < until && (!latest || day > std::chrono::sys_days{*latest}))
      latest = previous;
  }
  return latest;
}

int CountInYearTo(const std::vector<Date>& dates, const Date& day) {
  const std::chrono::sys_days from{MonthsBefore(day, 12)};
  const std::chrono::sys_days until{day};
  int count = 0;
  for (const Date& date : dates) {
    const std::chrono::sys_days one{date};
    if (one >= from && one <= until) ++count;
  }
  return count;
}

std::optional<Date> OpenReferralSince(const std::vector<std::pair<std::int64_t, Date>>& referrals,
                                      const std::vector<CaseStep>& steps, const Date& today) {
  std::optional<Date> latest;
  for (const auto& referral : referrals) {
    // Not a structured binding: clang 14 (the fuzzing build) cannot capture one in a lambda.
    const std::int64_t contact_id = referral.first;
    const Date& referred = referral.second;
    if (referred > today) continue;
    const bool closed = std::any_of(steps.begin(), steps.end(), [&](const CaseStep& step) {
      return step.contact_id == contact_id && step.kind == CaseStepKind::kClosure &&
             step.date <= today;
    });
    if (!closed && (!latest || referred > *latest)) latest = referred;
  }
  return latest;
}

}  // namespace frontdoor::domain
