// src/domain/config_lines.cpp — splitting the lines of frontdoor's configuration files.
#include "domain/config_lines.hpp"

#include "domain/text.hpp"

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

}  // namespace frontdoor::domain
