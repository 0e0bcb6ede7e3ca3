// src/service/decision_service.cpp — the use cases after a contact. Each runs in one transaction,
// checks every rule before writing anything, and writes the record history and the access audit.
#include "service/decision_service.hpp"

#include <algorithm>
#include <set>

#include "domain/re_referral.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/contact_service.hpp"
#include "service/person_service.hpp"
#include "store/contact_steps.hpp"

namespace frontdoor::service {

namespace {

constexpr int kListLimit = 200;

std::string ContactRecord(std::int64_t id) {
  return "contact:" + std::to_string(id);
}

std::string RecordIds(const domain::Contact& contact) {
  std::string ids = ContactRecord(contact.id);
  for (std::int64_t id : contact.children) ids += " person:" + std::to_string(id);
  for (std::int64_t id : contact.adults) ids += " person:" + std::to_string(id);
  return ids;
}

//! True when a child on the contact had a referral in the 12 months before it arrived.
bool IsReReferral(store::Records& records, const domain::Contact& contact) {
  for (std::int64_t child : contact.children) {
    if (ReReferralOf(records, child, contact.id, contact.received_at)) return true;
  }
  return false;
}

//! The children on the contact, then the children who live with them today.
std::vector<ChildOnContact> ChildrenAndHousehold(store::Records& records, const Identity& by,
                                                 const domain::Contact& contact,
                                                 domain::Timestamp now) {
  const domain::Date today = domain::UkDate(now);
  std::vector<ChildOnContact> children;
  std::set<std::int64_t> seen;
  for (std::int64_t id : contact.children) {
    children.push_back({id, VisiblePerson(records, by, id, now), true});
    seen.insert(id);
  }
  for (std::int64_t id : contact.children) {
    for (const auto& [household, membership] : records.households.HouseholdsOf(id)) {
      if (!membership.LivesThereOn(today)) continue;
      for (const auto& member : records.households.MembersOf(household.id)) {
        if (seen.count(member.person_id) || !member.LivesThereOn(today)) continue;
        const auto person = records.people.Find(member.person_id);
        if (!person || !domain::IsChild(*person, today) || person->merged_into) continue;
        seen.insert(member.person_id);
        children.push_back(
            {member.person_id, VisiblePerson(records, by, member.person_id, now), false});
      }
    }
  }
  return children;
}

//! The contact, when it exists and `by` may read it; audits a refusal.
std::optional<domain::Contact> ReadableContact(store::Records& records, const Identity& by,
                                               std::int64_t id, domain::Timestamp now,
                                               const char* action) {
  auto contact = records.contacts.Find(id);
  if (!contact) return std::nullopt;
  if (!ContactVisible(records, by, *contact, now)) {
    AppendAudit(records, by.AsActor(), now,
                {action, RecordIds(*contact), domain::AuditOutcome::kRefused, "restricted record"});
    return std::nullopt;
  }
  return contact;
}

void AddHistory(store::Records& records, std::int64_t contact_id, std::string field,
                std::string from, std::string to, const Identity& by, domain::Timestamp at) {
  records.history.Add({ContactRecord(contact_id), std::move(field), std::move(from), std::move(to),
                       by.user.username, at});
}

bool IsOwnAgency(const Identity& by, const domain::MashCheck& check) {
  return by.user.role != domain::Role::kPartner || by.user.agency == check.agency;
}

CheckView ViewOfCheck(store::Records& records, const Identity& by, const domain::MashCheck& check,
                      domain::Timestamp now) {
  CheckView view{check, "", {}, false};
  if (const auto contact = records.contacts.Find(check.contact_id)) {
    view.contact_reference = contact->reference;
    // Staff not open to a restricted record on the contact see only that a check exists. A
    // partner agency sees the question it was sent, about the children named.
    if (by.user.role != domain::Role::kPartner && !ContactVisible(records, by, *contact, now)) {
      view.restricted = true;
      view.check.question.clear();
      view.check.answer.clear();
      view.about = {"A contact that is also about someone whose record is restricted"};
      return view;
    }
    for (std::int64_t child : contact->children) {
      const auto person = VisiblePerson(records, by, child, now);
      if (!person) {
        view.about.push_back("A child whose record is restricted");
      } else {
        view.about.push_back(person->FullName() +
                             (person->date_of_birth
                                  ? ", born " + domain::FormatLongDate(*person->date_of_birth)
                                  : std::string()));
      }
    }
  }
  return view;
}

Invalid ManagersOnly(const char* field, const char* what) {
  return Invalid{{{field, std::string("Only a manager can ") + what}}};
}

}  // namespace

Result<ContactProgress> DecisionService::ShowProgress(const Identity& by, std::int64_t contact_id) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<ContactProgress> {
    const auto found = records.contacts.Find(contact_id);
    if (!found) return NotFound{};
    const auto contact = ReadableContact(records, by, contact_id, now, "view_contact_progress");
    ContactProgress progress;
    if (!contact) {
      progress.restricted = true;
      progress.contact.id = found->id;
      progress.contact.reference = found->reference;
      return progress;
    }
    progress.contact = *contact;
    progress.steps = store::LoadContactSteps(records, contact_id);
    progress.sharing =
        domain::CurrentConsent(progress.steps.consents, domain::ConsentKind::kSharing);
    progress.services =
        domain::CurrentConsent(progress.steps.consents, domain::ConsentKind::kServices);
    progress.re_referral = IsReReferral(records, *contact);
    progress.decision_due = domain::DecisionDue(contact->received_at, rules_.calendar);
    if (!progress.steps.decision) {
      progress.blockers = domain::ChecksSettled(progress.re_referral, progress.steps.checks,
                                                progress.steps.checks_not_needed, rules_.settings);
    }
    progress.children = ChildrenAndHousehold(records, by, *contact, now);
    progress.history = records.history.Of(ContactRecord(contact_id));
    AppendAudit(records, by.AsActor(), now,
                {"view_contact_progress", RecordIds(*contact), domain::AuditOutcome::kAllowed, ""});
    return progress;
  });
}

