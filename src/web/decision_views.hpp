// src/web/decision_views.hpp — how a contact's progress, its checks and decisions are shown on
// pages and in the API.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/role.hpp"
#include "service/decision_service.hpp"

namespace frontdoor::web {

//! The "what happens next" part of the contact page.
nlohmann::json ProgressView(const service::ContactProgress& progress,
                            const service::DecisionRules& rules, domain::Role role,
                            domain::Timestamp now);
//! The contact's progress for the API.
nlohmann::json ProgressJson(const service::ContactProgress& progress);
nlohmann::json ConsentJson(const domain::ConsentRecord& consent);
nlohmann::json CheckJson(const domain::MashCheck& check);
nlohmann::json DecisionJson(const domain::Decision& decision);
//! A decision in a report: in full, or (when its words are not for the reader) only when, by whom,
//! the level and the outcome.
nlohmann::json ReportedDecisionJson(const service::ReportedDecision& row);
nlohmann::json AllocationJson(const domain::Allocation& allocation);

}  // namespace frontdoor::web
