// src/service/person_service.cpp — people's records with restriction and break-glass, each step
// audited.
#include "service/person_service.hpp"

#include <algorithm>
#include <set>

#include "domain/correction.hpp"
#include "domain/permissions.hpp"
#include "domain/re_referral.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"
#include "store/person_candidates.hpp"

namespace frontdoor::service {

namespace {

std::string RecordId(std::int64_t person_id) {
  return "person:" + std::to_string(person_id);
}

}  // namespace

std::variant<domain::Person, PossibleMatches, Invalid> PersonService::AddPerson(
    const Identity& by, const domain::PersonDraft& draft, std::optional<std::int64_t> household_id,
    bool show_likely_matches) {
  domain::Person person;
  const auto now = clock_.Now();
  if (auto errors = domain::ValidatePerson(draft, domain::UkDate(now), person); !errors.empty())
    return Invalid{std::move(errors)};
  person.created_at = now;
  // Likely existing records come first: the person is added only once they have been seen.
  domain::ParsedSearch search;
  const bool searchable =
      show_likely_matches &&
      domain::ParseSearch({person.FullName(), draft.date_of_birth, "", "", ""}, search).empty();
  using Answer = std::variant<domain::Person, PossibleMatches, Invalid>;
  return store_.WriteResult([&](store::Records& records) -> Answer {
    if (searchable) {
      auto matches = Search(records, by, search, now);
      if (!matches.empty()) {
        AuditSearch(records, by, matches, "before adding " + person.FullName(), now);
        return PossibleMatches{std::move(matches)};
      }
    }
    if (household_id && !records.households.Find(*household_id))
      return Invalid{{{"household_id", "There is no household with that id"}}};
    person.id = records.people.Add(person);
    if (household_id)
      records.households.AddMember({*household_id, person.id, domain::UkDate(now), std::nullopt});
    AuditAllowed(
        records, by, now, domain::Action::kAddPerson,
        RecordId(person.id) + (household_id ? " household:" + std::to_string(*household_id) : ""),
        "person added");
    return person;
  });
}

Result<PersonView> PersonService::ViewPerson(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<PersonView> {
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
      const auto& allowed =
          restriction ? restriction->allowed_user_ids : std::vector<std::int64_t>{};
      view.opened_by_break_glass =
          restriction && std::find(allowed.begin(), allowed.end(), by.user.id) == allowed.end();
    } else {
      view.can_break_glass = domain::IsAllowed(by.user.role, domain::Action::kBreakGlass);
    }
    AppendAudit(records, by.AsActor(), now,
                {domain::Action::kViewPersonRecord, RecordId(id),
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
  if (domain::CountCharacters(reason) > 1000 || domain::HasControlCharacters(reason)) {
    return Invalid{{{"reason", "Reason must be 1000 characters or fewer of ordinary text"}}};
  }
  return store_.WriteResult([&](store::Records& records) -> Result<domain::Restriction> {
    if (!records.people.Find(id)) return NotFound{};
    // Only someone the record is already open to may change who it is open to: breaking the
    // glass lets a manager read a record, not take it over.
    if (!domain::MayChangeRestriction(records.restrictions.Find(id), by.user)) {
      AppendAudit(records, by.AsActor(), now,
                  {domain::Action::kRestrictRecord, RecordId(id), domain::AuditOutcome::kRefused,
                   "not named on the restriction"});
      return Invalid{{{"allowed_usernames",
                       "Only the people this record is open to can change who it is open to"}}};
    }
    domain::Restriction restriction;
    restriction.person_id = id;
    restriction.reason = domain::Trim(reason);
    restriction.restricted_by = by.user.id;
    restriction.restricted_at = now;
    restriction.allowed_user_ids.push_back(by.user.id);
    for (const std::string& username : usernames) {
      auto user = records.accounts.FindByUsername(username);
      if (!user) return Invalid{{{"allowed_usernames", "There is no account named " + username}}};
      restriction.allowed_user_ids.push_back(user->id);
    }
    records.restrictions.Set(restriction);
    std::string named;
    for (const auto& username : usernames) named += (named.empty() ? "" : ", ") + username;
    AuditAllowed(
        records, by, now, domain::Action::kRestrictRecord, RecordId(id),
        "open to " + (named.empty() ? std::string("the restricting manager only") : named));
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
                 RecordId(id) + " break_glass:" + std::to_string(opening.id),
                 "for review; reason: " + opening.reason);
    return opening;
  });
}

}  // namespace frontdoor::service

namespace frontdoor::service {

namespace {

std::string JoinedIds(const std::vector<std::int64_t>& ids, const char* kind) {
  std::string text;
  for (std::int64_t id : ids)
    text += (text.empty() ? "" : " ") + std::string(kind) + ":" + std::to_string(id);
  return text;
}

}  // namespace

const domain::NameVariants& PersonService::EmptyVariants() {
  static const domain::NameVariants empty = domain::NameVariants::FromText("");
  return empty;
}

std::vector<domain::SearchMatch> PersonService::Search(store::Records& records, const Identity& by,
                                                       const domain::ParsedSearch& search,
                                                       domain::Timestamp now) const {
  const auto frequencies = store::FindNameFrequencies(records, search);
  auto candidates = store::FindPersonCandidates(records, search, 500, frequencies);
  auto matches = domain::RankMatches(search, candidates, variants_, frequencies);
  // A record restricted from the searcher is shown on a strong match only (so nobody adds a
  // duplicate of it), and then shows nothing of itself: a guessed postcode or date confirms
  // nothing.
  const std::size_t most = std::size_t(domain::kMatchesPerPage * domain::kMostPages);
  std::vector<std::int64_t> ids;
  for (const auto& match : matches) ids.push_back(match.person.id);
  const auto hidden = HiddenPeople(records, by, ids, now);
  std::vector<domain::SearchMatch> shown;
  for (auto& match : matches) {
    if (shown.size() == most) break;
    if (std::find(hidden.begin(), hidden.end(), match.person.id) != hidden.end()) {
      if (!match.strong) continue;
      domain::HideMatchDetails(match);
    }
    shown.push_back(std::move(match));
  }
  // Candidates were read with only what a search compares: the matches shown are read in full.
  std::vector<std::int64_t> shown_ids;
  for (const auto& match : shown) {
    if (!match.restricted) shown_ids.push_back(match.person.id);
  }
  auto people = records.people.FindMany(shown_ids);
  for (auto& match : shown) {
    const auto person =
        std::lower_bound(people.begin(), people.end(), match.person.id,
                         [](const domain::Person& one, std::int64_t id) { return one.id < id; });
    if (!match.restricted && person != people.end() && person->id == match.person.id)
      match.person = std::move(*person);
  }
  return shown;
}

void PersonService::AuditSearch(store::Records& records, const Identity& by,
                                const std::vector<domain::SearchMatch>& matches,
                                const std::string& terms, domain::Timestamp now) const {
  std::vector<std::int64_t> ids;
  for (const auto& match : matches) ids.push_back(match.person.id);
  AuditAllowed(records, by, now, domain::Action::kSearchPeople, JoinedIds(ids, "person"), terms);
}

Result<SearchResults> PersonService::FindPeople(const Identity& by,
                                                const domain::PersonSearch& search) {
  domain::ParsedSearch parsed;
  if (auto errors = domain::ParseSearch(search, parsed); !errors.empty())
    return Invalid{std::move(errors)};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<SearchResults> {
    auto all = Search(records, by, parsed, now);
    SearchResults results;
    results.total = all.size();
    results.page = parsed.page;
    results.pages =
        std::max<int>(1, int((all.size() + domain::kMatchesPerPage - 1) / domain::kMatchesPerPage));
    if (results.page > results.pages) {
      const std::string pages = results.pages == 1
                                    ? "is only 1 page"
                                    : "are only " + std::to_string(results.pages) + " pages";
      return Invalid{{{"page", "There " + pages + " of results"}}};
    }
    const std::size_t first = std::size_t(results.page - 1) * domain::kMatchesPerPage;
    const std::size_t last = std::min(all.size(), first + domain::kMatchesPerPage);
    std::move(all.begin() + std::ptrdiff_t(first), all.begin() + std::ptrdiff_t(last),
              std::back_inserter(results.matches));
    const auto& matches = results.matches;
    AuditSearch(records, by, matches,
                "name \"" + search.name + "\", date of birth \"" + search.date_of_birth +
                    "\", postcode \"" + search.postcode + "\", identifier \"" + search.identifier +
                    "\", page " + std::to_string(results.page),
                now);
    return results;
  });
}

Result<PersonProfile> PersonService::ShowProfile(const Identity& by, std::int64_t id) {
  auto view = ViewPerson(by, id);
  if (!std::holds_alternative<PersonView>(view)) return NotFound{};
  PersonProfile profile{std::get<PersonView>(view), {}, {}, std::nullopt};
  if (!profile.view.person) return profile;
  const auto now = clock_.Now();
  store_.Read([&](store::Records& records) {
    for (const auto& [household, membership] : records.households.HouseholdsOf(id)) {
      HouseholdView household_view{household, membership, {}};
      for (const auto& member : records.households.MembersOf(household.id)) {
        if (member.person_id == id) continue;
        household_view.members.emplace_back(member,
                                            VisiblePerson(records, by, member.person_id, now));
      }
      profile.households.push_back(std::move(household_view));
    }
    for (const auto& relationship : records.households.RelationshipsOf(id)) {
      const auto related = VisiblePerson(records, by, relationship.related_person_id, now);
      profile.relationships.push_back({relationship, related ? related->FullName() : ""});
    }
    if (domain::IsChild(*profile.view.person, domain::UkDate(now)))
      profile.history = IntakeHistories(records, by, {id}, std::nullopt, now, now).front();
  });
  return profile;
}

Result<JourneyView> PersonService::ShowJourney(const Identity& by, std::int64_t id,
                                               const std::vector<std::string>& kinds) {
  auto view = ViewPerson(by, id);
  if (!std::holds_alternative<PersonView>(view)) return NotFound{};
  JourneyView journey{std::get<PersonView>(view), {}, {}};
  if (!journey.view.person) return journey;
  const auto now = clock_.Now();
  const auto today = domain::UkDate(now);
  store_.Read([&](store::Records& records) {
    // A merged record's history is part of this one's.
    std::vector<std::int64_t> person_ids{id};
    for (std::int64_t merged : records.people.MergedInto(id)) person_ids.push_back(merged);
    // Each contact once, with the record it was found through and (for a child allocated with
    // the children it is about) whether only its decision and allocation belong here.
    struct Found {
      domain::Contact contact;
      std::int64_t record;
      bool steps_only;
    };
    std::vector<Found> found;
    std::set<std::int64_t> seen;
    for (std::int64_t record : person_ids) {
      for (auto& contact : records.contacts.About(record)) {
        if (seen.insert(contact.id).second) found.push_back({std::move(contact), record, false});
      }
      for (std::int64_t contact_id : records.allocations.ContactsOf(record)) {
        if (!seen.insert(contact_id).second) continue;
        if (auto contact = records.contacts.Find(contact_id))
          found.push_back({std::move(*contact), record, true});
      }
    }
    std::map<std::int64_t, domain::ContactSteps> steps;
    if (rules_) {
      std::vector<std::int64_t> contact_ids;
      for (const auto& one : found) contact_ids.push_back(one.contact.id);
      steps = store::LoadContactSteps(records, contact_ids);
    }
    // The same people are on most of a child's contacts: whether each is visible is asked once.
    std::map<std::int64_t, bool> person_visible;
    for (const auto& [contact, record, steps_only] : found) {
      std::vector<domain::JourneyEvent> events;
      if (!steps_only) events.push_back(domain::ContactEvent(contact));
      if (rules_) {
        for (auto& step : domain::StepEvents(contact, steps.at(contact.id), record,
                                             rules_->framework, rules_->settings)) {
          if (!steps_only || step.kind == "decision" || step.kind == "allocation")
            events.push_back(std::move(step));
        }
      }
      if (!steps_only) {
        for (const auto& entry : records.history.Of("contact:" + std::to_string(contact.id))) {
          if (domain::IsCorrection(entry))
            events.push_back(domain::CorrectionEvent(entry, contact.reference));
        }
      }
      const bool visible = ContactVisible(records, by, contact, now, &person_visible);
      for (auto& event : events) {
        if (!visible) domain::HideEventDetails(event);
        if (kinds.empty() || std::find(kinds.begin(), kinds.end(), event.kind) != kinds.end())
          journey.events.push_back(std::move(event));
      }
    }
    // Corrections of the record itself (and of any record merged into it).
    if (kinds.empty() || std::find(kinds.begin(), kinds.end(), "correction") != kinds.end()) {
      for (std::int64_t record : person_ids) {
        for (const auto& entry : records.history.Of(RecordId(record))) {
          if (domain::IsCorrection(entry))
            journey.events.push_back(domain::CorrectionEvent(entry, ""));
        }
      }
    }
    for (const auto& [household, membership] : records.households.HouseholdsOf(id)) {
      if (!membership.LivesThereOn(today)) continue;
      for (const auto& member : records.households.MembersOf(household.id)) {
        if (member.person_id == id || !member.LivesThereOn(today)) continue;
        auto person = VisiblePerson(records, by, member.person_id, now);
        if (person && domain::IsChild(*person, today))
          journey.household_children.push_back(*person);
      }
    }
    // Each step signed by the person who took it, not their username.
    std::map<std::string, std::string> signed_as;
    for (const auto& user : records.accounts.List()) signed_as[user.username] = user.ShownAs();
    for (auto& event : journey.events) {
      if (const auto found = signed_as.find(event.by); found != signed_as.end())
        event.by = found->second;
    }
  });
  domain::SortJourney(journey.events);
  return journey;
}

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

Result<domain::HouseholdMember> PersonService::AddToHousehold(const Identity& by,
                                                              std::int64_t household_id,
                                                              std::int64_t person_id,
                                                              const std::string& from) {
  const auto from_date = domain::ParseDate(from);
  if (!from_date)
    return Invalid{{{"from", "Enter the date they started living there, like 2020-01-31"}}};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::HouseholdMember> {
    if (!records.households.Find(household_id)) return NotFound{};
    if (!records.people.Find(person_id))
      return Invalid{{{"person_id", "There is no person with that id"}}};
    const domain::HouseholdMember member{household_id, person_id, *from_date, std::nullopt};
    for (const auto& existing : records.households.MembersOf(household_id)) {
      if (existing.person_id == person_id && existing.from == member.from) {
        return Invalid{{{"person_id", "They are already recorded as living there from that date"}}};
      }
    }
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
    const domain::Relationship relationship{person_id, related_person_id, *parsed};
    const domain::Relationship inverse{related_person_id, person_id, domain::Inverse(*parsed)};
    // A change of a relationship already recorded is a correction on both records.
    for (const auto& [one, other] : {std::pair{relationship, *related}, {inverse, *person}}) {
      for (const auto& existing : records.households.RelationshipsOf(one.person_id)) {
        if (existing.related_person_id != one.related_person_id || existing.kind == one.kind)
          continue;
        records.history.Add({RecordId(one.person_id),
                             std::string(domain::kRelationshipWith) + other.FullName(),
                             std::string(domain::kRelationships.Name(existing.kind)),
                             std::string(domain::kRelationships.Name(one.kind)), by.user.username,
                             now, domain::Trim(reason)});
      }
    }
    records.households.AddRelationship(relationship);
    records.households.AddRelationship(inverse);
    AuditAllowed(
        records, by, now, domain::Action::kAddPerson,
        "person:" + std::to_string(person_id) + " person:" + std::to_string(related_person_id),
        "relationship: " + kind);
    return relationship;
  });
}

