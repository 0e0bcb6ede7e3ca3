// src/domain/language_check.cpp — reading the plain-language guide and checking text against it.
#include "domain/language_check.hpp"

#include <algorithm>
#include <stdexcept>

#include "domain/config_lines.hpp"
#include "domain/contact.hpp"
#include "domain/identifiers.hpp"
#include "domain/name_matching.hpp"
#include "domain/person.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

bool IsUpper(char letter) {
  return letter >= 'A' && letter <= 'Z';
}
bool IsWordChar(char letter) {
  return (letter >= 'a' && letter <= 'z') || IsUpper(letter) || (letter >= '0' && letter <= '9') ||
         static_cast<unsigned char>(letter) >= 0x80;
}

struct Word {
  size_t offset;
  std::string_view text;
};

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && !IsWordChar(text[at])) ++at;
    const size_t start = at;
    while (at < text.size() && IsWordChar(text[at])) ++at;
    if (at > start) words.push_back({start, text.substr(start, at - start)});
  }
  return words;
}

// Two or more capitals, with digits allowed after the first letter (S47, CP1): an acronym.
bool LooksLikeAcronym(std::string_view word) {
  if (word.size() < 2 || !IsUpper(word[0])) return false;
  int capitals = 0;
  for (char letter : word) {
    if (IsUpper(letter)) {
      ++capitals;
    } else if (!(letter >= '0' && letter <= '9')) {
      return false;
    }
  }
  return capitals >= 2 || word.size() >= 2;  // one capital and digits: S47, Y7
}

}  // namespace

std::string LanguageWarning::Message() const {
  if (issue == LanguageIssue::kPlaceholder)
    return "\"" + found +
           "\" says nothing a reader can use: write what is known, or why it does "
           "not apply";
  if (issue == LanguageIssue::kTooShort)
    return "This is very short: say what the evidence shows and why it leads to this decision";
  if (issue == LanguageIssue::kAcronym) {
    return suggestion.empty()
               ? "\"" + found + "\" may not be understood: write it out in full"
               : "\"" + found + "\" may not be understood: write \"" + suggestion + "\"";
  }
  return "\"" + found + "\" is professional language: try \"" + suggestion + "\"";
}

LanguageGuide LanguageGuide::FromText(std::string_view text) {
  LanguageGuide guide;
  for (const auto& config_line : ConfigLines(text)) {
    const int line_number = config_line.number;
    const std::string& line = config_line.text;
    const size_t space = line.find(' ');
    const std::string kind = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : Trim(line.substr(space + 1));
    const size_t bar = rest.find('|');
    const std::string term = Trim(rest.substr(0, bar));
    const std::string meaning = bar == std::string::npos ? "" : Trim(rest.substr(bar + 1));
    const auto fail = [&](const std::string& why) {
      throw std::invalid_argument("language guide, line " + std::to_string(line_number) + ": " +
                                  why);
    };
    if (term.empty()) fail("nothing after \"" + kind + "\"");
    if (kind == "acronym") {
      if (meaning.empty()) fail("acronym " + term + " needs \"| what it stands for\"");
      guide.acronyms_[term] = meaning;
    } else if (kind == "jargon") {
      if (meaning.empty()) fail("jargon \"" + term + "\" needs \"| a plainer alternative\"");
      guide.jargon_.emplace_back(Lower(term), meaning);
    } else if (kind == "allow") {
      guide.allowed_.insert(term);
    } else if (kind == "placeholder") {
      guide.placeholders_.insert(Lower(term));
    } else {
      fail("lines start with acronym, jargon, allow or placeholder, not \"" + kind + "\"");
    }
  }
  // Longer phrases first, so "contact with mum" wins over a shorter phrase inside it.
  std::stable_sort(guide.jargon_.begin(), guide.jargon_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  return guide;
}

std::vector<LanguageWarning> LanguageGuide::Check(std::string_view text,
                                                  const std::set<std::string>& names) const {
  std::vector<LanguageWarning> warnings;
  const std::vector<Word> words = Words(text);
  std::vector<std::pair<size_t, size_t>> taken;  // byte ranges already reported
  const auto overlaps = [&](size_t start, size_t end) {
    return std::any_of(taken.begin(), taken.end(), [&](const auto& range) {
      return start < range.second && range.first < end;
    });
  };

  // Jargon phrases, as whole words, ignoring case.
  const std::string lower = Lower(text);
  for (const auto& [phrase, alternative] : jargon_) {
    for (size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase, at + 1)) {
      const size_t end = at + phrase.size();
      const bool whole = (at == 0 || !IsWordChar(lower[at - 1])) &&
                         (end == lower.size() || !IsWordChar(lower[end]));
      if (!whole || overlaps(at, end)) continue;
      taken.emplace_back(at, end);
      warnings.push_back(
          {LanguageIssue::kJargon, std::string(text.substr(at, phrase.size())), at, alternative});
    }
  }

  // Acronyms, skipping postcodes ("SO14 7LY"), the council's own record references (a contact's
  // "VCV-JH2", a child's "C0000002") and allowed words.
  for (size_t word_idx = 0; word_idx < words.size(); ++word_idx) {
    const Word& word = words[word_idx];
    if (IsContactReference(text.substr(word.offset, 7))) {
      ++word_idx;  // its second group is the next word
      continue;
    }
    if (ParseLocalChildId(word.text)) continue;
    if (word_idx + 1 < words.size() &&
        NormalisePostcode(std::string(word.text) + " " + std::string(words[word_idx + 1].text))) {
      ++word_idx;
      continue;
    }
    if (NormalisePostcode(word.text) || allowed_.count(word.text) || !LooksLikeAcronym(word.text))
      continue;
    if (overlaps(word.offset, word.offset + word.text.size())) continue;
    const auto known = acronyms_.find(word.text);
    warnings.push_back({LanguageIssue::kAcronym, std::string(word.text), word.offset,
                        known == acronyms_.end() ? "" : known->second});
  }
  // The names of the people written about, however written.
  std::erase_if(warnings, [&](const LanguageWarning& warning) {
    return names.count(NormaliseName(warning.found));
  });
  std::sort(warnings.begin(), warnings.end(),
            [](const LanguageWarning& a, const LanguageWarning& b) { return a.offset < b.offset; });
  return warnings;
}

std::optional<LanguageWarning> LanguageGuide::CheckAnswer(std::string_view text,
                                                          size_t fewest_words) const {
  const std::string answer = Trim(text);
  if (answer.empty()) return std::nullopt;
  std::string plain = Lower(answer);
  while (!plain.empty() && (plain.back() == '.' || plain.back() == '!')) plain.pop_back();
  if (placeholders_.count(plain))
    return LanguageWarning{LanguageIssue::kPlaceholder, answer, 0, ""};
  if (fewest_words > 0 && Words(answer).size() < fewest_words)
    return LanguageWarning{LanguageIssue::kTooShort, answer, 0, ""};
  return std::nullopt;
}

std::set<std::string> NameWords(const std::vector<std::string>& names) {
  std::set<std::string> words;
  for (const std::string& name : names) {
    for (auto& part : FormsOf(name).parts) words.insert(std::move(part.letters));
  }
  return words;
}

}  // namespace frontdoor::domain
