// src/store/decision_records.cpp — decisions' and allocations' statements and row mappers, for both
// databases.
#include "store/decision_records.hpp"

#include <map>
#include <set>

#include "domain/case_steps.hpp"
#include "store/language_warning_rows.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

constexpr std::string_view kDecisionWarnings = "decision";  // language warnings found in its words

const std::vector<std::string_view> kDecisionColumns = ColumnList(
    "contact_id, risks, strengths, analysis, next_steps, is_override, services_consent, "
    "consent_closure, decided_by, decided_at");
const std::vector<std::string_view> kChildColumns = ColumnList(
    "contact_id, person_id, level, outcome, child_voice, rationale, override_reason, "
    "consent_refused_offer, is_override, consent_closure, referred, primary_need, acted_on_before");
const std::vector<std::string_view> kRiskIndicatorColumns =
    ColumnList("contact_id, part, position, indicator");
const std::vector<std::string_view> kLevelIndicatorColumns =
    ColumnList("contact_id, person_id, position, indicator");
const std::vector<std::string_view> kAllocationColumns = ColumnList(
    "contact_id, person_id, team, worker, excluded_reason, assessment_due, "
    "allocated_by, allocated_at");

// A decision's columns, as ReadDecision reads them (then FROM a table of decisions).
constexpr const char* kSelectDecisionColumns =
    "SELECT contact_id, risks, strengths, analysis, next_steps, is_override, services_consent, "
    "consent_closure, decided_by, decided_at";
const std::string kSelectDecision = std::string(kSelectDecisionColumns) + " FROM decisions ";

std::vector<SqlValue> DecisionValues(const domain::Decision& decision) {
  const auto& proforma = decision.proforma;
  return {decision.contact_id,
          proforma.risks,
          proforma.strengths,
          proforma.analysis,
          proforma.next_steps,
          decision.is_override,
          domain::kConsentStatuses.Code(decision.services_consent),
          decision.consent_closure,
          decision.decided_by,
          decision.decided_at};
}

//! Each child's own part of the decision, with the indicators that put them at their level.
void AppendChildRows(std::vector<std::vector<SqlValue>>& children,
                     std::vector<std::vector<SqlValue>>& indicators,
                     const domain::Decision& decision) {
  for (const auto& child : decision.proforma.children) {
    children.push_back({decision.contact_id, child.person_id, child.level, child.outcome,
                        child.child_voice, child.rationale, child.override_reason,
                        child.consent_refused_offer, child.is_override, child.consent_closure,
                        child.referred, child.primary_need, child.acted_on_before});
    for (size_t position = 0; position < child.level_indicators.size(); ++position)
      indicators.push_back({decision.contact_id, child.person_id, std::int64_t(position),
                            child.level_indicators[position]});
  }
}

//! The household's risk factors ("risk"; the table's "level" rows moved to each child in 0015).
void AppendRiskRows(std::vector<std::vector<SqlValue>>& rows, const domain::Decision& decision) {
  const auto& codes = decision.proforma.risk_indicators;
  for (size_t position = 0; position < codes.size(); ++position)
    rows.push_back({decision.contact_id, "risk", std::int64_t(position), codes[position]});
}

domain::Decision ReadDecision(const SqlRow& row) {
  domain::Decision decision;
  auto& proforma = decision.proforma;
  row.Read(0, decision.contact_id, proforma.risks, proforma.strengths, proforma.analysis,
           proforma.next_steps, decision.is_override,
           AsCode(decision.services_consent, domain::kConsentStatuses), decision.consent_closure,
           decision.decided_by, decision.decided_at);
  return decision;
}

// A child's own part's columns, as ReadChild reads them (then FROM a table of them).
std::string SelectChildColumns() {
  std::string select = "SELECT ";
  for (size_t i = 0; i < kChildColumns.size(); ++i)
    select += (i > 0 ? ", " : "") + std::string(kChildColumns[i]);
  return select;
}

domain::ChildDecision ReadChild(const SqlRow& row) {
  domain::ChildDecision child;
  row.Read(1, child.person_id, child.level, child.outcome, child.child_voice, child.rationale,
           child.override_reason, child.consent_refused_offer, child.is_override,
           child.consent_closure, child.referred, child.primary_need, child.acted_on_before);
  return child;
}

