// src/service/dashboard_service.hpp — the dashboard's use cases: bring the figures kept by day up
// to date with the changes noted since, and show a period's figures beside the period before it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/clock.hpp"
#include "domain/dashboard.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/records.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What the dashboard is asked for: a period of UK days and a team (domain::kEveryTeam: all; ""
//! children not allocated).
struct DashboardAsk {
  std::optional<domain::Date> from;
  std::optional<domain::Date> to;
  std::string team{domain::kEveryTeam};
};

//! A period's figures and the period before it.
struct DashboardView {
  domain::Date from;
  domain::Date to;
  domain::Date previous_from;
  domain::Date previous_to;
  std::string team;
  domain::FigureTotals now;
  domain::FigureTotals before;
  int days_counted = 0;  //!< days whose figures this request had to count
};

class DashboardService {
 public:
  DashboardService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! The figures of a period and team, and of the period before. Refused (Invalid) for a period
  //! that is not real, longer than a year or ends after today, or a team not configured.
  Result<DashboardView> Show(const Identity& by, const DashboardAsk& ask);
  //! Brings the figures of `first` to `last` up to date: forgets the days the changes noted since
  //! touched, then counts the days not counted, a month at a time (each month read without
  //! holding writers back, then kept in a short write), while `keep_going` (when given) says so.
  //! Answers how many days it counted.
  int BringUpToDate(const domain::Date& first, const domain::Date& last,
                    const std::function<bool()>& keep_going = {});
  //! BringUpToDate for the two years to today, so the first view of a year (and the year before
  //! it) finds them counted: `frontdoor serve` runs it in the background as it starts.
  int CountAhead(const std::function<bool()>& keep_going);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
