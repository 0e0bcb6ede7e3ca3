// src/service/decision_service.cpp — the manager's use cases after a contact. Each runs in one
// transaction, checks every rule before writing anything, and writes the record history and one
// access-audit entry.
#include "service/decision_service.hpp"

#include <algorithm>

#include "domain/account_rules.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/contact_history.hpp"
#include "service/contact_write.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"

namespace frontdoor::service {

namespace {

//! Why an allocation cannot be made as drafted; fills `allocated` with the children allocated.
domain::FieldErrors CheckAllocation(store::Records& records, const AllocationDraft& draft,
                                    const std::vector<ChildOnContact>& children,
                                    const domain::FrontDoorSettings& settings,
                                    std::vector<std::int64_t>& allocated) {
  domain::FieldErrors errors;
  if (!settings.FindTeam(draft.team)) errors.push_back({"team", "Choose the team"});
  const auto worker = records.accounts.FindByUsername(draft.worker);
  if (!worker || !domain::MayBeAllocatedWork(*worker))
    errors.push_back({"worker", "Choose a social worker or manager with an account"});
  std::vector<std::int64_t> ids;
  for (const auto& child : children) ids.push_back(child.id);
  for (const auto& [id, reason] : draft.exclusions) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end())
      errors.push_back({"exclusions", "Child " + std::to_string(id) +
                                          " is not on this contact or living with them"});
  }
  if (draft.exclusions.count(ids.front()))
    errors.push_back({"exclusions",
                      "The decision made a referral for the first child listed, so they are the "
                      "one being allocated; they cannot be left out"});
  auto sibling_errors =
      domain::AllocateSiblings(ids.front(), std::vector<std::int64_t>(ids.begin() + 1, ids.end()),
                               draft.exclusions, allocated);
  errors.insert(errors.end(), sibling_errors.begin(), sibling_errors.end());
  return errors;
}

//! Keeps one allocation (or exclusion) a child, each also on the child's own record so a
//! restricted child's reason is not read by everyone who can read the contact.
std::vector<domain::Allocation> KeepAllocations(store::Records& records, const Identity& by,
                                                const domain::Contact& contact,
                                                const AllocationDraft& draft,
                                                const std::vector<ChildOnContact>& children,
                                                const std::vector<std::int64_t>& allocated,
                                                const domain::Date& due, domain::Timestamp now) {
  std::vector<domain::Allocation> allocations;
  for (const auto& child : children) {
    domain::Allocation allocation{contact.id,   child.id,         "", "", "",
                                  std::nullopt, by.user.username, now};
    if (std::find(allocated.begin(), allocated.end(), child.id) != allocated.end()) {
      allocation.team = draft.team;
      allocation.worker = draft.worker;
      allocation.assessment_due = due;
    } else {
      allocation.excluded_reason = domain::Trim(draft.exclusions.at(child.id));
    }
    records.allocations.Add(allocation);
    records.history.Add({PersonRecordId(child.id), "allocation on contact " + contact.reference, "",
                         allocation.worker.empty() ? "left out: " + allocation.excluded_reason
                                                   : allocation.worker + ", " + allocation.team,
                         by.user.username, now});
    allocations.push_back(std::move(allocation));
  }
  records.dashboard.Changed(contact.id);
  return allocations;
}

//! The children on a contact, each with the name their part of a decision is shown under.
std::map<std::int64_t, std::string> ChildNames(const domain::Contact& contact,
                                               const std::vector<domain::Person>& people) {
  std::map<std::int64_t, std::string> names;
  for (std::int64_t id : contact.children) {
    names[id] = "Child " + std::to_string(id);
    for (const auto& person : people) {
      if (person.id == id) names[id] = person.FullName();
    }
  }
  return names;
}

//! The accounts that may be given work, for the allocation form.
std::vector<domain::User> Workers(store::Records& records) {
  std::vector<domain::User> workers;
  for (auto& user : records.accounts.List()) {
    if (domain::MayBeAllocatedWork(user)) workers.push_back(std::move(user));
  }
  return workers;
}

}  // namespace