Result<domain::ConsentRecord> DecisionService::RecordConsent(const Identity& by,
                                                             std::int64_t contact_id,
                                                             const domain::ConsentDraft& draft) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::ConsentRecord> {
    records.contacts.Lock(contact_id);
    const auto contact = ReadableContact(records, by, contact_id, now, "record_consent");
    if (!contact) return NotFound{};
    const auto kind = domain::ParseConsentKind(draft.kind);
    const auto consents = records.consents.ForContacts({contact_id});
    const auto current =
        kind ? domain::CurrentConsent(consents, *kind) : domain::ConsentStatus::kNotYetSought;
    domain::ConsentRecord record;
    if (auto errors = domain::ValidateConsent(draft, by.user.role, current, record);
        !errors.empty())
      return Invalid{std::move(errors)};
    record.contact_id = contact_id;
    record.recorded_by = by.user.username;
    record.recorded_at = now;
    record.id = records.consents.Add(record);
    AddHistory(records, contact_id, std::string(domain::ConsentKindName(record.kind)),
               std::string(domain::ConsentStatusName(current)),
               std::string(domain::ConsentStatusName(record.status)), by, now);
    AppendAudit(records, by.AsActor(), now,
                {"record_consent", RecordIds(*contact), domain::AuditOutcome::kAllowed,
                 std::string(domain::ConsentKindCode(record.kind)) + " " +
                     std::string(domain::ConsentStatusCode(record.status))});
    return record;
  });
}

