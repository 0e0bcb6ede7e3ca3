// src/service/dashboard_service.cpp — keeping the dashboard's figures by day up to date, and
// reading a period's.
#include "service/dashboard_service.hpp"

#include <algorithm>
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

// The figures of `days` (in order), counted from the records: one read for each run of days in a
// row, so days far apart never read the months between them.
std::vector<domain::DayCount> CountDays(store::Records& records,
                                        const std::vector<domain::Date>& days,
                                        const DecisionRules& rules) {
  std::vector<domain::DayCount> counts;
  for (std::size_t first = 0; first < days.size();) {
    std::size_t last = first;
    while (last + 1 < days.size() && days[last + 1] == NextDay(days[last])) ++last;
    const auto period = domain::UkDaysFrom(days[first], days[last]);
    for (auto& count :
         domain::CountByDay(records.dashboard.OutcomesReceived(period.from, period.before),
                            rules.settings, rules.calendar))
      if (count.day >= days[first] && count.day <= days[last]) counts.push_back(std::move(count));
    first = last + 1;
  }
  return counts;
}

}  // namespace

int DashboardService::BringUpToDate(const domain::Date& first, const domain::Date& last,
                                    const std::function<bool()>& keep_going) {
  store_.Write([&](store::Records& records) {
    records.dashboard.HoldCounting();
    TakeChanges(records);
  });
  int counted = 0;
  for (domain::Date start = first; start <= last;) {
    if (keep_going && !keep_going()) break;
    domain::Date end = start;
    for (int i = 1; i < kDaysATransaction && NextDay(end) <= last; ++i) end = NextDay(end);
    const auto not_counted = [&](store::Records& records) {
      const auto done = records.dashboard.CountedDays(start, end);
      std::vector<domain::Date> days;
      for (auto day = start; day <= end; day = NextDay(day))
        if (!done.count(day)) days.push_back(day);
      return days;
    };
    // Counted from a read, which holds no writer back; kept in a short write.
    std::vector<domain::Date> days;
    std::set<std::int64_t> changes_seen;
    std::vector<domain::DayCount> counts;
    store_.Read([&](store::Records& records) {
      days = not_counted(records);
      if (days.empty()) return;
      for (const auto& change : records.dashboard.Changes()) changes_seen.insert(change.id);
      counts = CountDays(records, days, rules_);
    });
    if (!days.empty()) {
      store_.Write([&](store::Records& records) {
        records.dashboard.HoldCounting();
        days = not_counted(records);  // another count may have kept some meanwhile
        if (days.empty()) return;
        // A write noted since the read may have changed what it read: count again, here.
        const auto changes = records.dashboard.Changes();
        if (std::any_of(changes.begin(), changes.end(),
                        [&](const auto& change) { return !changes_seen.count(change.id); }))
          counts = CountDays(records, days, rules_);
        const std::set<domain::Date> kept(days.begin(), days.end());
        std::erase_if(counts, [&](const auto& count) { return !kept.count(count.day); });
        records.dashboard.Keep(days, counts, clock_.Now());
        counted += static_cast<int>(days.size());
      });
    }
    start = NextDay(end);
  }
  return counted;
}

int DashboardService::CountAhead(const std::function<bool()>& keep_going) {
  const auto today = domain::UkDate(clock_.Now());
  auto two_years_ago = today - std::chrono::years(2);
  if (!two_years_ago.ok()) two_years_ago = two_years_ago.year() / two_years_ago.month() / 28;
  return BringUpToDate(NextDay(two_years_ago), today, keep_going);
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
    // Another count may have forgotten days since (after a write about one of their contacts):
    // those are counted here, holding the counting, so the totals never miss a day.
    records.dashboard.HoldCounting();
    const auto done = records.dashboard.CountedDays(view.previous_from, view.to);
    std::vector<domain::Date> missing;
    for (auto day = view.previous_from; day <= view.to; day = NextDay(day))
      if (!done.count(day)) missing.push_back(day);
    if (!missing.empty()) {
      records.dashboard.Keep(missing, CountDays(records, missing, rules_), clock_.Now());
      view.days_counted += static_cast<int>(missing.size());
    }
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
