// src/domain/census_year_checks.cpp — the census pre-flight's rules about the year itself: each
// date the file shows falls in the census year (or, for what is still open, not after it), an
// initial conference is recorded once, and the rules on the whole return. (8600, a referral after
// the year, cannot arise: only the year's referrals are checked and written.)
#include <algorithm>

#include "domain/census_findings.hpp"

namespace frontdoor::domain {

namespace {

// The Department's numbers for the rules checked here (see census_checks.cpp).
namespace rule {
constexpr const char* kNeedPlanStart = "4010";             // CIN plan starts after the year
constexpr const char* kNeedPlanEnd = "4013";               // CIN plan ends outside the year
constexpr const char* kNfaBeforeYear = "8569Q";            // NFA on a referral from before the year
constexpr const char* kClosureOutsideYear = "8620";        // closure outside the year
constexpr const char* kAuthorisedOutsideYear = "8696";     // assessment ends outside the year
constexpr const char* kConferenceOutsideYear = "8715";     // S47's conference outside the year
constexpr const char* kProtectionPlanStart = "8720";       // CPP starts after the year
constexpr const char* kOpenAssessmentStart = "8736";       // open assessment started outside it
constexpr const char* kOpenEnquiryStart = "8740";          // open S47 started outside the year
constexpr const char* kProtectionPlanEnd = "8930";         // CPP ends outside the year
constexpr const char* kConferenceTwice = "2884";           // one conference at both levels
constexpr const char* kMorePlansThanConferences = "2883";  // the return's plans and conferences
constexpr const char* kSexUnknown = "2886Q";               // over 2% with no sex recorded
constexpr const char* kFewDisabilityCodes = "2887Q";       // fewer than 8 disability codes used
constexpr const char* kOneDisabilityEach = "2888Q";        // no child with two disabilities
constexpr const char* kNoPreProceedings = "9000Q";         // 2026-27 on: no PPStartDate at all
}  // namespace rule

bool InYear(const Date& day, const CensusYear& year) {
  return day >= year.first && day <= year.last;
}

// "(12 April 2026), outside the census year 2025-26"
std::string Outside(const Date& day, const CensusYear& year) {
  return " (" + FormatLongDate(day) + "), outside the census year " + year.Label();
}

}  // namespace

void CheckYearWindow(CensusFindings& found, const ReferralEpisode& episode) {
  const CensusYear& year = found.check.year;
  const std::int64_t contact = episode.contact_id;
  if (episode.referral_date < year.first && episode.NoFurtherAction())
    found.Query(rule::kNfaBeforeYear, "ReferralNFA",
                "A referral made before the census year (" + FormatLongDate(episode.referral_date) +
                    ") is shown as no further action: that was decided in the year before",
                contact);
  if (episode.closure_date && !InYear(*episode.closure_date, year))
    found.Add(rule::kClosureOutsideYear, "CINclosureDate",
              "The case closed" + Outside(*episode.closure_date, year), contact);
  for (const auto& assessment : episode.assessments) {
    if (assessment.authorised && !InYear(*assessment.authorised, year))
      found.Add(rule::kAuthorisedOutsideYear, "AssessmentAuthorisationDate",
                "An assessment was authorised" + Outside(*assessment.authorised, year), contact);
    if (!assessment.authorised && !InYear(assessment.date, year))
      found.Add(
          rule::kOpenAssessmentStart, "AssessmentActualStartDate",
          "An assessment not completed by the year's end started" + Outside(assessment.date, year),
          contact);
  }
  for (const auto& enquiry : episode.enquiries) {
    if (enquiry.conference_date && !InYear(*enquiry.conference_date, year))
      found.Add(rule::kConferenceOutsideYear, "DateOfInitialCPC",
                "An initial conference was held" + Outside(*enquiry.conference_date, year),
                contact);
    if (!enquiry.Concluded() && !InYear(enquiry.start, year))
      found.Add(rule::kOpenEnquiryStart, "S47ActualStartDate",
                "A section 47 enquiry with no conference by the year's end started" +
                    Outside(enquiry.start, year),
                contact);
  }
  const auto check_plans = [&](const std::vector<PlanDates>& plans, const char* start_rule,
                               const char* start_element, const char* end_rule,
                               const char* end_element, const std::string& plan) {
    for (const auto& dates : plans) {
      if (dates.start > year.last)
        found.Add(start_rule, start_element,
                  plan + " starts after the census year" + Outside(dates.start, year), contact);
      if (dates.end && !InYear(*dates.end, year))
        found.Add(end_rule, end_element, plan + " ended" + Outside(*dates.end, year), contact);
    }
  };
  check_plans(episode.need_plans, rule::kNeedPlanStart, "CINPlanStartDate", rule::kNeedPlanEnd,
              "CINPlanEndDate", "A child in need plan");
  check_plans(episode.protection_plans, rule::kProtectionPlanStart, "CPPstartDate",
              rule::kProtectionPlanEnd, "CPPendDate", "A child protection plan");
}

void CheckConferencesRecordedOnce(CensusFindings& found,
                                  const std::vector<const ReferralEpisode*>& episodes) {
  for (const auto* episode : episodes) {
    const auto recorded = ConferenceWithoutEnquiry(*episode);
    if (!recorded) continue;
    for (const auto* other : episodes) {
      for (const auto& enquiry : other->enquiries) {
        if (enquiry.conference_date == recorded)
          found.Add(rule::kConferenceTwice, "DateOfInitialCPC",
                    "The initial conference of " + FormatLongDate(*recorded) +
                        " is recorded both for the referral and for a section 47 enquiry",
                    episode->contact_id);
      }
    }
  }
}

void CensusReturnCount::Add(const Person& child, const std::vector<ReferralEpisode>& shown,
                            const CensusYear& year) {
  ++children;
  start_year = year.start_year;
  if (child.date_of_birth) sex_unknown += child.sex == Sex::kUnknown;
  std::size_t disabilities = 0;
  for (const auto& code : child.disabilities) {
    if (code == "NONE") continue;
    disability_codes.insert(code);
    ++disabilities;
  }
  most_disabilities = std::max(most_disabilities, disabilities);
  for (const auto& episode : shown) {
    for (const auto& pre : episode.pre_proceedings) pre_proceedings += InYear(pre.start, year);
    for (const auto& plan : episode.protection_plans) plans_started += InYear(plan.start, year);
    for (const auto& enquiry : episode.enquiries)
      conferences += enquiry.conference_date && InYear(*enquiry.conference_date, year);
    if (const auto recorded = ConferenceWithoutEnquiry(episode))
      conferences += InYear(*recorded, year);
  }
}

std::vector<CensusProblem> CheckCensusReturn(const CensusReturnCount& count) {
  std::vector<CensusProblem> problems;
  const auto about_return = [&](const char* rule, const char* element, std::string message,
                                bool query) {
    problems.push_back({rule, element, std::move(message), 0, 0, "", query});
  };
  if (count.plans_started > count.conferences)
    about_return(rule::kMorePlansThanConferences, "CPPstartDate",
                 "The return starts " + std::to_string(count.plans_started) +
                     " child protection plans in the year but holds only " +
                     std::to_string(count.conferences) + " initial conferences in it",
                 false);
  if (count.sex_unknown * 50 > count.children)
    about_return(rule::kSexUnknown, SexElement(count.start_year),
                 std::to_string(count.sex_unknown) + " of the return's " +
                     std::to_string(count.children) +
                     " children have no sex recorded (unborn children aside), more than 2%",
                 true);
  if (count.disability_codes.size() < 8)
    about_return(rule::kFewDisabilityCodes, "Disability",
                 "The return uses " + std::to_string(count.disability_codes.size()) +
                     " disability codes, fewer than 8",
                 true);
  if (!count.disability_codes.empty() && count.most_disabilities <= 1)
    about_return(rule::kOneDisabilityEach, "Disability",
                 "No child has more than one disability recorded: record each a child has", true);
  // From 2026-27 the census has a pre-proceedings module for each referral: a return with none
  // is asked why (none began in the year, or the council does not yet record them).
  if (count.start_year >= kFirstPreProceedingsYear && count.pre_proceedings == 0)
    about_return(rule::kNoPreProceedings, "PPStartDate",
                 "The return has no pre-proceedings begun in the year (a module from 2026-27): "
                 "if none began, give the Department that reason",
                 true);
  return problems;
}

}  // namespace frontdoor::domain