Result<std::vector<domain::MashCheck>> DecisionService::RequestChecks(
    const Identity& by, std::int64_t contact_id, const domain::CheckRequestDraft& draft) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<std::vector<domain::MashCheck>> {
    records.contacts.Lock(contact_id);
    const auto contact = ReadableContact(records, by, contact_id, now, "request_checks");
    if (!contact) return NotFound{};
    if (records.decisions.Find(contact_id))
      return Invalid{{{"agencies", "This contact has been decided already"}}};
    const auto sharing = domain::CurrentConsent(records.consents.ForContacts({contact_id}),
                                                domain::ConsentKind::kSharing);
    std::vector<domain::MashCheck> checks;
    if (auto errors = domain::ValidateCheckRequest(draft, rules_.settings, sharing,
                                                   records.checks.ForContacts({contact_id}),
                                                   rules_.calendar, now, checks);
        !errors.empty())
      return Invalid{std::move(errors)};
    for (auto& check : checks) {
      check.contact_id = contact_id;
      check.requested_by = by.user.username;
      check.id = records.checks.Add(check);
      AddHistory(records, contact_id, "check with " + rules_.settings.AgencyName(check.agency), "",
                 "asked, due by " + domain::FormatUkDateTime(check.due_at), by, now);
      AppendAudit(records, by.AsActor(), now,
                  {"request_check", RecordIds(*contact) + " check:" + std::to_string(check.id),
                   domain::AuditOutcome::kAllowed, check.agency + " " + check.urgency});
    }
    return checks;
  });
}

std::vector<CheckView> DecisionService::OpenChecks(const Identity& by) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) {
    std::optional<std::string_view> agency;
    if (by.user.role == domain::Role::kPartner) agency = by.user.agency;
    std::vector<CheckView> views;
    for (const auto& check : records.checks.Open(agency, std::nullopt, kListLimit))
      views.push_back(ViewOfCheck(records, by, check, now));
    AppendAudit(records, by.AsActor(), now,
                {"view_open_checks", "", domain::AuditOutcome::kAllowed,
                 std::to_string(views.size()) + " checks"});
    return views;
  });
}

Result<CheckView> DecisionService::ShowCheck(const Identity& by, std::int64_t check_id) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<CheckView> {
    const auto check = records.checks.Find(check_id);
    if (!check) return NotFound{};
    const std::string record_ids =
        "check:" + std::to_string(check_id) + " " + ContactRecord(check->contact_id);
    if (!IsOwnAgency(by, *check)) {
      AppendAudit(records, by.AsActor(), now,
                  {"view_check", record_ids, domain::AuditOutcome::kRefused, "another agency's"});
      return NotFound{};
    }
    auto view = ViewOfCheck(records, by, *check, now);
    AppendAudit(records, by.AsActor(), now,
                {"view_check", record_ids,
                 view.restricted ? domain::AuditOutcome::kRefused : domain::AuditOutcome::kAllowed,
                 view.restricted ? "restricted record" : ""});
    if (view.restricted) return NotFound{};
    return view;
  });
}

Result<domain::MashCheck> DecisionService::AnswerCheck(const Identity& by, std::int64_t check_id,
                                                       const std::string& answer) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::MashCheck> {
    auto check = records.checks.Find(check_id);
    if (!check) return NotFound{};
    records.contacts.Lock(check->contact_id);
    check = records.checks.Find(check_id);
    const std::string record_ids =
        "check:" + std::to_string(check_id) + " " + ContactRecord(check->contact_id);
    if (!IsOwnAgency(by, *check)) {
      AppendAudit(records, by.AsActor(), now,
                  {"answer_check", record_ids, domain::AuditOutcome::kRefused, "another agency's"});
      return NotFound{};
    }
    if (by.user.role != domain::Role::kPartner &&
        !ReadableContact(records, by, check->contact_id, now, "answer_check"))
      return NotFound{};
    if (auto errors = domain::ValidateCheckAnswer(answer); !errors.empty())
      return Invalid{std::move(errors)};
    if (check->Answered())
      return Invalid{{{"answer", "This check was answered already, by " + check->answered_by +
                                     " on " + domain::FormatUkDateTime(*check->answered_at)}}};
    check->answer = domain::Trim(answer);
    check->answered_by = by.user.username;
    check->answered_at = now;
    if (!records.checks.Answer(*check))
      return Invalid{{{"answer", "This check was answered already"}}};
    AddHistory(records, check->contact_id,
               "check with " + rules_.settings.AgencyName(check->agency), "asked", "answered", by,
               now);
    AppendAudit(records, by.AsActor(), now,
                {"answer_check", record_ids, domain::AuditOutcome::kAllowed, ""});
    return *check;
  });
}

