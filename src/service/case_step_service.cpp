// src/service/case_step_service.cpp — a step after a referral: only for a referred, allocated
// child, in the order the rules ask, on the record history and audited.
#include "service/case_step_service.hpp"

#include <algorithm>

#include "domain/uk_time.hpp"
#include "service/contact_write.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"

namespace frontdoor::service {

Submission<domain::CaseStep, ContactProgress> CaseStepService::RecordStep(
    const Identity& by, std::int64_t contact_id, std::int64_t person_id,
    const domain::CaseStepDraft& draft) {
  const auto now = clock_.Now();
  const ContactWrite write{store_, by, now, rules_, domain::Action::kRecordCaseStep};
  return write.Run<domain::CaseStep>(
      contact_id,
      [&](store::Records& records, const domain::Contact& contact)
          -> std::variant<domain::CaseStep, domain::FieldErrors, NotFound> {
        // A child not on the contact has no referral on it to record a step of (as ShowSteps).
        if (std::find(contact.children.begin(), contact.children.end(), person_id) ==
            contact.children.end())
          return NotFound{};
        const auto steps = store::LoadContactSteps(records, contact.id);
        const auto episode = steps.EpisodeFor(contact, person_id);
        if (!episode)
          return domain::FieldErrors{
              {"kind", "This child's decision on this contact made no referral"}};
        const bool allocated = std::any_of(
            steps.allocations.begin(), steps.allocations.end(), [&](const auto& allocation) {
              return allocation.person_id == person_id && allocation.excluded_reason.empty();
            });
        if (!allocated)
          return domain::FieldErrors{
              {"kind", "Allocate the child before recording what happened after the referral"}};
        domain::CaseStep step;
        if (auto errors = domain::ValidateCaseStep(draft, *episode, domain::UkDate(now),
                                                   rules_.calendar, step);
            !errors.empty())
          return errors;
        step.recorded_by = by.user.username;
        step.recorded_at = now;
        step.id = records.case_steps.Add(step);
        records.dashboard.Changed(contact.id);
        const auto event = domain::CaseStepEvent(step, contact.reference);
        const auto child = records.people.Find(person_id);
        AddContactHistory(records, contact.id,
                          "after the referral of " +
                              (child ? child->FullName() : "child " + std::to_string(person_id)),
                          "", event.title + ". " + event.summary, by, now);
        write.Audit(records, contact,
                    std::string(domain::kCaseStepKinds.Code(step.kind)) + " for " +
                        PersonRecordId(person_id));
        return step;
      });
}

}  // namespace frontdoor::service
