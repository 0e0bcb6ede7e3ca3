// src/web/json_body.hpp — reading JSON request bodies for the API, with errors a caller can act on.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/validation.hpp"
#include "http/message.hpp"
#include "service/result.hpp"

namespace frontdoor::web {

//! The body as a JSON object; otherwise nullopt with `refusal` set (415 or 400).
std::optional<nlohmann::json> ReadJsonObject(const http::Request& request, http::Response& refusal);
//! A string member of a JSON object ("" when absent or null); records an error when it is not a
//! string.
std::string StringMember(const nlohmann::json& body, const std::string& name,
                         domain::FieldErrors& errors);

//! A list-of-strings member ([] when absent or null); records an error when it is not one.
std::vector<std::string> StringList(const nlohmann::json& body, const std::string& name,
                                    domain::FieldErrors& errors);
//! A record id member (a positive whole number); records an error and answers 0 otherwise.
std::int64_t IdMember(const nlohmann::json& body, const std::string& name,
                      domain::FieldErrors& errors);

}  // namespace frontdoor::web
