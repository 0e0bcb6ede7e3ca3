// src/web/router.hpp — which controller answers which method and path, and the action each route
// declares.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/permissions.hpp"
#include "http/message.hpp"
#include "service/identity.hpp"
#include "web/form.hpp"

namespace frontdoor::web {

//! Values of a route's {placeholders}, percent-decoded, by name.
using PathParams = std::map<std::string, std::string, std::less<>>;

//! What a controller is given, decoded once by the app: the request, its path values and the
//! record id among them, its query string, its form (a page's POST; empty otherwise), its JSON
//! body (an API call's POST or PUT; an empty object otherwise), who is asking (nullptr on
//! public routes), and the secret their sign-in's cookie carries.
struct RequestContext {
  const http::Request& request;
  const PathParams& params;
  std::int64_t id;  //!< the path's {id}, a positive whole number; 0 when the route has none
  const Form& query;
  const Form& form;
  const nlohmann::json& body;
  const service::Identity* identity;
  //! A page's session token as its cookie carried it (kept by the server only as a hash): what
  //! a link sealed for this sign-in alone is sealed with. Empty for the API and public pages.
  std::string_view session_token;
};

//! Answers one matched, authorised request.
using Controller = std::function<http::Response(const RequestContext&)>;

//! One route. A pattern is a path whose segments may be {name} (one segment) or, last, {name*}
//! (the rest of the path). {id}, a record's number, matches only a positive whole number, so
//! "/people/search" is never taken for a person and a wrong id is not served at all.
struct Route {
  std::string method;
  std::string pattern;
  domain::Action action;    //!< what the route does; decides who may call it
  bool before_second_step;  //!< reachable while sign-in waits for its second step
  Controller controller;
  //! An API request that creates a record: sent with an Idempotency-Key, its answer is kept and
  //! given again to the same request sent again (web/kept_answers.hpp).
  bool keeps_answer_by_key;
};

//! The route that matches a request, or (when none does) the methods the path takes.
struct RouteMatch {
  const Route* route = nullptr;
  PathParams params;
  std::string allowed;  //!< for 405: "GET, HEAD, POST"; empty when nothing serves the path
};

//! Routes in the order added; the first match wins.
class Router {
 public:
  //! Adds a route reachable only once sign-in is complete (or public, by its action).
  void Add(std::string method, std::string pattern, domain::Action action, Controller controller);
  //! Adds an API route that creates a record and keeps its answer by Idempotency-Key (a use case
  //! that keeps its key in its own transaction is added with Add instead).
  void AddCreating(std::string method, std::string pattern, domain::Action action,
                   Controller controller);
  //! Adds a route reachable while sign-in still waits for its second step.
  void AddBeforeSecondStep(std::string method, std::string pattern, domain::Action action,
                           Controller controller);
  //! Finds the route for a request.
  RouteMatch Match(const http::Request& request) const;
  //! Every route, for tests and documentation.
  const std::vector<Route>& Routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

//! The records a route's path names, as the access audit names them ("person:3", "contact:12
//! person:4"): each {placeholder}'s value after the word for its kind of record ("people/{id}" is
//! a person). A refusal is audited with them.
std::string RecordsNamed(std::string_view pattern, const PathParams& params);

//! Matches `path` against `pattern`, filling `params`; false when it does not match.
bool MatchPattern(std::string_view pattern, std::string_view path, PathParams& params);

}  // namespace frontdoor::web