constexpr const char* kSelectAllocation =
    "SELECT contact_id, person_id, team, worker, excluded_reason, assessment_due, allocated_by, "
    "allocated_at FROM allocations ";

std::vector<SqlValue> AllocationValues(const domain::Allocation& allocation) {
  return {allocation.contact_id,   allocation.person_id,       allocation.team,
          allocation.worker,       allocation.excluded_reason, allocation.assessment_due,
          allocation.allocated_by, allocation.allocated_at};
}

domain::Allocation ReadAllocation(const SqlRow& row) {
  domain::Allocation allocation;
  row.Read(0, allocation.contact_id, allocation.person_id, allocation.team, allocation.worker,
           allocation.excluded_reason, allocation.assessment_due, allocation.allocated_by,
           allocation.allocated_at);
  return allocation;
}

}  // namespace

void DecisionRecords::Add(const domain::Decision& decision) {
  AddMany({decision});
  sql_.Execute("UPDATE contacts SET awaiting_decision = FALSE WHERE id = ?", {decision.contact_id});
}

void DecisionRecords::AddMany(const std::vector<domain::Decision>& decisions) {
  std::vector<std::vector<SqlValue>> rows, risks, children, levels;
  std::vector<std::pair<std::int64_t, const WarningsByField*>> warnings;
  for (const auto& decision : decisions) {
    rows.push_back(DecisionValues(decision));
    AppendRiskRows(risks, decision);
    AppendChildRows(children, levels, decision);
    warnings.push_back({decision.contact_id, &decision.language_warnings});
  }
  sql_.BulkInsert("decisions", kDecisionColumns, rows);
  sql_.BulkInsert("decision_indicators", kRiskIndicatorColumns, risks);
  sql_.BulkInsert("child_decisions", kChildColumns, children);
  sql_.BulkInsert("child_level_indicators", kLevelIndicatorColumns, levels);
  AddLanguageWarnings(sql_, kDecisionWarnings, warnings);
}

