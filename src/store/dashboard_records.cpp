// src/store/dashboard_records.cpp — the dashboard's figures, changes and outcomes: statements and
// row mappers, for both databases.
#include "store/dashboard_records.hpp"

#include "store/earlier_referral.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

constexpr std::int64_t kDashboardCountingLockKey = 7243003;

const std::vector<std::string_view> kFigureColumns = ColumnList("team, day, figure, amount");

}  // namespace

void DashboardRecords::Changed(std::int64_t contact_id) {
  sql_.Execute("INSERT INTO dashboard_changes (contact_id) VALUES (?)", {contact_id});
}

void DashboardRecords::EverythingChanged() {
  sql_.Execute("INSERT INTO dashboard_changes (contact_id) VALUES (NULL)");
}

void DashboardRecords::HoldCounting() {
  sql_.HoldLock(kDashboardCountingLockKey);
}

std::vector<FigureChange> DashboardRecords::Changes() {
  return sql_.All("SELECT id, contact_id FROM dashboard_changes ORDER BY id", {},
                  [](const SqlRow& row) {
                    FigureChange change;
                    row.Read(0, change.id, change.contact_id);
                    return change;
                  });
}

void DashboardRecords::DropChanges(const std::vector<std::int64_t>& ids) {
  if (!ids.empty())
    sql_.Execute("DELETE FROM dashboard_changes WHERE " + sql_.InIds("id"), {IdList{ids}});
}

std::vector<domain::Timestamp> DashboardRecords::ReceivedAround(
    const std::vector<std::int64_t>& contact_ids) {
  if (contact_ids.empty()) return {};
  // Each child's later contacts are found once, after the earliest changed contact about them:
  // joining every changed contact to every later one grew with the square of a family's contacts.
  return sql_.All(
      "SELECT c.received_at FROM contacts c WHERE " + sql_.InIds("c.id") +
          " UNION SELECT later.received_at FROM (SELECT here.person_id, MIN(own.received_at) AS "
          "first_at FROM contacts own JOIN contact_people here ON here.contact_id = own.id AND "
          "here.role = 'child' WHERE " +
          sql_.InIds("own.id") +
          " GROUP BY here.person_id) changed JOIN contact_people other ON other.person_id = "
          "changed.person_id AND other.role = 'child' JOIN contacts later ON later.id = "
          "other.contact_id AND later.received_at > changed.first_at",
      {IdList{contact_ids}, IdList{contact_ids}}, [](const SqlRow& row) { return row.Time(0); });
}

std::set<domain::Date> DashboardRecords::CountedDays(const domain::Date& first,
                                                     const domain::Date& last) {
  std::set<domain::Date> days;
  sql_.Each("SELECT day FROM dashboard_days WHERE day >= ? AND day <= ?", {first, last},
            [&](const SqlRow& row) { days.insert(row.Date(0)); });
  return days;
}

void DashboardRecords::Forget(const std::vector<domain::Date>& days) {
  for (const auto& day : days) {
    sql_.Execute("DELETE FROM dashboard_figures WHERE day = ?", {day});
    sql_.Execute("DELETE FROM dashboard_days WHERE day = ?", {day});
  }
}

void DashboardRecords::ForgetAll() {
  sql_.Execute("DELETE FROM dashboard_figures");
  sql_.Execute("DELETE FROM dashboard_days");
}

void DashboardRecords::Keep(const std::vector<domain::Date>& days,
                            const std::vector<domain::DayCount>& counts, domain::Timestamp now) {
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& day : days) rows.push_back({day, now});
  sql_.BulkInsert("dashboard_days", ColumnList("day, counted_at"), rows);
  rows.clear();
  for (const auto& count : counts)
    rows.push_back(
        {count.team, count.day, std::string(domain::kFigures.Code(count.figure)), count.amount});
  sql_.BulkInsert("dashboard_figures", kFigureColumns, rows);
}

std::vector<domain::ContactOutcome> DashboardRecords::OutcomesReceived(domain::Timestamp from,
                                                                       domain::Timestamp before) {
  // Each child on each contact (the contact alone when it names none), with the child's own part
  // of the decision, the team they went to, their latest referral before this one (for the
  // re-referral rule the domain applies) and the first assessment completed after it.
  return sql_.All(
      "SELECT c.id, COALESCE(cp.person_id, 0), c.received_at, c.urgency, "
      "CASE WHEN cd.contact_id IS NOT NULL THEN d.decided_at END, COALESCE(cd.referred, FALSE), "
      "COALESCE(cd.is_override, FALSE), COALESCE(d.services_consent, ''), "
      "COALESCE(cd.consent_closure, FALSE), COALESCE(cd.consent_refused_offer, '') <> '', "
      "COALESCE(a.team, ''), CASE WHEN cd.referred = TRUE THEN c.referral_date END, "
      "CASE WHEN cd.referred = TRUE THEN " +
          std::string(kEarlierReferralDate) +
          " END, "
          "CASE WHEN cd.referred = TRUE THEN (SELECT MIN(s.authorised) FROM case_steps s WHERE "
          "s.contact_id = c.id AND s.person_id = cd.person_id AND s.kind = 'assessment') END "
          "FROM contacts c "
          "LEFT JOIN contact_people cp ON cp.contact_id = c.id AND cp.role = 'child' "
          "LEFT JOIN decisions d ON d.contact_id = c.id "
          "LEFT JOIN child_decisions cd ON cd.contact_id = c.id AND cd.person_id = cp.person_id "
          "LEFT JOIN allocations a ON a.contact_id = c.id AND a.person_id = cp.person_id AND "
          "a.worker <> '' "
          "WHERE c.received_at >= ? AND c.received_at < ?",
      {from, before}, [](const SqlRow& row) {
        domain::ContactOutcome outcome;
        row.Read(0, outcome.contact_id, outcome.person_id, outcome.received_at, outcome.urgency,
                 outcome.decided_at, outcome.referred, outcome.overridden, outcome.services_consent,
                 outcome.consent_closure, outcome.refusal_offer_written, outcome.team,
                 outcome.referral_date, outcome.earlier_referral_date,
                 outcome.assessment_authorised);
        return outcome;
      });
}

std::vector<domain::SettledGrade> DashboardRecords::GradesReceived(domain::Timestamp from,
                                                                   domain::Timestamp before) {
  return sql_.All(
      "SELECT COALESCE(a.team, ''), m.final_grade FROM moderations m JOIN audit_cases ac ON ac.id "
      "= m.case_id JOIN contacts c ON c.id = ac.contact_id LEFT JOIN allocations a ON "
      "a.contact_id = ac.contact_id AND a.person_id = ac.person_id AND a.worker <> '' "
      "WHERE c.received_at >= ? AND c.received_at < ?",
      {from, before}, [](const SqlRow& row) {
        domain::SettledGrade settled;
        row.Read(0, settled.team, AsCode(settled.grade, domain::kGrades));
        return settled;
      });
}

domain::FigureTotals DashboardRecords::Totals(const std::string& team, const domain::Date& first,
                                              const domain::Date& last) {
  domain::FigureTotals totals;
  sql_.Each(
      "SELECT figure, SUM(amount) FROM dashboard_figures WHERE team = ? AND day >= ? AND day <= ? "
      "GROUP BY figure",
      {team, first, last}, [&](const SqlRow& row) {
        // A figure this version does not know (kept by a later one) is left out.
        if (const auto figure = domain::kFigures.Parse(row.Text(0))) totals[*figure] = row.Int(1);
      });
  return totals;
}

}  // namespace frontdoor::store
