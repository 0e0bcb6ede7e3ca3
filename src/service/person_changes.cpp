// src/service/person_changes.cpp — households, relationships and corrections to a person's record:
// each change on the record's history with its reason, and audited.
#include "service/person_service.hpp"

#include <algorithm>
#include <set>

#include "domain/correction.hpp"
#include "domain/date_typed.hpp"
#include "domain/permissions.hpp"
#include "domain/re_referral.hpp"
#include "domain/record_version.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"
#include "store/person_candidates.hpp"

namespace frontdoor::service {

Result<domain::Household> PersonService::AddHousehold(const Identity& by,
                                                      const domain::HouseholdDraft& draft) {
  domain::Household household;
  if (auto errors = domain::ValidateHousehold(draft, household); !errors.empty())
    return Invalid{std::move(errors)};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::Household> {
    household.id = records.households.Add(household);
    AuditAllowed(records, by, now, domain::Action::kAddPerson,
                 "household:" + std::to_string(household.id), "household added");
    return household;
  });
}

Result<domain::Household> PersonService::HouseholdToJoin(const Identity& by,
                                                         std::int64_t household_id) {
  const auto now = clock_.Now();
  // A reading: its only write is the access-audit entry of the address it shows.
  return store_.ReadingResult([&](store::Records& records) -> Result<domain::Household> {
    auto household = records.households.Find(household_id);
    if (!household) return NotFound{};
    AuditAllowed(records, by, now, domain::Action::kAddPerson,
                 "household:" + std::to_string(household_id), "to add someone who lives there");
    return std::move(*household);
  });
}

Result<domain::HouseholdMember> PersonService::AddToHousehold(const Identity& by,
                                                              std::int64_t household_id,
                                                              std::int64_t person_id,
                                                              const std::string& from) {
  const auto from_date = domain::ParseDate(from);
  if (!from_date)
    return Invalid{
        {{"from", domain::FindDateProblem(from, "The date they started living there").message}}};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::HouseholdMember> {
    if (!records.households.Find(household_id)) return NotFound{};
    const auto person = records.people.Find(person_id);
    if (!person) return Invalid{{{"person_id", "There is no person with that id"}}};
    if (!MayChangePeople(records, by, {person_id}, domain::Action::kAddPerson, now)) {
      return Invalid{{{"person_id",
                       "That record must be open to you before it is added to a "
                       "household"}}};
    }
    const domain::HouseholdMember member{household_id, person_id, *from_date, std::nullopt};
    std::vector<domain::HouseholdMember> spells;
    for (const auto& existing : records.households.MembersOf(household_id)) {
      if (existing.person_id == person_id) spells.push_back(existing);
    }
    if (auto errors = domain::ValidateJoining(*person, *from_date, domain::UkDate(now), spells);
        !errors.empty())
      return Invalid{std::move(errors)};
    records.households.AddMember(member);
    AuditAllowed(
        records, by, now, domain::Action::kAddPerson,
        "household:" + std::to_string(household_id) + " person:" + std::to_string(person_id),
        "lives in the household from " + from);
    return member;
  });
}

