// src/store/improvement_plan_records.cpp — actions, evidence and updates: statements and row
// mappers, for both databases.
#include "store/improvement_plan_records.hpp"

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kPlanActionColumns = ColumnList(
    "case_id, source, finding, description, owner, due, status, opened_by, opened_at, done_note, "
    "done_by, done_at");
const std::vector<std::string_view> kPlanEvidenceColumns =
    ColumnList("action_id, position, audit_case_id, document");
const std::vector<std::string_view> kPlanUpdateColumns =
    ColumnList("action_id, words, status, updated_by, updated_at");

constexpr const char* kSelectPlanAction =
    "SELECT id, case_id, source, finding, description, owner, due, status, opened_by, opened_at, "
    "done_note, done_by, done_at FROM follow_up_actions ";

domain::FollowUpAction ReadPlanAction(const SqlRow& row) {
  domain::FollowUpAction action;
  std::optional<std::int64_t> case_id;
  row.Read(0, action.id, case_id, AsCode(action.source, domain::kActionSources), action.finding,
           action.description, action.owner, action.due,
           AsCode(action.status, domain::kActionStatuses), action.opened_by, action.opened_at,
           action.done_note, action.done_by, action.done_at);
  action.case_id = case_id.value_or(0);
  return action;
}

}  // namespace

std::int64_t ImprovementPlanRecords::Add(const domain::FollowUpAction& action) {
  const std::int64_t id = sql_.Insert(
      InsertStatement("follow_up_actions", kPlanActionColumns) + " RETURNING id",
      {action.case_id == 0 ? SqlValue(nullptr) : SqlValue(action.case_id),
       domain::kActionSources.Code(action.source), action.finding, action.description, action.owner,
       action.due, domain::kActionStatuses.Code(action.status), action.opened_by, action.opened_at,
       action.done_note, action.done_by, action.done_at});
  std::vector<std::vector<SqlValue>> rows;
  for (size_t i = 0; i < action.evidence.size(); ++i) {
    const auto& cited = action.evidence[i];
    rows.push_back({id, static_cast<std::int64_t>(i),
                    cited.audit_case_id == 0 ? SqlValue(nullptr) : SqlValue(cited.audit_case_id),
                    cited.document});
  }
  sql_.BulkInsert("action_evidence", kPlanEvidenceColumns, rows);
  return id;
}

std::optional<domain::FollowUpAction> ImprovementPlanRecords::Find(std::int64_t id,
                                                                   bool for_update) {
  auto found = sql_.All(std::string(kSelectPlanAction) + "WHERE id = ?" +
                            std::string(for_update ? sql_.ForUpdate() : ""),
                        {id}, ReadPlanAction);
  if (found.empty()) return std::nullopt;
  Fill(found);
  return std::move(found.front());
}

std::vector<domain::FollowUpAction> ImprovementPlanRecords::Plan(int limit) {
  auto actions = sql_.All(std::string(kSelectPlanAction) +
                              "ORDER BY CASE WHEN done_at IS NULL THEN 0 ELSE 1 END, "
                              "CASE WHEN done_at IS NULL THEN due END, done_at DESC, id LIMIT ?",
                          {limit}, ReadPlanAction);
  Fill(actions);
  return actions;
}

std::map<std::int64_t, domain::FollowUpAction> ImprovementPlanRecords::ForCases(
    const std::vector<std::int64_t>& case_ids) {
  std::map<std::int64_t, domain::FollowUpAction> by_case;
  if (case_ids.empty()) return by_case;
  auto actions =
      sql_.All(std::string(kSelectPlanAction) + "WHERE " + sql_.InIds("case_id") + " ORDER BY id",
               {IdList{case_ids}}, ReadPlanAction);
  Fill(actions);
  for (auto& action : actions) by_case[action.case_id] = std::move(action);
  return by_case;
}

void ImprovementPlanRecords::AddUpdate(std::int64_t action_id, const domain::ActionUpdate& update) {
  sql_.Execute(
      InsertStatement("action_updates", kPlanUpdateColumns),
      {action_id, update.words, domain::kActionStatuses.Code(update.status), update.by, update.at});
  const bool done = update.status == domain::ActionStatus::kDone;
  sql_.Execute(
      "UPDATE follow_up_actions SET status = ?, done_note = ?, done_by = ?, done_at = ? WHERE id "
      "= ?",
      {domain::kActionStatuses.Code(update.status), done ? update.words : std::string(),
       done ? update.by : std::string(), done ? SqlValue(update.at) : SqlValue(nullptr),
       action_id});
}

void ImprovementPlanRecords::Fill(std::vector<domain::FollowUpAction>& actions) {
  if (actions.empty()) return;
  const RecordsById by_id(actions, &domain::FollowUpAction::id);
  const IdList ids{by_id.Ids()};
  sql_.Each("SELECT action_id, audit_case_id, document FROM action_evidence WHERE " +
                sql_.InIds("action_id") + " ORDER BY action_id, position",
            {ids}, [&](const SqlRow& row) {
              by_id[row.Int(0)].evidence.push_back({row.OptionalInt(1).value_or(0), row.Text(2)});
            });
  sql_.Each("SELECT action_id, words, status, updated_by, updated_at FROM action_updates WHERE " +
                sql_.InIds("action_id") + " ORDER BY action_id, id",
            {ids}, [&](const SqlRow& row) {
              domain::ActionUpdate update;
              row.Read(1, update.words, AsCode(update.status, domain::kActionStatuses), update.by,
                       update.at);
              by_id[row.Int(0)].updates.push_back(std::move(update));
            });
}

}  // namespace frontdoor::store
