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
  //! acronyms, nor are allowed words, nor the words of `names` (NameWords: the names of the
  //! people the text is about, in any letter case: "JAYDEN" is a name, not an acronym).
  std::vector<LanguageWarning> Check(std::string_view text,
                                     const std::set<std::string>& names = {}) const;
  //! A written answer that says nothing (the whole of it is a placeholder: "N/A", "see above"),
  //! or, when `fewest_words` is more than zero, has fewer words than that. Nothing for an empty
  //! answer: whether one is needed is the form's check.
  std::optional<LanguageWarning> CheckAnswer(std::string_view text, size_t fewest_words) const;

 private:
  std::map<std::string, std::string, std::less<>> acronyms_;  // WORD -> meaning
  std::vector<std::pair<std::string, std::string>> jargon_;   // lower-case phrase -> alternative
  std::set<std::string, std::less<>> allowed_;
  std::set<std::string, std::less<>> placeholders_;  // lower case, without a closing full stop
};

//! The kinds of warning that mean an answer said little (a placeholder, or very short), which the
//! decision reports count.
inline constexpr LanguageIssue kSaidLittle[] = {LanguageIssue::kPlaceholder,
                                                LanguageIssue::kTooShort};
constexpr bool SaysLittle(LanguageIssue issue) {
  for (const LanguageIssue little : kSaidLittle) {
    if (issue == little) return true;
  }
  return false;
}

//! The words of a person's names (current and other), as the language check compares them:
//! normalised (lower case, accents folded), each part of a multi-part name on its own.
std::set<std::string> NameWords(const std::vector<std::string>& names);

}  // namespace frontdoor::domain
