// src/store/dashboard_records.hpp — the dashboard's figures kept by day and team, the changes that
// make a day's figures out of date, and what the figures are counted from.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/dashboard.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! A change noted since the figures were last brought up to date.
struct FigureChange {
  std::int64_t id = 0;
  std::optional<std::int64_t> contact_id;  //!< nullopt: anything may have changed
};

//! The dashboard's figures and the changes waiting to be taken into them.
class DashboardRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Notes that something about `contact_id` changed: its day, and the days of its children's
  //! later contacts, may count differently. Every write about a contact, its decision, allocation
  //! or steps calls this in its own transaction.
  void Changed(std::int64_t contact_id);
  //! Notes that anything may have changed (an import, a generated load).
  void EverythingChanged();

  //! Holds the counting to this transaction: one count at a time (PostgreSQL; SQLite has one
  //! writer anyway).
  void HoldCounting();
  //! The changes noted, oldest first.
  std::vector<FigureChange> Changes();
  //! Drops the changes taken into account.
  void DropChanges(const std::vector<std::int64_t>& ids);
  //! When the contacts `contact_ids` came in, and every later contact about one of their children
  //! (whose referral a change to an earlier one can make a re-referral or not).
  std::vector<domain::Timestamp> ReceivedAround(const std::vector<std::int64_t>& contact_ids);

  //! The days from `first` to `last` whose figures are counted.
  std::set<domain::Date> CountedDays(const domain::Date& first, const domain::Date& last);
  //! Forgets the figures of `days` (they will be counted again).
  void Forget(const std::vector<domain::Date>& days);
  //! Forgets every day's figures.
  void ForgetAll();
  //! Keeps `days` as counted at `now` with their figures.
  void Keep(const std::vector<domain::Date>& days, const std::vector<domain::DayCount>& counts,
            domain::Timestamp now);

  //! What became of each child on each contact that came in from `from` until `before`.
  std::vector<domain::ContactOutcome> OutcomesReceived(domain::Timestamp from,
                                                       domain::Timestamp before);
  //! The settled case audits of contacts that came in from `from` until `before`.
  std::vector<domain::SettledGrade> GradesReceived(domain::Timestamp from,
                                                   domain::Timestamp before);
  //! The totals of `team`'s figures (domain::kEveryTeam: all) from `first` to `last`.
  domain::FigureTotals Totals(const std::string& team, const domain::Date& first,
                              const domain::Date& last);
};

}  // namespace frontdoor::store
