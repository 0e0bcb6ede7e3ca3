// src/web/controller.cpp — rendering pages and error pages, reading a path's id, and paging the
// API's lists.
#include "web/controller.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>

#include "domain/result_cursor.hpp"
#include "domain/whole_number.hpp"

namespace frontdoor::web {

bool IsApiPath(std::string_view path) {
  return path == "/api" || path.starts_with("/api/");
}

std::optional<http::Response> TransportRefusal(int status, std::string_view target,
                                               std::string message) {
  if (!IsApiPath(target.substr(0, target.find('?')))) return std::nullopt;
  return JsonError(status, std::move(message));
}

namespace {

http::Response ApiError(const http::Request& request, int status) {
  switch (status) {
    case 403:
      return JsonError(403, "Your role does not allow this");
    case 404:
      return JsonError(404, "There is nothing at this address");
    case 405:
      return JsonError(405, "This address does not take " + request.method + " requests");
    default:
      return JsonError(500, "Sorry, there is a problem with the service. Try again later.");
  }
}

//! The template, status on the wire and words of each error page.
struct ErrorPage {
  const char* name;
  int wire_status;
  nlohmann::json view;
};

ErrorPage ErrorPageFor(int status) {
  switch (status) {
    case 403:
      return {"forbidden",
              403,
              {{"title", "You cannot see this page"},
               {"heading", "You cannot see this page"},
               {"explanation",
                "Your role does not give you access to it. If you need it for your work, ask "
                "your manager."}}};
    case 404:
      return {"not_found", 404, {{"title", "Page not found"}}};
    case 405:
      return {"method_not_allowed", 405, {{"title", "This page cannot do that"}}};
    case 419:  // the form token did not match: most likely an old or copied form
      return {"forbidden",
              403,
              {{"title", "This form has expired"},
               {"heading", "This form has expired"},
               {"explanation", "Nothing was saved. Go back, reload the page and try again."}}};
    default:
      return {"server_error", 500, {{"title", "Sorry, there is a problem with the service"}}};
  }
}

}  // namespace

http::Response Pages::Render(const RequestContext& context, int status, std::string_view name,
                             nlohmann::json view) const {
  if (context.identity && context.identity->session)
    view["csrf_token"] = context.identity->session->csrf_token;
  return HtmlResponse(status, renderer_.Render(name, view, context.request.path, context.identity));
}

http::Response Pages::Error(const http::Request& request, int status,
                            const service::Identity* identity) const {
  if (IsApiPath(request.path)) return ApiError(request, status);
  const ErrorPage page = ErrorPageFor(status);
  try {
    return HtmlResponse(page.wire_status,
                        renderer_.Render(page.name, page.view, request.path, identity));
  } catch (const std::exception& error) {
    spdlog::error("event=error_page_failed error=\"{}\"", error.what());
    http::Response plain;
    plain.status = page.wire_status;
    plain.SetHeader("Content-Type", "text/plain; charset=utf-8");
    plain.body = "Sorry, there is a problem with the service.\n";
    return plain;
  }
}

std::variant<std::optional<domain::IdempotentRequest>, domain::FieldError> IdempotentRequestOf(
    const http::Request& request) {
  const std::string_view header = request.Header(domain::kIdempotencyKeyHeader);
  if (header.empty()) return std::nullopt;
  auto read = domain::ReadIdempotencyKey(header, request.method, request.path, request.body);
  if (auto* refused = std::get_if<domain::FieldError>(&read)) return *refused;
  return std::optional(std::get<domain::IdempotentRequest>(std::move(read)));
}

std::optional<std::int64_t> PathId(const PathParams& params, const char* name) {
  const auto found = params.find(name);
  if (found == params.end()) return std::nullopt;
  const auto id = domain::WholeNumberIn<std::int64_t>(found->second);
  if (!id || *id <= 0) return std::nullopt;
  return id;
}

std::optional<std::string> IfMatchOf(const RequestContext& context) {
  const std::string_view if_match = context.request.Header("If-Match");
  if (if_match.empty()) return std::nullopt;
  return std::string(if_match);
}

http::Response PagedList(const RequestContext& context, nlohmann::json body, const char* list) {
  // The question a cursor belongs to: the route and its query, but for the paging itself.
  std::string question = context.request.path;
  std::string_view query = context.request.query;
  while (!query.empty()) {
    const std::string_view pair = query.substr(0, query.find('&'));
    query.remove_prefix(std::min(query.size(), pair.size() + 1));
    if (!pair.starts_with("limit=") && !pair.starts_with("cursor="))
      question.append("\n").append(pair);
  }
  domain::PageRequest request;
  if (auto errors =
          domain::ReadPageRequest(context.query.Value("limit"), context.query.Value("cursor"),
                                  question, domain::kMostPerPage, request);
      !errors.empty())
    return JsonErrors(422, errors);
  nlohmann::json& items = body[list];
  std::vector<std::int64_t> ids;
  for (const auto& item : items) {
    ids.push_back(item.contains("id")
                      ? item["id"].get<std::int64_t>()
                      : std::int64_t(domain::QuestionFingerprint(item.value("kind", "") + " " +
                                                                 item.value("link", ""))));
  }
  auto page = domain::PageOf(ids, request);
  if (const auto* refused = std::get_if<domain::FieldError>(&page))
    return JsonErrors(422, {*refused});
  const auto& bounds = std::get<domain::PageBounds>(page);
  nlohmann::json shown = nlohmann::json::array();
  for (std::size_t at = bounds.first; at < bounds.last; ++at) shown.push_back(std::move(items[at]));
  items = std::move(shown);
  body["limit"] = request.limit;
  body["next_cursor"] =
      bounds.next_cursor.empty() ? nlohmann::json() : nlohmann::json(bounds.next_cursor);
  return JsonResponse(200, body);
}

}  // namespace frontdoor::web
