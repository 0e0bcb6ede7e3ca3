// src/store/case_audit_records.cpp — dip samples, cases, audits, moderations, responses and
// follow-up actions: statements and row mappers, for both databases.
#include "store/case_audit_records.hpp"

#include "store/earlier_referral.hpp"
#include "store/improvement_plan_records.hpp"
#include "store/sql.hpp"

namespace frontdoor::store {

namespace {

const std::vector<std::string_view> kSampleColumns = ColumnList(
    "purpose, period_from, period_to, strata, per_stratum, seed, candidates, drawn_by, drawn_at");
const std::vector<std::string_view> kStratumColumns =
    ColumnList("sample_id, stratum, asked, available");
const std::vector<std::string_view> kCaseColumns =
    ColumnList("sample_id, position, stratum, contact_id, person_id, decided_by, recorded_by");
const std::vector<std::string_view> kCaseAuditColumns =
    ColumnList("case_id, auditor, overall, summary, submitted_at");
const std::vector<std::string_view> kGradeColumns =
    ColumnList("audit_id, position, question, question_text, grade, comment");
const std::vector<std::string_view> kEvidenceColumns =
    ColumnList("audit_id, position, event_kind, event_at, title");
const std::vector<std::string_view> kModerationColumns =
    ColumnList("case_id, final_grade, reason, moderator, moderated_at");
const std::vector<std::string_view> kResponseColumns =
    ColumnList("case_id, responder, words, responded_at");

constexpr const char* kSelectSample =
    "SELECT id, purpose, period_from, period_to, strata, per_stratum, seed, candidates, drawn_by, "
    "drawn_at FROM dip_samples ";
constexpr const char* kSelectCase =
    "SELECT ac.id, ac.sample_id, ac.position, ac.stratum, ac.contact_id, ac.person_id, "
    "ac.decided_by, ac.recorded_by, c.reference FROM audit_cases ac JOIN contacts c ON c.id = "
    "ac.contact_id ";

domain::DipSample ReadSample(const SqlRow& row) {
  domain::DipSample sample;
  std::int64_t seed = 0;
  row.Read(0, sample.id, AsCode(sample.request.purpose, domain::kSamplePurposes),
           sample.request.from, sample.request.to,
           AsCode(sample.request.strata, domain::kSampleStrata), sample.request.per_stratum, seed,
           sample.candidates, sample.drawn_by, sample.drawn_at);
  sample.request.seed = static_cast<std::uint64_t>(seed);
  return sample;
}

domain::AuditCase ReadCase(const SqlRow& row) {
  domain::AuditCase audited;
  row.Read(0, audited.id, audited.sample_id, audited.position, audited.stratum,
           audited.decision.contact_id, audited.decision.person_id, audited.decided_by,
           audited.recorded_by, audited.contact_reference);
  return audited;
}

}  // namespace

std::vector<domain::DecidedCase> CaseAuditRecords::DecidedBetween(domain::Timestamp from,
                                                                  domain::Timestamp before) {
  // The child's latest referral before this one, for the re-referral rule the domain applies.
  return sql_.All(
      "SELECT cd.contact_id, cd.person_id, cd.outcome, cd.level, COALESCE(a.team, ''), "
      "CASE WHEN cd.referred = TRUE THEN c.referral_date END, " +
          std::string(kEarlierReferralDate) +
          ", "
          "d.services_consent IN ('refused', 'withdrawn') "
          "FROM decisions d JOIN child_decisions cd ON cd.contact_id = d.contact_id "
          "JOIN contacts c ON c.id = d.contact_id "
          "LEFT JOIN allocations a ON a.contact_id = cd.contact_id AND a.person_id = cd.person_id "
          "AND a.worker <> '' "
          "WHERE d.decided_at >= ? AND d.decided_at < ? AND d.decided_by <> ? "
          "ORDER BY cd.contact_id, cd.person_id",
      {from, before, std::string(domain::kImportedBy)}, [](const SqlRow& row) {
        domain::DecidedCase decided;
        row.Read(0, decided.decision.contact_id, decided.decision.person_id, decided.outcome,
                 decided.level, decided.team, decided.referral_date, decided.earlier_referral_date,
                 decided.consent_refused);
        return decided;
      });
}

std::map<std::int64_t, CaseWork> CaseAuditRecords::WorkOn(
    const std::vector<std::int64_t>& contact_ids) {
  std::map<std::int64_t, CaseWork> work;
  if (contact_ids.empty()) return work;
  sql_.Each(
      "SELECT c.id, d.decided_by, c.recorded_by FROM contacts c JOIN decisions d ON "
      "d.contact_id = c.id WHERE " +
          sql_.InIds("c.id"),
      {IdList{contact_ids}}, [&](const SqlRow& row) {
        work[row.Int(0)] = {row.Text(1), row.Text(2)};
      });
  return work;
}

std::int64_t CaseAuditRecords::AddSample(const domain::DipSample& sample,
                                         const std::vector<domain::AuditCase>& cases) {
  const auto& request = sample.request;
  const std::int64_t id =
      sql_.Insert(InsertStatement("dip_samples", kSampleColumns) + " RETURNING id",
                  {domain::kSamplePurposes.Code(request.purpose), request.from, request.to,
                   domain::kSampleStrata.Code(request.strata), request.per_stratum,
                   static_cast<std::int64_t>(request.seed), sample.candidates, sample.drawn_by,
                   sample.drawn_at});
  std::vector<std::vector<SqlValue>> strata;
  for (const auto& stratum : sample.strata)
    strata.push_back({id, stratum.stratum, stratum.asked, stratum.available});
  sql_.BulkInsert("dip_sample_strata", kStratumColumns, strata);
  std::vector<std::vector<SqlValue>> rows;
  for (const auto& audited : cases)
    rows.push_back({id, audited.position, audited.stratum, audited.decision.contact_id,
                    audited.decision.person_id, audited.decided_by, audited.recorded_by});
  sql_.BulkInsert("audit_cases", kCaseColumns, rows);
  return id;
}

std::vector<domain::DipSample> CaseAuditRecords::Samples(int limit) {
  return sql_.All(std::string(kSelectSample) + "ORDER BY id DESC LIMIT ?", {limit}, ReadSample);
}

std::optional<domain::DipSample> CaseAuditRecords::FindSample(std::int64_t id) {
  auto sample = sql_.One(std::string(kSelectSample) + "WHERE id = ?", {id}, ReadSample);
  if (!sample) return sample;
  sql_.Each(
      "SELECT stratum, asked, available FROM dip_sample_strata WHERE sample_id = ? ORDER BY "
      "stratum",
      {id}, [&](const SqlRow& row) {
        domain::SampleStratum stratum;
        row.Read(0, stratum.stratum, stratum.asked, stratum.available);
        sample->strata.push_back(std::move(stratum));
      });
  return sample;
}

std::vector<domain::AuditCase> CaseAuditRecords::CasesOf(std::int64_t sample_id) {
  auto cases = sql_.All(std::string(kSelectCase) + "WHERE ac.sample_id = ? ORDER BY ac.position",
                        {sample_id}, ReadCase);
  Fill(cases);
  return cases;
}

std::optional<domain::AuditCase> CaseAuditRecords::FindCase(std::int64_t id, bool for_update) {
  auto found = sql_.All(std::string(kSelectCase) + "WHERE ac.id = ?" +
                            std::string(for_update ? sql_.ForUpdate() : ""),
                        {id}, ReadCase);
  if (found.empty()) return std::nullopt;
  Fill(found);
  return std::move(found.front());
}

std::vector<domain::AuditCase> CaseAuditRecords::PairedCases() {
  auto cases = sql_.All(std::string(kSelectCase) +
                            "WHERE ac.id IN (SELECT case_id FROM case_audits GROUP BY case_id "
                            "HAVING COUNT(*) >= 2) ORDER BY ac.id",
                        {}, ReadCase);
  Fill(cases);
  return cases;
}

std::vector<domain::AuditCase> CaseAuditRecords::SettledWorkOf(const std::string& username,
                                                               int limit) {
  auto cases = sql_.All(std::string(kSelectCase) +
                            "WHERE (ac.decided_by = ? OR ac.recorded_by = ?) AND ac.id IN (SELECT "
                            "case_id FROM moderations) ORDER BY ac.id DESC LIMIT ?",
                        {username, username, limit}, ReadCase);
  Fill(cases);
  return cases;
}

void CaseAuditRecords::Fill(std::vector<domain::AuditCase>& cases) {
  if (cases.empty()) return;
  const RecordsById by_id(cases, &domain::AuditCase::id);
  const IdList ids{by_id.Ids()};
  std::map<std::int64_t, std::pair<std::int64_t, size_t>> audit_at;  // audit → case, index
  std::vector<std::int64_t> audit_ids;
  sql_.Each("SELECT id, case_id, auditor, overall, summary, submitted_at FROM case_audits WHERE " +
                sql_.InIds("case_id") + " ORDER BY id",
            {ids}, [&](const SqlRow& row) {
              domain::CaseAudit audit;
              row.Read(0, audit.id, audit.case_id, audit.auditor,
                       AsCode(audit.overall, domain::kGrades), audit.summary, audit.submitted_at);
              auto& audits = by_id[audit.case_id].audits;
              audit_at[audit.id] = {audit.case_id, audits.size()};
              audit_ids.push_back(audit.id);
              audits.push_back(std::move(audit));
            });
  const auto audit_of = [&](std::int64_t audit_id) -> domain::CaseAudit& {
    const auto& [case_id, index] = audit_at.at(audit_id);
    return by_id[case_id].audits[index];
  };
  if (!audit_ids.empty()) {
    sql_.Each(
        "SELECT audit_id, question, question_text, grade, comment FROM case_audit_grades WHERE " +
            sql_.InIds("audit_id") + " ORDER BY audit_id, position",
        {IdList{audit_ids}}, [&](const SqlRow& row) {
          domain::QuestionGrade grade;
          row.Read(1, grade.question, grade.text, AsCode(grade.grade, domain::kGrades),
                   grade.comment);
          audit_of(row.Int(0)).grades.push_back(std::move(grade));
        });
    sql_.Each("SELECT audit_id, event_kind, event_at, title FROM case_audit_evidence WHERE " +
                  sql_.InIds("audit_id") + " ORDER BY audit_id, position",
              {IdList{audit_ids}}, [&](const SqlRow& row) {
                domain::AuditEvidence evidence;
                row.Read(1, evidence.kind, evidence.at, evidence.title);
                audit_of(row.Int(0)).evidence.push_back(std::move(evidence));
              });
  }
  sql_.Each("SELECT case_id, final_grade, reason, moderator, moderated_at FROM moderations WHERE " +
                sql_.InIds("case_id"),
            {ids}, [&](const SqlRow& row) {
              domain::Moderation moderation;
              row.Read(0, moderation.case_id, AsCode(moderation.final_grade, domain::kGrades),
                       moderation.reason, moderation.moderator, moderation.moderated_at);
              by_id[moderation.case_id].moderation = std::move(moderation);
            });
  sql_.Each("SELECT id, case_id, responder, words, responded_at FROM audit_responses WHERE " +
                sql_.InIds("case_id") + " ORDER BY id",
            {ids}, [&](const SqlRow& row) {
              domain::AuditResponse response;
              row.Read(0, response.id, response.case_id, response.responder, response.words,
                       response.responded_at);
              by_id[response.case_id].responses.push_back(std::move(response));
            });
  for (auto& [case_id, action] : ImprovementPlanRecords(sql_).ForCases(by_id.Ids()))
    by_id[case_id].action = std::move(action);
}

std::vector<std::int64_t> CaseAuditRecords::Existing(const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return {};
  return sql_.All("SELECT id FROM audit_cases WHERE " + sql_.InIds("id") + " ORDER BY id",
                  {IdList{ids}}, [](const SqlRow& row) { return row.Int(0); });
}

std::int64_t CaseAuditRecords::AddAudit(const domain::CaseAudit& audit) {
  const std::int64_t id =
      sql_.Insert(InsertStatement("case_audits", kCaseAuditColumns) + " RETURNING id",
                  {audit.case_id, audit.auditor, domain::kGrades.Code(audit.overall), audit.summary,
                   audit.submitted_at});
  std::vector<std::vector<SqlValue>> grades;
  for (size_t i = 0; i < audit.grades.size(); ++i) {
    const auto& grade = audit.grades[i];
    grades.push_back({id, static_cast<std::int64_t>(i), grade.question, grade.text,
                      domain::kGrades.Code(grade.grade), grade.comment});
  }
  sql_.BulkInsert("case_audit_grades", kGradeColumns, grades);
  std::vector<std::vector<SqlValue>> evidence;
  for (size_t i = 0; i < audit.evidence.size(); ++i) {
    const auto& cited = audit.evidence[i];
    evidence.push_back({id, static_cast<std::int64_t>(i), cited.kind, cited.at, cited.title});
  }
  sql_.BulkInsert("case_audit_evidence", kEvidenceColumns, evidence);
  return id;
}

void CaseAuditRecords::AddModeration(const domain::Moderation& moderation) {
  sql_.Execute(InsertStatement("moderations", kModerationColumns),
               {moderation.case_id, domain::kGrades.Code(moderation.final_grade), moderation.reason,
                moderation.moderator, moderation.moderated_at});
}

std::int64_t CaseAuditRecords::AddResponse(const domain::AuditResponse& response) {
  return sql_.Insert(InsertStatement("audit_responses", kResponseColumns) + " RETURNING id",
                     {response.case_id, response.responder, response.words, response.responded_at});
}

}  // namespace frontdoor::store
