// src/domain/config_lines.hpp — the parts of a configuration line: "kind A | B | C", lists "a, b".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace frontdoor::domain {

//! One line of a configuration file that says something: its number and its trimmed text.
struct ConfigLine {
  int number = 0;
  std::string text;
};

//! The lines of a configuration file, without blank lines and # comments.
std::vector<ConfigLine> ConfigLines(std::string_view text);
//! How many lines the file has (for errors about the file as a whole, named at its last line).
int ConfigLineCount(std::string_view text);

//! "A | B | C" as its trimmed parts (empty parts kept, so a missing one can be named).
std::vector<std::string> SplitBars(const std::string& text);
//! "a, b, c" as its trimmed, non-empty parts.
std::vector<std::string> SplitCommas(const std::string& text);

}  // namespace frontdoor::domain
