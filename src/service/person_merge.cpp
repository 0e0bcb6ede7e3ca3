// src/service/person_merge.cpp — two records of one person: the page that merges one into the
// other or takes them apart again, and the merge and its undoing; each audited.
#include <algorithm>

#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/person_service.hpp"
#include "service/record_access.hpp"

namespace frontdoor::service {

namespace {

//! The refusal of a merge's (or its undoing's) reason: ordinary text, given, at most 1000
//! characters, as a restriction's reason.
domain::FieldErrors ReasonErrors(const std::string& reason, const char* when_missing) {
  domain::FieldErrors errors;
  domain::CheckText(errors, reason, "reason", "The reason", 1000, when_missing);
  return errors;
}

//! A record joined to another in its history: "C0000008 (Jaden Smith)".
std::string JoinedRecordWords(const domain::Person& person) {
  return domain::LocalChildId(person.id) + " (" + person.FullName() + ")";
}

//! The records a merge form shows, as the access audit names them.
std::string MergeFormRecords(const MergeForm& form) {
  std::string named = PersonRecordId(form.person.id);
  if (form.merged_into) named += " " + PersonRecordId(form.merged_into->id);
  for (const auto& person : form.merged_in) named += " " + PersonRecordId(person.id);
  for (const auto& match : form.likely) named += " " + PersonRecordId(match.person.id);
  return named;
}

}  // namespace

MergeForm PersonService::MergeFormOf(store::Records& records, const Identity& by,
                                     const domain::Person& person, domain::Timestamp now) const {
  MergeForm form;
  form.person = person;
  form.child = domain::IsChild(person, domain::UkDate(now));
  if (person.merged_into) form.merged_into = VisiblePerson(records, by, *person.merged_into, now);
  form.merged_in = records.people.FindMany(records.people.MergedInto(person.id));
  // A record merged, or with records merged into it, is not merged again until taken apart.
  if (person.merged_into || !form.merged_in.empty()) return form;
  domain::ParsedSearch search;
  const std::string born = person.date_of_birth ? domain::FormatDate(*person.date_of_birth) : "";
  if (!domain::ParseSearch({person.FullName(), born, "", "", ""}, search).empty()) return form;
  auto matches = Search(records, by, search, now);
  std::erase_if(matches, [&](const domain::SearchMatch& match) {
    return match.restricted || match.person.id == person.id;
  });
  if (matches.size() > std::size_t(domain::kMatchesPerPage))
    matches.resize(domain::kMatchesPerPage);
  ReadInFull(records, matches);
  std::erase_if(matches, [](const domain::SearchMatch& match) {
    return match.person.merged_into.has_value();
  });
  form.likely = std::move(matches);
  return form;
}

Submission<domain::Person, MergeForm> PersonService::MergeAnswer(
    store::Records& records, const Identity& by, const std::vector<std::int64_t>& ids,
    Result<domain::Person> saved, domain::Timestamp now) const {
  if (auto* person = std::get_if<domain::Person>(&saved)) return std::move(*person);
  if (std::holds_alternative<NotFound>(saved)) return NotFound{};
  auto errors = std::move(std::get<Invalid>(saved).errors);
  // The form is shown again only to someone who may merge both records; others were refused
  // (and audited) for the record they may not change, and are shown nothing of either.
  const auto may_merge = [&](std::int64_t id) {
    return domain::MayChangeRestriction(records.restrictions.Find(id), by.user);
  };
  const auto person = records.people.Find(ids.front());
  if (!person) return NotFound{};
  MergeForm form;
  if (HiddenPeople(records, by, ids, now).empty() &&
      std::all_of(ids.begin(), ids.end(), may_merge)) {
    form = MergeFormOf(records, by, *person, now);
    AuditAllowed(records, by, now, domain::Action::kMergePeople, MergeFormRecords(form),
                 "merge form shown again: " + errors.front().message);
  }
  return Refused<MergeForm>{std::move(errors), std::move(form)};
}

Result<MergeForm> PersonService::ShowMerge(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<MergeForm> {
    const auto person = records.people.Find(id);
    if (!person) return NotFound{};
    if (!MayChangeRestrictionOrAudit(records, by, id, records.restrictions.Find(id), now,
                                     domain::Action::kMergePeople))
      return Invalid{
          {{"into_person_id", "Only the people a restricted record is open to can merge it"}}};
    auto form = MergeFormOf(records, by, *person, now);
    AuditAllowed(records, by, now, domain::Action::kMergePeople, MergeFormRecords(form),
                 "merge form");
    return form;
  });
}

