// src/service/person_service.hpp — adding and opening people's records, restricting them, and
// breaking the glass.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/person.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What the asker may see of a record.
struct PersonView {
  std::int64_t id = 0;
  std::optional<domain::Person> person;  //!< empty when the record is restricted to others
  bool restricted = false;               //!< the record has a restriction (whoever is asking)
  bool can_break_glass = false;          //!< the asker may open it with a reason
  bool opened_by_break_glass = false;    //!< the asker sees it because they broke the glass
};

//! People's records. Every view and change is written to the access audit.
class PersonService {
 public:
  PersonService(store::Store& store, const domain::Clock& clock) : store_(store), clock_(clock) {}

  //! Adds a person.
  Result<domain::Person> AddPerson(const Identity& by, const domain::PersonDraft& draft);
  //! Opens a record: the whole of it, or (when restricted to others) only that it exists.
  Result<PersonView> ViewPerson(const Identity& by, std::int64_t id);
  //! Restricts a record to the named accounts (the restricting manager is always among them).
  Result<domain::Restriction> RestrictRecord(const Identity& by, std::int64_t id,
                                             const std::vector<std::string>& usernames,
                                             const std::string& reason);
  //! A manager opens a restricted record with a reason; flagged for an auditor's review.
  Result<domain::BreakGlass> BreakGlass(const Identity& by, std::int64_t id,
                                        const std::string& reason);
  //! Break-glass openings waiting for review, oldest first.
  std::vector<domain::BreakGlass> BreakGlassToReview();
  //! An auditor marks an opening reviewed.
  Result<bool> ReviewBreakGlass(const Identity& by, std::int64_t id);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
};

}  // namespace frontdoor::service
