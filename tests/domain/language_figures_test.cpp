// tests/domain/language_figures_test.cpp — counting the language of decisions: words are runs of
// letters and digits; each team's month counts its decisions, words and warnings, the share free
// of them and the commonest terms (any case), with every team together after the teams.
#include "domain/language_figures.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

TEST(LanguageFigures, WordsAreRunsOfLettersAndDigits) {
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CountWords("  Jayden's school, Year 5;\nno CIN plan.  "), 7);
  EXPECT_EQ(CountWords("Zoë and Siân"), 3);
  OversightDraft proforma;
  proforma.risks = "one two";
  proforma.analysis = "three";
  proforma.children.push_back({});
  proforma.children[0].rationale = "four five six";
  EXPECT_EQ(WordsWritten(proforma), 6);
}

TEST(LanguageFigures, EachTeamsMonthThenEveryTeam) {
  const std::vector<DecisionWords> decisions = {
      {"2026-11", "north", 200, {"CIN", "LAC"}},
      {"2026-11", "north", 300, {}},
      {"2026-11", "", 100, {"cin"}},
      {"2026-10", "south", 500, {}},
  };
  const auto figures = MeasureLanguage(decisions);
  ASSERT_EQ(figures.size(), 5u);
  EXPECT_EQ(figures[0].month, "2026-10");
  EXPECT_EQ(figures[0].team, "south");
  EXPECT_EQ(figures[1].team, "*");
  const auto& north = figures[2];
  EXPECT_EQ(north.team, "north");
  EXPECT_EQ(north.decisions, 2);
  EXPECT_EQ(north.words, 500);
  EXPECT_EQ(north.warnings, 2);
  EXPECT_DOUBLE_EQ(north.PerThousandWords(), 4.0);
  EXPECT_DOUBLE_EQ(north.ShareFree(), 0.5);
  EXPECT_EQ(figures[3].team, "");  // not allocated, after the named teams
  const auto& all = figures[4];
  EXPECT_EQ(all.team, "*");
  EXPECT_EQ(all.decisions, 3);
  EXPECT_EQ(all.warnings, 3);
  ASSERT_EQ(all.commonest.size(), 2u);
  EXPECT_EQ(all.commonest[0], (std::pair<std::string, int>{"cin", 2}));
  EXPECT_EQ(all.commonest[1], (std::pair<std::string, int>{"lac", 1}));
}

TEST(LanguageFigures, APeriodIsRealInOrderAndAtMostAYear) {
  const auto d = [](const char* text) { return ParseDate(text); };
  const auto field = [](const FieldErrors& errors) {
    return errors.empty() ? std::string("none") : errors.front().field;
  };
  EXPECT_EQ(field(ValidateYearAtMost(d("2026-01-01"), d("2026-12-31"))), "none");
  EXPECT_EQ(field(ValidateYearAtMost(d("2028-01-01"), d("2028-12-31"))), "none");  // leap
  EXPECT_EQ(field(ValidateYearAtMost(d("2028-02-29"), d("2029-02-27"))), "none");
  EXPECT_EQ(field(ValidateYearAtMost(d("2028-02-29"), d("2029-02-28"))), "to");
  EXPECT_EQ(field(ValidateYearAtMost(d("2026-01-01"), d("2027-01-01"))), "to");
  EXPECT_EQ(field(ValidateYearAtMost(d("2026-02-01"), d("2026-01-31"))), "to");
  EXPECT_EQ(field(ValidateYearAtMost(std::nullopt, d("2026-01-31"))), "from");
}

}  // namespace
}  // namespace frontdoor::domain
