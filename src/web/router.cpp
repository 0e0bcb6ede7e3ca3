// src/web/router.cpp — pattern matching and dispatch.
#include "web/router.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

#include "domain/whole_number.hpp"
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
      const std::string_view name = expected.substr(1, expected.size() - 2);
      if (name == "id") {
        const auto id = domain::WholeNumberIn<std::int64_t>(*value);
        if (!id || *id <= 0) return false;
      }
      params.emplace(std::string(name), std::move(*value));
    } else if (expected != actual) {
      return false;
    }
  }
}

std::string RecordsNamed(std::string_view pattern, const PathParams& params) {
  // The word before a placeholder, and what the access audit calls that kind of record.
  static const std::map<std::string_view, std::string_view, std::less<>> kKinds = {
      {"people", "person"},
      {"contacts", "contact"},
      {"households", "household"},
      {"checks", "check"},
      {"cases", "audit_case"},
      {"samples", "dip_sample"},
      {"reviews", "import_review"},
      {"improvement-plan", "action"},
      {"feedback", "feedback"},
      {"break-glass", "break_glass"},
      {"users", "user"},
      {"children", "person"}};
  std::string named;
  std::string_view previous;
  pattern.remove_prefix(std::min<std::size_t>(1, pattern.size()));
  while (!pattern.empty()) {
    const std::string_view segment = NextSegment(pattern);
    if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
      const auto value = params.find(segment.substr(1, segment.size() - 2));
      // Only a value that could name a record, written as the service writes it (a record's
      // number in decimal; a username as it is): never text that could pass for more records.
      const auto kind = kKinds.find(previous);
      std::string record;
      if (value != params.end() && kind != kKinds.end()) {
        const std::string& text = value->second;
        if (kind->second == "user") {
          const bool plain =
              text.size() <= 100 && std::all_of(text.begin(), text.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' ||
                       c == '_';
              });
          if (plain) record = text;
        } else {
          const auto number = domain::WholeNumberIn<std::int64_t>(text);
          if (number && *number > 0) record = std::to_string(*number);
        }
      }
      if (!record.empty()) {
        named += named.empty() ? "" : " ";
        named += std::string(kind->second) + ":" + record;
      }
    }
    previous = segment;
  }
  return named;
}

void Router::Add(std::string method, std::string pattern, domain::Action action,
                 Controller controller) {
  routes_.push_back(
      {std::move(method), std::move(pattern), action, false, std::move(controller), false});
}

void Router::AddCreating(std::string method, std::string pattern, domain::Action action,
                         Controller controller) {
  routes_.push_back(
      {std::move(method), std::move(pattern), action, false, std::move(controller), true});
}

void Router::AddBeforeSecondStep(std::string method, std::string pattern, domain::Action action,
                                 Controller controller) {
  routes_.push_back(
      {std::move(method), std::move(pattern), action, true, std::move(controller), false});
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