Result<domain::ChecksNotNeeded> DecisionService::RecordChecksNotNeeded(const Identity& by,
                                                                       std::int64_t contact_id,
                                                                       const std::string& reason) {
  if (by.user.role != domain::Role::kManager)
    return ManagersOnly("reason", "decide that checks are not needed");
  if (auto errors = domain::ValidateChecksNotNeeded(reason); !errors.empty())
    return Invalid{std::move(errors)};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::ChecksNotNeeded> {
    records.contacts.Lock(contact_id);
    const auto contact = ReadableContact(records, by, contact_id, now, "checks_not_needed");
    if (!contact) return NotFound{};
    if (records.decisions.Find(contact_id))
      return Invalid{{{"reason", "This contact has been decided already"}}};
    if (const auto earlier = store::LoadContactSteps(records, contact_id).checks_not_needed)
      return Invalid{{{"reason", "A manager recorded why the checks are not needed already: " +
                                     earlier->recorded_by + ", " +
                                     domain::FormatUkDateTime(earlier->recorded_at)}}};
    const domain::ChecksNotNeeded record{contact_id, domain::Trim(reason), by.user.username, now};
    records.checks.AddNotNeeded(record);
    AddHistory(records, contact_id, "checks with partner agencies", "", "not needed", by, now);
    AppendAudit(records, by.AsActor(), now,
                {"checks_not_needed", RecordIds(*contact), domain::AuditOutcome::kAllowed, ""});
    return record;
  });
}

Result<domain::Decision> DecisionService::CompleteOversight(const Identity& by,
                                                            std::int64_t contact_id,
                                                            const domain::OversightDraft& draft) {
  if (by.user.role != domain::Role::kManager)
    return ManagersOnly("outcome", "complete management oversight");
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::Decision> {
    records.contacts.Lock(contact_id);
    const auto contact = ReadableContact(records, by, contact_id, now, "complete_oversight");
    if (!contact) return NotFound{};
    const auto steps = store::LoadContactSteps(records, contact_id);
    if (steps.decision)
      return Invalid{{{"outcome", "A decision was made on this contact already, by " +
                                      steps.decision->decided_by + " on " +
                                      domain::FormatUkDateTime(steps.decision->decided_at)}}};
    // Everything that stops the decision, at once: the checks still waiting and each missing part.
    auto errors = domain::ChecksSettled(IsReReferral(records, *contact), steps.checks,
                                        steps.checks_not_needed, rules_.settings);
    const auto services = domain::CurrentConsent(steps.consents, domain::ConsentKind::kServices);
    for (auto& error : domain::ValidateOversight(draft, rules_.framework, services))
      errors.push_back(std::move(error));
    if (!errors.empty()) return Invalid{std::move(errors)};
    const domain::Outcome& outcome = *rules_.framework.FindOutcome(draft.outcome);
    domain::Decision decision;
    decision.contact_id = contact_id;
    decision.proforma = draft;
    decision.is_override = domain::IsOverride(draft, rules_.framework);
    decision.services_consent = services;
    decision.consent_closure = domain::IsConsentClosure(outcome, services);
    decision.decided_by = by.user.username;
    decision.decided_at = now;
    decision.language_warnings = domain::CheckOversightLanguage(draft, rules_.guide);
    records.decisions.Add(decision);
    AddHistory(records, contact_id, "decision", "",
               outcome.name + " at level " + std::to_string(draft.level), by, now);
    if (outcome.makes_referral) {
      const domain::Date today = domain::UkDate(now);
      // Further action follows (an assessment or enquiries), so the census ReferralNFA is false.
      records.contacts.SetReferral(contact_id, today, false);
      AddHistory(records, contact_id, "referral date", "", domain::FormatDate(today), by, now);
    }
    AppendAudit(records, by.AsActor(), now,
                {"complete_oversight", RecordIds(*contact), domain::AuditOutcome::kAllowed,
                 draft.outcome + (decision.is_override ? " override" : "")});
    return decision;
  });
}

