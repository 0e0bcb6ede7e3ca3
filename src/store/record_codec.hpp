// src/store/record_codec.hpp — how list-valued fields are written into single columns, the same way
// in both stores.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/consent.hpp"
#include "domain/decision.hpp"
#include "domain/language_check.hpp"
#include "domain/mash_check.hpp"
#include "domain/record_history.hpp"

namespace frontdoor::store {

//! Codes as "MOB HAND".
std::string JoinCodes(const std::vector<std::string>& codes);
//! "MOB HAND" as codes.
std::vector<std::string> SplitCodes(std::string_view text);
//! Language warnings by field, as JSON.
std::string EncodeLanguageWarnings(
    const std::map<std::string, std::vector<domain::LanguageWarning>>& warnings);
//! JSON written by EncodeLanguageWarnings, read back.
std::map<std::string, std::vector<domain::LanguageWarning>> DecodeLanguageWarnings(
    std::string_view json);

// The steps after a contact are kept as JSON bodies beside the columns they are found by, the same
// way in both stores. Decode throws StoreError for a body that is not what Encode wrote.
std::string EncodeConsent(const domain::ConsentRecord& consent);
domain::ConsentRecord DecodeConsent(std::int64_t id, std::string_view json);
std::string EncodeCheck(const domain::MashCheck& check);
domain::MashCheck DecodeCheck(std::int64_t id, std::string_view json);
std::string EncodeChecksNotNeeded(const domain::ChecksNotNeeded& record);
domain::ChecksNotNeeded DecodeChecksNotNeeded(std::string_view json);
std::string EncodeDecision(const domain::Decision& decision);
domain::Decision DecodeDecision(std::string_view json);
std::string EncodeAllocation(const domain::Allocation& allocation);
domain::Allocation DecodeAllocation(std::string_view json);
std::string EncodeHistory(const domain::HistoryEntry& entry);
domain::HistoryEntry DecodeHistory(std::string_view json);

}  // namespace frontdoor::store
