// src/web/contact_views.hpp — how a contact is shown: on its page (with each child's history at
// intake) and in the API; and language warnings.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/contact.hpp"
#include "domain/language_check.hpp"
#include "domain/mash_check.hpp"
#include "service/contact_service.hpp"

namespace frontdoor::web {

//! The contact page's view: the contact's rows with their language warnings, and each child's
//! history at intake (or only that it is restricted).
nlohmann::json ContactPageView(const service::ContactView& shown,
                               const domain::FrontDoorSettings& settings);
//! One child's history for the "What we already know" card (template partial "known"): earlier
//! contacts and referrals, the re-referral flag, others at home and open involvement.
nlohmann::json ChildHistoryView(const service::IntakeHistory& history,
                                const domain::FrontDoorSettings& settings);
//! A contact in the API.
nlohmann::json ContactJson(const domain::Contact& contact);
//! A contact in the API with each child's history at intake.
nlohmann::json ContactWithHistoryJson(const service::ContactView& shown);
//! Language warnings in the API and for the as-you-type check.
nlohmann::json WarningsJson(const std::vector<domain::LanguageWarning>& warnings);
//! Language warnings by the field they were found in, in the API: {"concern": [...], ...}.
nlohmann::json WarningsByFieldJson(
    const std::map<std::string, std::vector<domain::LanguageWarning>>& warnings);
//! What a page says about each warning found in `field` (none when there are none).
nlohmann::json WarningMessages(
    const std::map<std::string, std::vector<domain::LanguageWarning>>& warnings,
    const std::string& field);

}  // namespace frontdoor::web
