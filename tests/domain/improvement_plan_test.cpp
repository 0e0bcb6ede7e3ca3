// tests/domain/improvement_plan_test.cpp — the improvement plan's rules: red when late, amber when
// due within 14 days or silent for 30, green otherwise; a new action needs its source, finding,
// owner, a due date after today and evidence that exists; an update needs words and a status, and
// a done action takes no more.
#include "domain/improvement_plan.hpp"

#include <gtest/gtest.h>

#include <set>

#include "domain/timestamp.hpp"

namespace frontdoor::domain {
namespace {

Date D(const char* text) {
  return *ParseDate(text);
}
Timestamp T(const char* text) {
  return *ParseTimestamp(text);
}

std::set<std::string> FieldsOf(const FieldErrors& errors) {
  std::set<std::string> fields;
  for (const auto& error : errors) fields.insert(error.field);
  return fields;
}

TEST(ImprovementPlan, RedWhenLateAmberWhenCloseOrSilentGreenOtherwise) {
  FollowUpAction action;
  action.opened_at = T("2026-11-20T10:00:00Z");
  action.due = D("2027-01-31");
  EXPECT_EQ(RagOf(action, D("2026-12-03")), Rag::kGreen);
  EXPECT_EQ(RagOf(action, D("2026-12-20")), Rag::kGreen);  // 30 days since it was opened
  EXPECT_EQ(RagOf(action, D("2026-12-21")), Rag::kAmber);  // 31 days without a word
  action.updates.push_back(
      {"Started", ActionStatus::kInProgress, "ann", T("2026-12-20T09:00:00Z")});
  EXPECT_EQ(RagOf(action, D("2026-12-21")), Rag::kGreen);
  EXPECT_EQ(RagOf(action, D("2027-01-17")), Rag::kAmber);  // due in 14 days
  EXPECT_EQ(RagOf(action, D("2027-01-31")), Rag::kAmber);  // due today: not late yet
  EXPECT_EQ(RagOf(action, D("2027-02-01")), Rag::kRed);
  action.done_at = T("2027-02-02T09:00:00Z");
  EXPECT_EQ(RagOf(action, D("2027-02-03")), Rag::kDone);
}

TEST(ImprovementPlan, ANewActionNeedsEachPartAndKnownEvidence) {
  ActionDraft draft;
  draft.source = "case_audit";  // those come from moderation, not this form
  draft.due = D("2026-12-03");
  draft.audit_cases = {4, 99};
  FollowUpAction action;
  EXPECT_EQ(
      FieldsOf(ValidateNewAction(draft, {"ann"}, {4}, D("2026-12-03"), action)),
      (std::set<std::string>{"source", "finding", "description", "owner", "due", "audit_cases"}));
  draft.source = "ofsted";
  draft.finding = "Oversight does not always record why.";
  draft.description = "Dip sample twenty decisions a month.";
  draft.owner = "ann";
  draft.due = D("2027-03-31");
  draft.audit_cases = {4};
  draft.documents = {"Ofsted report, 2026", std::string(501, 'x')};
  EXPECT_EQ(FieldsOf(ValidateNewAction(draft, {"ann"}, {4}, D("2026-12-03"), action)),
            (std::set<std::string>{"documents"}));
  draft.documents.pop_back();
  // A due date typed wrong is named as typed.
  draft.due = std::nullopt;
  draft.due_typed = "31/6/2027";
  action = {};
  const auto refused = ValidateNewAction(draft, {"ann"}, {4}, D("2026-12-03"), action);
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0].message, "The due date must be a real date: June 2027 has 30 days");
  draft.due = D("2027-03-31");
  action = {};
  EXPECT_TRUE(ValidateNewAction(draft, {"ann"}, {4}, D("2026-12-03"), action).empty());
  EXPECT_EQ(action.source, ActionSource::kOfsted);
  ASSERT_EQ(action.evidence.size(), 2u);
  EXPECT_EQ(action.evidence[0].audit_case_id, 4);
  EXPECT_EQ(action.evidence[1].document, "Ofsted report, 2026");
  EXPECT_EQ(action.status, ActionStatus::kNotStarted);
}

TEST(ImprovementPlan, AnUpdateNeedsWordsAndAStatusAndADoneActionTakesNoMore) {
  FollowUpAction action;
  ActionUpdate update;
  EXPECT_EQ(FieldsOf(ValidateActionUpdate(action, "", "finished", update)),
            (std::set<std::string>{"words", "status"}));
  EXPECT_TRUE(ValidateActionUpdate(action, "Briefing given", "done", update).empty());
  EXPECT_EQ(update.status, ActionStatus::kDone);
  action.done_at = T("2026-12-03T09:00:00Z");
  EXPECT_EQ(ValidateActionUpdate(action, "More", "in_progress", update).front().message,
            "This action is done already");
}

TEST(ImprovementPlan, ManagersAndAuditorsOwnActionsAndAnOwnerOrAManagerUpdatesOne) {
  User auditor;
  auditor.username = "ann";
  auditor.role = Role::kAuditor;
  User practitioner;
  practitioner.username = "pat";
  User manager;
  manager.username = "meg";
  manager.role = Role::kManager;
  EXPECT_TRUE(MayOwnAction(auditor));
  EXPECT_TRUE(MayOwnAction(manager));
  EXPECT_FALSE(MayOwnAction(practitioner));
  manager.disabled = true;
  EXPECT_FALSE(MayOwnAction(manager));
  FollowUpAction action;
  action.owner = "ann";
  EXPECT_TRUE(MayUpdateAction(action, auditor));
  EXPECT_TRUE(MayUpdateAction(action, manager));
  auditor.username = "bob";
  EXPECT_FALSE(MayUpdateAction(action, auditor));
}

}  // namespace
}  // namespace frontdoor::domain
