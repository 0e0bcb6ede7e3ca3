// src/domain/record_version.hpp — a record's version as an HTTP entity tag, and the If-Match rule
// that refuses a change made on an out-of-date copy (RFC 9110, sections 8.8.3 and 13.1.1).
#pragma once

#include <string>
#include <string_view>

#include "domain/contact.hpp"
#include "domain/person.hpp"

namespace frontdoor::domain {

//! The version of a person's record: a strong entity tag ("\"…\"", 32 hex digits) that changes
//! whenever any detail a correction can change does (or the record is merged).
std::string PersonVersion(const Person& person);

//! The version of a contact: a strong entity tag that changes whenever what can be amended of it
//! (the referrer's words about the concern) does.
std::string ContactVersion(const Contact& contact);

//! What the access audit says of a change refused because its copy was out of date.
inline constexpr std::string_view kOutOfDateAudit =
    "out of date: the record changed after the copy the change was made on";

//! Whether an If-Match header's value lets a change to a record at `version` go ahead: "*", or a
//! list of entity tags one of which is `version` by strong comparison (a weak tag never matches).
bool IfMatchHolds(std::string_view if_match, std::string_view version);

}  // namespace frontdoor::domain