template <typename Saved, typename Work>
Result<Saved> PersonService::Correct(const Identity& by, std::int64_t id, Work work) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<Saved> {
    records.people.Lock(id);
    auto person = VisiblePerson(records, by, id, now);
    if (!person) {
      if (records.people.Find(id))
        AppendAudit(records, by.AsActor(), now,
                    {domain::Action::kCorrectRecord, RecordId(id), domain::AuditOutcome::kRefused,
                     "restricted record"});
      return NotFound{};
    }
    if (!domain::IsAllowed(by.user.role, domain::Action::kCorrectRecord)) {
      AppendAudit(
          records, by.AsActor(), now,
          {domain::Action::kCorrectRecord, RecordId(id), domain::AuditOutcome::kRefused, "role"});
      return Invalid{{{"", "Your role does not allow this"}}};
    }
    return work(records, *person, now);
  });
}

Result<domain::Person> PersonService::CorrectPerson(const Identity& by, std::int64_t id,
                                                    const domain::PersonDraft& draft,
                                                    const std::string& reason) {
  return Correct<domain::Person>(
      by, id,
      [&](store::Records& records, const domain::Person& before,
          domain::Timestamp now) -> Result<domain::Person> {
        domain::Person after;
        auto errors = domain::ValidatePerson(draft, domain::UkDate(now), after);
        for (auto& error : domain::ValidateCorrectionReason(reason))
          errors.push_back(std::move(error));
        if (!errors.empty()) return Invalid{std::move(errors)};
        after.id = before.id;
        after.created_at = before.created_at;
        after.merged_into = before.merged_into;
        const auto changes = domain::PersonChanges(before, after);
        if (changes.empty())
          return Invalid{{{"given_name", "Nothing has changed: change a detail, or go back"}}};
        records.people.Update(after);
        std::string changed;
        for (const auto& change : changes) {
          records.history.Add({RecordId(id), change.part, change.from, change.to, by.user.username,
                               now, domain::Trim(reason)});
          changed += (changed.empty() ? "" : ", ") + change.part;
        }
        AuditAllowed(records, by, now, domain::Action::kCorrectRecord, RecordId(id),
                     "corrected: " + changed);
        return after;
      });
}

