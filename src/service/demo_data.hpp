// src/service/demo_data.hpp — a small, realistic set of households, children and contacts for
// trying frontdoor out.
#pragma once

#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/codes.hpp"
#include "domain/language_check.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! The demonstration account for `role` ("demo.manager"), made by `frontdoor demo-accounts`. The
//! demonstration families' earlier contact and decision are recorded as by these accounts.
inline std::string DemoUsername(domain::Role role) {
  return "demo." + std::string(domain::kRoles.Code(role));
}

//! Adds the demonstration families when the database holds no people; returns a line per family
//! added (nothing when people already exist). Dates are set relative to the clock, so the
//! earlier referral is always eight months old.
std::vector<std::string> AddDemoData(store::Store& store, const domain::Clock& clock,
                                     const domain::LanguageGuide& guide);

}  // namespace frontdoor::service