Result<domain::Relationship> PersonService::Relate(const Identity& by, std::int64_t person_id,
                                                   std::int64_t related_person_id,
                                                   const std::string& kind,
                                                   const std::string& reason) {
  const auto parsed = domain::kRelationships.Parse(kind);
  // None chosen is what a page sends; a kind it does not know only comes from a calling system.
  if (!parsed && domain::Trim(kind).empty())
    return Invalid{{{"kind", "Choose how they are related"}}};
  if (!parsed)
    return Invalid{{{"kind",
                     "Choose parent, child, step_parent, step_child, carer, cared_for, sibling, "
                     "half_sibling, partner or other"}}};
  if (person_id == related_person_id)
    return Invalid{{{"related_person_id", "A person cannot be related to themselves"}}};
  if (auto errors = domain::ValidateCorrectionReason(reason); !errors.empty())
    return Invalid{std::move(errors)};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::Relationship> {
    const auto person = records.people.Find(person_id);
    if (!person) return NotFound{};
    const auto related = records.people.Find(related_person_id);
    if (!related) return Invalid{{{"related_person_id", "There is no person with that id"}}};
    if (!MayChangePeople(records, by, {person_id, related_person_id}, domain::Action::kAddPerson,
                         now)) {
      return Invalid{
          {{"related_person_id", "Both records must be open to you before they are related"}}};
    }
    for (const auto& [one, field] :
         {std::pair{&*person, "person_id"}, {&*related, "related_person_id"}}) {
      if (auto merged = domain::MergedAway(*one, field)) return Invalid{{*merged}};
    }
    if (auto ages = domain::CheckRelationshipAges(*person, *related, *parsed))
      return Invalid{{std::move(*ages)}};
    const domain::Relationship relationship{person_id, related_person_id, *parsed};
    const domain::Relationship inverse{related_person_id, person_id, domain::Inverse(*parsed)};
    // A change of a relationship already recorded is a correction on both records.
    for (const auto& [one, other] : {std::pair{relationship, *related}, {inverse, *person}}) {
      for (const auto& existing : records.households.RelationshipsOf(one.person_id)) {
        if (existing.related_person_id != one.related_person_id || existing.kind == one.kind)
          continue;
        records.history.Add({PersonRecordId(one.person_id),
                             std::string(domain::kRelationshipWith) + other.FullName(),
                             std::string(domain::kRelationships.Name(existing.kind)),
                             std::string(domain::kRelationships.Name(one.kind)), by.user.username,
                             now, domain::Trim(reason)});
      }
    }
    records.households.AddRelationship(relationship);
    records.households.AddRelationship(inverse);
    AuditAllowed(records, by, now, domain::Action::kAddPerson,
                 PersonRecordId(person_id) + " person:" + std::to_string(related_person_id),
                 "relationship: " + kind);
    return relationship;
  });
}

template <typename Answer, typename Work>
Answer PersonService::Correct(const Identity& by, std::int64_t id, Work work) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Answer {
    records.people.Lock(id);
    auto person = VisiblePerson(records, by, id, now);
    if (!person) {
      if (!records.people.Find(id)) return NotFound{};
      // Reading it says it is restricted, so a refused change says so too.
      AppendAudit(records, by.AsActor(), now,
                  {domain::Action::kCorrectRecord, PersonRecordId(id),
                   domain::AuditOutcome::kRefused, "restricted record"});
      return Invalid{{{"",
                       "This record is restricted: only the people it is open to can "
                       "change it"}}};
    }
    if (!domain::IsAllowed(by.user.role, domain::Action::kCorrectRecord)) {
      AppendAudit(records, by.AsActor(), now,
                  {domain::Action::kCorrectRecord, PersonRecordId(id),
                   domain::AuditOutcome::kRefused, "role"});
      return Invalid{{{"", "Your role does not allow this"}}};
    }
    if (auto merged = domain::MergedAway(*person, "")) return Invalid{{*merged}};
    return work(records, *person, now);
  });
}

