// src/store/decision_records.cpp — decisions' statements and row mappers, for both databases.
#include "store/decision_records.hpp"

#include <map>

#include "store/language_warning_rows.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

constexpr std::string_view kWarnings = "decision_language_warnings";

const std::vector<std::string_view> kDecisionColumns = {"contact_id",
                                                        "level",
                                                        "outcome",
                                                        "risks",
                                                        "strengths",
                                                        "analysis",
                                                        "child_voice",
                                                        "rationale",
                                                        "next_steps",
                                                        "override_reason",
                                                        "consent_refused_offer",
                                                        "is_override",
                                                        "services_consent",
                                                        "consent_closure",
                                                        "decided_by",
                                                        "decided_at"};
const std::vector<std::string_view> kIndicatorColumns = {"contact_id", "part", "position",
                                                         "indicator"};

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
  decision.contact_id = row.Int(0);
  auto& proforma = decision.proforma;
  proforma.level = int(row.Int(1));
  proforma.outcome = row.Text(2);
  proforma.risks = row.Text(3);
  proforma.strengths = row.Text(4);
  proforma.analysis = row.Text(5);
  proforma.child_voice = row.Text(6);
  proforma.rationale = row.Text(7);
  proforma.next_steps = row.Text(8);
  proforma.override_reason = row.Text(9);
  proforma.consent_refused_offer = row.Text(10);
  decision.is_override = row.Bool(11);
  decision.services_consent =
      domain::kConsentStatuses.Parse(row.Text(12)).value_or(domain::ConsentStatus::kNotYetSought);
  decision.consent_closure = row.Bool(13);
  decision.decided_by = row.Text(14);
  decision.decided_at = row.Time(15);
  return decision;
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
  return Completed(sql_.All(
      std::string(kSelectDecision) + "WHERE " + sql_.InIds("contact_id") + " ORDER BY contact_id",
      {IdList{contact_ids}}, ReadDecision));
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

std::vector<domain::Decision> DecisionRecords::Completed(std::vector<domain::Decision> decisions) {
  if (decisions.empty()) return decisions;
  std::map<std::int64_t, domain::Decision*> by_contact;
  std::vector<std::int64_t> ids;
  for (auto& decision : decisions) {
    by_contact[decision.contact_id] = &decision;
    ids.push_back(decision.contact_id);
  }
  sql_.Each("SELECT contact_id, part, indicator FROM decision_indicators WHERE " +
                sql_.InIds("contact_id") + " ORDER BY contact_id, part, position",
            {IdList{ids}}, [&](const SqlRow& row) {
              auto& proforma = by_contact.at(row.Int(0))->proforma;
              (row.Text(1) == "risk" ? proforma.risk_indicators : proforma.level_indicators)
                  .push_back(row.Text(2));
            });
  for (auto& [id, warnings] : LanguageWarningsOf(sql_, kWarnings, ids))
    by_contact.at(id)->language_warnings = std::move(warnings);
  return decisions;
}

}  // namespace frontdoor::store
