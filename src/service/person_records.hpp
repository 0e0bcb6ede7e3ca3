// src/service/person_records.hpp — one person recorded more than once: the records that stand for
// them once merged, and the homes any of those records lives in. Read inside a transaction.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "domain/household.hpp"
#include "store/records.hpp"

namespace frontdoor::service {

//! The records of the person with record `id`: the record kept (`id`, or the one `id` was merged
//! into) first, then every record merged into it.
std::vector<std::int64_t> RecordsOfPerson(store::Records& records, std::int64_t id);

//! The households any of the records `ids` (one person's) lives or lived in, each once, with that
//! record's dates there (the first record's, when two were in one household).
std::vector<std::pair<domain::Household, domain::HouseholdMember>> HomesOf(
    store::Records& records, const std::vector<std::int64_t>& ids);

}  // namespace frontdoor::service