Result<ContactProgress> DecisionService::ShowProgress(const Identity& by, std::int64_t contact_id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<ContactProgress> {
    auto progress = ProgressFor(records, by, contact_id, now, rules_);
    if (!progress) return NotFound{};
    AuditProgressView(records, by, *progress, now);
    return std::move(*progress);
  });
}

Result<AllocationForm> DecisionService::ShowAllocation(const Identity& by,
                                                       std::int64_t contact_id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<AllocationForm> {
    auto progress = ProgressFor(records, by, contact_id, now, rules_);
    if (!progress) return NotFound{};
    AuditProgressView(records, by, *progress, now);
    return AllocationForm{std::move(*progress), Workers(records)};
  });
}

Submission<domain::ConsentRecord, ContactProgress> DecisionService::RecordConsent(
    const Identity& by, std::int64_t contact_id, const domain::ConsentDraft& draft) {
  const ContactWrite write{store_, by, clock_.Now(), rules_, domain::Action::kRecordConsent};
  return write.Run<domain::ConsentRecord>(
      contact_id,
      [&](store::Records& records, const domain::Contact& contact)
          -> std::variant<domain::ConsentRecord, domain::FieldErrors> {
        const auto kind = domain::kConsentKinds.Parse(draft.kind);
        const auto current =
            kind ? domain::CurrentConsent(records.consents.ForContacts({contact.id}), *kind)
                 : domain::ConsentStatus::kNotYetSought;
        domain::ConsentRecord record;
        if (auto errors = domain::ValidateConsent(draft, by.user.role, current, record);
            !errors.empty())
          return errors;
        record.contact_id = contact.id;
        record.recorded_by = by.user.username;
        record.recorded_at = write.now;
        record.id = records.consents.Add(record);
        AddContactHistory(records, contact.id, std::string(domain::kConsentKinds.Name(record.kind)),
                          std::string(domain::kConsentStatuses.Name(current)),
                          std::string(domain::kConsentStatuses.Name(record.status)), by, write.now);
        write.Audit(records, contact,
                    std::string(domain::kConsentKinds.Code(record.kind)) + " " +
                        std::string(domain::kConsentStatuses.Code(record.status)));
        return record;
      });
}

Submission<domain::ChecksNotNeeded, ContactProgress> DecisionService::RecordChecksNotNeeded(
    const Identity& by, std::int64_t contact_id, const std::string& reason) {
  const ContactWrite write{store_, by, clock_.Now(), rules_, domain::Action::kDecide};
  return write.Run<domain::ChecksNotNeeded>(
      contact_id,
      [&](store::Records& records, const domain::Contact& contact)
          -> std::variant<domain::ChecksNotNeeded, domain::FieldErrors> {
        if (auto errors = domain::ValidateChecksNotNeeded(reason); !errors.empty()) return errors;
        const auto steps = store::LoadContactSteps(records, contact.id);
        if (steps.decision)
          return domain::FieldErrors{{"reason", "This contact has been decided already"}};
        if (const auto& earlier = steps.checks_not_needed)
          return domain::FieldErrors{
              {"reason",
               "A manager recorded why the checks are not needed already: " + earlier->recorded_by +
                   ", " + domain::FormatUkDateTime(earlier->recorded_at)}};
        const domain::ChecksNotNeeded record{contact.id, domain::Trim(reason), by.user.username,
                                             write.now};
        records.checks.AddNotNeeded(record);
        AddContactHistory(records, contact.id, "checks with partner agencies", "", "not needed", by,
                          write.now);
        write.Audit(records, contact, "checks not needed");
        return record;
      });
}

