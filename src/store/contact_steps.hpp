// src/store/contact_steps.hpp — everything that happened after each of many contacts, read kind by
// kind in a few statements (a child's journey, a contact's progress).
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "domain/decision.hpp"

namespace frontdoor::store {

struct Records;

//! The steps after each of these contacts, by contact id (every id has an entry).
std::map<std::int64_t, domain::ContactSteps> LoadContactSteps(
    Records& records, const std::vector<std::int64_t>& contact_ids);
//! The steps after one contact.
domain::ContactSteps LoadContactSteps(Records& records, std::int64_t contact_id);

}  // namespace frontdoor::store