Result<Move> PersonService::MoveOut(const Identity& by, std::int64_t person_id,
                                    std::int64_t household_id, const std::string& moved_out,
                                    const std::string& reason,
                                    const std::optional<domain::HouseholdDraft>& moved_to) {
  return Correct<Move>(
      by, person_id,
      [&](store::Records& records, const domain::Person&, domain::Timestamp now) -> Result<Move> {
        std::optional<std::pair<domain::Household, domain::HouseholdMember>> lived;
        for (auto& one : records.households.HouseholdsOf(person_id)) {
          if (one.first.id == household_id && (!lived || !one.second.to)) lived = std::move(one);
        }
        if (!lived) return NotFound{};
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
        records.history.Add({RecordId(person_id),
                             std::string(domain::kWhereTheyLive) + domain::AddressLine(household),
                             from, from + " to " + domain::FormatLongDate(date), by.user.username,
                             now, domain::Trim(reason)});
        Move move{member, std::nullopt};
        std::string moved_in;
        if (moved_to) {
          new_home.id = records.households.Add(new_home);
          move.joined = domain::HouseholdMember{new_home.id, person_id, date, std::nullopt};
          records.households.AddMember(*move.joined);
          records.history.Add({RecordId(person_id),
                               std::string(domain::kWhereTheyLive) + domain::AddressLine(new_home),
                               "", "Lives there from " + domain::FormatLongDate(date),
                               by.user.username, now, domain::Trim(reason)});
          moved_in = " household:" + std::to_string(new_home.id);
        }
        AuditAllowed(
            records, by, now, domain::Action::kCorrectRecord,
            RecordId(person_id) + " household:" + std::to_string(household_id) + moved_in,
            "moved out on " + domain::FormatDate(date) + (moved_to ? ", to a new household" : ""));
        return move;
      });
}

}  // namespace frontdoor::service

