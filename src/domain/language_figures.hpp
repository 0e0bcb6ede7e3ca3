// src/domain/language_figures.hpp — the plain-language warnings kept with every decision, counted:
// for each team and month, the words written, warnings per thousand words, the share of decisions
// written free of them, and the commonest terms warned about.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/decision.hpp"

namespace frontdoor::domain {

//! The words in `text`: runs of letters and digits (any letter beyond ASCII counts as one).
int CountWords(std::string_view text);
//! Every written part of a decision's proforma: the household's and each child's.
int WordsWritten(const OversightDraft& proforma);

//! One decision as the figures count it.
struct DecisionWords {
  std::string month;  //!< the UK month it was made in, "2026-11"
  std::string team;   //!< the team a child on it was allocated to, or "" for none
  int words = 0;
  std::vector<std::string> found;  //!< each warning's term, as written
};

//! The figures of one team in one month.
struct LanguageFigure {
  std::string month;
  std::string team;
  int decisions = 0;
  int words = 0;
  int warnings = 0;
  int free_of_warnings = 0;  //!< decisions with none
  //! The commonest terms warned about (lower case), most first, at most five, with their counts.
  std::vector<std::pair<std::string, int>> commonest;

  double PerThousandWords() const { return words ? warnings * 1000.0 / words : 0; }
  double ShareFree() const { return decisions ? double(free_of_warnings) / decisions : 0; }
};

//! Checks a period asked for (of language figures, of the dashboard): both days real, in order, at
//! most a year long (1 January to 31 December, or any day to the day before it a year later).
FieldErrors ValidateYearAtMost(const std::optional<Date>& from, const std::optional<Date>& to);

//! The figures by month (oldest first) and team (by name, "" last), and for all teams together
//! (team "*") in each month.
std::vector<LanguageFigure> MeasureLanguage(const std::vector<DecisionWords>& decisions);

}  // namespace frontdoor::domain
