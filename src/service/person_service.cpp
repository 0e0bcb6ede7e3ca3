// src/service/person_service.cpp — people's records with restriction and break-glass, each step
// audited.
#include "service/person_service.hpp"

#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"

namespace frontdoor::service {

namespace {

std::string RecordId(std::int64_t person_id) {
  return "person:" + std::to_string(person_id);
}

}  // namespace

Result<domain::Person> PersonService::AddPerson(const Identity& by,
                                                const domain::PersonDraft& draft) {
  domain::Person person;
  const auto now = clock_.Now();
  if (auto errors = domain::ValidatePerson(draft, domain::UkDate(now), person); !errors.empty()) {
    return Invalid{std::move(errors)};
  }
  person.created_at = now;
  return store_.WriteResult([&](store::Repository& repository) -> Result<domain::Person> {
    person.id = repository.AddPerson(person);
    AppendAudit(repository, by.AsActor(), now,
                {"add_person", RecordId(person.id), domain::AuditOutcome::kAllowed, ""});
    return person;
  });
}

Result<PersonView> PersonService::ViewPerson(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Repository& repository) -> Result<PersonView> {
    auto person = repository.FindPerson(id);
    if (!person) return NotFound{};
    const auto restriction = repository.FindRestriction(id);
    const auto openings =
        restriction ? repository.BreakGlassFor(id, by.user.id) : std::vector<domain::BreakGlass>{};
    const auto access = domain::DecideRecordAccess(restriction, by.user, openings, now);
    PersonView view;
    view.id = id;
    view.restricted = restriction.has_value();
    if (access == domain::RecordAccess::kFull) {
      view.person = *person;
      const auto& allowed =
          restriction ? restriction->allowed_user_ids : std::vector<std::int64_t>{};
      view.opened_by_break_glass =
          restriction && std::find(allowed.begin(), allowed.end(), by.user.id) == allowed.end();
    } else {
      view.can_break_glass = by.user.role == domain::Role::kManager;
    }
    AppendAudit(repository, by.AsActor(), now,
                {"view_person_record", RecordId(id),
                 access == domain::RecordAccess::kFull ? domain::AuditOutcome::kAllowed
                                                       : domain::AuditOutcome::kRefused,
                 access == domain::RecordAccess::kFull
                     ? (view.opened_by_break_glass ? "opened by breaking the glass" : "")
                     : "restricted record"});
    return view;
  });
}

Result<domain::Restriction> PersonService::RestrictRecord(const Identity& by, std::int64_t id,
                                                          const std::vector<std::string>& usernames,
                                                          const std::string& reason) {
  if (domain::Trim(reason).empty())
    return Invalid{{{"reason", "Enter why this record is restricted"}}};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Repository& repository) -> Result<domain::Restriction> {
    if (!repository.FindPerson(id)) return NotFound{};
    domain::Restriction restriction;
    restriction.person_id = id;
    restriction.reason = domain::Trim(reason);
    restriction.restricted_by = by.user.id;
    restriction.restricted_at = now;
    restriction.allowed_user_ids.push_back(by.user.id);
    for (const std::string& username : usernames) {
      auto user = repository.FindUserByUsername(username);
      if (!user) return Invalid{{{"allowed_usernames", "There is no account named " + username}}};
      restriction.allowed_user_ids.push_back(user->id);
    }
    repository.SetRestriction(restriction);
    std::string named;
    for (const auto& username : usernames) named += (named.empty() ? "" : ", ") + username;
    AppendAudit(
        repository, by.AsActor(), now,
        {"restrict_record", RecordId(id), domain::AuditOutcome::kAllowed,
         "open to " + (named.empty() ? std::string("the restricting manager only") : named)});
    return restriction;
  });
}

Result<domain::BreakGlass> PersonService::BreakGlass(const Identity& by, std::int64_t id,
                                                     const std::string& reason) {
  if (auto errors = domain::ValidateBreakGlassReason(reason); !errors.empty())
    return Invalid{std::move(errors)};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Repository& repository) -> Result<domain::BreakGlass> {
    if (!repository.FindPerson(id)) return NotFound{};
    if (!repository.FindRestriction(id))
      return Invalid{{{"reason", "This record is not restricted"}}};
    domain::BreakGlass opening;
    opening.person_id = id;
    opening.user_id = by.user.id;
    opening.username = by.user.username;
    opening.reason = domain::Trim(reason);
    opening.at = now;
    opening.id = repository.AddBreakGlass(opening);
    AppendAudit(repository, by.AsActor(), now,
                {"break_glass", RecordId(id) + " break_glass:" + std::to_string(opening.id),
                 domain::AuditOutcome::kAllowed, "for review; reason: " + opening.reason});
    return opening;
  });
}

std::vector<domain::BreakGlass> PersonService::BreakGlassToReview() {
  return store_.ReadResult(
      [](store::Repository& repository) { return repository.UnreviewedBreakGlass(200); });
}

Result<bool> PersonService::ReviewBreakGlass(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Repository& repository) -> Result<bool> {
    if (!repository.MarkBreakGlassReviewed(id, by.user.username, now)) return NotFound{};
    AppendAudit(repository, by.AsActor(), now,
                {"review_break_glass", "break_glass:" + std::to_string(id),
                 domain::AuditOutcome::kAllowed, ""});
    return true;
  });
}

}  // namespace frontdoor::service
