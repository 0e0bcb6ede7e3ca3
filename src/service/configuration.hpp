// src/service/configuration.hpp — an authority's configuration, loaded once at start-up: the
// plain-language guide, name variants, the threshold framework, the front door's agencies,
// urgencies and teams, bank holidays, the questions case audits ask, and the passwords too common
// to use.
#pragma once

#include <stdexcept>
#include <string>

#include "domain/case_audit.hpp"
#include "domain/language_check.hpp"
#include "domain/mash_check.hpp"
#include "domain/name_matching.hpp"
#include "domain/password_policy.hpp"
#include "domain/threshold.hpp"
#include "domain/working_days.hpp"
#include "service/decision_rules.hpp"

namespace frontdoor::service {

//! The text of each configuration file; "" for the one built in.
struct ConfigurationTexts {
  std::string language_guide;
  std::string name_variants;
  std::string threshold_framework;
  std::string front_door;
  std::string bank_holidays;
  std::string audit_questions = "";
};

//! A configuration file that cannot be used. `Setting()` names the ConfigurationTexts field
//! ("threshold_framework"); what() gives the line and the reason.
class ConfigurationError : public std::invalid_argument {
 public:
  ConfigurationError(std::string setting, const std::string& what)
      : std::invalid_argument(what), setting_(std::move(setting)) {}
  const std::string& Setting() const { return setting_; }

 private:
  std::string setting_;
};

//! What an authority configured.
struct Configuration {
  domain::LanguageGuide language_guide;
  domain::NameVariants name_variants;
  domain::ThresholdFramework framework;
  domain::FrontDoorSettings front_door;
  domain::WorkingCalendar calendar;
  domain::CommonPasswords common_passwords;
  std::vector<domain::AuditQuestion> audit_questions;

  //! The rules decisions are made by, pointing into this configuration.
  DecisionRules Rules() const { return {framework, front_door, calendar, language_guide}; }
};

//! Reads every file (or the one built in); throws ConfigurationError for one that cannot be used.
Configuration LoadConfiguration(const ConfigurationTexts& texts);

}  // namespace frontdoor::service
