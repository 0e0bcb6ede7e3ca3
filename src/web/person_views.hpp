// src/web/person_views.hpp — how people, matches, households and journeys are shown, on pages and
// in the API.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/codes.hpp"
#include "domain/household.hpp"
#include "domain/journey.hpp"
#include "domain/person.hpp"
#include "domain/person_search.hpp"
#include "web/router.hpp"

namespace frontdoor::web {

//! A search match for a page: name (or restricted), date of birth, local id and reasons.
nlohmann::json MatchView(const domain::SearchMatch& match);
//! Summary-list rows for a person's record; the record's number is a child's "Local child id" (the
//! census's), an adult's "Record number".
nlohmann::json PersonRows(const domain::Person& person, bool child);
//! The person form's fields (template person_new) filled from `draft`, added to `view` (which
//! holds the form's errors).
nlohmann::json PersonFormView(const domain::PersonDraft& draft, nlohmann::json view);
//! A person in the API.
nlohmann::json PersonJson(const domain::Person& person);
//! Options for a select from a code list, `selected` chosen.
nlohmann::json CodeOptions(std::span<const domain::Code> codes, const std::string& selected);
//! Journey events; `for_page` adds UK times for people to read.
nlohmann::json JourneyEventsJson(const std::vector<domain::JourneyEvent>& events, bool for_page);

}  // namespace frontdoor::web
