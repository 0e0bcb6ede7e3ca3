// src/store/language_warning_rows.hpp — language warnings kept beside the text they were found in,
// one row each, for a contact's fields and a decision's parts alike.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/language_check.hpp"

namespace frontdoor::store {

class Sql;
template <typename Record>
class RecordsById;

//! Warnings by the field (or proforma part) they were found in.
using WarningsByField = std::map<std::string, std::vector<domain::LanguageWarning>>;

//! Keeps `warnings` found in the words of contact `contact_id` (`written_in` "contact") or of its
//! decision ("decision").
void AddLanguageWarnings(Sql& sql, std::string_view written_in, std::int64_t contact_id,
                         const WarningsByField& warnings);
//! The same for many records at once (a bulk load).
void AddLanguageWarnings(Sql& sql, std::string_view written_in,
                         const std::vector<std::pair<std::int64_t, const WarningsByField*>>& all);
//! The warnings kept for each of these contacts (or their decisions), by contact id.
std::map<std::int64_t, WarningsByField> LanguageWarningsOf(Sql& sql, std::string_view written_in,
                                                           const std::vector<std::int64_t>& ids);

//! Fills in the language warnings kept for each of `records`.
template <typename Record>
void FillLanguageWarnings(Sql& sql, std::string_view written_in,
                          const RecordsById<Record>& records) {
  for (auto& [id, warnings] : LanguageWarningsOf(sql, written_in, records.Ids()))
    records[id].language_warnings = std::move(warnings);
}

}  // namespace frontdoor::store
