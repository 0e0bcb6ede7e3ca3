// src/web/decision_views.hpp — how a contact's progress, its checks and decisions are shown on
// pages and in the API.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/codes.hpp"
#include "domain/threshold.hpp"
#include "service/contact_progress.hpp"
#include "service/report_service.hpp"

namespace frontdoor::web {

//! A referral's primary need in words ("Abuse or neglect"), or "" for none.
std::string PrimaryNeedWords(const std::string& code);
//! The name a child on the contact (or living with one) is shown under: ChildOnContact::Name.
std::string ChildName(const service::ContactProgress& progress, std::int64_t id);
//! The "what happens next" part of the contact page.
nlohmann::json ProgressView(const service::ContactProgress& progress,
                            const service::DecisionRules& rules, domain::Role role,
                            domain::Timestamp now);
//! The contact's checks with partner agencies and their answers, as the contact page and the
//! oversight show them.
nlohmann::json CheckRows(const service::ContactProgress& progress,
                         const service::DecisionRules& rules, domain::Timestamp now);
//! What an agency added to `check`'s answer, oldest first, for a page: each with its words,
//! their language warnings, when, and who gave it (`given_by`, one per addition: GivenByWords).
nlohmann::json CheckAdditionRows(const domain::MashCheck& check,
                                 const std::vector<std::string>& given_by);
//! The contact's progress for the API (only that it exists when it is restricted).
nlohmann::json ProgressJson(const service::ContactProgress& progress);
//! A manager's record that the checks are not needed.
nlohmann::json ChecksNotNeededJson(const domain::ChecksNotNeeded& record);
//! The threshold framework: levels, domains, indicators and outcomes.
nlohmann::json FrameworkJson(const domain::ThresholdFramework& framework);
nlohmann::json ConsentJson(const domain::ConsentRecord& consent);
nlohmann::json CheckJson(const domain::MashCheck& check);
nlohmann::json DecisionJson(const domain::Decision& decision);
//! A decision in a report: in full, or (when its words are not for the reader) only when, by whom,
//! the level and the outcome.
nlohmann::json ReportedDecisionJson(const service::ReportedDecision& row);
nlohmann::json AllocationJson(const domain::Allocation& allocation);

}  // namespace frontdoor::web