Result<std::vector<domain::Allocation>> DecisionService::Allocate(const Identity& by,
                                                                  std::int64_t contact_id,
                                                                  const AllocationDraft& draft) {
  if (by.user.role != domain::Role::kManager) return ManagersOnly("worker", "allocate work");
  const auto now = clock_.Now();
  return store_.WriteResult(
      [&](store::Records& records) -> Result<std::vector<domain::Allocation>> {
        records.contacts.Lock(contact_id);
        const auto contact = ReadableContact(records, by, contact_id, now, "allocate");
        if (!contact) return NotFound{};
        const auto decision = records.decisions.Find(contact_id);
        const domain::Outcome* outcome =
            decision ? rules_.framework.FindOutcome(decision->proforma.outcome) : nullptr;
        if (!outcome || !outcome->makes_referral)
          return Invalid{{{"worker",
                           "Only a decision for an assessment or a strategy discussion is "
                           "allocated"}}};
        if (!records.allocations.ForContacts({contact_id}).empty())
          return Invalid{{{"worker", "The children on this contact are allocated already"}}};
        domain::FieldErrors errors;
        if (!rules_.settings.FindTeam(draft.team)) errors.push_back({"team", "Choose the team"});
        const auto worker = records.accounts.FindByUsername(draft.worker);
        if (!worker || worker->disabled ||
            (worker->role != domain::Role::kPractitioner && worker->role != domain::Role::kManager))
          errors.push_back({"worker", "Choose a social worker or manager with an account"});
        const auto children = ChildrenAndHousehold(records, by, *contact, now);
        std::vector<std::int64_t> ids;
        for (const auto& child : children) ids.push_back(child.id);
        for (const auto& [id, reason] : draft.exclusions) {
          if (std::find(ids.begin(), ids.end(), id) == ids.end())
            errors.push_back({"exclusions", "Child " + std::to_string(id) +
                                                " is not on this contact or living with them"});
        }
        std::vector<std::int64_t> allocated;
        auto sibling_errors = domain::AllocateSiblings(
            ids.front(), std::vector<std::int64_t>(ids.begin() + 1, ids.end()), draft.exclusions,
            allocated);
        if (draft.exclusions.count(ids.front()))
          errors.push_back({"exclusions",
                            "The first child on the contact is the one being allocated; they "
                            "cannot be left out"});
        errors.insert(errors.end(), sibling_errors.begin(), sibling_errors.end());
        if (!errors.empty()) return Invalid{std::move(errors)};
        const auto due = domain::AssessmentDue(
            contact->referral_date.value_or(domain::UkDate(decision->decided_at)), rules_.calendar);
        std::vector<domain::Allocation> allocations;
        for (std::int64_t id : ids) {
          domain::Allocation allocation{contact_id,       id, "", "", "", std::nullopt,
                                        by.user.username, now};
          if (std::find(allocated.begin(), allocated.end(), id) != allocated.end()) {
            allocation.team = draft.team;
            allocation.worker = worker->username;
            allocation.assessment_due = due;
          } else {
            allocation.excluded_reason = domain::Trim(draft.exclusions.at(id));
          }
          records.allocations.Add(allocation);
          // Each child's part is kept on their own record, so a restricted child's reason is not
          // read by everyone who can read the contact.
          records.history.Add(
              {"person:" + std::to_string(id), "allocation on contact " + contact->reference, "",
               allocation.worker.empty() ? "left out: " + allocation.excluded_reason
                                         : allocation.worker + ", " + allocation.team,
               by.user.username, now});
          allocations.push_back(std::move(allocation));
        }
        AddHistory(records, contact_id, "allocation", "",
                   std::to_string(allocated.size()) + " of " + std::to_string(ids.size()) +
                       " children to " + worker->username + ", " + draft.team,
                   by, now);
        AppendAudit(records, by.AsActor(), now,
                    {"allocate", RecordIds(*contact), domain::AuditOutcome::kAllowed,
                     worker->username + " " + draft.team});
        return allocations;
      });
}

