// src/store/case_step_records.cpp — steps after referrals: statements and row mapper, for both
// databases.
#include "store/case_step_records.hpp"

#include <map>

#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

// A step's columns, written once: with its id they are what a bulk load writes and a read selects.
const std::string kStepColumnsWithIdText =
    "id, contact_id, person_id, kind, step_date, authorised, child_seen, needs_support, "
    "primary_need, not_required, plan_followed, category, closure_reason, recorded_by, "
    "recorded_at, previous_plans, family_meeting, outcome, review_meetings";
const std::vector<std::string_view> kStepColumnsWithId = ColumnList(kStepColumnsWithIdText);
const std::vector<std::string_view> kStepColumns(kStepColumnsWithId.begin() + 1,
                                                 kStepColumnsWithId.end());
const std::vector<std::string_view> kFactorColumns = ColumnList("step_id, position, factor");

const std::string kSelectStep = "SELECT " + kStepColumnsWithIdText + " FROM case_steps ";

std::vector<SqlValue> StepValues(const domain::CaseStep& step) {
  return {step.contact_id,     step.person_id,    domain::kCaseStepKinds.Code(step.kind),
          step.date,           step.authorised,   step.child_seen,
          step.needs_support,  step.primary_need, step.not_required,
          step.plan_followed,  step.category,     step.closure_reason,
          step.recorded_by,    step.recorded_at,  step.previous_plans,
          step.family_meeting, step.outcome,      step.review_meetings};
}

void AppendFactorRows(std::vector<std::vector<SqlValue>>& rows, std::int64_t step_id,
                      const domain::CaseStep& step) {
  for (size_t position = 0; position < step.factors.size(); ++position)
    rows.push_back({step_id, static_cast<std::int64_t>(position), step.factors[position]});
}

domain::CaseStep ReadStep(const SqlRow& row) {
  domain::CaseStep step;
  row.Read(0, step.id, step.contact_id, step.person_id, AsCode(step.kind, domain::kCaseStepKinds),
           step.date, step.authorised, step.child_seen, step.needs_support, step.primary_need,
           step.not_required, step.plan_followed, step.category, step.closure_reason,
           step.recorded_by, step.recorded_at, step.previous_plans, step.family_meeting,
           step.outcome, step.review_meetings);
  return step;
}

// Fills in each assessment's factors, in the order they were chosen.
std::vector<domain::CaseStep> WithFactors(Sql& sql, std::vector<domain::CaseStep> steps) {
  std::map<std::int64_t, domain::CaseStep*> assessments;
  for (auto& step : steps) {
    if (step.kind == domain::CaseStepKind::kAssessment) assessments[step.id] = &step;
  }
  if (assessments.empty()) return steps;
  std::vector<std::int64_t> ids;
  for (const auto& [id, step] : assessments) ids.push_back(id);
  sql.Each("SELECT step_id, factor FROM case_step_factors WHERE " + sql.InIds("step_id") +
               " ORDER BY step_id, position",
           {IdList{ids}},
           [&](const SqlRow& row) { assessments.at(row.Int(0))->factors.push_back(row.Text(1)); });
  return steps;
}

}  // namespace

std::int64_t CaseStepRecords::Add(const domain::CaseStep& step) {
  const std::int64_t id =
      sql_.Insert(InsertStatement("case_steps", kStepColumns) + " RETURNING id", StepValues(step));
  std::vector<std::vector<SqlValue>> factors;
  AppendFactorRows(factors, id, step);
  sql_.BulkInsert("case_step_factors", kFactorColumns, factors);
  return id;
}

void CaseStepRecords::AddMany(const std::vector<domain::CaseStep>& steps) {
  std::vector<std::vector<SqlValue>> rows, factors;
  for (const auto& step : steps) {
    rows.push_back(StepValues(step));
    rows.back().insert(rows.back().begin(), step.id);
    AppendFactorRows(factors, step.id, step);
  }
  sql_.BulkInsert("case_steps", kStepColumnsWithId, rows);
  sql_.BulkInsert("case_step_factors", kFactorColumns, factors);
}

std::vector<domain::CaseStep> CaseStepRecords::ForContacts(
    const std::vector<std::int64_t>& contact_ids) {
  return WithFactors(
      sql_, sql_.AllAbout(contact_ids, kSelectStep, "contact_id, person_id, id", ReadStep));
}

std::vector<domain::CaseStep> CaseStepRecords::Between(const domain::Date& from,
                                                       const domain::Date& to) {
  return WithFactors(sql_,
                     sql_.All(kSelectStep + "WHERE (step_date >= ? AND step_date <= ?) OR "
                                            "(authorised >= ? AND authorised <= ?) ORDER BY id",
                              {from, to, from, to}, ReadStep));
}

std::vector<domain::CaseStep> CaseStepRecords::OfPeople(
    const std::vector<std::int64_t>& person_ids) {
  return WithFactors(sql_, sql_.All(kSelectStep + "WHERE " + sql_.InIds("person_id") +
                                        " ORDER BY contact_id, person_id, id",
                                    {IdList{person_ids}}, ReadStep));
}

std::vector<domain::CaseStep> CaseStepRecords::OfOpenProtectionPlans(
    std::optional<std::string_view> worker, int limit) {
  std::vector<SqlValue> parameters;
  std::string allocated;
  if (worker) {
    allocated =
        "JOIN allocations a ON a.contact_id = p.contact_id AND a.person_id = p.person_id "
        "AND a.worker = ? ";
    parameters.push_back(std::string(*worker));
  }
  parameters.push_back(std::int64_t{limit});
  // The partial index case_steps_plans holds every row the inner query reads.
  const std::string open_plans =
      "SELECT p.contact_id, p.person_id FROM case_steps p " + allocated +
      "WHERE p.kind IN ('conference', 'protection_plan_end') "
      "GROUP BY p.contact_id, p.person_id "
      "HAVING SUM(CASE WHEN p.kind = 'conference' AND p.plan_followed THEN 1 ELSE 0 END) > "
      "SUM(CASE WHEN p.kind = 'protection_plan_end' THEN 1 ELSE 0 END) "
      "ORDER BY p.contact_id DESC, p.person_id LIMIT ?";
  return WithFactors(sql_, sql_.All(kSelectStep + "WHERE (contact_id, person_id) IN (" +
                                        open_plans + ") ORDER BY contact_id DESC, person_id, id",
                                    parameters, ReadStep));
}

}  // namespace frontdoor::store
