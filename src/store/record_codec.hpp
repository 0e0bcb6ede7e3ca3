// src/store/record_codec.hpp — how list-valued fields are written into single columns, the same way
// in both stores.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/language_check.hpp"

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

}  // namespace frontdoor::store
