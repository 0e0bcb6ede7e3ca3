// src/service/record_access.hpp — who may see which record, inside a use case's transaction: a
// restricted person's record, and every contact that is part of it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/contact.hpp"
#include "domain/permissions.hpp"
#include "domain/person.hpp"
#include "service/identity.hpp"
#include "store/records.hpp"

namespace frontdoor::service {

//! The person's record if `by` may see it (unrestricted, named, or opened by breaking the glass).
std::optional<domain::Person> VisiblePerson(store::Records& records, const Identity& by,
                                            std::int64_t id, domain::Timestamp now);

//! Whether `by` may change the records of all of `ids` (each unrestricted, named or opened); when
//! not, the refusal of `action` is written to the access audit naming every one of them.
bool MayChangePeople(store::Records& records, const Identity& by,
                     const std::vector<std::int64_t>& ids, domain::Action action,
                     domain::Timestamp now);

//! Whether `by` may change who record `id` is open to (or, as `action`, merge it): only someone
//! it is already open to may (domain::MayChangeRestriction). Breaking the glass lets a manager
//! read a record, not take it over. A refusal is audited.
bool MayChangeRestrictionOrAudit(store::Records& records, const Identity& by, std::int64_t id,
                                 const std::optional<domain::Restriction>& restriction,
                                 domain::Timestamp now,
                                 domain::Action action = domain::Action::kRestrictRecord);

//! Of the people `ids`, those `by` may not see (restricted, neither named nor opened): the
//! restrictions of all of them looked up at once, as a search needs.
std::vector<std::int64_t> HiddenPeople(store::Records& records, const Identity& by,
                                       const std::vector<std::int64_t>& ids, domain::Timestamp now);

//! True when `by` may read the contact: it is part of the record of everyone on it. With `known`,
//! whether each person is visible is looked up once and kept there (many contacts, one request).
bool ContactVisible(store::Records& records, const Identity& by, const domain::Contact& contact,
                    domain::Timestamp now, std::map<std::int64_t, bool>* known = nullptr);

//! "person:3": how the record history and the access audit name a person's record.
std::string PersonRecordId(std::int64_t person_id);

//! "contact:12 person:3 person:4": the records an access-audit entry about a contact names.
std::string ContactRecordIds(const domain::Contact& contact);

//! How each account is shown to people reading a record (User::ShownAs: "Jo Bloggs, Team
//! manager"), by username.
std::map<std::string, std::string> ShownNames(store::Records& records);
//! How one account is shown (User::ShownAs), the command line as "An administrator on the server
//! (root)", and the username itself if there is no such account.
std::string ShownAs(store::Records& records, const std::string& username);

}  // namespace frontdoor::service
