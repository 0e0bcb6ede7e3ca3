// src/web/people_controller.cpp — people's records as pages ("is this child known?", adding a
// person, the record, the child's journey, breaking the glass) and as JSON (search, adding people
// and households, relationships, restriction, merges and journeys).
#include <algorithm>
#include <array>

#include "domain/person_search.hpp"
#include "domain/record_version.hpp"
#include "domain/uk_time.hpp"
#include "service/credentials.hpp"
#include "web/contact_views.hpp"
#include "web/controllers.hpp"
#include "web/drafts.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"

namespace frontdoor::web {

namespace {

std::string DatesText(const domain::HouseholdMember& member) {
  return "from " + domain::FormatLongDate(member.from) +
         (member.to ? " to " + domain::FormatLongDate(*member.to) : "");
}

nlohmann::json HouseholdsView(const service::PersonProfile& profile) {
  nlohmann::json households = nlohmann::json::array();
  for (const auto& household : profile.households) {
    nlohmann::json members = nlohmann::json::array();
    for (const auto& [member, person] : household.members) {
      members.push_back({{"id", member.person_id},
                         {"visible", person.has_value()},
                         {"name", person ? person->FullName() : ""},
                         {"dates", DatesText(member)}});
    }
    households.push_back(
        {{"household_id", household.household.id},
         {"current", !household.membership.to},
         {"move_out", "/people/" + std::to_string(profile.view.id) +
                          "/move-out?household=" + std::to_string(household.household.id)},
         {"address", domain::AddressLine(household.household)},
         {"dates",
          profile.view.person->given_name + " lives here " + DatesText(household.membership)},
         {"members", members},
         {"has_members", !members.empty()}});
  }
  return households;
}

nlohmann::json RelationshipsView(const service::PersonProfile& profile) {
  nlohmann::json relationships = nlohmann::json::array();
  for (const auto& related : profile.relationships) {
    relationships.push_back(
        {{"id", related.relationship.related_person_id},
         {"change", "/people/" + std::to_string(profile.view.id) + "/relationship?with=" +
                        std::to_string(related.relationship.related_person_id)},
         {"visible", !related.name.empty()},
         {"name", related.name},
         {"sentence", domain::RelationshipSentence(profile.view.person->given_name,
                                                   related.relationship.kind)}});
  }
  return relationships;
}

constexpr const char* kNoPerson = "There is no person with that id";
constexpr const char* kNoHousehold = "There is no household with that id";

nlohmann::json ProfileJson(std::int64_t id, const service::PersonProfile& profile) {
  if (!profile.view.person) return {{"id", id}, {"restricted", true}};
  nlohmann::json body = PersonJson(*profile.view.person);
  body["restricted"] = profile.view.restricted;
  body["households"] = nlohmann::json::array();
  for (const auto& household : profile.households) {
    body["households"].push_back({{"id", household.household.id},
                                  {"address", domain::AddressLine(household.household)},
                                  {"from", domain::FormatDate(household.membership.from)}});
  }
  body["relationships"] = nlohmann::json::array();
  for (const auto& related : profile.relationships) {
    body["relationships"].push_back(
        {{"related_person_id", related.relationship.related_person_id},
         {"kind", domain::kRelationships.Code(related.relationship.kind)}});
  }
  return body;
}

domain::PersonSearch SearchFrom(const Form& terms) {
  // The page's three date boxes, or (the API, and a search sealed for the page's links) one
  // date_of_birth.
  std::string date_of_birth = terms.Value("date_of_birth");
  if (date_of_birth.empty()) date_of_birth = Fields(terms).Date("date_of_birth");
  return {terms.Value("name"), date_of_birth, terms.Value("postcode"), terms.Value("identifier"),
          terms.Value("page")};
}

constexpr std::string_view kSealedSearch = "a search for people";

//! The page's search as its links carry it: sealed with the secret of the sign-in's cookie, so
//! the names and date of birth searched for are in no address (the browser's history, a proxy's
//! log, the sign-in page's return address), and no other sign-in (nor anyone reading pages or
//! the database) can read them.
std::string SealedSearch(const RequestContext& context, const domain::PersonSearch& search) {
  const std::string terms = "name=" + PercentEncode(search.name) +
                            "&date_of_birth=" + PercentEncode(search.date_of_birth) +
                            "&postcode=" + PercentEncode(search.postcode) +
                            "&identifier=" + PercentEncode(search.identifier);
  return service::SealForSession(terms, context.session_token, kSealedSearch);
}

//! The search a link's `search=` carries, at the link's page; nothing when it has none, or one
//! this sign-in did not seal.
std::optional<domain::PersonSearch> OpenedSearch(const RequestContext& context) {
  const std::string sealed = context.query.Value("search");
  if (sealed.empty() || context.session_token.empty()) return std::nullopt;
  const auto terms = service::OpenForSession(sealed, context.session_token, kSealedSearch);
  const auto form = terms ? DecodeForm(*terms) : std::nullopt;
  if (!form) return std::nullopt;
  domain::PersonSearch search = SearchFrom(*form);
  search.page = context.query.Value("page");
  return search;
}

//! GOV.UK pagination for the search's results: links to the previous and next pages and to
//! each page, with the same (sealed) search.
nlohmann::json PaginationView(std::string_view sealed, const service::SearchResults& results) {
  if (results.pages <= 1) return nullptr;
  const auto href = [&](int page) {
    return "/people?search=" + std::string(sealed) + "&page=" + std::to_string(page) + "#results";
  };
  nlohmann::json view = {{"items", nlohmann::json::array()}};
  if (results.page > 1) view["previous"] = href(results.page - 1);
  if (results.page < results.pages) view["next"] = href(results.page + 1);
  for (int page = 1; page <= results.pages; ++page)
    view["items"].push_back(
        {{"number", page}, {"href", href(page)}, {"current", page == results.page}});
  return view;
}

//! "Is this child known?": the form as searched (or empty), its errors, and the results of a
//! search sealed as `sealed` (none when `results` is null).
nlohmann::json SearchView(const RequestContext& context, const domain::PersonSearch& search,
                          const domain::FieldErrors& errors, const service::SearchResults* results,
                          std::string_view sealed) {
  nlohmann::json view = FormErrorsView("Is this child known?", errors);
  view["date_of_birth_input"] =
      DateInput("date_of_birth", "Date of birth",
                "For example, 14 5 2015. A date with day and month swapped is found too.",
                search.date_of_birth, view);
  view["search"] = {
      {"name", search.name}, {"postcode", search.postcode}, {"identifier", search.identifier}};
  view["searched"] = results && errors.empty();
  if (!view["searched"]) return view;
  nlohmann::json matches = nlohmann::json::array();
  for (const auto& match : results->matches) matches.push_back(MatchView(match));
  view["matches"] = matches;
  view["has_matches"] = !matches.empty();
  view["result_count"] = results->total == 0 ? "No one matches"
                         : results->total == 1
                             ? "1 possible match"
                             : std::to_string(results->total) + " possible matches, best first";
  view["add_query"] = "search=" + std::string(sealed);
  view["pagination"] = PaginationView(sealed, *results);
  // Only offered to a role that may add people.
  view["may_add_person"] =
      domain::IsAllowed(context.identity->user.role, domain::Action::kAddPerson);
  return view;
}

//! What the API's search takes in its body.
constexpr std::array<std::string_view, 6> kSearchMembers = {
    "name", "date_of_birth", "postcode", "identifier", "limit", "cursor"};

//! A search's answer through the API: this page's matches, restricted records named only by id.
http::Response SearchAnswer(const service::Result<service::SearchResults>& result) {
  return ApiAnswer(result, "", 200, [](const service::SearchResults& found) {
    nlohmann::json matches = nlohmann::json::array();
    for (const auto& match : found.matches) {
      matches.push_back({{"person", match.restricted ? nlohmann::json{{"id", match.person.id},
                                                                      {"restricted", true}}
                                                     : PersonJson(match.person)},
                         {"score", match.score},
                         {"reasons", match.reasons}});
    }
    return nlohmann::json{
        {"matches", matches},
        {"total", found.total},
        {"limit", found.limit},
        {"next_cursor",
         found.next_cursor.empty() ? nlohmann::json() : nlohmann::json(found.next_cursor)},
        {"page", found.page},
        {"pages", found.pages}};
  });
}

}  // namespace

http::Response PeopleController::NewPerson(const RequestContext& context) const {
  // From a search's "add a new person": its name and date of birth, to start from.
  domain::PersonDraft draft;
  if (const auto search = OpenedSearch(context)) {
    const std::string& name = search->name;
    const size_t space = name.rfind(' ');
    draft.given_name = space == std::string::npos ? "" : name.substr(0, space);
    draft.family_name = space == std::string::npos ? name : name.substr(space + 1);
    draft.date_of_birth = search->date_of_birth;
  }
  // From a household's "add someone who lives here": the form names the household.
  if (!context.query.Value("household_id").empty()) {
    return Shown(
        pages_, context,
        people_.HouseholdToJoin(*context.identity, Fields(context.query).Id("household_id")),
        [&](const domain::Household& household) {
          return NewPersonPage(context, 200, draft, {}, {}, domain::AddressLine(household));
        });
  }
  return NewPersonPage(context, 200, draft, {}, {});
}

http::Response PeopleController::Profile(const RequestContext& context) const {
  return Shown(pages_, context, people_.ShowProfile(*context.identity, context.id),
               [&](const service::PersonProfile& profile) {
                 return PersonPage(context, 200, profile, "", {});
               });
}

http::Response PeopleController::Search(const RequestContext& context) const {
  const std::string sealed = context.query.Value("search");
  const auto search = OpenedSearch(context);
  if (!search) {
    nlohmann::json view = SearchView(context, {}, {}, nullptr, "");
    // A link from an earlier sign-in (its history, or the sign-in page's return address), or an
    // address from before searches were sealed: the terms it holds are not read.
    view["search_ended"] = !sealed.empty();
    view["terms_in_address"] = sealed.empty() && !context.query.Empty();
    return pages_.Render(context, 200, "people_search", view);
  }
  auto result = people_.FindPeople(*context.identity, *search);
  if (const auto* invalid = std::get_if<service::Invalid>(&result)) {
    return pages_.Render(context, 400, "people_search",
                         SearchView(context, *search, invalid->errors, nullptr, sealed));
  }
  const auto& results = std::get<service::SearchResults>(result);
  return pages_.Render(context, 200, "people_search",
                       SearchView(context, *search, {}, &results, sealed));
}

http::Response PeopleController::SearchSent(const RequestContext& context) const {
  // Checked as the search will be, and shown again when wrong; a search that will run goes to
  // its results by a link that carries it sealed.
  const domain::PersonSearch search = SearchFrom(context.form);
  domain::ParsedSearch parsed;
  if (auto errors = domain::ParseSearch(search, parsed); !errors.empty()) {
    return pages_.Render(context, 400, "people_search",
                         SearchView(context, search, errors, nullptr, ""));
  }
  return RedirectResponse("/people?search=" + SealedSearch(context, search));
}

http::Response PeopleController::NewPersonPage(
    const RequestContext& context, int status, const domain::PersonDraft& draft,
    const std::vector<domain::SearchMatch>& possible_matches, const domain::FieldErrors& errors,
    const std::string& address) const {
  nlohmann::json view = PersonFormView(draft, FormErrorsView("Add a person", errors));
  view["heading"] = "Add a person";
  view["form_action"] = "/people/new";
  const bool sent = context.request.method == "POST";
  view["household_id"] =
      sent ? context.form.Value("household_id") : context.query.Value("household_id");
  // Someone added to a household: since when they live there is asked, not taken as today.
  view["joining"] = !view["household_id"].get<std::string>().empty();
  view["household_address"] = address;
  view["lives_from_input"] =
      DateInput(std::string(service::kLivesFromField),
                address.empty() ? "When did they start living there?"
                                : "When did they start living at " + address + "?",
                "If you do not know the day, give the earliest date you know they lived there. "
                "For example, 27 3 2024",
                sent ? Fields(context.form).Date(std::string(service::kLivesFromField)) : "", view);
  view["possible_matches"] = nlohmann::json::array();
  for (const auto& match : possible_matches) view["possible_matches"].push_back(MatchView(match));
  view["has_possible_matches"] = !possible_matches.empty();
  // Back to the search it came from (sealed in the address), unless it came from a household.
  const std::string sealed = context.query.Value("search");
  view["from_search"] = view["household_id"].get<std::string>().empty();
  view["back_to_search"] = sealed.empty() ? "/people" : "/people?search=" + sealed;
  return pages_.Render(context, status, "person_new", view);
}

http::Response PeopleController::AddPerson(const RequestContext& context) const {
  Fields fields(context.form);
  const domain::PersonDraft draft = PersonDraftFrom(fields);
  // A household the person is added to, when the page came from one.
  const auto joining =
      context.form.Value("household_id").empty()
          ? std::nullopt
          : std::optional(service::HouseholdJoining{
                fields.Id("household_id"), fields.Date(std::string(service::kLivesFromField))});
  auto result =
      people_.AddPerson(*context.identity, draft, joining,
                        /*show_likely_matches=*/context.form.Value("matches_seen") != "yes");
  if (const auto* person = std::get_if<domain::Person>(&result))
    return RedirectResponse("/people/" + std::to_string(person->id));
  if (const auto* possible = std::get_if<service::PossibleMatches>(&result))
    return NewPersonPage(context, 200, draft, possible->matches, {});
  return NewPersonPage(context, 400, draft, {}, std::get<service::Invalid>(result).errors);
}

http::Response PeopleController::PersonPage(const RequestContext& context, int status,
                                            const service::PersonProfile& profile,
                                            const std::string& reason,
                                            const domain::FieldErrors& errors) const {
  const auto& view = profile.view;
  nlohmann::json page =
      FormErrorsView(view.person ? view.person->FullName() : "Restricted record", errors);
  page["id"] = view.id;
  page["restricted"] = view.restricted;
  page["can_break_glass"] = view.can_break_glass;
  page["opened_by_break_glass"] = view.opened_by_break_glass;
  page["reason"] = reason;
  if (view.person) {
    page["person"] = {{"name", view.person->FullName()}};
    if (view.person->merged_into) page["merged_into"] = *view.person->merged_into;
    page["given_name"] = view.person->given_name;
    // Only the actions the asker's role can take are offered.
    const domain::Role role = context.identity->user.role;
    // A record merged into another is changed there: nothing is offered on it.
    const bool merged = view.person->merged_into.has_value();
    const bool may_correct = !merged && domain::IsAllowed(role, domain::Action::kCorrectRecord);
    const bool may_add_person = !merged && domain::IsAllowed(role, domain::Action::kAddPerson);
    // The banner after a change to the record says what was saved (CorrectionController).
    const std::string corrected = context.query.Value("corrected");
    page["corrected"] = corrected == "details"        ? nlohmann::json("Correction saved")
                        : corrected == "move"         ? nlohmann::json("Move saved")
                        : corrected == "relationship" ? nlohmann::json("Relationship saved")
                                                      : nlohmann::json(false);
    page["may_record_contact"] = !merged && domain::IsAllowed(role, domain::Action::kRecordContact);
    // Breaking the glass lets a manager read a record, not change who it is open to.
    page["may_restrict"] = !merged && view.may_change_restriction &&
                           domain::IsAllowed(role, domain::Action::kRestrictRecord);
    page["restriction_saved"] = context.query.Value("restricted") == "1";
    // Only someone the record is open to (not a manager who broke the glass) merges it; a record
    // others were merged into is merged no further until they are taken apart.
    page["may_merge"] = view.may_change_restriction && profile.merged_in.empty() &&
                        domain::IsAllowed(role, domain::Action::kMergePeople);
    page["merged_in"] = nlohmann::json::array();
    for (std::size_t i = 0; i < profile.merged_in.size(); ++i)
      page["merged_in"].push_back({{"id", profile.merged_in[i]},
                                   {"number", domain::LocalChildId(profile.merged_in[i])},
                                   {"then", i + 1 < profile.merged_in.size() ? ", " : ""}});
    page["has_merged_in"] = !profile.merged_in.empty();
    page["merge_saved"] =
        context.query.Value("merged") == "1"
            ? nlohmann::json(
                  "Records merged. The other record's history shows on this one's "
                  "journey.")
        : context.query.Value("unmerged") == "1"
            ? nlohmann::json("Records taken apart. This record stands on its own again.")
            : nlohmann::json(false);
    page["rows"] = PersonRows(*view.person, profile.history.has_value());
    for (auto& row : page["rows"]) row["may_change"] = may_correct && row["change"] != false;
    page["households"] = HouseholdsView(profile);
    for (auto& household : page["households"]) {
      household["may_add_person"] = may_add_person;
      if (!may_correct || !household["current"].get<bool>()) household["move_out"] = false;
      household["has_actions"] = may_add_person || household["move_out"] != false;
    }
    page["relationships"] = RelationshipsView(profile);
    for (auto& related : page["relationships"]) {
      if (!may_correct || !related["visible"].get<bool>()) related["change"] = false;
    }
    page["has_relationships"] = !profile.relationships.empty();
    if (profile.history) {
      page["what_is_known"] = nlohmann::json::array();
      page["what_is_known"].push_back(ChildHistoryView(*profile.history, rules_.settings));
    }
  }
  return pages_.Render(context, status, "person", page);
}

http::Response PeopleController::Journey(const RequestContext& context) const {
  const std::int64_t id = context.id;
  const std::vector<std::string> kinds = context.query.Values("kind");
  return Shown(
      pages_, context, people_.ShowJourney(*context.identity, id, kinds),
      [&](const service::JourneyView& journey) {
        if (!journey.view.person) return RedirectResponse("/people/" + std::to_string(id));
        const auto& person = *journey.view.person;
        nlohmann::json view = {{"title", person.given_name + "'s journey"},
                               {"id", person.id},
                               {"name", person.FullName()},
                               {"given_name", person.given_name},
                               {"born", domain::BirthInWords(person)},
                               {"events", JourneyEventsJson(journey.events, true)},
                               {"has_events", !journey.events.empty()},
                               {"kinds", nlohmann::json::array()},
                               {"household_children", nlohmann::json::array()},
                               {"has_household_children", !journey.household_children.empty()}};
        for (const auto& kind : domain::JourneyEventKinds()) {
          view["kinds"].push_back(
              {{"value", kind},
               {"label", domain::JourneyEventKindName(kind)},
               {"checked",
                kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end()}});
        }
        for (const auto& child : journey.household_children)
          view["household_children"].push_back({{"id", child.id}, {"name", child.FullName()}});
        return pages_.Render(context, 200, "journey", view);
      });
}

http::Response PeopleController::BreakGlass(const RequestContext& context) const {
  const std::int64_t id = context.id;
  const std::string reason = context.form.Value("reason");
  auto result = people_.BreakGlass(*context.identity, id, reason);
  if (std::holds_alternative<service::NotFound>(result)) return pages_.Error(context, 404);
  if (const auto* invalid = std::get_if<service::Invalid>(&result)) {
    service::PersonProfile profile;
    profile.view.id = id;
    profile.view.restricted = true;
    profile.view.can_break_glass = true;
    return PersonPage(context, 400, profile, reason, invalid->errors);
  }
  return RedirectResponse("/people/" + std::to_string(id));
}

http::Response PeopleController::ApiSearch(const RequestContext& context) const {
  // Pages by cursor unless the caller asks for a page by number, as v1 first did.
  const domain::PersonSearch search = SearchFrom(context.query);
  std::optional<domain::CursorPaging> by_cursor;
  if (search.page.empty())
    by_cursor = domain::CursorPaging{context.query.Value("limit"), context.query.Value("cursor")};
  http::Response response = SearchAnswer(people_.FindPeople(*context.identity, search, by_cursor));
  // Deprecated since 7 December 2026 (RFC 9745), for the search with its terms in the body.
  response.SetHeader("Deprecation", "@1796601600");
  response.SetHeader("Link", "</api/v1/people/search>; rel=\"successor-version\"");
  return response;
}

http::Response PeopleController::ApiSearchSent(const RequestContext& context) const {
  // The same search with its terms in the body, out of the address; paged by cursor only.
  Fields fields(context.body);
  const domain::PersonSearch search{fields.Text("name"), fields.Text("date_of_birth"),
                                    fields.Text("postcode"), fields.Text("identifier"), ""};
  const domain::CursorPaging by_cursor{fields.CountText("limit"), fields.Text("cursor")};
  // Anything else is refused rather than ignored: a client moving from the address's `page`
  // would otherwise be given the first page again.
  for (const auto& [member, value] : context.body.items()) {
    if (std::find(kSearchMembers.begin(), kSearchMembers.end(), member) == kSearchMembers.end())
      fields.Note(member,
                  "The search takes name, date_of_birth, postcode, identifier, limit and "
                  "cursor; page through it with cursor");
  }
  if (!fields.Errors().empty()) return JsonErrors(422, fields.Errors());
  return SearchAnswer(people_.FindPeople(*context.identity, search, by_cursor));
}

http::Response PeopleController::ApiAddPerson(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::PersonDraft draft = PersonDraftFrom(fields);
  return ApiCreatedOnce(
      context, fields,
      [&](const auto& request) {
        return people_.AddPerson(*context.identity, draft, std::nullopt, false, request);
      },
      "/api/v1/people", PersonJson);
}

http::Response PeopleController::ApiProfile(const RequestContext& context) const {
  const auto profile = people_.ShowProfile(*context.identity, context.id);
  http::Response response = ApiAnswer(
      profile, kNoPerson, 200,
      [&](const service::PersonProfile& shown) { return ProfileJson(context.id, shown); });
  // The version a correction's If-Match names (not for a record restricted from the asker).
  if (const auto* shown = std::get_if<service::PersonProfile>(&profile);
      shown && shown->view.person)
    response.SetHeader("ETag", domain::PersonVersion(*shown->view.person));
  return response;
}

http::Response PeopleController::ApiJourney(const RequestContext& context) const {
  const std::int64_t id = context.id;
  return ApiAnswer(people_.ShowJourney(*context.identity, id, context.query.Values("kind")),
                   kNoPerson, 200, [id](const service::JourneyView& journey) {
                     if (!journey.view.person)
                       return nlohmann::json{{"id", id}, {"restricted", true}};
                     nlohmann::json children = nlohmann::json::array();
                     for (const auto& child : journey.household_children)
                       children.push_back({{"id", child.id}, {"name", child.FullName()}});
                     return nlohmann::json{{"person", PersonJson(*journey.view.person)},
                                           {"events", JourneyEventsJson(journey.events, false)},
                                           {"household_children", children}};
                   });
}

http::Response PeopleController::ApiRestrict(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string reason = fields.Text("reason");
  const auto usernames = fields.Texts("allowed_usernames");
  return ApiSubmitted(
      fields,
      [&] { return people_.RestrictRecord(*context.identity, context.id, usernames, reason); },
      kNoPerson, 200,
      [](const domain::Restriction& restriction) {
        return nlohmann::json{{"person_id", restriction.person_id},
                              {"reason", restriction.reason},
                              {"allowed_user_ids", restriction.allowed_user_ids}};
      });
}

http::Response PeopleController::ApiRelate(const RequestContext& context) const {
  Fields fields(context.body);
  const std::int64_t related = fields.Id("related_person_id");
  const std::string kind = fields.Text("kind");
  const std::string reason = fields.Text("reason");
  return ApiSubmitted(
      fields, [&] { return people_.Relate(*context.identity, context.id, related, kind, reason); },
      kNoPerson, 201,
      [](const domain::Relationship& relationship) {
        return nlohmann::json{{"person_id", relationship.person_id},
                              {"related_person_id", relationship.related_person_id},
                              {"kind", domain::kRelationships.Code(relationship.kind)}};
      });
}

http::Response PeopleController::ApiMerge(const RequestContext& context) const {
  Fields fields(context.body);
  const std::int64_t into = fields.Id("into_person_id");
  const std::string reason = fields.Text("reason");
  return ApiSubmitted(
      fields, [&] { return people_.MergePeople(*context.identity, context.id, into, reason); },
      kNoPerson, 200,
      [&](const domain::Person&) {
        return nlohmann::json{{"id", context.id}, {"merged_into", into}};
      });
}

http::Response PeopleController::ApiUnmerge(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string reason = fields.Text("reason");
  return ApiSubmitted(
      fields, [&] { return people_.UnmergePerson(*context.identity, context.id, reason); },
      kNoPerson, 200,
      [&](const domain::Person&) {
        return nlohmann::json{{"id", context.id}, {"merged_into", nullptr}};
      });
}

http::Response PeopleController::ApiAddHousehold(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::HouseholdDraft draft = HouseholdDraftFrom(fields);
  return ApiCreated(
      fields, [&] { return people_.AddHousehold(*context.identity, draft); }, "/api/v1/households",
      [](const domain::Household& household) {
        return nlohmann::json{{"id", household.id},
                              {"address_line_1", household.address_line_1},
                              {"address_line_2", household.address_line_2},
                              {"town", household.town},
                              {"postcode", household.postcode}};
      });
}

http::Response PeopleController::ApiAddMember(const RequestContext& context) const {
  Fields fields(context.body);
  const std::int64_t person_id = fields.Id("person_id");
  const std::string from = fields.Text("from");
  return ApiSubmitted(
      fields,
      [&] { return people_.AddToHousehold(*context.identity, context.id, person_id, from); },
      kNoHousehold, 201,
      [&](const domain::HouseholdMember&) {
        return nlohmann::json{
            {"household_id", context.id}, {"person_id", person_id}, {"from", from}};
      });
}

}  // namespace frontdoor::web
