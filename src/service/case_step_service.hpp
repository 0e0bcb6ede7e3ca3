// src/service/case_step_service.hpp — what happened after a child's referral (the assessment, a
// section 47 enquiry and its conference, plans and the case's closure): read and recorded as the
// child's own, so a contact shared with a brother or sister whose record is restricted does not
// stop their worker.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/case_steps.hpp"
#include "domain/clock.hpp"
#include "domain/decision.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! One child's referral on a contact and what followed it. All of it is the child's own, so it is
//! shown to anyone the child's record is open to, even when the contact is also about someone
//! whose record is restricted from them.
struct ChildReferral {
  std::int64_t contact_id = 0;
  std::string contact_reference;
  std::int64_t person_id = 0;
  std::string name;  //!< the child's full name
  domain::ReferralEpisode episode;
  std::optional<domain::Allocation> allocation;  //!< the child's, once allocated
  std::vector<domain::CaseStep> steps;           //!< the child's, as recorded
  std::map<std::string, std::string> shown_names;

  //! A worker's name as readers see it (User::ShownAs).
  std::string ShownAs(const std::string& username) const {
    return domain::ShownAs(shown_names, username);
  }
};

//! Steps after referrals. Each runs in one transaction, checks every rule before writing, and
//! writes the contact's record history and one access-audit entry.
class CaseStepService {
 public:
  CaseStepService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! The referral of child `person_id` on contact `contact_id` and its steps so far. NotFound when
  //! the child is not on the contact, their own decision made no referral, or their record is
  //! restricted from `by` (that refusal is audited).
  Result<ChildReferral> ShowSteps(const Identity& by, std::int64_t contact_id,
                                  std::int64_t person_id);

  //! Records one step after the referral of child `person_id` on contact `contact_id` (NotFound as
  //! ShowSteps): the child was allocated, and the step keeps the order ValidateCaseStep asks for.
  //! Answers the step, or the referral with the errors.
  Submission<domain::CaseStep, ChildReferral> RecordStep(const Identity& by,
                                                         std::int64_t contact_id,
                                                         std::int64_t person_id,
                                                         const domain::CaseStepDraft& draft);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
