// src/service/dashboard_service.cpp — keeping the dashboard's figures by day up to date, and
// reading a period's.
#include "service/dashboard_service.hpp"

#include <set>

#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"

namespace frontdoor::service {

namespace {

// More changes than this waiting: count everything again rather than trace each one.
constexpr std::size_t kMostChangesTraced = 100000;
// Days counted in one transaction, so a cold year does not hold other writers back for long.
constexpr int kDaysATransaction = 31;

// Forgets the days the changes noted touch, and drops those changes (only those read: one noted
// after the read stays for the next count, so a write is never missed).
void TakeChanges(store::Records& records) {
  const auto changes = records.dashboard.Changes();
  if (changes.empty()) return;
  std::vector<std::int64_t> ids;
  std::vector<std::int64_t> contacts;
  bool everything = changes.size() > kMostChangesTraced;
  for (const auto& change : changes) {
    ids.push_back(change.id);
    if (change.contact_id)
      contacts.push_back(*change.contact_id);
    else
      everything = true;
  }
  if (everything) {
    records.dashboard.ForgetAll();
  } else {
    std::set<domain::Date> days;
    for (const auto received_at : records.dashboard.ReceivedAround(contacts))
      days.insert(domain::UkDate(received_at));
    records.dashboard.Forget({days.begin(), days.end()});
  }
  records.dashboard.DropChanges(ids);
}

domain::Date NextDay(const domain::Date& day) {
  return domain::Date(std::chrono::sys_days(day) + std::chrono::days(1));
}

}  // namespace

void NoteFiguresChanged(store::Records& records, std::int64_t contact_id) {
  records.dashboard.Changed(contact_id);
}

int DashboardService::BringUpToDate(const domain::Date& first, const domain::Date& last) {
  store_.Write([&](store::Records& records) {
    records.dashboard.HoldCounting();
    TakeChanges(records);
  });
  int counted = 0;
  for (domain::Date start = first; start <= last;) {
    domain::Date end = start;
    for (int i = 1; i < kDaysATransaction && NextDay(end) <= last; ++i) end = NextDay(end);
    store_.Write([&](store::Records& records) {
      records.dashboard.HoldCounting();
      const auto done = records.dashboard.CountedDays(start, end);
      std::vector<domain::Date> days;
      for (auto day = start; day <= end; day = NextDay(day))
        if (!done.count(day)) days.push_back(day);
      if (days.empty()) return;
      // One read over the days from the first not counted to the last.
      const auto period = domain::UkDaysFrom(days.front(), days.back());
      std::vector<domain::DayCount> counts;
      const std::set<domain::Date> wanted(days.begin(), days.end());
      for (auto& count :
           domain::CountByDay(records.dashboard.OutcomesReceived(period.from, period.before),
                              rules_.settings, rules_.calendar))
        if (wanted.count(count.day)) counts.push_back(std::move(count));
      records.dashboard.Keep(days, counts, clock_.Now());
      counted += static_cast<int>(days.size());
    });
    start = NextDay(end);
  }
  return counted;
}

Result<DashboardView> DashboardService::Show(const Identity& by, const DashboardAsk& ask) {
  const auto today = domain::UkDate(clock_.Now());
  auto errors = domain::ValidateDashboardPeriod(ask.from, ask.to, today);
  if (ask.team != domain::kEveryTeam && !ask.team.empty() && !rules_.settings.FindTeam(ask.team))
    errors.push_back({"team", "Choose a team from the list"});
  if (!errors.empty()) return Invalid{std::move(errors)};

  DashboardView view;
  view.from = *ask.from;
  view.to = *ask.to;
  std::tie(view.previous_from, view.previous_to) = domain::PreviousPeriod(view.from, view.to);
  view.team = ask.team;
  view.days_counted = BringUpToDate(view.previous_from, view.to);
  return store_.WriteResult([&](store::Records& records) -> Result<DashboardView> {
    view.now = records.dashboard.Totals(view.team, view.from, view.to);
    view.before = records.dashboard.Totals(view.team, view.previous_from, view.previous_to);
    const auto now = domain::UkDaysFrom(view.from, view.to);
    const auto before = domain::UkDaysFrom(view.previous_from, view.previous_to);
    domain::AddGrades(records.dashboard.GradesReceived(now.from, now.before), view.team, view.now);
    domain::AddGrades(records.dashboard.GradesReceived(before.from, before.before), view.team,
                      view.before);
    AuditAllowed(records, by, clock_.Now(), domain::Action::kViewDashboard, "",
                 "dashboard " + domain::FormatDate(view.from) + " to " +
                     domain::FormatDate(view.to) + ", team " + view.team);
    return view;
  });
}

}  // namespace frontdoor::service
