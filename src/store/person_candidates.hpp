// src/store/person_candidates.hpp — gathering the people worth comparing with a search, through the
// people's indexes.
#pragma once

#include <vector>

#include "domain/person_search.hpp"
#include "store/records.hpp"

namespace frontdoor::store {

//! People found by any index that could hold a likely match: identifiers, the date of birth
//! either way round, postcode and both names' sound-alike keys, each in full (at most `limit`
//! from each look-up), then, with nothing but names to go on, a single name's key when the name is
//! rare (domain::kRareNameBelow; `frequencies`, from FindNameFrequencies). Each once, a merged
//! record standing for the one it was merged into.
std::vector<domain::SearchCandidate> FindPersonCandidates(
    Records& records, const domain::ParsedSearch& search, int limit,
    const domain::NameFrequencies& frequencies);

//! How common the searched names are among everyone's names, for weighing exact agreement.
domain::NameFrequencies FindNameFrequencies(Records& records, const domain::ParsedSearch& search);

}  // namespace frontdoor::store
