// src/service/return_service.hpp — the statutory returns made from the records: Ofsted's Annex A
// lists of contacts, referrals, assessments and section 47 enquiries for a period.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "domain/annex_a.hpp"
#include "domain/census_checks.hpp"
#include "domain/cin_census.hpp"
#include "domain/clock.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What a census run found: how many children and referrals it holds, and every problem the
//! pre-flight found.
struct CensusRun {
  int children = 0;
  int referrals = 0;
  std::vector<domain::CensusProblem> problems;
};

//! Returns. Each is read in one transaction and writes one access-audit entry (what was exported,
//! for which period, by whom).
class ReturnService {
 public:
  ReturnService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! Annex A lists 1, 3, 4 and 5 for `from` to `to` (both UK days included): contacts received,
  //! referrals dated, assessments started or authorised and section 47 enquiries started in the
  //! period, one row a child, with the allocated team and worker by name.
  std::vector<domain::AnnexAList> AnnexA(const Actor& by, const domain::Date& from,
                                         const domain::Date& to);

  //! The Children in Need census for `year`: every child with a referral open in it, checked by
  //! the pre-flight rules, and (when `write` is given) each child's XML handed to it in turn, a
  //! batch of children read at a time. Read in one transaction; the export is then audited.
  CensusRun Census(const Actor& by, const domain::CensusYear& year,
                   const std::function<void(const std::string&)>& write);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
