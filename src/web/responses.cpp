// src/web/responses.cpp — response builders shared by pages and the API.
#include "web/responses.hpp"

#include <algorithm>

namespace frontdoor::web {

nlohmann::json JsonDate(const std::optional<domain::Date>& date) {
  return date ? nlohmann::json(domain::FormatDate(*date)) : nlohmann::json(nullptr);
}

http::Response HtmlResponse(int status, std::string html) {
  http::Response response;
  response.status = status;
  response.SetHeader("Content-Type", "text/html; charset=utf-8");
  response.body = std::move(html);
  return response;
}

http::Response JsonResponse(int status, const nlohmann::json& body) {
  http::Response response;
  response.status = status;
  response.SetHeader("Content-Type", "application/json");
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

http::Response DownloadResponse(std::string content_type, const std::string& file_name,
                                std::string body) {
  http::Response response;
  response.SetHeader("Content-Type", std::move(content_type));
  // File names here are made of letters, digits, "-" and "." only: nothing to quote or escape.
  response.SetHeader("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  response.body = std::move(body);
  return response;
}

http::Response RedirectResponse(std::string location) {
  http::Response response;
  response.status = 303;
  response.SetHeader("Location", std::move(location));
  return response;
}

namespace {

//! The HTTP status's own words, a problem's title when its type is "about:blank" (RFC 9457 4.2.1).
const char* StatusTitle(int status) {
  switch (status) {
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 409:
      return "Conflict";
    case 412:
      return "Precondition Failed";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 503:
      return "Service Unavailable";
    default:
      return status >= 500 ? "Internal Server Error" : "Error";
  }
}

//! RFC 9457 problem details with `detail`, and `more` members beside them.
http::Response Problem(int status, std::string detail, nlohmann::json more) {
  more["type"] = "about:blank";
  more["title"] = StatusTitle(status);
  more["status"] = status;
  more["detail"] = std::move(detail);
  http::Response response = JsonResponse(status, more);
  response.SetHeader("Content-Type", "application/problem+json");
  return response;
}

}  // namespace

http::Response JsonErrors(int status, const domain::FieldErrors& errors) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& error : errors)
    list.push_back({{"field", error.field}, {"message", error.message}});
  std::string detail = errors.size() == 1
                           ? errors.front().message
                           : std::to_string(errors.size()) + " things need to change: see errors";
  return Problem(status, std::move(detail), {{"errors", std::move(list)}});
}

http::Response JsonError(int status, std::string message) {
  // "error" repeats the detail, as v1 answered before problem details.
  return Problem(status, message, {{"error", message}});
}

std::string LocalPathOrHome(std::string_view path) {
  // Browsers drop tabs and line breaks from addresses, so "/\t/evil" would become "//evil":
  // any control character makes the path unsafe.
  const bool has_control = std::any_of(path.begin(), path.end(), [](char letter) {
    return static_cast<unsigned char>(letter) < 0x20 || letter == 0x7F;
  });
  const bool local = !path.empty() && path.front() == '/' && !path.starts_with("//") &&
                     path.find('\\') == std::string_view::npos && !has_control;
  return local ? std::string(path) : std::string("/");
}

}  // namespace frontdoor::web
