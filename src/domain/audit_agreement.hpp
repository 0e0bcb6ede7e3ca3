// src/domain/audit_agreement.hpp — how far auditors agree on the cases two of them graded: for
// each question, for the overall grade, and for each pair of auditors, weighted Cohen's kappa and
// Gwet's AC1 with the number of paired audits.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/agreement.hpp"
#include "domain/case_audit.hpp"

namespace frontdoor::domain {

//! Agreement on one thing.
struct AgreementFigure {
  std::string label;  //!< the question, "Overall grade", or "alice and bob"
  int pairs = 0;      //!< paired audits counted
  //! Share of pairs graded the same.
  double exact = 0;
  //! Cohen's kappa with linear weights (a grade one step apart counts two-thirds agreement).
  std::optional<double> weighted_kappa;
  //! Gwet's AC1 (unweighted).
  std::optional<double> ac1;
};

struct AuditAgreement {
  AgreementFigure overall;                 //!< the overall grade
  std::vector<AgreementFigure> questions;  //!< in the order the questions were asked
  std::vector<AgreementFigure> auditors;   //!< each pair of auditors, by their names
};

//! Agreement over `cases`: each case's first two audits make one pair (by question, the first
//! auditor's grade against the second's; for a pair of auditors, the one first by name against
//! the other, on the overall grade). Cases with fewer than two audits are left out.
AuditAgreement MeasureAuditAgreement(const std::vector<AuditCase>& cases);

}  // namespace frontdoor::domain