WorkList DecisionService::ShowWork(const Identity& by, bool mine) {
  const auto now = clock_.Now();
  const std::string& me = by.user.username;
  return store_.WriteResult([&](store::Records& records) {
    WorkList list;
    // Managers decide on every contact; a practitioner's own list holds the contacts they took.
    std::optional<std::string_view> recorded_by;
    if (mine && by.user.role != domain::Role::kManager) recorded_by = me;
    for (const auto& contact : records.contacts.AwaitingDecision(recorded_by, kListLimit)) {
      const auto due = domain::EndOfWorkingDay(
          domain::DecisionDue(contact.received_at, rules_.calendar), rules_.settings.working_hours);
      list.items.push_back({"decision", "Decision on contact " + contact.reference,
                            "/contacts/" + std::to_string(contact.id), due, now > due});
    }
    std::optional<std::string_view> requested_by;
    if (mine) requested_by = me;
    for (const auto& check : records.checks.Open(std::nullopt, requested_by, kListLimit)) {
      const auto contact = records.contacts.Find(check.contact_id);
      list.items.push_back({"check",
                            "Answer from " + rules_.settings.AgencyName(check.agency) +
                                " for contact " + (contact ? contact->reference : ""),
                            "/contacts/" + std::to_string(check.contact_id), check.due_at,
                            check.Overdue(now)});
    }
    std::optional<std::string_view> worker;
    if (mine) worker = me;
    for (const auto& allocation : records.allocations.To(worker, std::nullopt, kListLimit)) {
      if (!allocation.assessment_due) continue;
      const auto person = VisiblePerson(records, by, allocation.person_id, now);
      const auto due =
          domain::EndOfWorkingDay(*allocation.assessment_due, rules_.settings.working_hours);
      list.items.push_back(
          {"assessment",
           "Assessment of " + (person ? person->FullName() : std::string("a restricted record")) +
               " (" + allocation.worker + ")",
           "/people/" + std::to_string(allocation.person_id) + "/journey", due, now > due});
    }
    std::stable_sort(list.items.begin(), list.items.end(),
                     [](const WorkItem& a, const WorkItem& b) { return a.due < b.due; });
    const auto [contacts, decided] =
        records.contacts.CountDecided(now - std::chrono::days{30}, now);
    list.contacts_last_30_days = contacts;
    list.decided_with_proforma = decided;
    AppendAudit(records, by.AsActor(), now,
                {"view_work_list", "", domain::AuditOutcome::kAllowed, mine ? "mine" : "team"});
    return list;
  });
}

DecisionReport DecisionService::Report(const Identity& by) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) {
    DecisionReport report;
    const auto closures = records.decisions.ConsentClosures(1000);
    report.consent_closures_by_month = domain::CountByMonth(closures);
    const auto shown = [&](const domain::Decision& decision) {
      ReportedDecision row{decision, by.user.role != domain::Role::kPerformance};
      if (row.details_shown) {
        const auto contact = records.contacts.Find(decision.contact_id);
        row.details_shown = contact && ContactVisible(records, by, *contact, now);
      }
      if (!row.details_shown) {
        const auto& full = decision.proforma;
        row.decision.proforma = {};
        row.decision.proforma.level = full.level;
        row.decision.proforma.outcome = full.outcome;
        row.decision.language_warnings.clear();
      }
      return row;
    };
    for (const auto& decision : closures) report.consent_closures.push_back(shown(decision));
    for (const auto& decision : records.decisions.Overrides(1000))
      report.overrides.push_back(shown(decision));
    AppendAudit(records, by.AsActor(), now,
                {"view_decision_report", "", domain::AuditOutcome::kAllowed, ""});
    return report;
  });
}

}  // namespace frontdoor::service
