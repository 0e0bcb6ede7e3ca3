// src/domain/permissions.hpp — every action a route can take, and the one table of who may take it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "domain/codes.hpp"

namespace frontdoor::domain {

//! Something a person (or the operator at the command line) asks to do. Every route declares
//! exactly one, and every access-audit entry names the one it was allowed or refused under.
enum class Action {
  kPublic,            //!< open to anyone: health, assets, accessibility statement
  kSignIn,            //!< open to anyone: signing in with a username and password
  kTwoStep,           //!< the second step of signing in: setting it up, entering a code
  kSignOut,           //!< ending one's own session
  kSignedIn,          //!< any signed-in person, whatever their role (their own account)
  kChangePassword,    //!< change one's own password, giving the current one
  kOwnAccount,        //!< see where one is signed in, and sign out everywhere else
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
  kCorrectRecord,     //!< correct a person's details, where they live or a relationship; amend a
                      //!< contact's words
  kViewContact,       //!< read a contact
  kRestrictRecord,    //!< restrict a record to named people
  kBreakGlass,        //!< open a restricted record with a recorded reason
  kReviewBreakGlass,  //!< mark a break-glass opening as reviewed
  kRecordConsent,     //!< record the family's consent (not asking because of risk: managers only)
  kRequestChecks,     //!< ask partner agencies what they know
  kViewChecks,        //!< see checks waiting for answers (partners: only their agency's)
  kAnswerCheck,       //!< answer a check (partners: only their agency's)
  kDecide,            //!< management oversight, the decision, checks not needed, allocation
  kRecordCaseStep,    //!< record what happened after a referral: assessment, enquiry, plans,
                      //!< closure
  kViewWorkList,      //!< "my work" and "my team"
  kViewDecisionReports,  //!< refused-consent closures and decisions outside the usual routes
  kLoadDemoData,         //!< add the demonstration families (the operator, at the command line)
  kExportReturns,        //!< the statutory returns: Annex A, the census
  kImportHistory,        //!< bring in history from files (the operator, at the command line)
  kReviewImports,        //!< match children an import could not match with certainty
  kViewAudits,           //!< dip samples, the cases in them, agreement, the improvement plan
  kDrawSample,           //!< draw a dip sample of decisions for audit
  kAuditCase,            //!< grade a case as its first or second (peer) auditor
  kModerateAudit,        //!< settle a case both auditors graded
  kAddAction,            //!< add an action to the improvement plan
  kUpdateAction,         //!< record progress on an improvement action (its owner, or a manager)
  kRespondToAudit,       //!< read the audits of one's own work and respond in writing
  kViewDashboard,        //!< the dashboard: timeliness beside quality over a period and team
  kChangeKeys,  //!< change the audit signing key or the two-step key (the operator, at the command
                //!< line)
};

//! The action's code for logs and the access audit ("view_person_record").
std::string_view ActionCode(Action action);
//! The action in words for the access audit's readers ("Open a person's record"): what was asked,
//! whether it was allowed or refused.
std::string_view ActionWords(Action action);
//! The action with this code, if any.
std::optional<Action> ParseAction(std::string_view code);
//! Every action, for tests that walk the whole table.
const std::vector<Action>& AllActions();
//! True when `role` may take `action`. Deny by default: an action missing from the table is
//! allowed to nobody.
bool IsAllowed(Role role, Action action);
//! True when the action needs no sign-in.
inline bool IsPublic(Action action) {
  return action == Action::kPublic || action == Action::kSignIn;
}

}  // namespace frontdoor::domain
