// src/domain/config_lines.cpp — splitting the lines of frontdoor's configuration files.
#include "domain/config_lines.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "domain/text.hpp"
#include "domain/whole_number.hpp"

namespace frontdoor::domain {

std::vector<std::string> SplitBars(const std::string& text) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    const size_t bar = text.find('|', start);
    parts.push_back(
        Trim(text.substr(start, bar == std::string::npos ? std::string::npos : bar - start)));
    if (bar == std::string::npos) return parts;
    start = bar + 1;
  }
}

std::vector<std::string> SplitCommas(const std::string& text) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t comma = text.find(',', start);
    const std::string part =
        Trim(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (!part.empty()) parts.push_back(part);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return parts;
}

std::vector<ConfigLine> ConfigLines(std::string_view text) {
  std::vector<ConfigLine> lines;
  int number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string line = Trim(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++number;
    if (!line.empty() && line.front() != '#') lines.push_back({number, std::move(line)});
  }
  return lines;
}

int ConfigLineCount(std::string_view text) {
  int count = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++count;
  }
  return count;
}

ConfigStatement::ConfigStatement(std::string_view file, const ConfigLine& line)
    : file_(file), line_number_(line.number) {
  if (!IsValidUtf8(line.text)) Fail("not readable text (UTF-8)");
  const size_t space = line.text.find(' ');
  kind_ = line.text.substr(0, space);
  parts_ = SplitBars(space == std::string::npos ? "" : line.text.substr(space + 1));
}

void ConfigStatement::Need(size_t count, const char* shape) const {
  const bool has_empty =
      std::any_of(parts_.begin(), parts_.end(), [](const auto& part) { return part.empty(); });
  if (parts_.size() != count || has_empty) Fail(kind_ + " lines are: " + shape);
}

int ConfigStatement::WholeNumber(size_t index, int low, int high, const std::string& what) const {
  const std::string& part = (*this)[index];
  const auto number = WholeNumberIn<int>(part);
  if (!number || *number < low || *number > high) Fail(what);
  return *number;
}

void ConfigStatement::Fail(const std::string& why) const {
  throw std::invalid_argument(file_ + ", line " + std::to_string(line_number_) + ": " + why);
}

void FailConfig(std::string_view file, std::string_view text, const std::string& why) {
  throw std::invalid_argument(std::string(file) + ", line " +
                              std::to_string(ConfigLineCount(text)) + ": " + why);
}

}  // namespace frontdoor::domain
