// src/service/person_service.cpp — people's records: adding, viewing, restricting and breaking the
// glass; each step audited (merging: person_merge.cpp).
#include "service/person_service.hpp"

#include <algorithm>
#include <set>

#include "domain/correction.hpp"
#include "domain/date_typed.hpp"
#include "domain/permissions.hpp"
#include "domain/re_referral.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/idempotent_write.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"
#include "store/person_candidates.hpp"

namespace frontdoor::service {

std::variant<domain::Person, PossibleMatches, Invalid> PersonService::AddPerson(
    const Identity& by, const domain::PersonDraft& draft,
    const std::optional<HouseholdJoining>& joining, bool show_likely_matches,
    const std::optional<domain::IdempotentRequest>& request) {
  domain::Person person;
  const auto now = clock_.Now();
  auto errors = domain::ValidatePerson(draft, domain::UkDate(now), person);
  // Since when they live there: asked, not assumed to be today.
  std::optional<domain::Date> lives_from;
  if (joining) {
    lives_from = domain::ParseDate(joining->from);
    if (!lives_from)
      errors.push_back(
          {std::string(kLivesFromField),
           domain::FindDateProblem(joining->from, "The date they started living there").message});
    else if (errors.empty())
      for (auto error : domain::ValidateJoining(person, *lives_from, domain::UkDate(now), {}))
        errors.push_back({std::string(kLivesFromField), std::move(error.message)});
  }
  if (!errors.empty()) return Invalid{std::move(errors)};
  person.created_at = now;
  // Likely existing records come first: the person is added only once they have been seen.
  domain::ParsedSearch search;
  const bool searchable =
      show_likely_matches &&
      domain::ParseSearch({person.FullName(), draft.date_of_birth, "", "", ""}, search).empty();
  using Answer = std::variant<domain::Person, PossibleMatches, Invalid>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    const auto add = [&]() -> Answer {
      if (searchable) {
        auto matches = Search(records, by, search, now);
        if (!matches.empty()) {
          ReadInFull(records, matches);
          AuditSearch(records, by, matches, "before adding " + person.FullName(), now);
          return PossibleMatches{std::move(matches)};
        }
      }
      if (joining && !records.households.Find(joining->household_id))
        return Invalid{{{"household_id", "There is no household with that id"}}};
      if (auto taken = NhsNumberHeldElsewhere(records, person)) return Invalid{{*taken}};
      person.id = records.people.Add(person);
      if (joining)
        records.households.AddMember({joining->household_id, person.id, *lives_from, std::nullopt});
      AuditAllowed(records, by, now, domain::Action::kAddPerson,
                   PersonRecordId(person.id) +
                       (joining ? " household:" + std::to_string(joining->household_id) : ""),
                   joining ? "person added, living there from " + domain::FormatDate(*lives_from)
                           : "person added");
      return person;
    };
    const auto replay = [&](std::int64_t id) -> std::optional<Answer> {
      auto added = VisiblePerson(records, by, id, now);
      if (!added) return std::nullopt;
      AuditAllowed(records, by, now, domain::Action::kAddPerson, PersonRecordId(id),
                   std::string(domain::kSentAgainAudit));
      return Answer(std::move(*added));
    };
    const auto reused = [&]() -> Answer {
      AuditAllowed(records, by, now, domain::Action::kAddPerson, "",
                   std::string(domain::kKeyReusedAudit));
      return Invalid{{domain::IdempotencyKeyReused()}};
    };
    return IdempotentWrite<Answer>(records, by.user.id, request, now, add, replay, reused,
                                   [](const Answer& answer) -> std::int64_t {
                                     const auto* added = std::get_if<domain::Person>(&answer);
                                     return added ? added->id : 0;
                                   });
  });
}

std::optional<domain::FieldError> PersonService::NhsNumberHeldElsewhere(
    store::Records& records, const domain::Person& person) {
  if (person.nhs_number.empty()) return std::nullopt;
  const auto ids = records.people.ByIndex(store::PersonIndex::kNhsNumber, person.nhs_number, 10);
  return domain::NhsNumberHeldElsewhere(records.people.FindSearchRows(ids), person.id);
}

Result<PersonView> PersonService::ViewPerson(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<PersonView> {
    auto person = records.people.Find(id);
    if (!person) return NotFound{};
    const auto restriction = records.restrictions.Find(id);
    const auto openings = restriction ? records.restrictions.BreakGlassFor(id, by.user.id)
                                      : std::vector<domain::BreakGlass>{};
    const auto access = domain::DecideRecordAccess(restriction, by.user, openings, now);
    PersonView view;
    view.id = id;
    view.restricted = restriction.has_value();
    if (access == domain::RecordAccess::kFull) {
      view.person = *person;
      // Full access to a record not open to the asker comes only from breaking the glass.
      view.may_change_restriction = domain::MayChangeRestriction(restriction, by.user);
      view.opened_by_break_glass = !view.may_change_restriction;
    } else {
      view.can_break_glass = domain::IsAllowed(by.user.role, domain::Action::kBreakGlass);
    }
    AppendAudit(records, by.AsActor(), now,
                {domain::Action::kViewPersonRecord, PersonRecordId(id),
                 access == domain::RecordAccess::kFull ? domain::AuditOutcome::kAllowed
                                                       : domain::AuditOutcome::kRefused,
                 access == domain::RecordAccess::kFull
                     ? (view.opened_by_break_glass ? "opened by breaking the glass" : "")
                     : "restricted record"});
    return view;
  });
}

