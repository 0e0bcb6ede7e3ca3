// src/web/router.cpp — pattern matching and dispatch.
#include "web/router.hpp"

#include "web/form.hpp"

namespace frontdoor::web {

namespace {

std::string_view NextSegment(std::string_view& rest) {
  const size_t slash = rest.find('/');
  std::string_view segment = rest.substr(0, slash);
  rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
  return segment;
}

}  // namespace

bool MatchPattern(std::string_view pattern, std::string_view path, PathParams& params) {
  if (pattern.empty() || path.empty() || pattern.front() != '/' || path.front() != '/')
    return false;
  pattern.remove_prefix(1);
  path.remove_prefix(1);
  for (;;) {
    const bool pattern_done = pattern.empty();
    const std::string_view expected = NextSegment(pattern);
    if (expected.size() > 3 && expected.front() == '{' && expected.ends_with("*}")) {
      auto value = PercentDecode(path, false);
      if (!value || value->empty()) return false;
      params.emplace(std::string(expected.substr(1, expected.size() - 3)), std::move(*value));
      return true;
    }
    const bool path_done = path.empty();
    const std::string_view actual = NextSegment(path);
    if (pattern_done || path_done) return pattern_done && path_done;
    if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
      auto value = PercentDecode(actual, false);
      if (!value || value->empty()) return false;
      params.emplace(std::string(expected.substr(1, expected.size() - 2)), std::move(*value));
    } else if (expected != actual) {
      return false;
    }
  }
}

void Router::Add(std::string method, std::string pattern, domain::Action action,
                 Controller controller) {
  routes_.push_back({std::move(method), std::move(pattern), action, false, std::move(controller)});
}

void Router::AddBeforeSecondStep(std::string method, std::string pattern, domain::Action action,
                                 Controller controller) {
  routes_.push_back({std::move(method), std::move(pattern), action, true, std::move(controller)});
}

RouteMatch Router::Match(const http::Request& request) const {
  RouteMatch match;
  for (const Route& route : routes_) {
    PathParams params;
    if (!MatchPattern(route.pattern, request.path, params)) continue;
    if (route.method == request.method) {
      match.route = &route;
      match.params = std::move(params);
      return match;
    }
    if (match.allowed.find(route.method) == std::string::npos) {
      match.allowed += match.allowed.empty() ? "" : ", ";
      match.allowed += route.method;
      if (route.method == "GET") match.allowed += ", HEAD";
    }
  }
  return match;
}

}  // namespace frontdoor::web