std::variant<domain::Person, Invalid, NotFound, Stale> PersonService::CorrectPerson(
    const Identity& by, std::int64_t id, const domain::PersonDraft& draft,
    const std::string& reason, const std::optional<std::string>& if_match,
    const std::optional<std::set<std::string>>& sent_fields) {
  using Answer = std::variant<domain::Person, Invalid, NotFound, Stale>;
  return Correct<Answer>(
      by, id,
      [&](store::Records& records, const domain::Person& before, domain::Timestamp now) -> Answer {
        const std::string version = domain::PersonVersion(before);
        if (if_match && !domain::IfMatchHolds(*if_match, version)) {
          AppendAudit(records, by.AsActor(), now,
                      {domain::Action::kCorrectRecord, PersonRecordId(id),
                       domain::AuditOutcome::kRefused, std::string(domain::kOutOfDateAudit)});
          return Stale{version};
        }
        domain::Person after;
        auto errors = domain::ValidatePerson(
            sent_fields ? domain::KeepingUnsent(draft, domain::DraftOf(before), *sent_fields)
                        : draft,
            domain::UkDate(now), after);
        for (auto& error : domain::ValidateCorrectionReason(reason))
          errors.push_back(std::move(error));
        after.id = before.id;
        if (errors.empty() && after.nhs_number != before.nhs_number) {
          if (auto taken = NhsNumberHeldElsewhere(records, after)) errors.push_back(*taken);
        }
        if (!errors.empty()) return Invalid{std::move(errors)};
        after.created_at = before.created_at;
        after.merged_into = before.merged_into;
        const auto changes = domain::PersonChanges(before, after);
        if (changes.empty())
          return Invalid{{{"given_name", "Nothing has changed: change a detail, or go back"}}};
        records.people.Update(after);
        std::string changed;
        for (const auto& change : changes) {
          records.history.Add({PersonRecordId(id), change.part, change.from, change.to,
                               by.user.username, now, domain::Trim(reason)});
          changed += (changed.empty() ? "" : ", ") + change.part;
        }
        AuditAllowed(records, by, now, domain::Action::kCorrectRecord, PersonRecordId(id),
                     "corrected: " + changed);
        return after;
      });
}

Result<Move> PersonService::MoveOut(const Identity& by, std::int64_t person_id,
                                    std::int64_t household_id, const std::string& moved_out,
                                    const std::string& reason,
                                    const std::optional<domain::HouseholdDraft>& moved_to) {
  return Correct<Result<Move>>(
      by, person_id,
      [&](store::Records& records, const domain::Person&, domain::Timestamp now) -> Result<Move> {
        std::optional<std::pair<domain::Household, domain::HouseholdMember>> lived;
        for (auto& one : records.households.HouseholdsOf(person_id)) {
          if (one.first.id == household_id && (!lived || !one.second.to)) lived = std::move(one);
        }
        if (!lived)  // the person is found; the household is not theirs
          return Invalid{{{"household_id", "This person has never lived in that household"}}};
        auto& [household, member] = *lived;
        domain::Date date;
        auto errors = domain::ValidateMoveOut(member, moved_out, domain::UkDate(now), date);
        for (auto& error : domain::ValidateCorrectionReason(reason))
          errors.push_back(std::move(error));
        domain::Household new_home;
        if (moved_to) {
          for (auto& error : domain::ValidateHousehold(*moved_to, new_home))
            errors.push_back(std::move(error));
        }
        if (!errors.empty()) return Invalid{std::move(errors)};
        records.households.EndMembership(household_id, person_id, date);
        const std::string from = "Lives there from " + domain::FormatLongDate(member.from);
        member.to = date;
        records.history.Add({PersonRecordId(person_id),
                             std::string(domain::kWhereTheyLive) + domain::AddressLine(household),
                             from, from + " to " + domain::FormatLongDate(date), by.user.username,
                             now, domain::Trim(reason)});
        Move move{member, std::nullopt};
        std::string moved_in;
        if (moved_to) {
          new_home.id = records.households.Add(new_home);
          move.joined = domain::HouseholdMember{new_home.id, person_id, date, std::nullopt};
          records.households.AddMember(*move.joined);
          records.history.Add({PersonRecordId(person_id),
                               std::string(domain::kWhereTheyLive) + domain::AddressLine(new_home),
                               "", "Lives there from " + domain::FormatLongDate(date),
                               by.user.username, now, domain::Trim(reason)});
          moved_in = " household:" + std::to_string(new_home.id);
        }
        AuditAllowed(
            records, by, now, domain::Action::kCorrectRecord,
            PersonRecordId(person_id) + " household:" + std::to_string(household_id) + moved_in,
            "moved out on " + domain::FormatDate(date) + (moved_to ? ", to a new household" : ""));
        return move;
      });
}

}  // namespace frontdoor::service
