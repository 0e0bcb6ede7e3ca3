// src/domain/threshold.cpp — reading and checking the threshold framework file.
#include "domain/threshold.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <stdexcept>

#include "domain/config_lines.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

const ThresholdLevel* ThresholdFramework::Level(int number) const {
  for (const auto& level : levels) {
    if (level.number == number) return &level;
  }
  return nullptr;
}

const Outcome* ThresholdFramework::FindOutcome(std::string_view code) const {
  for (const auto& outcome : outcomes) {
    if (outcome.code == code) return &outcome;
  }
  return nullptr;
}

const Indicator* ThresholdFramework::FindIndicator(std::string_view code) const {
  for (const auto& indicator : indicators) {
    if (indicator.code == code) return &indicator;
  }
  return nullptr;
}

std::string ThresholdFramework::IndicatorWords(const std::string& code) const {
  const Indicator* indicator = FindIndicator(code);
  return indicator ? code + " " + indicator->text : code;
}

std::string ThresholdFramework::IndicatorText(const std::string& code) const {
  const Indicator* indicator = FindIndicator(code);
  return indicator ? indicator->text : code;
}

bool ThresholdFramework::OutcomeFitsLevel(std::string_view outcome, int level) const {
  const ThresholdLevel* found = Level(level);
  return found && std::find(found->usual_outcomes.begin(), found->usual_outcomes.end(), outcome) !=
                      found->usual_outcomes.end();
}

namespace {

constexpr std::string_view kFile = "threshold framework";

Outcome ReadOutcome(const ThresholdFramework& framework, const ConfigStatement& line) {
  line.Need(3, "outcome CODE | NAME | FLAGS (referral, consent, significant_harm or none)");
  if (framework.FindOutcome(line[0])) line.Fail("outcome " + line[0] + " is defined twice");
  Outcome outcome{line[0], line[1], false, false, false};
  for (const auto& flag : SplitCommas(line[2])) {
    if (flag == "referral") {
      outcome.makes_referral = true;
    } else if (flag == "consent") {
      outcome.needs_consent = true;
    } else if (flag == "significant_harm") {
      outcome.significant_harm = true;
    } else if (flag != "none") {
      line.Fail("unknown outcome flag \"" + flag +
                "\" (use referral, consent, significant_harm or none)");
    }
  }
  return outcome;
}

ThresholdLevel ReadLevel(const ThresholdFramework& framework, const ConfigStatement& line) {
  line.Need(4, "level NUMBER | NAME | DESCRIPTION | OUTCOME, OUTCOME...");
  const int number = line.WholeNumber(0, 1, 1000, "a level's number must be a whole number from 1");
  if (number != int(framework.levels.size()) + 1) {
    line.Fail("levels must be numbered 1, 2, 3... in order; expected " +
              std::to_string(framework.levels.size() + 1));
  }
  ThresholdLevel level{number, line[1], line[2], SplitCommas(line[3])};
  for (const auto& outcome : level.usual_outcomes) {
    if (!framework.FindOutcome(outcome)) line.Fail("outcome " + outcome + " is not defined above");
  }
  return level;
}

Indicator ReadIndicator(const ThresholdFramework& framework, const ConfigStatement& line) {
  line.Need(4, "indicator CODE | LEVEL | DOMAIN | TEXT");
  int level = 0;
  std::from_chars(line[1].data(), line[1].data() + line[1].size(), level);
  if (!framework.Level(level))
    line.Fail("indicator " + line[0] + " is for level " + line[1] + ", which is not defined above");
  if (std::none_of(framework.domains.begin(), framework.domains.end(),
                   [&](const auto& domain) { return domain.code == line[2]; })) {
    line.Fail("indicator " + line[0] + " is in domain " + line[2] + ", which is not defined above");
  }
  if (framework.FindIndicator(line[0])) line.Fail("indicator " + line[0] + " is defined twice");
  return {line[0], level, line[2], line[3]};
}

}  // namespace

ThresholdFramework LoadThresholdFramework(std::string_view text) {
  ThresholdFramework framework;
  std::map<int, ConfigLine> level_lines;  // level number -> its line, to name it in later errors
  for (const auto& config_line : ConfigLines(text)) {
    const ConfigStatement line(kFile, config_line);
    if (line.Kind() == "framework") {
      line.Need(1, "framework NAME");
      framework.name = line[0];
    } else if (line.Kind() == "outcome") {
      framework.outcomes.push_back(ReadOutcome(framework, line));
    } else if (line.Kind() == "domain") {
      line.Need(2, "domain CODE | NAME");
      framework.domains.push_back({line[0], line[1]});
    } else if (line.Kind() == "level") {
      framework.levels.push_back(ReadLevel(framework, line));
      level_lines[framework.levels.back().number] = config_line;
    } else if (line.Kind() == "indicator") {
      framework.indicators.push_back(ReadIndicator(framework, line));
    } else {
      line.Fail("lines start with framework, outcome, domain, level or indicator, not \"" +
                line.Kind() + "\"");
    }
  }
  if (framework.name.empty())
    FailConfig(kFile, text, "the file never names the framework (framework NAME)");
  if (framework.levels.empty()) FailConfig(kFile, text, "the framework has no levels");
  for (const auto& level : framework.levels) {
    const bool has_indicator =
        std::any_of(framework.indicators.begin(), framework.indicators.end(),
                    [&](const Indicator& indicator) { return indicator.level == level.number; });
    if (!has_indicator)
      ConfigStatement(kFile, level_lines[level.number])
          .Fail("level " + std::to_string(level.number) + " has no indicators");
  }
  return framework;
}

}  // namespace frontdoor::domain
