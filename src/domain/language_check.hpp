// src/domain/language_check.hpp — finding acronyms and jargon in what practitioners write, with
// plainer words to use.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/code_list.hpp"

namespace frontdoor::domain {

//! What kind of wording a warning is about.
enum class LanguageIssue {
  kAcronym,  //!< "acronym": letters a child or family may not know
  kJargon,   //!< "jargon": a professional word with a plainer, child-focused alternative
};

//! One thing found in a piece of text.
struct LanguageWarning {
  LanguageIssue issue = LanguageIssue::kAcronym;
  std::string found;       //!< as written
  size_t offset = 0;       //!< byte offset in the text
  std::string suggestion;  //!< plainer words, or "" when none is known
  //! The message to show beside the field.
  std::string Message() const;
  bool operator==(const LanguageWarning&) const = default;
};

//! What the language check finds, by code.
inline constexpr CodeList<LanguageIssue, 2> kLanguageIssues{{{
    {LanguageIssue::kAcronym, "acronym", "Acronym"},
    {LanguageIssue::kJargon, "jargon", "Jargon"},
}}};

//! The authority's plain-language guide: acronyms with their meanings, jargon with alternatives,
//! and capitalised words that are allowed.
class LanguageGuide {
 public:
  //! Reads the guide's text (see config/language.txt); throws std::invalid_argument naming the
  //! line of anything it cannot read.
  static LanguageGuide FromText(std::string_view text);

  //! Everything in `text` a child or family might not understand, in order. Postcodes are not
  //! acronyms, nor are allowed words.
  std::vector<LanguageWarning> Check(std::string_view text) const;

 private:
  std::map<std::string, std::string, std::less<>> acronyms_;  // WORD -> meaning
  std::vector<std::pair<std::string, std::string>> jargon_;   // lower-case phrase -> alternative
  std::set<std::string, std::less<>> allowed_;
};

}  // namespace frontdoor::domain
