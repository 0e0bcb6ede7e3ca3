// src/cli/log_lines.hpp — a log event as one JSON object a line, made from the key=value text
// every event is written as.
#pragma once

#include <string>
#include <string_view>

namespace frontdoor::cli {

//! The event `message` ("event=request request_id=7f3a status=200 note=\"a b\"") as one JSON
//! object with `time` and `level` first: each key=value a member (a value in double quotes read
//! with its escapes; a whole number, decimal or true/false as itself, but for an id (a key "id"
//! or ending "_id"); anything else a string).
//! Words that are not key=value go, in order, into "message".
std::string JsonLogLine(std::string_view time, std::string_view level, std::string_view message);

}  // namespace frontdoor::cli
