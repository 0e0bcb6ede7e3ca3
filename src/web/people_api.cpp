// src/web/people_api.cpp — people's records as JSON: search, adding people and households,
// relationships, restriction, merges and journeys.
#include "web/controllers.hpp"
#include "web/drafts.hpp"
#include "web/person_views.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoPerson = "There is no person with that id";
constexpr const char* kNoHousehold = "There is no household with that id";

nlohmann::json ProfileJson(std::int64_t id, const service::PersonProfile& profile) {
  if (!profile.view.person) return {{"id", id}, {"restricted", true}};
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
         {"kind", domain::kRelationships.Code(related.relationship.kind)}});
  }
  return body;
}

http::Response Created(nlohmann::json body, const std::string& location) {
  http::Response response = JsonResponse(201, std::move(body));
  response.SetHeader("Location", location);
  return response;
}

}  // namespace

http::Response PeopleController::ApiSearch(const RequestContext& context) const {
  const domain::PersonSearch search{
      context.query.Value("name"), context.query.Value("date_of_birth"),
      context.query.Value("postcode"), context.query.Value("identifier")};
  return ApiAnswer(
      people_.FindPeople(*context.identity, search), "", 200,
      [](const std::vector<domain::SearchMatch>& found) {
        nlohmann::json matches = nlohmann::json::array();
        for (const auto& match : found) {
          matches.push_back({{"person", match.restricted ? nlohmann::json{{"id", match.person.id},
                                                                          {"restricted", true}}
                                                         : PersonJson(match.person)},
                             {"score", match.score},
                             {"reasons", match.reasons}});
        }
        return nlohmann::json{{"matches", matches}};
      });
}

http::Response PeopleController::ApiAddPerson(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::PersonDraft draft = PersonDraftFrom(fields);
  if (!fields.Errors().empty()) return JsonErrors(422, fields.Errors());
  auto result = people_.AddPerson(*context.identity, draft);
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return JsonErrors(422, invalid->errors);
  const auto& person = std::get<domain::Person>(result);
  return Created(PersonJson(person), "/api/v1/people/" + std::to_string(person.id));
}

http::Response PeopleController::ApiProfile(const RequestContext& context) const {
  return ApiAnswer(
      people_.ShowProfile(*context.identity, context.id), kNoPerson, 200,
      [&](const service::PersonProfile& profile) { return ProfileJson(context.id, profile); });
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
  return ApiSubmitted(
      fields, [&] { return people_.Relate(*context.identity, context.id, related, kind); },
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
  return ApiAnswer(people_.UnmergePerson(*context.identity, context.id), kNoPerson, 200,
                   [&](const domain::Person&) {
                     return nlohmann::json{{"id", context.id}, {"merged_into", nullptr}};
                   });
}

http::Response PeopleController::ApiAddHousehold(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::HouseholdDraft draft = HouseholdDraftFrom(fields);
  if (!fields.Errors().empty()) return JsonErrors(422, fields.Errors());
  auto result = people_.AddHousehold(*context.identity, draft);
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return JsonErrors(422, invalid->errors);
  const auto& household = std::get<domain::Household>(result);
  return Created({{"id", household.id},
                  {"address_line_1", household.address_line_1},
                  {"address_line_2", household.address_line_2},
                  {"town", household.town},
                  {"postcode", household.postcode}},
                 "/api/v1/households/" + std::to_string(household.id));
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
