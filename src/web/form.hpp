// src/web/form.hpp — decoding HTML form posts and query strings
// (application/x-www-form-urlencoded).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontdoor::web {

//! Field name to value; a repeated field keeps its first value.
using FormFields = std::map<std::string, std::string, std::less<>>;

//! Decodes percent-escapes; "+" becomes a space when `plus_is_space`. nullopt on a broken escape.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);
//! Encodes everything but unreserved characters, for a value inside a URL.
std::string PercentEncode(std::string_view text);
//! Decodes "a=1&b=two+words"; nullopt when any escape is broken.
std::optional<FormFields> DecodeForm(std::string_view body);
//! Every value of a repeated field (checkboxes), in order; empty when the body cannot be read.
std::vector<std::string> FormValues(std::string_view body, std::string_view name);
//! The value of `name`, or "" when absent.
std::string FormValue(const FormFields& fields, std::string_view name);

}  // namespace frontdoor::web
