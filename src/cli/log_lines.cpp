// src/cli/log_lines.cpp — key=value log events as JSON lines.
#include "cli/log_lines.hpp"

#include <cctype>
#include <nlohmann/json.hpp>

namespace frontdoor::cli {

namespace {

bool IsKey(std::string_view word) {
  if (word.empty()) return false;
  for (const char letter : word) {
    if (!std::isalnum(static_cast<unsigned char>(letter)) && letter != '_') return false;
  }
  return true;
}

//! A value as JSON: a number or true/false as itself, anything else a string.
nlohmann::json ValueOf(const std::string& text, bool quoted) {
  if (quoted) return text;
  if (text == "true") return true;
  if (text == "false") return false;
  const bool numeric = !text.empty() && text.size() < 20 &&
                       text.find_first_not_of("-0123456789.") == std::string::npos &&
                       std::isdigit(static_cast<unsigned char>(text.back()));
  if (numeric) {
    const auto number = nlohmann::json::parse(text, nullptr, false);
    if (number.is_number()) return number;
  }
  return text;
}

}  // namespace

std::string JsonLogLine(std::string_view time, std::string_view level, std::string_view message) {
  nlohmann::ordered_json line;
  line["time"] = time;
  line["level"] = level;
  std::string words;
  std::size_t at = 0;
  while (at < message.size()) {
    while (at < message.size() && message[at] == ' ') ++at;
    if (at == message.size()) break;
    const std::size_t start = at;
    const std::size_t equals = message.find('=', at);
    const std::size_t space = message.find(' ', at);
    if (equals != std::string_view::npos && equals < space &&
        IsKey(message.substr(start, equals - start))) {
      const std::string key(message.substr(start, equals - start));
      at = equals + 1;
      std::string value;
      const bool quoted = at < message.size() && message[at] == '"';
      if (quoted) {
        for (++at; at < message.size() && message[at] != '"'; ++at) {
          if (message[at] == '\\' && at + 1 < message.size()) {
            ++at;
            value += message[at] == 'n' ? '\n' : message[at];
          } else {
            value += message[at];
          }
        }
        ++at;  // the closing quote
      } else {
        const std::size_t end = message.find(' ', at);
        value = std::string(message.substr(at, end == std::string_view::npos ? end : end - at));
        at = end == std::string_view::npos ? message.size() : end;
      }
      // An id (request_id, user_id) stays a string even when it is all digits.
      line[key] = ValueOf(value, quoted || key == "id" || key.ends_with("_id"));
    } else {
      const std::size_t end = space == std::string_view::npos ? message.size() : space;
      words += (words.empty() ? "" : " ") + std::string(message.substr(start, end - start));
      at = end;
    }
  }
  if (!words.empty()) line["message"] = words;
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace frontdoor::cli