namespace {

//! The restriction form for `person` as it stands, for `by` (who may change it).
RestrictionForm RestrictionFormOf(store::Records& records, const Identity& by,
                                  const domain::Person& person,
                                  const std::optional<domain::Restriction>& restriction) {
  RestrictionForm form;
  form.id = person.id;
  form.name = person.FullName();
  for (auto& user : records.accounts.List()) {
    if (restriction && std::count(restriction->allowed_user_ids.begin(),
                                  restriction->allowed_user_ids.end(), user.id))
      form.allowed_usernames.push_back(user.username);
    // Only those whose role reads people's records are offered: naming anyone else opens
    // nothing to them.
    if (!user.disabled && user.id != by.user.id &&
        domain::IsAllowed(user.role, domain::Action::kViewPersonRecord))
      form.accounts.push_back(std::move(user));
  }
  std::sort(form.accounts.begin(), form.accounts.end(),
            [](const auto& a, const auto& b) { return a.ShownAs() < b.ShownAs(); });
  if (restriction) form.reason = restriction->reason;
  return form;
}

constexpr const char* kNotNamed =
    "Only the people this record is open to can change who it is open to";

}  // namespace

Result<RestrictionForm> PersonService::ShowRestriction(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<RestrictionForm> {
    const auto person = records.people.Find(id);
    if (!person) return NotFound{};
    const auto restriction = records.restrictions.Find(id);
    if (!MayChangeRestrictionOrAudit(records, by, id, restriction, now))
      return Invalid{{{"allowed_usernames", kNotNamed}}};
    AuditAllowed(records, by, now, domain::Action::kRestrictRecord, PersonRecordId(id),
                 "form shown");
    return RestrictionFormOf(records, by, *person, restriction);
  });
}

Submission<domain::Restriction, RestrictionForm> PersonService::RestrictRecord(
    const Identity& by, std::int64_t id, const std::vector<std::string>& usernames,
    const std::string& reason) {
  const auto now = clock_.Now();
  using Answer = Submission<domain::Restriction, RestrictionForm>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    const auto person = records.people.Find(id);
    if (!person) return NotFound{};
    const auto current = records.restrictions.Find(id);
    if (!MayChangeRestrictionOrAudit(records, by, id, current, now)) {
      RestrictionForm not_named;  // nothing of the record is shown to them
      not_named.id = id;
      not_named.asker_named = false;
      return Refused<RestrictionForm>{{{"allowed_usernames", kNotNamed}}, std::move(not_named)};
    }
    const auto refuse = [&](std::string field, std::string message) -> Answer {
      return Refused<RestrictionForm>{{{std::move(field), std::move(message)}},
                                      RestrictionFormOf(records, by, *person, current)};
    };
    if (domain::Trim(reason).empty())
      return refuse("reason", "Enter why this record is restricted");
    if (domain::CountCharacters(reason) > 1000 || domain::HasControlCharacters(reason))
      return refuse("reason", "Reason must be 1000 characters or fewer of ordinary text");
    domain::Restriction restriction;
    restriction.person_id = id;
    restriction.reason = domain::Trim(reason);
    restriction.restricted_by = by.user.id;
    restriction.restricted_at = now;
    restriction.allowed_user_ids.push_back(by.user.id);
    for (const std::string& username : usernames) {
      auto user = records.accounts.FindByUsername(username);
      if (!user) return refuse("allowed_usernames", "There is no account named " + username);
      if (!domain::IsAllowed(user->role, domain::Action::kViewPersonRecord))
        return refuse("allowed_usernames", username + " cannot be named: their role (" +
                                               std::string(domain::kRoles.Name(user->role)) +
                                               ") does not read people's records");
      auto& allowed = restriction.allowed_user_ids;  // each once: the manager may name themself
      if (std::find(allowed.begin(), allowed.end(), user->id) == allowed.end())
        allowed.push_back(user->id);
    }
    records.restrictions.Set(restriction);
    // The records merged into this one are the same child's: the restriction covers them too.
    std::string covered;
    for (std::int64_t merged : records.people.MergedInto(id)) {
      domain::Restriction same = restriction;
      same.person_id = merged;
      records.restrictions.Set(same);
      covered += " " + PersonRecordId(merged);
    }
    std::string named;
    for (const auto& username : usernames) named += (named.empty() ? "" : ", ") + username;
    AuditAllowed(records, by, now, domain::Action::kRestrictRecord, PersonRecordId(id),
                 "open to " +
                     (named.empty() ? std::string("the restricting manager only") : named) +
                     "; why: " + restriction.reason +
                     (covered.empty() ? "" : "; covering the records merged into it:" + covered));
    return restriction;
  });
}

Result<domain::BreakGlass> PersonService::BreakGlass(const Identity& by, std::int64_t id,
                                                     const std::string& reason) {
  if (auto errors = domain::ValidateBreakGlassReason(reason); !errors.empty())
    return Invalid{std::move(errors)};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::BreakGlass> {
    if (!records.people.Find(id)) return NotFound{};
    if (!records.restrictions.Find(id))
      return Invalid{{{"reason", "This record is not restricted"}}};
    domain::BreakGlass opening;
    opening.person_id = id;
    opening.user_id = by.user.id;
    opening.username = by.user.username;
    opening.reason = domain::Trim(reason);
    opening.at = now;
    opening.id = records.restrictions.AddBreakGlass(opening);
    AuditAllowed(records, by, now, domain::Action::kBreakGlass,
                 PersonRecordId(id) + " break_glass:" + std::to_string(opening.id),
                 "for review; reason: " + opening.reason);
    return opening;
  });
}

}  // namespace frontdoor::service
