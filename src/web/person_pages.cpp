// src/web/person_pages.cpp — people's records: "is this child known?", adding a person, the record,
// the journey, break-glass.
#include <charconv>

#include "domain/census_codes.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/app.hpp"
#include "web/form.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

std::string DatesText(const domain::HouseholdMember& member) {
  return "from " + domain::FormatLongDate(member.from) +
         (member.to ? " to " + domain::FormatLongDate(*member.to) : "");
}

domain::PersonDraft DraftFromForm(std::string_view body, const FormFields& fields) {
  domain::PersonDraft draft;
  draft.given_name = FormValue(fields, "given_name");
  draft.family_name = FormValue(fields, "family_name");
  draft.date_of_birth = FormValue(fields, "date_of_birth");
  draft.other_names = FormValue(fields, "other_names");
  draft.expected_date_of_birth = FormValue(fields, "expected_date_of_birth");
  draft.sex = FormValue(fields, "sex");
  draft.ethnicity = FormValue(fields, "ethnicity");
  draft.disabilities = FormValues(body, "disability");
  draft.nhs_number = FormValue(fields, "nhs_number");
  draft.upn = FormValue(fields, "upn");
  return draft;
}

}  // namespace

void WebApp::AddPersonRoutes() {
  using domain::Action;

  router_.Add("GET", "/people", Action::kSearchPeople, [this](const RequestContext& context) {
    const domain::PersonSearch search{
        QueryValue(context.request, "name"), QueryValue(context.request, "date_of_birth"),
        QueryValue(context.request, "postcode"), QueryValue(context.request, "identifier")};
    const bool searched = !context.request.query.empty();
    domain::FieldErrors errors;
    nlohmann::json matches = nlohmann::json::array();
    if (searched) {
      auto result = people_.FindPeople(*context.identity, search);
      if (auto* invalid = std::get_if<service::Invalid>(&result)) {
        errors = invalid->errors;
      } else {
        for (const auto& match : std::get<std::vector<domain::SearchMatch>>(result))
          matches.push_back(MatchView(match));
      }
    }
    nlohmann::json view = FormErrorsView("Is this child known?", errors);
    view["search"] = {{"name", search.name},
                      {"date_of_birth", search.date_of_birth},
                      {"postcode", search.postcode},
                      {"identifier", search.identifier}};
    view["searched"] = searched && errors.empty();
    view["matches"] = matches;
    view["has_matches"] = !matches.empty();
    view["result_count"] = matches.empty() ? "No one matches"
                           : matches.size() == 1
                               ? "1 possible match"
                               : std::to_string(matches.size()) + " possible matches, best first";
    view["add_query"] = "name=" + PercentEncode(search.name) +
                        "&date_of_birth=" + PercentEncode(search.date_of_birth);
    return HtmlResponse(errors.empty() ? 200 : 400, Page("people_search", view, context));
  });

  const auto new_person_page =
      [this](const RequestContext& context, int status, const domain::PersonDraft& draft,
             const std::string& household_id, const nlohmann::json& possible_matches,
             const domain::FieldErrors& errors) {
        nlohmann::json view = FormErrorsView("Add a person", errors);
        view["draft"] = {{"given_name", draft.given_name},
                         {"family_name", draft.family_name},
                         {"other_names", draft.other_names},
                         {"date_of_birth", draft.date_of_birth},
                         {"expected_date_of_birth", draft.expected_date_of_birth},
                         {"nhs_number", draft.nhs_number},
                         {"upn", draft.upn}};
        view["household_id"] = household_id;
        view["possible_matches"] = possible_matches;
        view["has_possible_matches"] = !possible_matches.empty();
        view["sex_options"] = nlohmann::json::array();
        int option_idx = 0;
        for (const auto& [value, label] :
             {std::pair{"F", "Female"}, {"M", "Male"}, {"U", "Not known"}}) {
          view["sex_options"].push_back(
              {{"value", value},
               {"label", label},
               {"checked", draft.sex == value},
               {"suffix", option_idx++ == 0 ? "" : "-" + std::string(value)}});
        }
        view["ethnicity_options"] = CodeOptions(domain::EthnicityCodes(), draft.ethnicity);
        view["disability_options"] = nlohmann::json::array();
        for (const auto& code : domain::DisabilityCodes()) {
          const bool chosen = std::find(draft.disabilities.begin(), draft.disabilities.end(),
                                        code.code) != draft.disabilities.end();
          // The first box's id is the field's name, so the error summary's link lands on it.
          view["disability_options"].push_back(
              {{"id", view["disability_options"].empty() ? std::string("disabilities")
                                                         : "disability-" + std::string(code.code)},
               {"value", code.code},
               {"label", code.label},
               {"selected", chosen}});
        }
        return HtmlResponse(status, Page("person_new", view, context));
      };

  router_.Add("GET", "/people/new", Action::kAddPerson, [=](const RequestContext& context) {
    domain::PersonDraft draft;
    const std::string name = QueryValue(context.request, "name");
    const size_t space = name.rfind(' ');
    draft.given_name = space == std::string::npos ? "" : name.substr(0, space);
    draft.family_name = space == std::string::npos ? name : name.substr(space + 1);
    draft.date_of_birth = QueryValue(context.request, "date_of_birth");
    return new_person_page(context, 200, draft, QueryValue(context.request, "household_id"),
                           nlohmann::json::array(), {});
  });

  router_.Add("POST", "/people/new", Action::kAddPerson, [=, this](const RequestContext& context) {
    const auto fields = DecodeForm(context.request.body);
    if (!fields) return ErrorPage(context.request, 419, context.identity);
    const domain::PersonDraft draft = DraftFromForm(context.request.body, *fields);
    const std::string household_id = FormValue(*fields, "household_id");
    // Likely existing records come first: the person is added only once they have been seen.
    if (FormValue(*fields, "matches_seen") != "yes") {
      auto found = people_.FindPeople(
          *context.identity,
          {draft.given_name + " " + draft.family_name, draft.date_of_birth, "", ""});
      if (auto* matches = std::get_if<std::vector<domain::SearchMatch>>(&found);
          matches && !matches->empty()) {
        nlohmann::json possible = nlohmann::json::array();
        for (const auto& match : *matches) possible.push_back(MatchView(match));
        return new_person_page(context, 200, draft, household_id, possible, {});
      }
    }
    std::optional<std::int64_t> household;
    std::int64_t household_number = 0;
    if (!household_id.empty() &&
        std::from_chars(household_id.data(), household_id.data() + household_id.size(),
                        household_number)
                .ec == std::errc()) {
      household = household_number;
    }
    auto added = people_.AddPerson(*context.identity, draft, household);
    if (auto* invalid = std::get_if<service::Invalid>(&added)) {
      return new_person_page(context, 400, draft, household_id, nlohmann::json::array(),
                             invalid->errors);
    }
    return RedirectResponse("/people/" + std::to_string(std::get<domain::Person>(added).id));
  });

  const auto person_page = [this](const RequestContext& context, int status,
                                  const service::PersonProfile& profile, const std::string& reason,
                                  const domain::FieldErrors& errors) {
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
      page["rows"] = PersonRows(*view.person);
      page["households"] = nlohmann::json::array();
      for (const auto& household : profile.households) {
        nlohmann::json members = nlohmann::json::array();
        for (const auto& [member, person] : household.members) {
          members.push_back({{"id", member.person_id},
                             {"visible", person.has_value()},
                             {"name", person ? person->FullName() : ""},
                             {"dates", DatesText(member)}});
        }
        page["households"].push_back(
            {{"household_id", household.household.id},
             {"address", AddressText(household.household)},
             {"dates", view.person->given_name + " lives here " + DatesText(household.membership)},
             {"members", members},
             {"has_members", !members.empty()}});
      }
      page["relationships"] = nlohmann::json::array();
      for (const auto& related : profile.relationships) {
        page["relationships"].push_back(
            {{"id", related.relationship.related_person_id},
             {"visible", !related.name.empty()},
             {"name", related.name},
             {"kind", domain::RelationshipName(related.relationship.kind)}});
      }
      page["has_relationships"] = !profile.relationships.empty();
    }
    return HtmlResponse(status, Page("person", page, context));
  };

  router_.Add("GET", "/people/{id}", Action::kViewPersonRecord,
              [=, this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                auto result = people_.ShowProfile(*context.identity, *id);
                if (!std::holds_alternative<service::PersonProfile>(result))
                  return ErrorPage(context.request, 404, context.identity);
                return person_page(context, 200, std::get<service::PersonProfile>(result), "", {});
              });

  router_.Add(
      "GET", "/people/{id}/journey", Action::kViewPersonRecord,
      [this](const RequestContext& context) {
        const auto id = PathId(context.params);
        if (!id) return ErrorPage(context.request, 404, context.identity);
        std::vector<std::string> kinds = FormValues(context.request.query, "kind");
        auto result = people_.ShowJourney(*context.identity, *id, kinds);
        if (!std::holds_alternative<service::JourneyView>(result))
          return ErrorPage(context.request, 404, context.identity);
        const auto& journey = std::get<service::JourneyView>(result);
        if (!journey.view.person) return RedirectResponse("/people/" + std::to_string(*id));
        const auto& person = *journey.view.person;
        nlohmann::json view = {
            {"title", person.given_name + "'s journey"},
            {"id", person.id},
            {"name", person.FullName()},
            {"given_name", person.given_name},
            {"date_of_birth",
             person.date_of_birth ? domain::FormatLongDate(*person.date_of_birth) : "not known"},
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
        for (const auto& child : journey.household_children) {
          view["household_children"].push_back({{"id", child.id}, {"name", child.FullName()}});
        }
        return HtmlResponse(200, Page("journey", view, context));
      });

  router_.Add("POST", "/people/{id}/break-glass", Action::kBreakGlass,
              [=, this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                const auto fields = DecodeForm(context.request.body);
                const std::string reason = fields ? FormValue(*fields, "reason") : "";
                auto result = people_.BreakGlass(*context.identity, *id, reason);
                if (std::holds_alternative<service::NotFound>(result))
                  return ErrorPage(context.request, 404, context.identity);
                if (auto* invalid = std::get_if<service::Invalid>(&result)) {
                  service::PersonProfile profile;
                  profile.view.id = *id;
                  profile.view.restricted = true;
                  profile.view.can_break_glass = true;
                  return person_page(context, 400, profile, reason, invalid->errors);
                }
                return RedirectResponse("/people/" + std::to_string(*id));
              });
}

}  // namespace frontdoor::web
