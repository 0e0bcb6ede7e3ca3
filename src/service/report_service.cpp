// src/service/report_service.cpp — work lists and decision reports.
#include "service/report_service.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "domain/case_steps.hpp"
#include "service/access_audit_service.hpp"
#include "service/record_access.hpp"

namespace frontdoor::service {

namespace {

constexpr int kListLimit = 200;
//! Every open plan of even the largest council (about a thousand children on plans), so the
//! reviews sorted by when they are due are all there is.
constexpr int kPlanReviewLimit = 2000;
constexpr int kReportLimit = 1000;

//! Contacts waiting for a decision: a manager decides on every contact; a practitioner's own list
//! holds the contacts they took.
void AddDecisionsDue(store::Records& records, const Identity& by, bool mine,
                     const DecisionRules& rules, domain::Timestamp now, WorkList& list) {
  std::optional<std::string_view> recorded_by;
  if (mine && by.user.role != domain::Role::kManager) recorded_by = by.user.username;
  for (const auto& contact : records.contacts.AwaitingDecision(recorded_by, kListLimit)) {
    const auto due =
        domain::DecisionDueAt(contact.received_at, domain::kReferrerUrgencies.Code(contact.urgency),
                              rules.settings, rules.calendar);
    list.items.push_back({"decision", "Decision on contact " + contact.reference,
                          "/contacts/" + std::to_string(contact.id), due, now > due,
                          domain::TimelinessOf(due, now)});
  }
}

void AddChecksDue(store::Records& records, const Identity& by, bool mine,
                  const DecisionRules& rules, domain::Timestamp now, WorkList& list) {
  std::optional<std::string_view> requested_by;
  if (mine) requested_by = by.user.username;
  for (const auto& check : records.checks.Open(std::nullopt, requested_by, kListLimit)) {
    const auto contact = records.contacts.Find(check.contact_id);
    list.items.push_back({"check",
                          "Answer from " + rules.settings.AgencyName(check.agency) +
                              " for contact " + (contact ? contact->reference : ""),
                          "/contacts/" + std::to_string(check.contact_id), check.due_at,
                          check.Overdue(now), domain::TimelinessOf(check.due_at, now)});
  }
}

void AddAssessmentsDue(store::Records& records, const Identity& by, bool mine,
                       const DecisionRules& rules, domain::Timestamp now, WorkList& list) {
  std::optional<std::string_view> worker;
  if (mine) worker = by.user.username;
  // An assessment completed, or a case closed, is no longer due.
  const auto allocations = records.allocations.AwaitingAssessment(worker, std::nullopt, kListLimit);
  const auto workers =
      allocations.empty() ? std::map<std::string, std::string>{} : ShownNames(records);
  for (const auto& allocation : allocations) {
    const auto person = VisiblePerson(records, by, allocation.person_id, now);
    const auto due =
        domain::EndOfWorkingDay(*allocation.assessment_due, rules.settings.working_hours);
    list.items.push_back({"assessment",
                          "Assessment of " +
                              (person ? person->FullName() : std::string("a restricted record")) +
                              " (" + domain::ShownAs(workers, allocation.worker) + ")",
                          "/people/" + std::to_string(allocation.person_id) + "/journey", due,
                          now > due, domain::TimelinessOf(due, now)});
  }
}

//! Review conferences due of the child protection plans still open: every plan on the team's
//! list, on a worker's own those of the children allocated to them. The children's names are read
//! at once (a council has hundreds of plans open).
void AddPlanReviewsDue(store::Records& records, const Identity& by, bool mine,
                       const DecisionRules& rules, domain::Timestamp now, WorkList& list) {
  std::optional<std::string_view> worker;
  if (mine) worker = by.user.username;
  std::map<std::pair<std::int64_t, std::int64_t>, std::vector<domain::CaseStep>> referrals;
  for (auto& step : records.case_steps.OfOpenProtectionPlans(worker, kPlanReviewLimit))
    referrals[{step.contact_id, step.person_id}].push_back(std::move(step));
  std::vector<std::int64_t> children;
  for (const auto& [referral, steps] : referrals) children.push_back(referral.second);
  const auto hidden = HiddenPeople(records, by, children, now);
  std::map<std::int64_t, std::string> names;
  for (const auto& person : records.people.FindSearchRows(children)) {  // names only
    if (std::find(hidden.begin(), hidden.end(), person.id) == hidden.end())
      names[person.id] = person.FullName();
  }
  for (const auto& [referral, steps] : referrals) {
    const auto [contact_id, person_id] = referral;
    // Only the plans are read of the episode, so its first step stands for the referral's day.
    const auto episode = domain::EpisodeOf(contact_id, person_id, steps.front().date, steps);
    if (episode.protection_plans.empty()) continue;
    const auto review = domain::NextReviewDue(episode.protection_plans.back(), rules.calendar);
    if (!review) continue;
    const auto name = names.find(person_id);
    const auto due = domain::EndOfWorkingDay(*review, rules.settings.working_hours);
    list.items.push_back(
        {"plan_review",
         "Child protection plan review of " +
             (name != names.end() ? name->second : std::string("a restricted record")),
         "/contacts/" + std::to_string(contact_id) + "/children/" + std::to_string(person_id) +
             "/steps",
         due, now > due, domain::TimelinessOf(due, now)});
  }
}

}  // namespace

WorkList ReportService::ShowWork(const Identity& by, bool mine) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) {
    WorkList list;
    AddDecisionsDue(records, by, mine, rules_, now, list);
    AddChecksDue(records, by, mine, rules_, now, list);
    AddAssessmentsDue(records, by, mine, rules_, now, list);
    AddPlanReviewsDue(records, by, mine, rules_, now, list);
    std::stable_sort(list.items.begin(), list.items.end(),
                     [](const WorkItem& a, const WorkItem& b) { return a.due < b.due; });
    const auto [contacts, decided] =
        records.contacts.CountDecided(now - std::chrono::days{30}, now);
    list.contacts_last_30_days = contacts;
    list.decided_with_proforma = decided;
    AuditAllowed(records, by, now, domain::Action::kViewWorkList, "", mine ? "mine" : "team");
    return list;
  });
}

DecisionReport ReportService::Report(const Identity& by) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) {
    DecisionReport report;
    const auto closures = records.decisions.ConsentClosures(kReportLimit);
    report.consent_closures_by_month = domain::CountByMonth(closures);
    std::map<std::int64_t, bool> known;
    const auto shown = [&](const domain::Decision& decision) {
      ReportedDecision row{decision, by.user.role != domain::Role::kPerformance};
      if (row.details_shown) {
        const auto contact = records.contacts.Find(decision.contact_id);
        row.details_shown = contact && ContactVisible(records, by, *contact, now, &known);
      }
      if (!row.details_shown) row.decision = domain::WithoutWords(decision);
      return row;
    };
    for (const auto& decision : closures) report.consent_closures.push_back(shown(decision));
    for (const auto& decision : records.decisions.Overrides(kReportLimit))
      report.overrides.push_back(shown(decision));
    for (const auto& decision : records.decisions.WithThinReasoning(kReportLimit))
      report.thin_reasoning.push_back(shown(decision));
    report.names = ShownNames(records);
    AuditAllowed(records, by, now, domain::Action::kViewDecisionReports, "", "");
    return report;
  });
}

}  // namespace frontdoor::service
