// src/web/responses.hpp — building the common kinds of response: pages, JSON, redirects, API
// errors.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/person.hpp"
#include "domain/validation.hpp"
#include "http/message.hpp"

namespace frontdoor::web {

//! A date as the API writes it ("2026-03-02"), or null when there is none.
nlohmann::json JsonDate(const std::optional<domain::Date>& date);
//! An HTML page.
http::Response HtmlResponse(int status, std::string html);
//! A JSON document.
http::Response JsonResponse(int status, const nlohmann::json& body);
//! A file to save (Content-Disposition: attachment) as `file_name` (like every answer but the
//! assets, marked no-store by WebApp).
http::Response DownloadResponse(std::string content_type, const std::string& file_name,
                                std::string body);
//! 303 See Other to a local path (after a form post).
http::Response RedirectResponse(std::string location);
//! An API refusal as RFC 9457 problem details (application/problem+json): type, title, status,
//! detail, and "errors": [{"field": ..., "message": ...}].
http::Response JsonErrors(int status, const domain::FieldErrors& errors);
//! An API refusal that concerns the request as a whole, as problem details whose detail (and,
//! as before problem details, "error") is `message`.
http::Response JsonError(int status, std::string message);

//! `path` if it is a path within this service (starts with one "/"), else "/": no open redirects.
std::string LocalPathOrHome(std::string_view path);

}  // namespace frontdoor::web
