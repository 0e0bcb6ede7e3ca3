// src/store/record_codec.cpp — list fields to and from column text.
#include "store/record_codec.hpp"

#include <nlohmann/json.hpp>

namespace frontdoor::store {

std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string text;
  for (const auto& code : codes) text += (text.empty() ? "" : " ") + code;
  return text;
}

std::vector<std::string> SplitCodes(std::string_view text) {
  std::vector<std::string> codes;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    if (space != 0) codes.emplace_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  return codes;
}

std::string EncodeLanguageWarnings(
    const std::map<std::string, std::vector<domain::LanguageWarning>>& warnings) {
  nlohmann::json json = nlohmann::json::object();
  for (const auto& [field, list] : warnings) {
    for (const auto& warning : list) {
      json[field].push_back({{"issue", domain::LanguageIssueCode(warning.issue)},
                             {"found", warning.found},
                             {"offset", warning.offset},
                             {"suggestion", warning.suggestion}});
    }
  }
  return json.dump();
}

std::map<std::string, std::vector<domain::LanguageWarning>> DecodeLanguageWarnings(
    std::string_view json) {
  std::map<std::string, std::vector<domain::LanguageWarning>> warnings;
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_object()) return warnings;
  for (const auto& [field, list] : parsed.items()) {
    for (const auto& item : list) {
      warnings[field].push_back(
          {item.value("issue", "") == "jargon" ? domain::LanguageIssue::kJargon
                                               : domain::LanguageIssue::kAcronym,
           item.value("found", ""), item.value("offset", size_t{0}), item.value("suggestion", "")});
    }
  }
  return warnings;
}

}  // namespace frontdoor::store
