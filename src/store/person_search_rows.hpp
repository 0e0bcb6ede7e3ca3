// src/store/person_search_rows.hpp — the search table (migration 0027): what a search compares of
// each person, one row for each name they are known by, kept in step with their record, their
// names and the households they have lived in, and read a range of sound-alike keys at a time.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "domain/person_search.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

//! Writes the search rows of `person_ids` afresh from their records: after a person, their names
//! or a merge of them is added or changed.
void RefreshSearchRows(Sql& sql, const std::vector<std::int64_t>& person_ids);

//! Writes the postcodes in the search rows of `person_ids` afresh: after they joined a household.
void RefreshSearchPostcodes(Sql& sql, const std::vector<std::int64_t>& person_ids);

//! Everyone with a name (current or other) whose family and given names have these sound-alike
//! keys, either way round, as a search compares them (names, date of birth, identifiers, any
//! merge; no other names) with every postcode they have lived at, newest first: at most `limit`
//! rows each way, lowest id first, in one statement.
std::vector<domain::SearchCandidate> SearchRowsByNameKeys(Sql& sql, std::string_view family_key,
                                                          std::string_view given_key, int limit);

//! Everyone with a family name (current or other) with this sound-alike key, as
//! SearchRowsByNameKeys gives them: the same index's range for the key.
std::vector<domain::SearchCandidate> SearchRowsByFamilyKey(Sql& sql, std::string_view family_key,
                                                           int limit);

//! How many search rows are not what the records say (0 when in step): missing, left over, or
//! holding old values.
std::int64_t SearchRowsOutOfStep(Sql& sql);

}  // namespace frontdoor::store
