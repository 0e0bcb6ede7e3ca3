// src/web/people_api_controller.cpp — the people API's routes.
#include "web/people_api_controller.hpp"

#include "web/person_views.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoPerson = "There is no person with that id";
constexpr const char* kNoHousehold = "There is no household with that id";

//! Other names as {given_name, family_name} objects, as the draft's "one a line" text.
std::string OtherNames(const nlohmann::json& body, domain::FieldErrors& errors) {
  std::string lines;
  for (const auto& other : body.value("other_names", nlohmann::json::array())) {
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
    lines += given + " " + family + "\n";
  }
  return lines;
}

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

void PeopleApiController::AddRoutes(Router& router) {
  using domain::Action;
  const auto about = [this](auto member, const char* missing = kNoPerson) {
    return ApiAbout(missing, [this, member](const RequestContext& context, std::int64_t id) {
      return (this->*member)(context, id);
    });
  };
  const auto with_body = [this](auto member, const char* missing = kNoPerson) {
    return ApiWithBody(missing, [this, member](const RequestContext& context, std::int64_t id,
                                               const nlohmann::json& body, auto& errors) {
      if constexpr (requires { (this->*member)(context, id, body, errors); })
        return (this->*member)(context, id, body, errors);
      else
        return (this->*member)(context, body, errors);
    });
  };
  router.Add("GET", "/api/v1/people", Action::kSearchPeople,
             [this](const auto& context) { return Search(context); });
  router.Add("POST", "/api/v1/people", Action::kAddPerson,
             with_body(&PeopleApiController::AddPerson));
  router.Add("GET", "/api/v1/people/{id}", Action::kViewPersonRecord,
             about(&PeopleApiController::Profile));
  router.Add("GET", "/api/v1/people/{id}/journey", Action::kViewPersonRecord,
             about(&PeopleApiController::Journey));
  router.Add("PUT", "/api/v1/people/{id}/restriction", Action::kRestrictRecord,
             with_body(&PeopleApiController::Restrict));
  router.Add("POST", "/api/v1/people/{id}/relationships", Action::kAddPerson,
             with_body(&PeopleApiController::Relate));
  router.Add("POST", "/api/v1/people/{id}/merge", Action::kMergePeople,
             with_body(&PeopleApiController::Merge));
  router.Add("POST", "/api/v1/people/{id}/unmerge", Action::kMergePeople,
             ApiAbout(kNoPerson, [this](const RequestContext& context, std::int64_t id) {
               return ApiAnswer(people_.UnmergePerson(*context.identity, id), kNoPerson, 200,
                                [&](const domain::Person&) {
                                  return nlohmann::json{{"id", id}, {"merged_into", nullptr}};
                                });
             }));
  router.Add("POST", "/api/v1/households", Action::kAddPerson,
             with_body(&PeopleApiController::AddHousehold, kNoHousehold));
  router.Add("POST", "/api/v1/households/{id}/members", Action::kAddPerson,
             with_body(&PeopleApiController::AddMember, kNoHousehold));
}

http::Response PeopleApiController::Search(const RequestContext& context) const {
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

http::Response PeopleApiController::AddPerson(const RequestContext& context,
                                              const nlohmann::json& body,
                                              domain::FieldErrors& errors) const {
  domain::PersonDraft draft{StringMember(body, "given_name", errors),
                            StringMember(body, "family_name", errors),
                            StringMember(body, "date_of_birth", errors),
                            OtherNames(body, errors),
                            StringMember(body, "expected_date_of_birth", errors),
                            StringMember(body, "sex", errors),
                            StringMember(body, "ethnicity", errors),
                            StringList(body, "disabilities", errors),
                            StringMember(body, "nhs_number", errors),
                            StringMember(body, "upn", errors)};
  if (!errors.empty()) return JsonErrors(422, errors);
  auto result = people_.AddPerson(*context.identity, draft);
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return JsonErrors(422, invalid->errors);
  const auto& person = std::get<domain::Person>(result);
  return Created(PersonJson(person), "/api/v1/people/" + std::to_string(person.id));
}

http::Response PeopleApiController::Profile(const RequestContext& context, std::int64_t id) const {
  return ApiAnswer(
      people_.ShowProfile(*context.identity, id), kNoPerson, 200,
      [id](const service::PersonProfile& profile) { return ProfileJson(id, profile); });
}

http::Response PeopleApiController::Journey(const RequestContext& context, std::int64_t id) const {
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

http::Response PeopleApiController::Restrict(const RequestContext& context, std::int64_t id,
                                             const nlohmann::json& body,
                                             domain::FieldErrors& errors) const {
  const std::string reason = StringMember(body, "reason", errors);
  const auto usernames = StringList(body, "allowed_usernames", errors);
  if (!errors.empty()) return JsonErrors(422, errors);
  return ApiAnswer(people_.RestrictRecord(*context.identity, id, usernames, reason), kNoPerson, 200,
                   [](const domain::Restriction& restriction) {
                     return nlohmann::json{{"person_id", restriction.person_id},
                                           {"reason", restriction.reason},
                                           {"allowed_user_ids", restriction.allowed_user_ids}};
                   });
}

http::Response PeopleApiController::Relate(const RequestContext& context, std::int64_t id,
                                           const nlohmann::json& body,
                                           domain::FieldErrors& errors) const {
  const std::int64_t related = IdMember(body, "related_person_id", errors);
  const std::string kind = StringMember(body, "kind", errors);
  if (!errors.empty()) return JsonErrors(422, errors);
  return ApiAnswer(people_.Relate(*context.identity, id, related, kind), kNoPerson, 201,
                   [](const domain::Relationship& relationship) {
                     return nlohmann::json{
                         {"person_id", relationship.person_id},
                         {"related_person_id", relationship.related_person_id},
                         {"kind", domain::kRelationships.Code(relationship.kind)}};
                   });
}

http::Response PeopleApiController::Merge(const RequestContext& context, std::int64_t id,
                                          const nlohmann::json& body,
                                          domain::FieldErrors& errors) const {
  const std::int64_t into = IdMember(body, "into_person_id", errors);
  const std::string reason = StringMember(body, "reason", errors);
  if (!errors.empty()) return JsonErrors(422, errors);
  return ApiAnswer(people_.MergePeople(*context.identity, id, into, reason), kNoPerson, 200,
                   [&](const domain::Person&) {
                     return nlohmann::json{{"id", id}, {"merged_into", into}};
                   });
}

http::Response PeopleApiController::AddHousehold(const RequestContext& context,
                                                 const nlohmann::json& body,
                                                 domain::FieldErrors& errors) const {
  const domain::HouseholdDraft draft{
      StringMember(body, "address_line_1", errors), StringMember(body, "address_line_2", errors),
      StringMember(body, "town", errors), StringMember(body, "postcode", errors)};
  if (!errors.empty()) return JsonErrors(422, errors);
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

http::Response PeopleApiController::AddMember(const RequestContext& context, std::int64_t id,
                                              const nlohmann::json& body,
                                              domain::FieldErrors& errors) const {
  const std::int64_t person_id = IdMember(body, "person_id", errors);
  const std::string from = StringMember(body, "from", errors);
  if (!errors.empty()) return JsonErrors(422, errors);
  return ApiAnswer(
      people_.AddToHousehold(*context.identity, id, person_id, from), kNoHousehold, 201,
      [&](const domain::HouseholdMember&) {
        return nlohmann::json{{"household_id", id}, {"person_id", person_id}, {"from", from}};
      });
}

}  // namespace frontdoor::web
