// src/web/people_api.cpp — the JSON API for people, search, households, relationships, restriction
// and journeys.
#include "web/app.hpp"
#include "web/form.hpp"
#include "web/json_body.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

void WebApp::AddPeopleApiRoutes() {
  using domain::Action;

  router_.Add(
      "GET", "/api/v1/people", Action::kSearchPeople, [this](const RequestContext& context) {
        const domain::PersonSearch search{
            QueryValue(context.request, "name"), QueryValue(context.request, "date_of_birth"),
            QueryValue(context.request, "postcode"), QueryValue(context.request, "identifier")};
        auto result = people_.FindPeople(*context.identity, search);
        if (auto* invalid = std::get_if<service::Invalid>(&result))
          return JsonErrors(422, invalid->errors);
        nlohmann::json matches = nlohmann::json::array();
        for (const auto& match : std::get<std::vector<domain::SearchMatch>>(result)) {
          const bool visible = !match.restricted;
          matches.push_back(
              {{"person", visible ? PersonJson(match.person)
                                  : nlohmann::json{{"id", match.person.id}, {"restricted", true}}},
               {"score", match.score},
               {"reasons", match.reasons}});
        }
        return JsonResponse(200, {{"matches", matches}});
      });

  router_.Add("POST", "/api/v1/people", Action::kAddPerson, [this](const RequestContext& context) {
    http::Response refusal;
    auto body = ReadJsonObject(context.request, refusal);
    if (!body) return refusal;
    domain::FieldErrors errors;
    domain::PersonDraft draft{StringMember(*body, "given_name", errors),
                              StringMember(*body, "family_name", errors),
                              StringMember(*body, "date_of_birth", errors),
                              "",
                              StringMember(*body, "expected_date_of_birth", errors),
                              StringMember(*body, "sex", errors),
                              StringMember(*body, "ethnicity", errors),
                              StringList(*body, "disabilities", errors),
                              StringMember(*body, "nhs_number", errors),
                              StringMember(*body, "upn", errors)};
    for (const auto& other : body->value("other_names", nlohmann::json::array())) {
      if (!other.is_object()) {
        errors.push_back({"other_names", "Must be a list of {given_name, family_name}"});
        break;
      }
      const std::string given = StringMember(other, "given_name", errors);
      const std::string family = StringMember(other, "family_name", errors);
      if (given.find('\n') != std::string::npos || family.find('\n') != std::string::npos) {
        errors.push_back({"other_names", "A name cannot hold a line break"});
        break;
      }
      draft.other_names += given + " " + family + "\n";
    }
    if (!errors.empty()) return JsonErrors(422, errors);
    auto result = people_.AddPerson(*context.identity, draft);
    if (auto* invalid = std::get_if<service::Invalid>(&result))
      return JsonErrors(422, invalid->errors);
    const auto& person = std::get<domain::Person>(result);
    http::Response response = JsonResponse(201, PersonJson(person));
    response.SetHeader("Location", "/api/v1/people/" + std::to_string(person.id));
    return response;
  });

  router_.Add(
      "GET", "/api/v1/people/{id}", Action::kViewPersonRecord,
      [this](const RequestContext& context) {
        const auto id = PathId(context.params);
        if (!id) return JsonError(404, "There is no person with that id");
        auto result = people_.ShowProfile(*context.identity, *id);
        if (!std::holds_alternative<service::PersonProfile>(result))
          return JsonError(404, "There is no person with that id");
        const auto& profile = std::get<service::PersonProfile>(result);
        if (!profile.view.person) return JsonResponse(200, {{"id", *id}, {"restricted", true}});
        nlohmann::json body = PersonJson(*profile.view.person);
        body["restricted"] = profile.view.restricted;
        body["households"] = nlohmann::json::array();
        for (const auto& household : profile.households) {
          body["households"].push_back({{"id", household.household.id},
                                        {"address", AddressText(household.household)},
                                        {"from", domain::FormatDate(household.membership.from)}});
        }
        body["relationships"] = nlohmann::json::array();
        for (const auto& related : profile.relationships) {
          body["relationships"].push_back(
              {{"related_person_id", related.relationship.related_person_id},
               {"kind", domain::RelationshipCode(related.relationship.kind)}});
        }
        return JsonResponse(200, body);
      });

  router_.Add("GET", "/api/v1/people/{id}/journey", Action::kViewPersonRecord,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, "There is no person with that id");
                auto result = people_.ShowJourney(*context.identity, *id,
                                                  FormValues(context.request.query, "kind"));
                if (!std::holds_alternative<service::JourneyView>(result))
                  return JsonError(404, "There is no person with that id");
                const auto& journey = std::get<service::JourneyView>(result);
                if (!journey.view.person)
                  return JsonResponse(200, {{"id", *id}, {"restricted", true}});
                nlohmann::json children = nlohmann::json::array();
                for (const auto& child : journey.household_children)
                  children.push_back({{"id", child.id}, {"name", child.FullName()}});
                return JsonResponse(200, {{"person", PersonJson(*journey.view.person)},
                                          {"events", JourneyEventsJson(journey.events, false)},
                                          {"household_children", children}});
              });

  router_.Add("PUT", "/api/v1/people/{id}/restriction", Action::kRestrictRecord,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, "There is no person with that id");
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                const std::string reason = StringMember(*body, "reason", errors);
                const auto usernames = StringList(*body, "allowed_usernames", errors);
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = people_.RestrictRecord(*context.identity, *id, usernames, reason);
                if (!std::holds_alternative<domain::Restriction>(result)) {
                  return Refusal(std::get_if<service::Invalid>(&result),
                                 "There is no person with that id");
                }
                const auto& restriction = std::get<domain::Restriction>(result);
                return JsonResponse(200, {{"person_id", restriction.person_id},
                                          {"reason", restriction.reason},
                                          {"allowed_user_ids", restriction.allowed_user_ids}});
              });

  router_.Add("POST", "/api/v1/people/{id}/relationships", Action::kAddPerson,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, "There is no person with that id");
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                const std::int64_t related = IdMember(*body, "related_person_id", errors);
                const std::string kind = StringMember(*body, "kind", errors);
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = people_.Relate(*context.identity, *id, related, kind);
                if (!std::holds_alternative<domain::Relationship>(result)) {
                  return Refusal(std::get_if<service::Invalid>(&result),
                                 "There is no person with that id");
                }
                const auto& relationship = std::get<domain::Relationship>(result);
                return JsonResponse(201, {{"person_id", relationship.person_id},
                                          {"related_person_id", relationship.related_person_id},
                                          {"kind", domain::RelationshipCode(relationship.kind)}});
              });

  router_.Add("POST", "/api/v1/people/{id}/merge", Action::kMergePeople,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, "There is no person with that id");
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                const std::int64_t into = IdMember(*body, "into_person_id", errors);
                const std::string reason = StringMember(*body, "reason", errors);
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = people_.MergePeople(*context.identity, *id, into, reason);
                if (!std::holds_alternative<domain::Person>(result)) {
                  return Refusal(std::get_if<service::Invalid>(&result),
                                 "There is no person with that id");
                }
                return JsonResponse(200, {{"id", *id}, {"merged_into", into}});
              });

  router_.Add("POST", "/api/v1/people/{id}/unmerge", Action::kMergePeople,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return JsonError(404, "There is no person with that id");
                auto result = people_.UnmergePerson(*context.identity, *id);
                if (!std::holds_alternative<domain::Person>(result)) {
                  return Refusal(std::get_if<service::Invalid>(&result),
                                 "There is no person with that id");
                }
                return JsonResponse(200, {{"id", *id}, {"merged_into", nullptr}});
              });

  router_.Add(
      "POST", "/api/v1/households", Action::kAddPerson, [this](const RequestContext& context) {
        http::Response refusal;
        auto body = ReadJsonObject(context.request, refusal);
        if (!body) return refusal;
        domain::FieldErrors errors;
        const domain::HouseholdDraft draft{StringMember(*body, "address_line_1", errors),
                                           StringMember(*body, "address_line_2", errors),
                                           StringMember(*body, "town", errors),
                                           StringMember(*body, "postcode", errors)};
        if (!errors.empty()) return JsonErrors(422, errors);
        auto result = people_.AddHousehold(*context.identity, draft);
        if (auto* invalid = std::get_if<service::Invalid>(&result))
          return JsonErrors(422, invalid->errors);
        const auto& household = std::get<domain::Household>(result);
        http::Response response = JsonResponse(201, {{"id", household.id},
                                                     {"address_line_1", household.address_line_1},
                                                     {"address_line_2", household.address_line_2},
                                                     {"town", household.town},
                                                     {"postcode", household.postcode}});
        response.SetHeader("Location", "/api/v1/households/" + std::to_string(household.id));
        return response;
      });

  router_.Add(
      "POST", "/api/v1/households/{id}/members", Action::kAddPerson,
      [this](const RequestContext& context) {
        const auto id = PathId(context.params);
        if (!id) return JsonError(404, "There is no household with that id");
        http::Response refusal;
        auto body = ReadJsonObject(context.request, refusal);
        if (!body) return refusal;
        domain::FieldErrors errors;
        const std::int64_t person_id = IdMember(*body, "person_id", errors);
        const std::string from = StringMember(*body, "from", errors);
        if (!errors.empty()) return JsonErrors(422, errors);
        auto result = people_.AddToHousehold(*context.identity, *id, person_id, from);
        if (!std::holds_alternative<domain::HouseholdMember>(result)) {
          return Refusal(std::get_if<service::Invalid>(&result),
                         "There is no household with that id");
        }
        return JsonResponse(201, {{"household_id", *id}, {"person_id", person_id}, {"from", from}});
      });
}

}  // namespace frontdoor::web