namespace frontdoor::service {

Result<domain::Person> PersonService::MergePeople(const Identity& by, std::int64_t id,
                                                  std::int64_t into, const std::string& reason) {
  if (id == into) return Invalid{{{"into_person_id", "A record cannot be merged into itself"}}};
  if (domain::Trim(reason).empty())
    return Invalid{{{"reason", "Enter why these are records of the same person"}}};
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::Person> {
    // Both records held, lower id first, so two merges at once cannot make a chain.
    records.people.Lock(std::min(id, into));
    records.people.Lock(std::max(id, into));
    auto person = records.people.Find(id);
    if (!person) return NotFound{};
    auto survivor = records.people.Find(into);
    if (!survivor) return Invalid{{{"into_person_id", "There is no person with that id"}}};
    if (!VisiblePerson(records, by, id, now) || !VisiblePerson(records, by, into, now)) {
      return Invalid{
          {{"into_person_id", "Both records must be open to you before they can be merged"}}};
    }
    if (survivor->merged_into)
      return Invalid{
          {{"into_person_id", "That record was itself merged into another: merge into that one"}}};
    if (person->merged_into)
      return Invalid{{{"into_person_id", "This record is already merged into another"}}};
    if (!records.people.MergedInto(id).empty())
      return Invalid{
          {{"into_person_id", "Other records are merged into this one: undo those first"}}};
    records.people.SetMergedInto(id, into);
    person->merged_into = into;
    AuditAllowed(
        records, by, now, domain::Action::kMergePeople,
        "person:" + std::to_string(id) + " person:" + std::to_string(into),
        "merged into person:" + std::to_string(into) + "; reason: " + domain::Trim(reason));
    return *person;
  });
}

Result<domain::Person> PersonService::UnmergePerson(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<domain::Person> {
    auto person = records.people.Find(id);
    if (!person) return NotFound{};
    if (!person->merged_into)
      return Invalid{{{"person_id", "This record is not merged into another"}}};
    const std::int64_t was = *person->merged_into;
    records.people.SetMergedInto(id, std::nullopt);
    person->merged_into.reset();
    AuditAllowed(records, by, now, domain::Action::kMergePeople,
                 "person:" + std::to_string(id) + " person:" + std::to_string(was),
                 "no longer merged into person:" + std::to_string(was));
    return *person;
  });
}

}  // namespace frontdoor::service
