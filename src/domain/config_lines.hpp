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

//! A "kind A | B | C" line of the configuration file `file` ("threshold framework"). Every
//! complaint about it throws std::invalid_argument naming the file and the line.
class ConfigStatement {
 public:
  //! Throws when the line is not readable text (UTF-8).
  ConfigStatement(std::string_view file, const ConfigLine& line);

  const std::string& Kind() const { return kind_; }
  //! Part `index` (from 0).
  const std::string& operator[](size_t index) const { return parts_.at(index); }
  //! Throws unless the line has exactly `count` parts, none empty; `shape` shows them.
  void Need(size_t count, const char* shape) const;
  //! Part `index` as a whole number from `low` to `high`; throws saying `what` it must be.
  int WholeNumber(size_t index, int low, int high, const std::string& what) const;
  [[noreturn]] void Fail(const std::string& why) const;

 private:
  std::string file_;
  int line_number_;
  std::string kind_;
  std::vector<std::string> parts_;
};

//! A complaint about the file `file` as a whole, named at its last line.
[[noreturn]] void FailConfig(std::string_view file, std::string_view text, const std::string& why);

}  // namespace frontdoor::domain
