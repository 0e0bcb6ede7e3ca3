// src/service/generated_steps.hpp — what followed a generated referral: assessment, section 47
// enquiry and conference, plans and closure, each step checked by the rules a practitioner meets.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

#include "domain/case_steps.hpp"
#include "domain/working_days.hpp"

namespace frontdoor::service {

//! The referral a generated episode follows.
struct GeneratedReferral {
  std::int64_t contact_id = 0;
  std::int64_t person_id = 0;
  domain::Date referral_date;
  bool enquiry = false;  //!< the decision was a strategy discussion: a section 47 enquiry follows
  //! The child's disability as an assessment names it ("5A", "6A"), or "" for none recorded.
  std::string disability_factor;
};

//! The steps after `referral` that had happened by `today`, oldest first. About one referral in
//! twelve closes within days with no assessment; the rest are assessed (authorised mostly within
//! 45 working days) and then closed, or supported on a child in need plan; an enquiry's
//! conference is on a working day and often starts a child protection plan, reviewed about three
//! months after it started and every six months after until it ends; about one plan in four
//! has pre-proceedings within it, a third of them stepped up to court. Each step passes
//! ValidateCaseStep against the steps before it; a step that would not throws std::logic_error,
//! since the generator would then make data no person could enter.
std::vector<domain::CaseStep> GeneratedSteps(std::mt19937_64& random,
                                             const GeneratedReferral& referral,
                                             const domain::Date& today,
                                             const domain::WorkingCalendar& calendar);

}  // namespace frontdoor::service
