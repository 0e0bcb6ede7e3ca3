// src/store/case_audit_records.hpp — the assurance loop's records: dip samples and their strata,
// the cases drawn, auditors' grades with evidence, moderations and responses.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/case_audit.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! Who did the work on a decided case: the manager who decided, the practitioner who recorded.
struct CaseWork {
  std::string decided_by;
  std::string recorded_by;
};

//! Dip samples, case audits, moderations and responses.
class CaseAuditRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Every child's decision made from `from` up to (not including) `before`, with what it may be
  //! drawn by: outcome, level, team allocated, referral dates, consent refused. Not those brought
  //! in from the council's previous system (domain::kImportedBy): no one here made them.
  std::vector<domain::DecidedCase> DecidedBetween(domain::Timestamp from, domain::Timestamp before);
  //! Who did the work on each of the contacts (by contact id).
  std::map<std::int64_t, CaseWork> WorkOn(const std::vector<std::int64_t>& contact_ids);

  //! Keeps a sample, its strata and its cases (in the order drawn); answers the sample's id.
  std::int64_t AddSample(const domain::DipSample& sample,
                         const std::vector<domain::AuditCase>& cases);
  //! Samples, newest first, at most `limit` (without their strata).
  std::vector<domain::DipSample> Samples(int limit);
  //! One sample with its strata.
  std::optional<domain::DipSample> FindSample(std::int64_t id);
  //! The sample's cases in the order drawn, each with everything done on it.
  std::vector<domain::AuditCase> CasesOf(std::int64_t sample_id);
  //! One case with everything done on it; with `for_update`, held to the end of the transaction
  //! (two auditors submitting at once cannot both be second).
  std::optional<domain::AuditCase> FindCase(std::int64_t id, bool for_update = false);
  //! Every case graded by two auditors, with everything done on it, oldest first.
  std::vector<domain::AuditCase> PairedCases();
  //! Settled cases on work `username` did (decided or recorded), newest first, at most `limit`.
  std::vector<domain::AuditCase> SettledWorkOf(const std::string& username, int limit);

  //! Those of `ids` that are audited cases.
  std::vector<std::int64_t> Existing(const std::vector<std::int64_t>& ids);

  //! Keeps an auditor's grades and evidence; answers the audit's id.
  std::int64_t AddAudit(const domain::CaseAudit& audit);
  //! Keeps a case's moderation (at most one: a second throws StoreError).
  void AddModeration(const domain::Moderation& moderation);
  //! Keeps a response; answers its id.
  std::int64_t AddResponse(const domain::AuditResponse& response);

 private:
  //! Fills in each case's audits, moderation, responses and follow-up action.
  void Fill(std::vector<domain::AuditCase>& cases);
};

}  // namespace frontdoor::store
