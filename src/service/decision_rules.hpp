// src/service/decision_rules.hpp — the rules an authority configures for decisions, loaded once at
// start-up and shared by the services that apply them.
#pragma once

#include "domain/language_check.hpp"
#include "domain/mash_check.hpp"
#include "domain/threshold.hpp"
#include "domain/working_days.hpp"

namespace frontdoor::service {

//! The rules an authority configures, loaded once at start-up.
struct DecisionRules {
  const domain::ThresholdFramework& framework;
  const domain::FrontDoorSettings& settings;
  const domain::WorkingCalendar& calendar;
  const domain::LanguageGuide& guide;
};

}  // namespace frontdoor::service
