// src/service/case_step_service.cpp — a step after a referral: only for a referred, allocated
// child, in the order the rules ask, on the record history and audited. What is read and written
// is the child's own, so it needs only the child's record open to the asker.
#include "service/case_step_service.hpp"

#include <algorithm>

#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/contact_write.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"

namespace frontdoor::service {

namespace {

std::string ReferralRecordIds(std::int64_t contact_id, std::int64_t person_id) {
  return "contact:" + std::to_string(contact_id) + " " + PersonRecordId(person_id);
}

//! The child's referral on the contact, when there is one and the child's record is open to
//! `by`; a restricted record's refusal is audited under `action`.
std::optional<ChildReferral> ReadChildReferral(store::Records& records, const Identity& by,
                                               std::int64_t contact_id, std::int64_t person_id,
                                               domain::Timestamp now, domain::Action action) {
  const auto contact = records.contacts.Find(contact_id);
  if (!contact || std::find(contact->children.begin(), contact->children.end(), person_id) ==
                      contact->children.end())
    return std::nullopt;
  const auto child = VisiblePerson(records, by, person_id, now);
  if (!child) {
    AppendAudit(records, by.AsActor(), now,
                {action, ReferralRecordIds(contact_id, person_id), domain::AuditOutcome::kRefused,
                 "restricted record"});
    return std::nullopt;
  }
  const auto steps = store::LoadContactSteps(records, contact_id);
  auto episode = steps.EpisodeFor(*contact, person_id);
  if (!episode) return std::nullopt;
  ChildReferral referral{contact_id,          contact->reference, person_id, child->FullName(),
                         std::move(*episode), std::nullopt,       {},        ShownNames(records)};
  for (const auto& allocation : steps.allocations) {
    if (allocation.person_id == person_id && allocation.excluded_reason.empty())
      referral.allocation = allocation;
  }
  std::copy_if(steps.case_steps.begin(), steps.case_steps.end(), std::back_inserter(referral.steps),
               [&](const auto& step) { return step.person_id == person_id; });
  return referral;
}

}  // namespace

Result<ChildReferral> CaseStepService::ShowSteps(const Identity& by, std::int64_t contact_id,
                                                 std::int64_t person_id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<ChildReferral> {
    auto referral =
        ReadChildReferral(records, by, contact_id, person_id, now, domain::Action::kViewContact);
    if (!referral) return NotFound{};
    AuditAllowed(records, by, now, domain::Action::kViewContact,
                 ReferralRecordIds(contact_id, person_id), "after the referral");
    return std::move(*referral);
  });
}

Submission<domain::CaseStep, ChildReferral> CaseStepService::RecordStep(
    const Identity& by, std::int64_t contact_id, std::int64_t person_id,
    const domain::CaseStepDraft& draft) {
  const auto now = clock_.Now();
  constexpr auto kAction = domain::Action::kRecordCaseStep;
  using Answer = Submission<domain::CaseStep, ChildReferral>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    records.contacts.Lock(contact_id);
    auto referral = ReadChildReferral(records, by, contact_id, person_id, now, kAction);
    if (!referral) return NotFound{};
    const std::string record_ids = ReferralRecordIds(contact_id, person_id);
    const auto audit = [&](domain::AuditOutcome outcome, const std::string& detail) {
      AppendAudit(records, by.AsActor(), now, {kAction, record_ids, outcome, detail});
    };
    // The service checks the permission as well as the pages and the API.
    if (!domain::IsAllowed(by.user.role, kAction)) {
      audit(domain::AuditOutcome::kRefused, "role not permitted");
      return Refused<ChildReferral>{ContactWrite::NotAllowed(), std::move(*referral)};
    }
    domain::CaseStep step;
    domain::FieldErrors errors;
    if (!referral->allocation)
      errors = {{"kind", "Allocate the child before recording what happened after the referral"}};
    else
      errors = domain::ValidateCaseStep(draft, referral->episode, domain::UkDate(now),
                                        rules_.calendar, step);
    if (!errors.empty()) {
      audit(domain::AuditOutcome::kAllowed, NotSavedDetail(errors));
      return Refused<ChildReferral>{std::move(errors), std::move(*referral)};
    }
    step.recorded_by = by.user.username;
    step.recorded_at = now;
    step.id = records.case_steps.Add(step);
    records.dashboard.Changed(contact_id);
    const auto event = domain::CaseStepEvent(step, referral->contact_reference);
    AddContactHistory(records, contact_id, "after the referral of " + referral->name, "",
                      event.title + ". " + event.summary, by, now);
    audit(domain::AuditOutcome::kAllowed, std::string(domain::kCaseStepKinds.Code(step.kind)) +
                                              " for " + PersonRecordId(person_id));
    return step;
  });
}

}  // namespace frontdoor::service
