// src/service/person_merge.cpp — two records of one person: the page that merges one into the
// other or takes them apart again, and the merge and its undoing; each audited.
#include <algorithm>
#include <set>

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
  for (const auto& [id, person] : form.merged_in) named += " " + PersonRecordId(id);
  for (const auto& match : form.likely) named += " " + PersonRecordId(match.person.id);
  return named;
}

//! Whether `by` may merge the records `ids` (one person's), or take them apart: each visible to
//! them and, if restricted, open to them, not only opened by breaking the glass (which lets a
//! manager read a record, not merge it). A refusal is audited, and answered on `field` in the
//! words `not_visible` or `not_named`.
std::optional<domain::FieldError> MayMergeOrAudit(store::Records& records, const Identity& by,
                                                  const std::vector<std::int64_t>& ids,
                                                  domain::Timestamp now, const std::string& field,
                                                  const char* not_visible, const char* not_named) {
  if (!MayChangePeople(records, by, ids, domain::Action::kMergePeople, now))
    return domain::FieldError{field, not_visible};
  for (std::int64_t id : ids) {
    if (!MayChangeRestrictionOrAudit(records, by, id, records.restrictions.Find(id), now,
                                     domain::Action::kMergePeople))
      return domain::FieldError{field, not_named};
  }
  return std::nullopt;
}

}  // namespace

MergeForm PersonService::MergeFormOf(store::Records& records, const Identity& by,
                                     const domain::Person& person, domain::Timestamp now) const {
  MergeForm form;
  form.person = person;
  form.child = domain::IsChild(person, domain::UkDate(now));
  if (person.merged_into) form.merged_into = VisiblePerson(records, by, *person.merged_into, now);
  for (std::int64_t merged : records.people.MergedInto(person.id))
    form.merged_in.emplace_back(merged, VisiblePerson(records, by, merged, now));
  // A record merged, or with records merged into it, is not merged again until taken apart.
  form.mergeable = !person.merged_into && form.merged_in.empty();
  if (!form.mergeable) return form;
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
  // Offered only what could be chosen: not a record merged away, nor a restricted record read
  // by breaking the glass.
  std::vector<std::int64_t> ids;
  for (const auto& match : matches) ids.push_back(match.person.id);
  const auto restricted = records.restrictions.RestrictedAmong(ids);
  std::erase_if(matches, [&](const domain::SearchMatch& match) {
    return match.person.merged_into.has_value() ||
           (std::count(restricted.begin(), restricted.end(), match.person.id) &&
            !domain::MayChangeRestriction(records.restrictions.Find(match.person.id), by.user));
  });
  form.likely = std::move(matches);
  return form;
}

Submission<domain::Person, MergeForm> PersonService::MergeAnswer(
    store::Records& records, const Identity& by, const std::vector<std::int64_t>& ids,
    Result<domain::Person> saved, bool with_form, domain::Timestamp now) const {
  if (auto* person = std::get_if<domain::Person>(&saved)) return std::move(*person);
  if (std::holds_alternative<NotFound>(saved)) return NotFound{};
  auto errors = std::move(std::get<Invalid>(saved).errors);
  // The form is shown again only to someone who may merge the records; others were refused (and
  // audited) for the record they may not change, and are shown nothing of either.
  MergeForm form;
  const auto person = records.people.Find(ids.front());
  const auto may_merge = [&](std::int64_t id) {
    return domain::MayChangeRestriction(records.restrictions.Find(id), by.user);
  };
  if (with_form && person && HiddenPeople(records, by, ids, now).empty() &&
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
                                                                 const std::string& reason,
                                                                 bool with_form) {
  const auto now = clock_.Now();
  // The records asked about, held lower id first, so two merges at once cannot make a chain.
  std::vector<std::int64_t> both{id};
  if (into > 0 && into != id) both.push_back(into);
  return store_.WriteResult([&](store::Records& records) {
    const auto merge = [&]() -> Result<domain::Person> {
      for (std::int64_t one : std::set<std::int64_t>(both.begin(), both.end()))
        records.people.Lock(one);
      auto person = records.people.Find(id);
      if (!person) return NotFound{};
      // Who may merge comes first: anyone else is told nothing more of either record.
      if (auto refused =
              MayMergeOrAudit(records, by, both, now, "into_person_id",
                              "Both records must be open to you before they can be merged",
                              "Only the people a restricted record is open to can merge it"))
        return Invalid{{std::move(*refused)}};
      domain::FieldErrors errors;
      if (into <= 0)
        errors.push_back(
            {"into_person_id", "Choose the record to keep, or give its record number"});
      else if (into == id)
        errors.push_back({"into_person_id", "A record cannot be merged into itself"});
      for (auto& error : ReasonErrors(reason, "Enter why these are records of the same person"))
        errors.push_back(std::move(error));
      if (!errors.empty()) return Invalid{std::move(errors)};
      auto survivor = records.people.Find(into);
      if (!survivor) return Invalid{{{"into_person_id", "There is no record with that number"}}};
      if (survivor->merged_into)
        return Invalid{{{"into_person_id", "That record was itself merged into another (" +
                                               domain::LocalChildId(*survivor->merged_into) +
                                               "): merge into that one"}}};
      if (person->merged_into)
        return Invalid{{{"into_person_id", "This record is already merged into another"}}};
      if (!records.people.MergedInto(id).empty())
        return Invalid{
            {{"into_person_id", "Other records are merged into this one: undo those first"}}};
      if (auto different = domain::CheckSamePerson(*person, *survivor))
        return Invalid{{std::move(*different)}};
      // One child, one rule for who may see them: a restriction on either record then covers both.
      const auto restriction = records.restrictions.Find(id);
      const auto survivor_restriction = records.restrictions.Find(into);
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
    return MergeAnswer(records, by, both, merge(), with_form, now);
  });
}

Submission<domain::Person, MergeForm> PersonService::UnmergePerson(const Identity& by,
                                                                   std::int64_t id,
                                                                   const std::string& reason,
                                                                   bool with_form) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) {
    records.people.Lock(id);
    auto person = records.people.Find(id);
    // Undoing a merge changes both records: both must be open to whoever undoes it.
    std::vector<std::int64_t> both{id};
    if (person && person->merged_into) both.push_back(*person->merged_into);
    const auto unmerge = [&]() -> Result<domain::Person> {
      if (!person) return NotFound{};
      if (auto refused =
              MayMergeOrAudit(records, by, both, now, "person_id",
                              "Both records must be open to you before the merge is undone",
                              "Only the people a restricted record is open to can take it apart"))
        return Invalid{{std::move(*refused)}};
      auto errors = ReasonErrors(reason, "Enter why these are not records of the same person");
      if (!person->merged_into)
        errors.insert(errors.begin(), {"person_id", "This record is not merged into another"});
      if (!errors.empty()) return Invalid{std::move(errors)};
      const std::int64_t was = *person->merged_into;
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
    return MergeAnswer(records, by, both, unmerge(), with_form, now);
  });
}

}  // namespace frontdoor::service
