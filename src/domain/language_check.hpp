// src/domain/language_check.hpp — finding acronyms and jargon in what practitioners write, with
// plainer words to use.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/codes.hpp"

namespace frontdoor::domain {

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
