// src/service/return_service.hpp — the statutory returns made from the records: Ofsted's Annex A
// lists of contacts, referrals, assessments and section 47 enquiries for a period.
#pragma once

#include <vector>

#include "domain/annex_a.hpp"
#include "domain/clock.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

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

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
