// src/web/people_api_controller.hpp — the JSON API for people: search, adding people and
// households, relationships, restriction, merges and journeys.
#pragma once

#include "service/person_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! People's records, as JSON.
class PeopleApiController {
 public:
  explicit PeopleApiController(service::PersonService& people) : people_(people) {}

  void AddRoutes(Router& router);

 private:
  http::Response Search(const RequestContext& context) const;
  http::Response AddPerson(const RequestContext& context, const nlohmann::json& body,
                           domain::FieldErrors& errors) const;
  http::Response Profile(const RequestContext& context, std::int64_t id) const;
  http::Response Journey(const RequestContext& context, std::int64_t id) const;
  http::Response Restrict(const RequestContext& context, std::int64_t id,
                          const nlohmann::json& body, domain::FieldErrors& errors) const;
  http::Response Relate(const RequestContext& context, std::int64_t id, const nlohmann::json& body,
                        domain::FieldErrors& errors) const;
  http::Response Merge(const RequestContext& context, std::int64_t id, const nlohmann::json& body,
                       domain::FieldErrors& errors) const;
  http::Response AddHousehold(const RequestContext& context, const nlohmann::json& body,
                              domain::FieldErrors& errors) const;
  http::Response AddMember(const RequestContext& context, std::int64_t id,
                           const nlohmann::json& body, domain::FieldErrors& errors) const;

  service::PersonService& people_;
};

}  // namespace frontdoor::web
