// src/domain/language_figures.cpp — counting words and warnings by team and month.
#include "domain/language_figures.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>

#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

bool InWord(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '\'';
}

constexpr size_t kCommonestShown = 5;

}  // namespace

FieldErrors ValidateYearAtMost(const std::optional<Date>& from, const std::optional<Date>& to) {
  FieldErrors errors;
  if (!from) errors.push_back({"from", "Enter the first day of the period as a real date"});
  if (!to) errors.push_back({"to", "Enter the last day of the period as a real date"});
  if (from && to) {
    // A year from the first day (from 29 February, to the 28th the next year): the last day must
    // come before it.
    Date year_later = *from + std::chrono::years(1);
    if (!year_later.ok()) year_later = year_later.year() / year_later.month() / std::chrono::last;
    if (*to < *from)
      errors.push_back({"to", "The period must end on or after the day it starts"});
    else if (*to >= year_later)
      errors.push_back({"to", "The period can be at most a year long"});
  }
  return errors;
}

int CountWords(std::string_view text) {
  int words = 0;
  bool inside = false;
  for (const unsigned char c : text) {
    const bool word = InWord(c);
    if (word && !inside) ++words;
    inside = word;
  }
  return words;
}

int WordsWritten(const OversightDraft& proforma) {
  int words = CountWords(proforma.risks) + CountWords(proforma.strengths) +
              CountWords(proforma.analysis) + CountWords(proforma.next_steps);
  for (const auto& child : proforma.children)
    words += CountWords(child.child_voice) + CountWords(child.rationale) +
             CountWords(child.override_reason) + CountWords(child.consent_refused_offer);
  return words;
}

std::vector<LanguageFigure> MeasureLanguage(const std::vector<DecisionWords>& decisions) {
  // By month, then team ("" sorts first in a map: kept apart and put last); "*" is every team.
  std::map<std::string, std::map<std::string, LanguageFigure>> months;
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> terms;
  for (const auto& decision : decisions) {
    for (const std::string& team : {decision.team, std::string("*")}) {
      auto& figure = months[decision.month][team];
      figure.month = decision.month;
      figure.team = team;
      ++figure.decisions;
      figure.words += decision.words;
      figure.warnings += static_cast<int>(decision.found.size());
      figure.free_of_warnings += decision.found.empty();
      for (const auto& found : decision.found) ++terms[{decision.month, team}][Lower(found)];
    }
  }
  std::vector<LanguageFigure> figures;
  for (auto& [month, teams] : months) {
    std::vector<LanguageFigure> in_month;
    for (auto& [team, figure] : teams) {
      std::vector<std::pair<std::string, int>> counted(terms[{month, team}].begin(),
                                                       terms[{month, team}].end());
      std::stable_sort(counted.begin(), counted.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      if (counted.size() > kCommonestShown) counted.resize(kCommonestShown);
      figure.commonest = std::move(counted);
      in_month.push_back(std::move(figure));
    }
    // Named teams by name, then those not allocated (""), then every team ("*").
    const auto rank = [](const LanguageFigure& one) {
      return one.team == "*" ? 2 : one.team.empty() ? 1 : 0;
    };
    std::stable_sort(in_month.begin(), in_month.end(),
                     [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
    figures.insert(figures.end(), in_month.begin(), in_month.end());
  }
  return figures;
}

}  // namespace frontdoor::domain
