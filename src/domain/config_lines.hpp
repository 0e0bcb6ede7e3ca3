// src/domain/config_lines.hpp — the parts of a configuration line: "kind A | B | C", lists "a, b".
#pragma once

#include <string>
#include <vector>

namespace frontdoor::domain {

//! "A | B | C" as its trimmed parts (empty parts kept, so a missing one can be named).
std::vector<std::string> SplitBars(const std::string& text);
//! "a, b, c" as its trimmed, non-empty parts.
std::vector<std::string> SplitCommas(const std::string& text);

}  // namespace frontdoor::domain