Submission<int, ContactProgress> DecisionService::ReopenDecision(const Identity& by,
                                                                 std::int64_t contact_id,
                                                                 const std::string& reason) {
  const ContactWrite write{store_, by, clock_.Now(), rules_, domain::Action::kDecide};
  return write.Run<int>(
      contact_id,
      [&](store::Records& records,
          const domain::Contact& contact) -> std::variant<int, domain::FieldErrors> {
        const auto steps = store::LoadContactSteps(records, contact.id);
        if (auto errors = domain::ValidateReopen(steps.decision.has_value(),
                                                 !steps.allocations.empty(), reason);
            !errors.empty())
          return errors;
        const std::string why = domain::Trim(reason);
        const int version = records.decisions.Reopen(contact.id, by.user.username, write.now, why);
        records.dashboard.Changed(contact.id);
        for (const auto& child : steps.decision->proforma.children) {
          records.history.Add({PersonRecordId(child.person_id),
                               "decision on contact " + contact.reference,
                               domain::ChildDecisionWords(child, rules_.framework), "reopened",
                               by.user.username, write.now, why});
        }
        records.history.Add({"contact:" + std::to_string(contact.id), "decision",
                             "version " + std::to_string(version) + ", by " +
                                 steps.decision->decided_by + " on " +
                                 domain::FormatUkDateTime(steps.decision->decided_at),
                             "reopened", by.user.username, write.now, why});
        write.Audit(records, contact, "decision reopened: version " + std::to_string(version));
        return version;
      });
}

std::variant<domain::Decision, domain::FieldErrors> DecisionService::Conclude(
    store::Records& records, const Identity& by, const domain::Contact& contact,
    const std::vector<domain::Person>& people, const domain::OversightDraft& draft,
    domain::Timestamp now) const {
  const auto steps = store::LoadContactSteps(records, contact.id);
  if (steps.decision)
    return domain::FieldErrors{
        {"children", "A decision was made on this contact already, by " +
                         steps.decision->decided_by + " on " +
                         domain::FormatUkDateTime(steps.decision->decided_at)}};
  // Everything that stops the decision, at once: the checks still waiting and each part.
  auto errors = domain::ChecksSettled(IsReReferral(records, contact), steps.checks,
                                      steps.checks_not_needed, rules_.settings);
  const auto services = domain::CurrentConsent(steps.consents, domain::ConsentKind::kServices);
  for (auto& error :
       domain::ValidateOversight(draft, rules_.framework, services, ChildNames(contact, people)))
    errors.push_back(std::move(error));
  if (!errors.empty()) return errors;
  return domain::ConcludeOversight(contact.id, draft, rules_.framework, services, rules_.guide,
                                   NameWordsOf(people), by.user.username, now);
}

Submission<OversightCheck, ContactProgress> DecisionService::CheckOversight(
    const Identity& by, std::int64_t contact_id, const domain::OversightDraft& draft) {
  const ContactWrite write{store_, by, clock_.Now(), rules_, domain::Action::kDecide};
  return write.Run<OversightCheck>(
      contact_id,
      [&](store::Records& records,
          const domain::Contact& contact) -> std::variant<OversightCheck, domain::FieldErrors> {
        auto concluded =
            Conclude(records, by, contact, PeopleOnContact(records, contact), draft, write.now);
        if (auto* errors = std::get_if<domain::FieldErrors>(&concluded)) return std::move(*errors);
        write.Audit(records, contact, "oversight checked before concluding");
        return OversightCheck{std::get<domain::Decision>(std::move(concluded)),
                              LoadProgress(records, by, contact, write.now, rules_)};
      });
}

