// src/service/person_search.cpp — "is this child known?", a person's profile and their journey:
// what a person may find and read, each reading audited.
#include "service/person_service.hpp"

#include <algorithm>
#include <set>

#include "domain/correction.hpp"
#include "domain/permissions.hpp"
#include "domain/re_referral.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/person_records.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"
#include "store/person_candidates.hpp"

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
  // Each look-up gathers enough for every page shown: paged by cursor, for every likely match the
  // search may give. A look-up finding fewer finds the same people either way, so the search is
  // gathered once.
  const int each = search.by_cursor ? domain::kMostMatchesByCursor : domain::kCandidatesEachLookUp;
  const auto candidates = store::FindPersonCandidates(records, search, each, frequencies);
  auto matches = domain::RankMatches(search, candidates, variants_, frequencies);
  // A record restricted from the searcher is shown on a strong match only (so nobody adds a
  // duplicate of it), and then shows nothing of itself: a guessed postcode or date confirms
  // nothing.
  const std::size_t most =
      std::size_t(search.by_cursor ? domain::kMostMatchesByCursor
                                   : domain::kMatchesPerPage * domain::kMostPages);
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
  return shown;
}

void PersonService::ReadInFull(store::Records& records, std::vector<domain::SearchMatch>& matches) {
  // Only the matches shown: a search may rank a hundred, or two thousand by cursor, to show ten.
  std::vector<std::int64_t> ids;
  for (const auto& match : matches) {
    if (!match.restricted) ids.push_back(match.person.id);
  }
  auto people = records.people.FindMany(ids);
  for (auto& match : matches) {
    const auto person =
        std::lower_bound(people.begin(), people.end(), match.person.id,
                         [](const domain::Person& one, std::int64_t id) { return one.id < id; });
    if (!match.restricted && person != people.end() && person->id == match.person.id)
      match.person = std::move(*person);
  }
}

void PersonService::AuditSearch(store::Records& records, const Identity& by,
                                const std::vector<domain::SearchMatch>& matches,
                                const std::string& terms, domain::Timestamp now) const {
  std::vector<std::int64_t> ids;
  for (const auto& match : matches) ids.push_back(match.person.id);
  AuditAllowed(records, by, now, domain::Action::kSearchPeople, JoinedIds(ids, "person"), terms);
}

std::variant<SearchResults, Invalid> PersonService::PageOf(std::vector<domain::SearchMatch> all,
                                                           const domain::ParsedSearch& search) {
  SearchResults results;
  results.total = all.size();
  results.limit = search.by_cursor ? search.by_cursor->limit : domain::kMatchesPerPage;
  const std::size_t per_page = std::size_t(results.limit);
  results.pages = std::max<int>(1, int((all.size() + per_page - 1) / per_page));
  domain::PageBounds bounds;
  if (search.by_cursor) {
    std::vector<std::int64_t> ids;
    for (const auto& match : all) ids.push_back(match.person.id);
    auto page = domain::PageOf(ids, *search.by_cursor);
    if (auto* refused = std::get_if<domain::FieldError>(&page)) return Invalid{{*refused}};
    bounds = std::get<domain::PageBounds>(std::move(page));
  } else {
    if (search.page > results.pages) {
      const std::string pages = results.pages == 1
                                    ? "is only 1 page"
                                    : "are only " + std::to_string(results.pages) + " pages";
      return Invalid{{{"page", "There " + pages + " of results"}}};
    }
    bounds.first = std::size_t(search.page - 1) * per_page;
    bounds.last = std::min(all.size(), bounds.first + per_page);
  }
  results.page = int(bounds.first / per_page) + 1;
  results.next_cursor = std::move(bounds.next_cursor);
  std::move(all.begin() + std::ptrdiff_t(bounds.first), all.begin() + std::ptrdiff_t(bounds.last),
            std::back_inserter(results.matches));
  return results;
}

