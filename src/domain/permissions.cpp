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
