// src/web/router.hpp — which controller answers which method and path; 404 and 405 (with Allow) for
// the rest.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace frontdoor::web {

//! Values of a route's {placeholders}, percent-decoded, by name.
using PathParams = std::map<std::string, std::string, std::less<>>;

//! Answers one matched request.
using Controller = std::function<http::Response(const http::Request&, const PathParams&)>;

//! One route. A pattern is a path whose segments may be {name} (one segment) or, last, {name*}
//! (the rest of the path).
struct Route {
  std::string method;
  std::string pattern;
  Controller controller;
};

//! Routes in the order added; the first match wins.
class Router {
 public:
  //! Answers a path nobody serves (404) or a method a path does not take (405); the web app
  //! renders these as pages or JSON.
  using Fallback = std::function<http::Response(const http::Request&, int status)>;

  explicit Router(Fallback fallback) : fallback_(std::move(fallback)) {}

  //! Adds a route.
  void Add(std::string method, std::string pattern, Controller controller);
  //! Finds the route and calls it; sets the response's route to the pattern.
  http::Response Dispatch(const http::Request& request) const;
  //! Every route, for tests and documentation.
  const std::vector<Route>& Routes() const { return routes_; }

 private:
  Fallback fallback_;
  std::vector<Route> routes_;
};

//! Matches `path` against `pattern`, filling `params`; false when it does not match.
bool MatchPattern(std::string_view pattern, std::string_view path, PathParams& params);

}  // namespace frontdoor::web
