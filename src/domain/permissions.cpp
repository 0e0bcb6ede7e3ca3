// src/domain/permissions.cpp — the permission table: action to the roles allowed it.
#include "domain/permissions.hpp"

#include <algorithm>

namespace frontdoor::domain {

namespace {

struct Grant {
  Action action;
  std::string_view code;
  std::vector<Role> roles;
};

using enum Role;

// Every role: what anyone signed in may do.
const std::vector<Role> kEveryone = {kPractitioner, kManager,     kAuditor,
                                     kPartner,      kPerformance, kAdmin};

// The whole policy. Admins run accounts and configuration but do not read case records;
// partners see only checks addressed to their agency (scoped in the service).
const Grant kGrants[] = {
    {Action::kPublic, "public", {}},
    {Action::kSignIn, "sign_in", {}},
    {Action::kTwoStep, "two_step", kEveryone},
    {Action::kSignOut, "sign_out", kEveryone},
    {Action::kSignedIn, "signed_in", kEveryone},
    {Action::kChangePassword, "change_password", kEveryone},
    {Action::kOwnAccount, "own_account", kEveryone},
    {Action::kViewHome, "view_home", kEveryone},
    {Action::kSendFeedback, "send_feedback", kEveryone},
    {Action::kReadFeedback, "read_feedback", {kAdmin}},
    {Action::kManageUsers, "manage_users", {kAdmin}},
    {Action::kViewAccessAudit, "view_access_audit", {kAuditor}},
    {Action::kViewPersonRecord, "view_person_record", {kPractitioner, kManager, kAuditor}},
    {Action::kAddPerson, "add_person", {kPractitioner, kManager}},
    {Action::kSearchPeople, "search_people", {kPractitioner, kManager, kAuditor}},
    {Action::kMergePeople, "merge_people", {kManager}},
    {Action::kRecordContact, "record_contact", {kPractitioner, kManager}},
    {Action::kCorrectRecord, "correct_record", {kPractitioner, kManager}},
    {Action::kViewContact, "view_contact", {kPractitioner, kManager, kAuditor}},
    {Action::kRestrictRecord, "restrict_record", {kManager}},
    {Action::kBreakGlass, "break_glass", {kManager}},
    {Action::kReviewBreakGlass, "review_break_glass", {kAuditor}},
    {Action::kRecordConsent, "record_consent", {kPractitioner, kManager}},
    {Action::kRequestChecks, "request_checks", {kPractitioner, kManager}},
    {Action::kViewChecks, "view_checks", {kPractitioner, kManager, kPartner}},
    {Action::kAnswerCheck, "answer_check", {kPractitioner, kManager, kPartner}},
    {Action::kDecide, "decide", {kManager}},
    {Action::kRecordCaseStep, "record_case_step", {kPractitioner, kManager}},
    {Action::kViewWorkList, "view_work_list", {kPractitioner, kManager}},
    {Action::kViewDecisionReports, "view_decision_reports", {kManager, kAuditor, kPerformance}},
    {Action::kLoadDemoData, "load_demo_data", {}},  // the operator only
    {Action::kExportReturns, "export_returns", {kPerformance}},
    {Action::kImportHistory, "import_history", {}},  // the operator only
    {Action::kReviewImports, "review_imports", {kManager}},
    {Action::kViewAudits, "view_audits", {kManager, kAuditor, kPerformance}},
    {Action::kDrawSample, "draw_sample", {kManager, kAuditor}},
    {Action::kAuditCase, "audit_case", {kManager, kAuditor}},
    {Action::kModerateAudit, "moderate_audit", {kManager, kAuditor}},
    {Action::kAddAction, "add_action", {kManager, kAuditor}},
    {Action::kUpdateAction, "update_action", {kManager, kAuditor}},
    {Action::kRespondToAudit, "respond_to_audit", {kPractitioner, kManager}},
    {Action::kViewDashboard, "view_dashboard", {kManager, kAuditor, kPerformance}},
    {Action::kChangeKeys, "change_keys", {}},  // the operator only
};

const Grant* FindGrant(Action action) {
  for (const Grant& grant : kGrants) {
    if (grant.action == action) return &grant;
  }
  return nullptr;
}

}  // namespace

std::string_view ActionCode(Action action) {
  const Grant* grant = FindGrant(action);
  return grant ? grant->code : "unknown";
}

std::string_view ActionWords(Action action) {
  // A switch, so a new action without words fails to compile (-Wswitch, warnings as errors).
  switch (action) {
    case Action::kPublic:
      return "Open a page anyone may see";
    case Action::kSignIn:
      return "Sign in";
    case Action::kTwoStep:
      return "Two-step verification";
    case Action::kSignOut:
      return "Sign out";
    case Action::kSignedIn:
      return "Their own account";
    case Action::kChangePassword:
      return "Change their password";
    case Action::kOwnAccount:
      return "Their own account's sign-ins";
    case Action::kViewHome:
      return "Open the start page";
    case Action::kSendFeedback:
      return "Send feedback";
    case Action::kReadFeedback:
      return "Read feedback";
    case Action::kManageUsers:
      return "Manage accounts";
    case Action::kViewAccessAudit:
      return "Read the access audit";
    case Action::kViewPersonRecord:
      return "Open a person's record";
    case Action::kAddPerson:
      return "Add a person, household or relationship";
    case Action::kSearchPeople:
      return "Search for people";
    case Action::kMergePeople:
      return "Merge records, or undo a merge";
    case Action::kRecordContact:
      return "Record a contact";
    case Action::kCorrectRecord:
      return "Correct a record";
    case Action::kViewContact:
      return "Open a contact";
    case Action::kRestrictRecord:
      return "Restrict a record";
    case Action::kBreakGlass:
      return "Open a restricted record, giving a reason";
    case Action::kReviewBreakGlass:
      return "Review a restricted record's opening";
    case Action::kRecordConsent:
      return "Record consent";
    case Action::kRequestChecks:
      return "Ask partner agencies";
    case Action::kViewChecks:
      return "Read checks with partner agencies";
    case Action::kAnswerCheck:
      return "Answer a check";
    case Action::kDecide:
      return "Management oversight and decision";
    case Action::kRecordCaseStep:
      return "Record a step after a referral";
    case Action::kViewWorkList:
      return "Open a work list";
    case Action::kViewDecisionReports:
      return "Read the decision reports";
    case Action::kLoadDemoData:
      return "Load the demonstration families";
    case Action::kExportReturns:
      return "Statutory returns";
    case Action::kImportHistory:
      return "Bring in history from files";
    case Action::kReviewImports:
      return "Match children from an import";
    case Action::kViewAudits:
      return "Read the case audits";
    case Action::kDrawSample:
      return "Draw a dip sample";
    case Action::kAuditCase:
      return "Audit a case";
    case Action::kModerateAudit:
      return "Settle a case's audit";
    case Action::kAddAction:
      return "Add to the improvement plan";
    case Action::kUpdateAction:
      return "Update the improvement plan";
    case Action::kRespondToAudit:
      return "Respond to an audit of their work";
    case Action::kViewDashboard:
      return "Open the dashboard";
    case Action::kChangeKeys:
      return "Change a key";
  }
  return "Unknown";
}

const std::vector<Action>& AllActions() {
  static const std::vector<Action> actions = [] {
    std::vector<Action> all;
    for (const Grant& grant : kGrants) all.push_back(grant.action);
    return all;
  }();
  return actions;
}

std::optional<Action> ParseAction(std::string_view code) {
  for (const Grant& grant : kGrants) {
    if (grant.code == code) return grant.action;
  }
  return std::nullopt;
}

bool IsAllowed(Role role, Action action) {
  if (IsPublic(action)) return true;
  const Grant* grant = FindGrant(action);
  return grant && std::find(grant->roles.begin(), grant->roles.end(), role) != grant->roles.end();
}

}  // namespace frontdoor::domain
