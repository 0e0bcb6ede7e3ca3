// src/service/report_service.hpp — work lists ("my work", the team's) sorted by what is due, and
// the decision reports: closures after refused consent and decisions outside the usual routes.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/decision.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! One thing waiting for someone, sorted by when it is due.
struct WorkItem {
  std::string kind;  //!< "decision", "check", "assessment", "plan_review"
  std::string title;
  std::string link;
  domain::Timestamp due;
  bool overdue = false;
  domain::Timeliness timeliness = domain::Timeliness::kOnTime;  //!< its red, amber or green tag
};

//! A work list, and beside it the quality of the decisions it covers.
struct WorkList {
  std::vector<WorkItem> items;
  std::int64_t contacts_last_30_days = 0;
  std::int64_t decided_with_proforma = 0;  //!< of those, with a concluded, complete proforma
};

//! One decision in a report. Its words are shown only to those who may read the contact:
//! otherwise only when, by whom, the level and the outcome.
struct ReportedDecision {
  domain::Decision decision;
  bool details_shown = true;
};

//! Figures for managers, auditors and performance officers.
struct DecisionReport {
  std::vector<ReportedDecision> consent_closures;  //!< newest first
  std::map<std::string, int> consent_closures_by_month;
  std::vector<ReportedDecision> overrides;  //!< newest first
  //! Decisions whose written reasoning said little: a placeholder ("N/A") or an analysis or
  //! rationale of a few words. Warned about when written, never refused; counted here.
  std::vector<ReportedDecision> thin_reasoning;  //!< newest first
  //! How the managers who decided are shown (ShownNames), by username.
  std::map<std::string, std::string> names;
};

//! Work lists and reports; each read is one transaction and one access-audit entry.
class ReportService {
 public:
  ReportService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! "My work" (mine only) or the whole team's.
  WorkList ShowWork(const Identity& by, bool mine);
  //! Refused-consent closures and decisions outside the usual routes.
  DecisionReport Report(const Identity& by);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