Result<SearchResults> PersonService::FindPeople(
    const Identity& by, const domain::PersonSearch& search,
    const std::optional<domain::CursorPaging>& by_cursor) {
  domain::ParsedSearch parsed;
  if (auto errors = domain::ParseSearch(search, parsed, by_cursor); !errors.empty())
    return Invalid{std::move(errors)};
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<SearchResults> {
    auto paged = PageOf(Search(records, by, parsed, now), parsed);
    if (auto* refused = std::get_if<Invalid>(&paged)) return std::move(*refused);
    auto results = std::get<SearchResults>(std::move(paged));
    ReadInFull(records, results.matches);
    const auto& matches = results.matches;
    AuditSearch(records, by, matches,
                "name \"" + search.name + "\", date of birth \"" + search.date_of_birth +
                    "\", postcode \"" + search.postcode + "\", identifier \"" + search.identifier +
                    "\", page " + std::to_string(results.page) +
                    (parsed.by_cursor && parsed.by_cursor->cursor
                         ? ", after " + std::to_string(parsed.by_cursor->cursor->given)
                         : ""),
                now);
    return results;
  });
}

Result<PersonProfile> PersonService::ShowProfile(const Identity& by, std::int64_t id) {
  auto view = ViewPerson(by, id);
  if (!std::holds_alternative<PersonView>(view)) return NotFound{};
  PersonProfile profile{std::get<PersonView>(view), {}, {}, std::nullopt, {}};
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
    if (!profile.view.person->merged_into) {
      for (const std::int64_t other : RecordsOfPerson(records, id)) {
        if (other != id && VisiblePerson(records, by, other, now))
          profile.merged_in.push_back(other);
      }
    }
  });
  return profile;
}

namespace {

// A contact on a person's journey, with the record it was found through and (for a child allocated
// with the children a contact is about) whether only its decision and allocation belong here.
struct JourneyContact {
  domain::Contact contact;
  std::int64_t record;
  bool steps_only;
};

// Each contact on the records `person_ids` once: those about them, then those they were allocated
// with.
std::vector<JourneyContact> ContactsOnJourney(store::Records& records,
                                              const std::vector<std::int64_t>& person_ids) {
  std::vector<JourneyContact> found;
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
  return found;
}

// The other children `by` may see who live where one of the records `ids` (one person's) lives
// today.
std::vector<domain::Person> ChildrenLivingWith(store::Records& records, const Identity& by,
                                               const std::vector<std::int64_t>& ids,
                                               domain::Timestamp now) {
  const auto today = domain::UkDate(now);
  std::vector<domain::Person> children;
  for (const auto& [household, membership] : HomesOf(records, ids)) {
    if (!membership.LivesThereOn(today)) continue;
    for (const auto& member : records.households.MembersOf(household.id)) {
      if (std::count(ids.begin(), ids.end(), member.person_id) || !member.LivesThereOn(today))
        continue;
      auto person = VisiblePerson(records, by, member.person_id, now);
      if (person && !person->merged_into && domain::IsChild(*person, today))
        children.push_back(*person);
    }
  }
  return children;
}

// Each step signed by the person who took it, not their username.
void SignWithNames(const std::map<std::string, std::string>& signed_as,
                   std::vector<domain::JourneyEvent>& events) {
  for (auto& event : events) event.by = domain::ShownAs(signed_as, event.by);
}

}  // namespace

Result<JourneyView> PersonService::ShowJourney(const Identity& by, std::int64_t id,
                                               const std::vector<std::string>& kinds) {
  auto view = ViewPerson(by, id);
  if (!std::holds_alternative<PersonView>(view)) return NotFound{};
  JourneyView journey{std::get<PersonView>(view), {}, {}};
  if (!journey.view.person) return journey;
  const auto now = clock_.Now();
  store_.Read([&](store::Records& records) {
    // A merged record's history is part of this one's.
    std::vector<std::int64_t> person_ids{id};
    for (std::int64_t merged : records.people.MergedInto(id)) person_ids.push_back(merged);
    const auto found = ContactsOnJourney(records, person_ids);
    std::map<std::int64_t, domain::ContactSteps> steps;
    const auto shown_names = ShownNames(records);
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
                                             rules_->framework, rules_->settings, shown_names)) {
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
        for (const auto& entry : records.history.Of(PersonRecordId(record))) {
          if (domain::IsCorrection(entry))
            journey.events.push_back(domain::CorrectionEvent(entry, ""));
        }
      }
    }
    journey.household_children = ChildrenLivingWith(records, by, person_ids, now);
    SignWithNames(shown_names, journey.events);
  });
  domain::SortJourney(journey.events);
  return journey;
}

}  // namespace frontdoor::service