std::optional<domain::Decision> DecisionRecords::Find(std::int64_t contact_id) {
  auto found = ForContacts({contact_id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::vector<domain::Decision> DecisionRecords::ForContacts(
    const std::vector<std::int64_t>& contact_ids) {
  return Completed(sql_.AllAbout(contact_ids, kSelectDecision, "contact_id", ReadDecision));
}

std::vector<domain::Decision> DecisionRecords::ConsentClosures(int limit) {
  return Completed(sql_.All(std::string(kSelectDecision) +
                                "WHERE consent_closure = TRUE ORDER BY decided_at DESC LIMIT ?",
                            {limit}, ReadDecision));
}

std::vector<domain::Decision> DecisionRecords::Overrides(int limit) {
  return Completed(sql_.All(
      std::string(kSelectDecision) + "WHERE is_override = TRUE ORDER BY decided_at DESC LIMIT ?",
      {limit}, ReadDecision));
}

std::vector<domain::Decision> DecisionRecords::WithThinReasoning(int limit) {
  return Completed(sql_.All(
      std::string(kSelectDecision) +
          "WHERE contact_id IN (SELECT contact_id FROM language_warnings WHERE written_in = "
          "'decision' AND issue IN (?, ?)) ORDER BY decided_at DESC LIMIT ?",
      {domain::kLanguageIssues.Code(domain::kSaidLittle[0]),
       domain::kLanguageIssues.Code(domain::kSaidLittle[1]), limit},
      ReadDecision));
}

std::set<std::int64_t> DecisionRecords::ReferredOn(std::int64_t person_id) {
  std::set<std::int64_t> contacts;
  sql_.Each("SELECT contact_id FROM child_decisions WHERE person_id = ? AND referred = TRUE",
            {person_id}, [&](const SqlRow& row) { contacts.insert(row.Int(0)); });
  return contacts;
}

namespace {

constexpr const char* kSelectReferral =
    "SELECT c.id, cd.person_id, c.referral_date, c.source, cd.primary_need, cd.acted_on_before "
    "FROM child_decisions cd JOIN contacts c "
    "ON c.id = cd.contact_id WHERE cd.referred = TRUE AND c.referral_date IS NOT NULL AND ";
constexpr const char* kReferralOrder = " ORDER BY c.referral_date, c.id, cd.person_id";

ChildReferral ReadReferral(const SqlRow& row) {
  ChildReferral referral;
  row.Read(0, referral.contact_id, referral.person_id, referral.date, referral.source,
           referral.primary_need, referral.acted_on_before);
  return referral;
}

}  // namespace

std::vector<ChildReferral> DecisionRecords::ReferralsBetween(const domain::Date& from,
                                                             const domain::Date& to) {
  return sql_.All(std::string(kSelectReferral) + "c.referral_date >= ? AND c.referral_date <= ?" +
                      kReferralOrder,
                  {from, to}, ReadReferral);
}

std::vector<ChildReferral> DecisionRecords::ReferralsOf(
    const std::vector<std::int64_t>& person_ids) {
  return sql_.All(std::string(kSelectReferral) + sql_.InIds("cd.person_id") + kReferralOrder,
                  {IdList{person_ids}}, ReadReferral);
}

std::vector<domain::Decision> DecisionRecords::Completed(std::vector<domain::Decision> decisions) {
  if (decisions.empty()) return decisions;
  const RecordsById by_contact(decisions, &domain::Decision::contact_id);
  FillParts(false, by_contact.Ids(),
            [&](std::int64_t contact_id, std::int64_t) { return &by_contact[contact_id]; });
  FillLanguageWarnings(sql_, kDecisionWarnings, by_contact);
  return decisions;
}

void DecisionRecords::FillParts(bool reopened, const std::vector<std::int64_t>& contact_ids,
                                const DecisionOf& decision_of) {
  const std::string prefix = reopened ? "earlier_" : "";
  // Rows of decisions standing are all version 0.
  const std::string version = reopened ? "version" : "0";
  const std::string by_version = reopened ? "contact_id, version, " : "contact_id, ";
  sql_.EachAbout(
      contact_ids,
      "SELECT contact_id, " + version + ", indicator FROM " + prefix + "decision_indicators ",
      by_version + "position", [&](const SqlRow& row) {
        decision_of(row.Int(0), row.Int(1))->proforma.risk_indicators.push_back(row.Text(2));
      });
  sql_.EachAbout(contact_ids,
                 SelectChildColumns() + ", " + version + " FROM " + prefix + "child_decisions ",
                 by_version + "person_id", [&](const SqlRow& row) {
                   // The version follows the child's own columns.
                   decision_of(row.Int(0), row.Int(int(kChildColumns.size())))
                       ->proforma.children.push_back(ReadChild(row));
                 });
  sql_.EachAbout(contact_ids,
                 "SELECT contact_id, " + version + ", person_id, indicator FROM " + prefix +
                     "child_level_indicators ",
                 by_version + "person_id, position", [&](const SqlRow& row) {
                   auto* decision = decision_of(row.Int(0), row.Int(1));
                   for (auto& child : decision->proforma.children) {
                     if (child.person_id == row.Int(2))
                       child.level_indicators.push_back(row.Text(3));
                   }
                 });
}

int DecisionRecords::Reopen(std::int64_t contact_id, std::string_view reopened_by,
                            domain::Timestamp at, std::string_view reason) {
  const std::int64_t version =
      sql_.All("SELECT COALESCE(max(version), 0) + 1 FROM earlier_decisions WHERE contact_id = ?",
               {contact_id}, [](const SqlRow& row) { return row.Int(0); })
          .at(0);
  // The same columns as the decision standing, after its contact.
  const auto after_contact = [](const std::vector<std::string_view>& columns) {
    std::string names;
    for (size_t i = 1; i < columns.size(); ++i)
      names += (i > 1 ? ", " : "") + std::string(columns[i]);
    return names;
  };
  const std::string decision_columns = after_contact(kDecisionColumns);
  sql_.Execute("INSERT INTO earlier_decisions (contact_id, version, " + decision_columns +
                   ", reopened_by, reopened_at, reopen_reason) SELECT contact_id, ?, " +
                   decision_columns + ", ?, ?, ? FROM decisions WHERE contact_id = ?",
               {version, reopened_by, at, reason, contact_id});
  sql_.Execute(
      "INSERT INTO earlier_decision_indicators (contact_id, version, part, position, indicator) "
      "SELECT contact_id, ?, part, position, indicator FROM decision_indicators "
      "WHERE contact_id = ?",
      {version, contact_id});
  const std::string child_columns = after_contact(kChildColumns);
  sql_.Execute("INSERT INTO earlier_child_decisions (contact_id, version, " + child_columns +
                   ") SELECT contact_id, ?, " + child_columns +
                   " FROM child_decisions WHERE contact_id = ?",
               {version, contact_id});
  sql_.Execute(
      "INSERT INTO earlier_child_level_indicators (contact_id, version, person_id, position, "
      "indicator) SELECT contact_id, ?, person_id, position, indicator "
      "FROM child_level_indicators WHERE contact_id = ?",
      {version, contact_id});
  for (const char* table :
       {"child_level_indicators", "child_decisions", "decision_indicators", "decisions"}) {
    sql_.Execute("DELETE FROM " + std::string(table) + " WHERE contact_id = ?", {contact_id});
  }
  sql_.Execute("DELETE FROM language_warnings WHERE contact_id = ? AND written_in = ?",
               {contact_id, kDecisionWarnings});
  sql_.Execute(
      "UPDATE contacts SET awaiting_decision = TRUE, referral_date = NULL, referral_nfa = NULL "
      "WHERE id = ?",
      {contact_id});
  return int(version);
}

std::vector<domain::ReopenedDecision> DecisionRecords::ReopenedFor(
    const std::vector<std::int64_t>& contact_ids) {
  auto reopened = sql_.AllAbout(
      contact_ids,
      std::string(kSelectDecisionColumns) +
          ", version, reopened_by, reopened_at, reopen_reason FROM earlier_decisions ",
      "contact_id, version", [](const SqlRow& row) {
        domain::ReopenedDecision earlier;
        earlier.decision = ReadDecision(row);
        row.Read(10, earlier.version, earlier.reopened_by, earlier.reopened_at, earlier.reason);
        return earlier;
      });
  if (reopened.empty()) return reopened;
  std::map<std::pair<std::int64_t, std::int64_t>, domain::Decision*> by_version;
  for (auto& earlier : reopened)
    by_version[{earlier.decision.contact_id, earlier.version}] = &earlier.decision;
  FillParts(true, contact_ids, [&](std::int64_t contact_id, std::int64_t version) {
    return by_version.at({contact_id, version});
  });
  return reopened;
}

void AllocationRecords::Add(const domain::Allocation& allocation) {
  sql_.Execute(InsertStatement("allocations", kAllocationColumns), AllocationValues(allocation));
}

void AllocationRecords::AddMany(const std::vector<domain::Allocation>& allocations) {
  BulkInsertRecords(sql_, "allocations", kAllocationColumns, allocations, AllocationValues);
}

std::vector<domain::Allocation> AllocationRecords::ForContacts(
    const std::vector<std::int64_t>& contact_ids) {
  return sql_.AllAbout(contact_ids, kSelectAllocation, "contact_id, person_id", ReadAllocation);
}

std::vector<domain::Allocation> AllocationRecords::AwaitingAssessment(
    std::optional<std::string_view> worker, std::optional<std::string_view> team, int limit) {
  std::string ending;
  for (const auto kind : domain::kStepsEndingWaitForAssessment)
    ending += (ending.empty() ? "'" : ", '") + std::string(domain::kCaseStepKinds.Code(kind)) + "'";
  return sql_.AllWhere(kSelectAllocation,
                       "worker <> '' AND assessment_due IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                       "case_steps s WHERE s.contact_id = allocations.contact_id AND s.person_id "
                       "= allocations.person_id AND s.kind IN (" +
                           ending + "))",
                       {{"worker", worker}, {"team", team}},
                       "assessment_due, contact_id, person_id", limit, ReadAllocation);
}

std::optional<domain::Allocation> AllocationRecords::LatestOf(std::int64_t person_id,
                                                              domain::Timestamp before) {
  return sql_.One(std::string(kSelectAllocation) +
                      "WHERE person_id = ? AND worker <> '' AND allocated_at < ? "
                      "ORDER BY allocated_at DESC, contact_id DESC LIMIT 1",
                  {person_id, before}, ReadAllocation);
}

std::vector<std::int64_t> AllocationRecords::ContactsOf(std::int64_t person_id) {
  return sql_.All("SELECT contact_id FROM allocations WHERE person_id = ? ORDER BY contact_id",
                  {person_id}, [](const SqlRow& row) { return row.Int(0); });
}

}  // namespace frontdoor::store
