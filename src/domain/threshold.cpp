// src/domain/threshold.cpp — reading and checking the threshold framework file.
#include "domain/threshold.hpp"

#include <algorithm>
#include <charconv>
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

bool ThresholdFramework::OutcomeFitsLevel(std::string_view outcome, int level) const {
  const ThresholdLevel* found = Level(level);
  return found && std::find(found->usual_outcomes.begin(), found->usual_outcomes.end(), outcome) !=
                      found->usual_outcomes.end();
}

ThresholdFramework LoadThresholdFramework(std::string_view text) {
  ThresholdFramework framework;
  std::map<int, int> level_lines;  // level number -> line, to name it in later errors
  int line_number = 0;
  const auto fail = [&](int at, const std::string& why) {
    throw std::invalid_argument("threshold framework, line " + std::to_string(at) + ": " + why);
  };
  std::vector<std::pair<int, Indicator>> indicators;
  for (const auto& config_line : ConfigLines(text)) {
    line_number = config_line.number;
    const std::string& line = config_line.text;
    if (!IsValidUtf8(line)) fail(line_number, "not readable text (UTF-8)");
    const size_t space = line.find(' ');
    const std::string kind = line.substr(0, space);
    const auto parts = SplitBars(space == std::string::npos ? "" : line.substr(space + 1));
    const auto need = [&](size_t count, const char* shape) {
      if (parts.size() != count ||
          std::any_of(parts.begin(), parts.end(), [](const auto& part) { return part.empty(); })) {
        fail(line_number, kind + " lines are: " + shape);
      }
    };
    if (kind == "framework") {
      need(1, "framework NAME");
      framework.name = parts[0];
    } else if (kind == "outcome") {
      need(3, "outcome CODE | NAME | FLAGS (referral, consent, significant_harm or none)");
      if (framework.FindOutcome(parts[0]))
        fail(line_number, "outcome " + parts[0] + " is defined twice");
      Outcome outcome{parts[0], parts[1], false, false, false};
      for (const auto& flag : SplitCommas(parts[2])) {
        if (flag == "referral") {
          outcome.makes_referral = true;
        } else if (flag == "consent") {
          outcome.needs_consent = true;
        } else if (flag == "significant_harm") {
          outcome.significant_harm = true;
        } else if (flag != "none") {
          fail(line_number, "unknown outcome flag \"" + flag +
                                "\" (use referral, consent, significant_harm or none)");
        }
      }
      framework.outcomes.push_back(outcome);
    } else if (kind == "domain") {
      need(2, "domain CODE | NAME");
      framework.domains.push_back({parts[0], parts[1]});
    } else if (kind == "level") {
      need(4, "level NUMBER | NAME | DESCRIPTION | OUTCOME, OUTCOME...");
      int number = 0;
      auto [ptr, ec] = std::from_chars(parts[0].data(), parts[0].data() + parts[0].size(), number);
      if (ec != std::errc() || ptr != parts[0].data() + parts[0].size() || number < 1) {
        fail(line_number, "a level's number must be a whole number from 1");
      }
      if (number != int(framework.levels.size()) + 1) {
        fail(line_number, "levels must be numbered 1, 2, 3... in order; expected " +
                              std::to_string(framework.levels.size() + 1));
      }
      ThresholdLevel level{number, parts[1], parts[2], SplitCommas(parts[3])};
      for (const auto& outcome : level.usual_outcomes) {
        if (!framework.FindOutcome(outcome))
          fail(line_number, "outcome " + outcome + " is not defined above");
      }
      level_lines[number] = line_number;
      framework.levels.push_back(level);
    } else if (kind == "indicator") {
      need(4, "indicator CODE | LEVEL | DOMAIN | TEXT");
      int level = 0;
      std::from_chars(parts[1].data(), parts[1].data() + parts[1].size(), level);
      if (!framework.Level(level))
        fail(line_number, "indicator " + parts[0] + " is for level " + parts[1] +
                              ", which is not defined above");
      if (std::none_of(framework.domains.begin(), framework.domains.end(),
                       [&](const auto& domain) { return domain.code == parts[2]; })) {
        fail(line_number, "indicator " + parts[0] + " is in domain " + parts[2] +
                              ", which is not defined above");
      }
      if (framework.FindIndicator(parts[0]))
        fail(line_number, "indicator " + parts[0] + " is defined twice");
      framework.indicators.push_back({parts[0], level, parts[2], parts[3]});
    } else {
      fail(line_number,
           "lines start with framework, outcome, domain, level or indicator, not \"" + kind + "\"");
    }
  }
  line_number = ConfigLineCount(text);
  if (framework.name.empty())
    fail(line_number, "the file never names the framework (framework NAME)");
  if (framework.levels.empty()) fail(line_number, "the framework has no levels");
  for (const auto& level : framework.levels) {
    const bool has_indicator =
        std::any_of(framework.indicators.begin(), framework.indicators.end(),
                    [&](const Indicator& indicator) { return indicator.level == level.number; });
    if (!has_indicator)
      fail(level_lines[level.number],
           "level " + std::to_string(level.number) + " has no indicators");
  }
  return framework;
}

}  // namespace frontdoor::domain
