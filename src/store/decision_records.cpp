// src/store/decision_records.cpp — decisions' and allocations' statements and row mappers, for both
// databases.
#include "store/decision_records.hpp"

#include <map>

#include "store/language_warning_rows.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

constexpr std::string_view kWarnings = "decision";  // language warnings found in its words

const std::vector<std::string_view> kDecisionColumns = ColumnList(
    "contact_id, level, outcome, risks, strengths, analysis, child_voice, rationale, next_steps, "
    "override_reason, consent_refused_offer, is_override, services_consent, consent_closure, "
    "decided_by, decided_at");
const std::vector<std::string_view> kIndicatorColumns =
    ColumnList("contact_id, part, position, indicator");
const std::vector<std::string_view> kAllocationColumns = ColumnList(
    "contact_id, person_id, team, worker, excluded_reason, assessment_due, "
    "allocated_by, allocated_at");

constexpr const char* kSelectDecision =
    "SELECT contact_id, level, outcome, risks, strengths, analysis, child_voice, rationale, "
    "next_steps, override_reason, consent_refused_offer, is_override, services_consent, "
    "consent_closure, decided_by, decided_at FROM decisions ";

std::vector<SqlValue> DecisionValues(const domain::Decision& decision) {
  const auto& proforma = decision.proforma;
  return {decision.contact_id,
          proforma.level,
          proforma.outcome,
          proforma.risks,
          proforma.strengths,
          proforma.analysis,
          proforma.child_voice,
          proforma.rationale,
          proforma.next_steps,
          proforma.override_reason,
          proforma.consent_refused_offer,
          decision.is_override,
          domain::kConsentStatuses.Code(decision.services_consent),
          decision.consent_closure,
          decision.decided_by,
          decision.decided_at};
}

//! The risk factors ("risk") and the indicators that put the child at the level ("level").
void AppendIndicatorRows(std::vector<std::vector<SqlValue>>& rows,
                         const domain::Decision& decision) {
  const auto add = [&](const char* part, const std::vector<std::string>& codes) {
    for (size_t position = 0; position < codes.size(); ++position)
      rows.push_back({decision.contact_id, part, std::int64_t(position), codes[position]});
  };
  add("risk", decision.proforma.risk_indicators);
  add("level", decision.proforma.level_indicators);
}

domain::Decision ReadDecision(const SqlRow& row) {
  domain::Decision decision;
  auto& proforma = decision.proforma;
  row.Read(0, decision.contact_id, proforma.level, proforma.outcome, proforma.risks,
           proforma.strengths, proforma.analysis, proforma.child_voice, proforma.rationale,
           proforma.next_steps, proforma.override_reason, proforma.consent_refused_offer,
           decision.is_override, AsCode(decision.services_consent, domain::kConsentStatuses),
           decision.consent_closure, decision.decided_by, decision.decided_at);
  return decision;
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
  std::vector<std::vector<SqlValue>> rows, indicators;
  std::vector<std::pair<std::int64_t, const WarningsByField*>> warnings;
  for (const auto& decision : decisions) {
    rows.push_back(DecisionValues(decision));
    AppendIndicatorRows(indicators, decision);
    warnings.push_back({decision.contact_id, &decision.language_warnings});
  }
  sql_.BulkInsert("decisions", kDecisionColumns, rows);
  sql_.BulkInsert("decision_indicators", kIndicatorColumns, indicators);
  AddLanguageWarnings(sql_, kWarnings, warnings);
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

std::vector<domain::Decision> DecisionRecords::Completed(std::vector<domain::Decision> decisions) {
  if (decisions.empty()) return decisions;
  const RecordsById by_contact(decisions, &domain::Decision::contact_id);
  sql_.EachAbout(by_contact.Ids(), "SELECT contact_id, part, indicator FROM decision_indicators ",
                 "contact_id, part, position", [&](const SqlRow& row) {
                   auto& proforma = by_contact[row.Int(0)].proforma;
                   (row.Text(1) == "risk" ? proforma.risk_indicators : proforma.level_indicators)
                       .push_back(row.Text(2));
                 });
  FillLanguageWarnings(sql_, kWarnings, by_contact);
  return decisions;
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

std::vector<domain::Allocation> AllocationRecords::To(std::optional<std::string_view> worker,
                                                      std::optional<std::string_view> team,
                                                      int limit) {
  return sql_.AllWhere(kSelectAllocation, "worker <> ''", {{"worker", worker}, {"team", team}},
                       "contact_id DESC, person_id", limit, ReadAllocation);
}

std::vector<std::int64_t> AllocationRecords::ContactsOf(std::int64_t person_id) {
  return sql_.All("SELECT contact_id FROM allocations WHERE person_id = ? ORDER BY contact_id",
                  {person_id}, [](const SqlRow& row) { return row.Int(0); });
}

}  // namespace frontdoor::store
