// src/web/people_controller.hpp — people's pages: "is this child known?", adding a person, the
// record, the child's journey, and breaking the glass on a restricted record.
#pragma once

#include "service/person_service.hpp"
#include "web/controller.hpp"

namespace frontdoor::web {

//! People's records, as pages.
class PeopleController {
 public:
  PeopleController(const Pages& pages, service::PersonService& people)
      : pages_(pages), people_(people) {}

  void AddRoutes(Router& router);

 private:
  http::Response Search(const RequestContext& context) const;
  http::Response NewPersonPage(const RequestContext& context, int status,
                               const domain::PersonDraft& draft,
                               const std::vector<domain::SearchMatch>& possible_matches,
                               const domain::FieldErrors& errors) const;
  http::Response AddPerson(const RequestContext& context) const;
  http::Response PersonPage(const RequestContext& context, int status,
                            const service::PersonProfile& profile, const std::string& reason,
                            const domain::FieldErrors& errors) const;
  http::Response Journey(const RequestContext& context, std::int64_t id) const;
  http::Response BreakGlass(const RequestContext& context, std::int64_t id) const;

  const Pages& pages_;
  service::PersonService& people_;
};

}  // namespace frontdoor::web
