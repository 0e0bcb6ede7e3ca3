// src/domain/permissions.hpp — every action a route can take, and the one table of who may take it.
#pragma once

#include <string_view>
#include <vector>

#include "domain/role.hpp"

namespace frontdoor::domain {

//! Something a request asks to do. Every route declares exactly one.
enum class Action {
  kPublic,            //!< open to anyone: sign-in, health, assets, accessibility statement
  kSignedIn,          //!< any signed-in person, whatever their role (their own account, sign-out)
  kViewHome,          //!< the start page
  kSendFeedback,      //!< feedback about the service
  kReadFeedback,      //!< read feedback others sent
  kManageUsers,       //!< add, disable and change accounts
  kViewAccessAudit,   //!< read who looked at what
  kViewPersonRecord,  //!< open a person's record
  kAddPerson,         //!< add a person's record, a household, a relationship
  kSearchPeople,      //!< look for people ("is this child known?")
  kMergePeople,       //!< merge two records of one person, or undo it
  kRecordContact,     //!< record a contact
  kViewContact,       //!< read a contact
  kRestrictRecord,    //!< restrict a record to named people
  kBreakGlass,        //!< open a restricted record with a recorded reason
  kReviewBreakGlass,  //!< mark a break-glass opening as reviewed
  kRecordConsent,     //!< record the family's consent (not asking because of risk: managers only)
  kRequestChecks,     //!< ask partner agencies what they know
  kViewChecks,        //!< see checks waiting for answers (partners: only their agency's)
  kAnswerCheck,       //!< answer a check (partners: only their agency's)
  kDecide,            //!< management oversight, the decision, checks not needed, allocation
  kViewWorkList,      //!< "my work" and "my team"
  kViewDecisionReports,  //!< refused-consent closures and decisions outside the usual routes
};

//! The action's code for logs and the access audit ("view_person_record").
std::string_view ActionCode(Action action);
//! Every action, for tests that walk the whole table.
const std::vector<Action>& AllActions();
//! True when `role` may take `action`. Deny by default: an action missing from the table is
//! allowed to nobody.
bool IsAllowed(Role role, Action action);
//! True when the action needs no sign-in.
inline bool IsPublic(Action action) {
  return action == Action::kPublic;
}

}  // namespace frontdoor::domain