Submission<domain::Person, MergeForm> PersonService::MergePeople(const Identity& by,
                                                                 std::int64_t id, std::int64_t into,
                                                                 const std::string& reason) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) {
    const auto merge = [&]() -> Result<domain::Person> {
      if (into <= 0)
        return Invalid{
            {{"into_person_id", "Choose the record to keep, or give its record number"}}};
      if (id == into) return Invalid{{{"into_person_id", "A record cannot be merged into itself"}}};
      if (auto errors = ReasonErrors(reason, "Enter why these are records of the same person");
          !errors.empty())
        return Invalid{std::move(errors)};
      // Both records held, lower id first, so two merges at once cannot make a chain.
      records.people.Lock(std::min(id, into));
      records.people.Lock(std::max(id, into));
      auto person = records.people.Find(id);
      if (!person) return NotFound{};
      auto survivor = records.people.Find(into);
      if (!survivor) return Invalid{{{"into_person_id", "There is no person with that id"}}};
      if (!MayChangePeople(records, by, {id, into}, domain::Action::kMergePeople, now)) {
        return Invalid{
            {{"into_person_id", "Both records must be open to you before they can be merged"}}};
      }
      if (survivor->merged_into)
        return Invalid{{{"into_person_id",
                         "That record was itself merged into another: merge into that one"}}};
      if (person->merged_into)
        return Invalid{{{"into_person_id", "This record is already merged into another"}}};
      if (!records.people.MergedInto(id).empty())
        return Invalid{
            {{"into_person_id", "Other records are merged into this one: undo those first"}}};
      if (auto different = domain::CheckSamePerson(*person, *survivor))
        return Invalid{{std::move(*different)}};
      // One child, one rule for who may see them: only someone a restricted record is open to (not
      // a manager who broke the glass) merges it, and its restriction then covers both records.
      const auto restriction = records.restrictions.Find(id);
      const auto survivor_restriction = records.restrictions.Find(into);
      if (!MayChangeRestrictionOrAudit(records, by, id, restriction, now,
                                       domain::Action::kMergePeople) ||
          !MayChangeRestrictionOrAudit(records, by, into, survivor_restriction, now,
                                       domain::Action::kMergePeople))
        return Invalid{{{"into_person_id",
                         "Only the people a restricted record is open to can "
                         "merge it"}}};
      std::string carried;
      if (const auto extended = domain::RestrictionCarriedByMerge(
              restriction, id, survivor_restriction, into, by.user.id, now)) {
        records.restrictions.Set(*extended);
        carried =
            "; restriction of person:" + std::to_string(extended->person_id == into ? id : into) +
            " now covers person:" + std::to_string(extended->person_id) + " too";
      }
      records.people.SetMergedInto(id, into);
      person->merged_into = into;
      // Kept on the record kept, so the child's journey says where the joined history came from.
      records.history.Add({PersonRecordId(into), std::string(domain::kJoinedRecord), "",
                           JoinedRecordWords(*person), by.user.username, now,
                           domain::Trim(reason)});
      AuditAllowed(records, by, now, domain::Action::kMergePeople,
                   PersonRecordId(id) + " person:" + std::to_string(into),
                   "merged into person:" + std::to_string(into) +
                       "; reason: " + domain::Trim(reason) + carried);
      return *person;
    };
    return MergeAnswer(records, by, {id, into}, merge(), now);
  });
}

Submission<domain::Person, MergeForm> PersonService::UnmergePerson(const Identity& by,
                                                                   std::int64_t id,
                                                                   const std::string& reason) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) {
    auto person = records.people.Find(id);
    const std::vector<std::int64_t> both = {id, person ? person->merged_into.value_or(0) : 0};
    const auto unmerge = [&]() -> Result<domain::Person> {
      if (auto errors = ReasonErrors(reason, "Enter why these are not records of the same person");
          !errors.empty())
        return Invalid{std::move(errors)};
      if (!person) return NotFound{};
      if (!person->merged_into)
        return Invalid{{{"person_id", "This record is not merged into another"}}};
      const std::int64_t was = *person->merged_into;
      // Undoing a merge changes both records: both must be open to whoever undoes it.
      if (!MayChangePeople(records, by, {id, was}, domain::Action::kMergePeople, now)) {
        return Invalid{
            {{"person_id", "Both records must be open to you before the merge is undone"}}};
      }
      // As for a merge: a manager who broke the glass reads the records, and takes nothing apart.
      if (!MayChangeRestrictionOrAudit(records, by, id, records.restrictions.Find(id), now,
                                       domain::Action::kMergePeople))
        return Invalid{
            {{"person_id", "Only the people a restricted record is open to can take it apart"}}};
      records.people.SetMergedInto(id, std::nullopt);
      person->merged_into.reset();
      records.history.Add({PersonRecordId(was), std::string(domain::kJoinedRecord),
                           JoinedRecordWords(*person), "", by.user.username, now,
                           domain::Trim(reason)});
      AuditAllowed(records, by, now, domain::Action::kMergePeople,
                   PersonRecordId(id) + " person:" + std::to_string(was),
                   "no longer merged into person:" + std::to_string(was) +
                       "; reason: " + domain::Trim(reason));
      return *person;
    };
    return MergeAnswer(records, by, both, unmerge(), now);
  });
}

}  // namespace frontdoor::service
