// src/service/case_step_service.hpp — recording what happened after a child's referral: the
// assessment, a section 47 enquiry and its conference, plans and the case's closure.
#pragma once

#include <cstdint>

#include "domain/case_steps.hpp"
#include "domain/clock.hpp"
#include "service/contact_progress.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! Steps after referrals. Each runs in one transaction, checks every rule before writing, and
//! writes the contact's record history and one access-audit entry.
class CaseStepService {
 public:
  CaseStepService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! Records one step after the referral of child `person_id` on contact `contact_id`: the child's
  //! own decision made it a referral and they were allocated; the step keeps the order
  //! ValidateCaseStep asks for. Answers the step, or the contact's progress with the errors.
  Submission<domain::CaseStep, ContactProgress> RecordStep(const Identity& by,
                                                           std::int64_t contact_id,
                                                           std::int64_t person_id,
                                                           const domain::CaseStepDraft& draft);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
