// src/domain/threshold.hpp — the threshold framework an authority loads: levels, domains,
// indicators and the outcomes that fit each level.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontdoor::domain {

//! What can follow a decision (configuration: the authority's list).
struct Outcome {
  std::string code;  //!< "single_assessment"
  std::string name;  //!< "Single assessment (section 17)"
  bool makes_referral =
      false;  //!< the contact becomes a referral (assessment, strategy discussion)
  bool needs_consent =
      false;  //!< a statutory or early help service: needs the family's consent to services
  bool significant_harm =
      false;  //!< the route for suspected significant harm (strategy discussion)
};

//! One of the assessment framework's three domains.
struct ThresholdDomain {
  std::string code;  //!< "development", "parenting", "family"
  std::string name;
};

//! An indicator that places a child at a level.
struct Indicator {
  std::string code;  //!< "4.D1"
  int level = 0;
  std::string domain;  //!< a ThresholdDomain code
  std::string text;
};

//! One level of need.
struct ThresholdLevel {
  int number = 0;
  std::string name;
  std::string description;
  std::vector<std::string> usual_outcomes;  //!< outcome codes that fit this level
};

//! The whole framework, checked when loaded.
struct ThresholdFramework {
  std::string name;
  std::vector<ThresholdLevel> levels;
  std::vector<ThresholdDomain> domains;
  std::vector<Indicator> indicators;
  std::vector<Outcome> outcomes;

  const ThresholdLevel* Level(int number) const;
  const Outcome* FindOutcome(std::string_view code) const;
  const Indicator* FindIndicator(std::string_view code) const;
  //! An indicator as people read it: "4.D1 Injury or harm that may not be accidental", or the
  //! code alone when the framework no longer has it.
  std::string IndicatorWords(const std::string& code) const;
  //! The indicator's words without its code, for a page a child may read one day (the journey):
  //! "Injury or harm that may not be accidental", or the code alone when the framework no longer
  //! has it.
  std::string IndicatorText(const std::string& code) const;
  //! True when `outcome` is one of the level's usual routes.
  bool OutcomeFitsLevel(std::string_view outcome, int level) const;
};

//! Reads a framework (see config/threshold.txt). Throws std::invalid_argument naming the line and
//! the reason for anything wrong: unknown lines, duplicates, levels not numbered 1..n, indicators
//! for a level or domain that does not exist, a level's outcome that is not defined, a level
//! with no indicators.
ThresholdFramework LoadThresholdFramework(std::string_view text);

}  // namespace frontdoor::domain