Submission<domain::Decision, ContactProgress> DecisionService::CompleteOversight(
    const Identity& by, std::int64_t contact_id, const domain::OversightDraft& draft) {
  const ContactWrite write{store_, by, clock_.Now(), rules_, domain::Action::kDecide};
  return write.Run<domain::Decision>(
      contact_id,
      [&](store::Records& records,
          const domain::Contact& contact) -> std::variant<domain::Decision, domain::FieldErrors> {
        const auto people = PeopleOnContact(records, contact);
        auto concluded = Conclude(records, by, contact, people, draft, write.now);
        if (auto* errors = std::get_if<domain::FieldErrors>(&concluded)) return std::move(*errors);
        const auto& decision = std::get<domain::Decision>(concluded);
        records.decisions.Add(decision);
        records.dashboard.Changed(contact.id);
        const auto children = ChildNames(contact, people);
        std::string decided, outcomes;
        for (const auto& child : decision.proforma.children) {
          const std::string words = domain::ChildDecisionWords(child, rules_.framework);
          decided += (decided.empty() ? "" : "; ") + children.at(child.person_id) + ": " + words;
          outcomes += (outcomes.empty() ? "" : ", ") + child.outcome;
          records.history.Add({PersonRecordId(child.person_id),
                               "decision on contact " + contact.reference, "", words,
                               by.user.username, write.now});
        }
        AddContactHistory(records, contact.id, "decision", "", decided, by, write.now);
        if (decision.MadeReferral()) {
          // Dated the day the contact came in. Further action follows (an assessment or
          // enquiries), so the census ReferralNFA is false.
          const domain::Date referral_date = domain::ReferralDate(contact);
          records.contacts.SetReferral(contact.id, referral_date, false);
          AddContactHistory(records, contact.id, "referral date", "",
                            domain::FormatDate(referral_date), by, write.now);
        }
        write.Audit(records, contact,
                    "oversight: " + outcomes + (decision.is_override ? ", override" : ""));
        return decision;
      });
}

Submission<std::vector<domain::Allocation>, AllocationForm> DecisionService::Allocate(
    const Identity& by, std::int64_t contact_id, const AllocationDraft& draft) {
  const auto now = clock_.Now();
  using Answer = Submission<std::vector<domain::Allocation>, AllocationForm>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    const ContactWrite write{store_, by, now, rules_, domain::Action::kDecide};
    const auto contact = write.Readable(records, contact_id);
    if (!contact) return NotFound{};
    const auto refuse = [&](domain::FieldErrors errors) -> Answer {
      return Refused<AllocationForm>{std::move(errors),
                                     {write.Refusal(records, *contact, errors), Workers(records)}};
    };
    if (!write.MayAct(records, *contact))
      return Refused<AllocationForm>{
          ContactWrite::NotAllowed(),
          {LoadProgress(records, by, *contact, now, rules_), Workers(records)}};
    const auto decision = records.decisions.Find(contact_id);
    if (!decision || !decision->MadeReferral())
      return refuse(
          {{"worker", "Only a decision for an assessment or a strategy discussion is allocated"}});
    if (!records.allocations.ForContacts({contact_id}).empty())
      return refuse({{"worker", "The children on this contact are allocated already"}});
    // The child the decision made a referral for comes first; a child on the contact whose own
    // decision made none is left out with that decision as the reason.
    auto children = ChildrenAndHousehold(records, by, *contact, now);
    const std::int64_t lead = decision->FirstReferred(contact->children);
    std::stable_partition(children.begin(), children.end(),
                          [&](const ChildOnContact& child) { return child.id == lead; });
    AllocationDraft merged = draft;
    for (auto& [id, reason] : decision->DecidedApart(rules_.framework))
      merged.exclusions[id] = std::move(reason);
    std::vector<std::int64_t> allocated;
    if (auto errors = CheckAllocation(records, merged, children, rules_.settings, allocated);
        !errors.empty())
      return refuse(std::move(errors));
    const auto due = domain::AssessmentDue(
        contact->referral_date.value_or(domain::ReferralDate(*contact)), rules_.calendar);
    auto allocations =
        KeepAllocations(records, by, *contact, merged, children, allocated, due, now);
    // "1 of 2 children, to Sam Lee, Social worker in Assessment team (north)": as pages name them.
    const auto* team = rules_.settings.FindTeam(draft.team);
    AddContactHistory(
        records, contact_id, "allocation", "",
        std::to_string(allocated.size()) + " of " +
            domain::Counted(static_cast<long long>(children.size()), "child", "children") +
            ", to " + ShownAs(records, draft.worker) + " in " + (team ? team->name : draft.team),
        by, now);
    write.Audit(records, *contact, "allocated to " + draft.worker + " " + draft.team);
    return allocations;
  });
}

}  // namespace frontdoor::service
