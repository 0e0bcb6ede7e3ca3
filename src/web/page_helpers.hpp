// src/web/page_helpers.hpp — small helpers the page controllers share.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "domain/validation.hpp"
#include "http/message.hpp"

namespace frontdoor::web {

//! A form page's view model with its title, error summary and each field's error.
nlohmann::json FormErrorsView(std::string title, const domain::FieldErrors& errors);
//! A value from the request's query string, or "".
std::string QueryValue(const http::Request& request, std::string_view name);

}  // namespace frontdoor::web
