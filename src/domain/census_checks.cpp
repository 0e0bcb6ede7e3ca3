// src/domain/census_checks.cpp — the census pre-flight: the Department's validation rules, each by
// its number, on one child's referrals in the year and the steps of each (the child's own record
// is checked in census_child_checks.cpp).
#include "domain/census_checks.hpp"

#include <algorithm>
#include <chrono>
#include <set>

#include "domain/census_findings.hpp"
#include "domain/text.hpp"

namespace frontdoor::domain {

namespace {

// The Department's numbers for the rules checked here (its validation rules, as the open
// CIN-validator implements them). A number ending in Q is a query: the file is taken, the council
// asked to correct the record or say why it is right.
namespace rule {
constexpr const char* kReferralSource = "8866";          // source of referral missing or invalid
constexpr const char* kClosureAfterReferral = "8630";    // closure date before referral date
constexpr const char* kClosureWithoutReason = "8805";    // closure date without a reason
constexpr const char* kReasonWithoutClosure = "8810";    // reason without a closure date
constexpr const char* kClosureReasonCode = "8640";       // reason for closure code invalid
constexpr const char* kPrimaryNeedMissing = "8610";      // missing for a referral with action
constexpr const char* kPrimaryNeedCode = "8650";         // primary need code invalid
constexpr const char* kAuthorisedAfterStart = "8608";    // assessment start after its end
constexpr const char* kFactors = "8897";                 // factors missing (or invalid)
constexpr const char* kNoFactorsAlone = "8869";          // "21" with other factors
constexpr const char* kNeedPlanDates = "4011";           // CIN plan end before start
constexpr const char* kConferenceAfterEnquiry = "8615";  // S47 start after the conference
constexpr const char* kProtectionPlanDates = "8925";     // CPP end before start
constexpr const char* kInitialCategory = "8905";         // initial category missing or invalid
constexpr const char* kLatestCategory = "8910";          // latest category missing or invalid
constexpr const char* kActivityAfterClosure = "8565";    // activity shown after closure
constexpr const char* kReferralBeforeBirth = "8606";     // referral over 40 weeks before birth
constexpr const char* kTwoOpenEpisodes = "8815";         // more than one open episode
constexpr const char* kOpenNotLatest = "8816";           // an open episode is not the latest
constexpr const char* kEpisodesOverlap = "8820";         // episodes' dates overlap
constexpr const char* kTwoOpenEnquiries = "8839";        // two open enquiries in one episode
constexpr const char* kPlanOneDay = "8840";              // a plan starts and ends the same day
constexpr const char* kClosedAssessmentOpen = "8867";    // closed with an open assessment
constexpr const char* kClosedEnquiryOpen = "8868";       // closed with an open enquiry
constexpr const char* kNoFactorsNotRc8 = "8873Q";    // "21" alone, not closed RC8 or RC9 (query)
constexpr const char* kTwoOpenAssessments = "8896";  // two open assessments in one episode
constexpr const char* kFactorTwice = "8898";         // a factor code twice
constexpr const char* kFactor18A = "8945Q";          // factor 18A, split since (query)
constexpr const char* kFactor19A = "8950Q";          // factor 19A, split since (query)
constexpr const char* kReviewAfterStart = "8841";    // a CPP review on or before its start
constexpr const char* kReviewInNeedPlan = "4003";    // an ended CPP's review in an open CIN plan
constexpr const char* kTwoOpenPlans = "8935";        // more than one open protection plan
constexpr const char* kPlansOverlap = "8940";        // protection plans overlap
constexpr const char* kAssessmentBeforeReferral = "1103";    // assessment starts before referral
constexpr const char* kConferenceBeforeReferral = "1104";    // initial conference before referral
constexpr const char* kPlanNotFromConference = "2885";       // CPP starts on no conference's day
constexpr const char* kEnquiryBeforeReferral = "2889";       // S47 starts before referral
constexpr const char* kActivityAfterRc8 = "2990";            // activity on a case closed RC8 or RC9
constexpr const char* kNeedPlanOnNfa = "4000";               // CIN plan on a referral with NFA
constexpr const char* kNeedPlanWithProtectionPlan = "4001";  // open CIN plan and open CPP
constexpr const char* kTwoOpenNeedPlans = "4004";            // more than one open CIN plan
constexpr const char* kNeedPlansOverlap = "4014";            // CIN plans overlap
constexpr const char* kNeedPlanBeforeReferral = "4015";      // CIN plan starts before referral
constexpr const char* kNeedPlanInProtectionPlan = "4016";    // CIN plan starts in a CPP
constexpr const char* kProtectionPlanInNeedPlan = "4017";    // CPP starts in a CIN plan
constexpr const char* kFactorsBeforeAuthorised = "8614";     // factors on an open assessment
constexpr const char* kFactor8A = "8617";                    // factor 8A returned
constexpr const char* kProtectionPlanOnNfa = "8832";         // CPP on a referral with NFA
constexpr const char* kAssessmentsOverlap = "8863";  // an assessment starts while one is open
constexpr const char* kProtectionPlanBeforeReferral = "1105";  // CPP starts before referral
constexpr const char* kConferenceAtWeekend = "8875";           // initial conference on a weekend
constexpr const char* kEnquiriesOverlap = "8890";           // S47 starts while another is under way
constexpr const char* kEnquiryWithoutAssessment = "2991Q";  // S47 on a referral with no assessment
constexpr const char* kNeedPlanOneDay = "4012Q";            // CIN plan starts and ends one day
constexpr const char* kAssessmentOverdue = "8670Q";     // open 45 working days at the year's end
constexpr const char* kEnquiryOverdue = "8675Q";        // no conference 15 working days at the end
constexpr const char* kOverTwentyFive = "8775Q";        // a referral open past the 25th birthday
constexpr const char* kRc8WithoutAssessment = "8825Q";  // closed RC8 or RC9 with no assessment
constexpr const char* kDisabilityFactor = "8899Q";      // disabled, assessed, no disability factor
}  // namespace rule

// The working days an assessment has before its authorisation, and an enquiry before its initial
// conference, that the Department's queries allow by the year's end (or today, while it is under
// way).
constexpr int kAssessmentWorkingDays = 45;
constexpr int kEnquiryWorkingDays = 15;

// "by the year's end", or "by today" while the year is under way.
std::string Within(const CensusPreFlight& check) {
  return check.today < check.year.last ? "by today" : "by the year's end";
}

bool IsWeekend(const Date& day) {
  const std::chrono::weekday weekday{std::chrono::sys_days{day}};
  return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

// True when the assessment names the child's disability among its factors (5A, learning
// disability; 6A, physical disability or illness).
bool NamesDisability(const CaseStep& assessment) {
  return std::any_of(assessment.factors.begin(), assessment.factors.end(),
                     [](const std::string& factor) { return factor == "5A" || factor == "6A"; });
}

void CheckAssessments(CensusFindings& found, const ReferralEpisode& episode) {
  const CensusYear& year = found.check.year;
  const bool disabled =
      std::any_of(found.person.disabilities.begin(), found.person.disabilities.end(),
                  [](const std::string& code) { return code != "NONE"; });
  for (const auto& assessment : episode.assessments) {
    if (!assessment.authorised &&
        found.check.calendar.WorkingDaysBetween(assessment.date, found.check.ClocksEnd()) >=
            kAssessmentWorkingDays)
      found.Query(rule::kAssessmentOverdue, "AssessmentAuthorisationDate",
                  "An assessment started on " + FormatLongDate(assessment.date) +
                      " was not authorised " + Within(found.check) + ", more than " +
                      std::to_string(kAssessmentWorkingDays) + " working days later",
                  episode.contact_id);
    if (disabled && assessment.authorised && *assessment.authorised >= year.first &&
        !NamesDisability(assessment))
      found.Query(rule::kDisabilityFactor, "AssessmentFactors",
                  "The child has a disability recorded, but the assessment authorised on " +
                      FormatLongDate(*assessment.authorised) +
                      " names no disability factor (5A or 6A)",
                  episode.contact_id);
    if (assessment.authorised && *assessment.authorised < assessment.date)
      found.Add(rule::kAuthorisedAfterStart, "AssessmentAuthorisationDate",
                "An assessment was authorised (" + FormatLongDate(*assessment.authorised) +
                    ") before it started (" + FormatLongDate(assessment.date) + ")",
                episode.contact_id);
    for (const auto& factor : assessment.factors) {
      if (CensusListed(kRetiredAssessmentFactors, factor)) {
        if (year.start_year < kFirstSplitFactorsYear) continue;  // the year still took them
        found.Query(factor == "18A" ? rule::kFactor18A : rule::kFactor19A, "AssessmentFactors",
                    "An assessment names factor " + factor +
                        ", which the census no longer takes: it should be " +
                        FactorsReplacing(factor),
                    episode.contact_id);
      } else if (!CensusListed(kAssessmentFactors, factor))
        found.Add(rule::kFactors, "AssessmentFactors",
                  "\"" + factor + "\" is not a census assessment factor", episode.contact_id);
    }
    if (assessment.authorised && assessment.factors.empty())
      found.Add(rule::kFactors, "AssessmentFactors",
                "A completed assessment has no factors recorded", episode.contact_id);
    if (assessment.factors.size() > 1 &&
        std::find(assessment.factors.begin(), assessment.factors.end(), "21") !=
            assessment.factors.end())
      found.Add(rule::kNoFactorsAlone, "AssessmentFactors",
                "\"No factors identified\" (21) is recorded with other factors",
                episode.contact_id);
    if (std::set<std::string>(assessment.factors.begin(), assessment.factors.end()).size() <
        assessment.factors.size())
      found.Add(rule::kFactorTwice, "AssessmentFactors", "A factor is recorded twice",
                episode.contact_id);
    if (!assessment.authorised && !assessment.factors.empty())
      found.Add(rule::kFactorsBeforeAuthorised, "AssessmentFactors",
                "Factors are recorded for an assessment not yet authorised", episode.contact_id);
    if (std::find(assessment.factors.begin(), assessment.factors.end(), "8A") !=
        assessment.factors.end())
      found.Add(rule::kFactor8A, "AssessmentFactors", "Code 8A is not a valid factor",
                episode.contact_id);
  }
  // An assessment starting while another of the referral's is under way.
  const auto& assessments = episode.assessments;
  for (std::size_t a = 0; a < assessments.size(); ++a) {
    for (std::size_t b = 0; b < assessments.size(); ++b) {
      const CaseStep& later = assessments[a];
      const CaseStep& earlier = assessments[b];
      if (a == b || (later.date == earlier.date && later.authorised == earlier.authorised))
        continue;
      if (later.date >= earlier.date && later.date <= earlier.authorised.value_or(year.last)) {
        found.Add(
            rule::kAssessmentsOverlap, "AssessmentActualStartDate",
            "An assessment starts (" + FormatLongDate(later.date) + ") while another is under way",
            episode.contact_id);
        return;
      }
    }
  }
}

void CheckPlans(CensusFindings& found, const ReferralEpisode& episode) {
  const CensusYear& year = found.check.year;
  for (const auto& plan : episode.need_plans) {
    if (plan.end && *plan.end < plan.start)
      found.Add(rule::kNeedPlanDates, "CINPlanEndDate",
                "A child in need plan ends before it starts", episode.contact_id);
    if (plan.end == plan.start)
      found.Query(rule::kNeedPlanOneDay, "CINPlanEndDate",
                  "A child in need plan starts and ends on the same day", episode.contact_id);
  }
  const auto open_need_plans = std::count_if(episode.need_plans.begin(), episode.need_plans.end(),
                                             [](const PlanDates& plan) { return plan.Open(); });
  if (open_need_plans > 1)
    found.Add(rule::kTwoOpenNeedPlans, "CINPlanEndDate", "More than one child in need plan is open",
              episode.contact_id);
  const bool open_protection_plan =
      std::any_of(episode.protection_plans.begin(), episode.protection_plans.end(),
                  [](const PlanDates& plan) { return plan.Open(); });
  if (open_need_plans > 0 && open_protection_plan)
    found.Add(rule::kNeedPlanWithProtectionPlan, "CINPlanEndDate",
              "A child in need plan and a child protection plan are open at once",
              episode.contact_id);
  // A protection plan in the year starts at an initial conference of the referral.
  for (const auto& plan : episode.protection_plans) {
    if (plan.start < year.first || plan.start > year.last) continue;
    if (std::none_of(episode.enquiries.begin(), episode.enquiries.end(),
                     [&](const auto& enquiry) { return enquiry.conference_date == plan.start; }))
      found.Add(rule::kPlanNotFromConference, "CPPstartDate",
                "A child protection plan starts (" + FormatLongDate(plan.start) +
                    ") on a day with no initial conference",
                episode.contact_id);
  }
  for (const auto& plan : episode.protection_plans) {
    if (plan.end && *plan.end < plan.start)
      found.Add(rule::kProtectionPlanDates, "CPPendDate",
                "A child protection plan ends before it starts", episode.contact_id);
    if (!CensusListed(kAbuseCategories, plan.initial_category))
      found.Add(rule::kInitialCategory, "InitialCategoryOfAbuse",
                "The plan's initial category of abuse is missing or not a census code",
                episode.contact_id);
    if (!CensusListed(kAbuseCategories, plan.latest_category))
      found.Add(rule::kLatestCategory, "LatestCategoryOfAbuse",
                "The plan's latest category of abuse is missing or not a census code",
                episode.contact_id);
    if (std::any_of(plan.reviews.begin(), plan.reviews.end(),
                    [&](const Date& review) { return review <= plan.start; }))
      found.Add(rule::kReviewAfterStart, "CPPreviewDate",
                "A child protection plan's review is on or before the day it started",
                episode.contact_id);
    if (episode.closure_date && !plan.end)
      found.Add(rule::kActivityAfterClosure, "CPPendDate",
                "The case closed while a child protection plan has no end date",
                episode.contact_id);
  }
}

// Whether `later` starts while `earlier` is under way: from its start to its conference, or to the
// year's end while it has neither a conference nor a finding that none is needed.
bool StartsDuring(const Section47Enquiry& later, const Section47Enquiry& earlier,
                  const CensusYear& year) {
  if (later.start < earlier.start) return false;
  if (earlier.conference_date) return later.start <= *earlier.conference_date;
  return !earlier.conference_not_required && later.start <= year.last;
}

void CheckEnquiries(CensusFindings& found, const ReferralEpisode& episode) {
  const auto& enquiries = episode.enquiries;
  for (std::size_t a = 0; a < enquiries.size(); ++a) {
    for (std::size_t b = 0; b < enquiries.size(); ++b) {
      const bool same = enquiries[a].start == enquiries[b].start &&
                        enquiries[a].conference_date == enquiries[b].conference_date;
      if (a != b && !same && StartsDuring(enquiries[a], enquiries[b], found.check.year)) {
        found.Add(rule::kEnquiriesOverlap, "S47ActualStartDate",
                  "A section 47 enquiry starts (" + FormatLongDate(enquiries[a].start) +
                      ") while another is under way",
                  episode.contact_id);
        break;
      }
    }
  }
  for (const auto& enquiry : enquiries) {
    if (!enquiry.Concluded() && found.check.calendar.WorkingDaysBetween(
                                    enquiry.start, found.check.ClocksEnd()) >= kEnquiryWorkingDays)
      found.Query(rule::kEnquiryOverdue, "DateOfInitialCPC",
                  "A section 47 enquiry started on " + FormatLongDate(enquiry.start) +
                      " had no initial conference " + Within(found.check) + ", more than " +
                      std::to_string(kEnquiryWorkingDays) +
                      " working days later, and was not recorded as not needing one",
                  episode.contact_id);
    if (!enquiry.conference_date) continue;
    if (IsWeekend(*enquiry.conference_date))
      found.Add(rule::kConferenceAtWeekend, "DateOfInitialCPC",
                "The initial conference is on a " +
                    std::string(std::chrono::weekday{std::chrono::sys_days{
                                    *enquiry.conference_date}} == std::chrono::Saturday
                                    ? "Saturday"
                                    : "Sunday") +
                    " (" + FormatLongDate(*enquiry.conference_date) + ")",
                episode.contact_id);
    if (*enquiry.conference_date < enquiry.start)
      found.Add(rule::kConferenceAfterEnquiry, "DateOfInitialCPC",
                "The initial conference (" + FormatLongDate(*enquiry.conference_date) +
                    ") is before its section 47 enquiry started (" + FormatLongDate(enquiry.start) +
                    ")",
                episode.contact_id);
  }
}

// Within one referral: no two things open at once that should not be, nothing left open at a
// closure, and the closure's reason agreeing with the assessment.
void CheckOpenWork(CensusFindings& found, const ReferralEpisode& episode) {
  const std::int64_t contact = episode.contact_id;
  const auto open_assessments =
      std::count_if(episode.assessments.begin(), episode.assessments.end(),
                    [](const CaseStep& assessment) { return !assessment.authorised; });
  const auto open_enquiries =
      std::count_if(episode.enquiries.begin(), episode.enquiries.end(),
                    [](const Section47Enquiry& enquiry) { return !enquiry.Concluded(); });
  if (open_assessments > 1)
    found.Add(rule::kTwoOpenAssessments, "AssessmentActualStartDate",
              "Two or more assessments are open at once", contact);
  if (open_enquiries > 1)
    found.Add(rule::kTwoOpenEnquiries, "S47ActualStartDate",
              "Two or more section 47 enquiries are open at once", contact);
  if (episode.closure_date && open_assessments > 0)
    found.Add(rule::kClosedAssessmentOpen, "CINclosureDate",
              "The case closed while an assessment was not authorised", contact);
  if (episode.closure_date && open_enquiries > 0)
    found.Add(rule::kClosedEnquiryOpen, "CINclosureDate",
              "The case closed while a section 47 enquiry had no conference and was not recorded "
              "as not needing one",
              contact);
  const bool closed_after_assessment =
      episode.closure_reason == "RC8" || episode.closure_reason == "RC9";
  if (episode.assessments.size() == 1 && !closed_after_assessment &&
      episode.assessments[0].factors == std::vector<std::string>{"21"})
    found.Query(rule::kNoFactorsNotRc8, "ReasonForClosure",
                "The only assessment found no factors (21), so the case is expected to close "
                "after its assessment (RC8, or RC9 with early help)",
                contact);
  if (closed_after_assessment && episode.assessments.empty())
    found.Query(rule::kRc8WithoutAssessment, "ReasonForClosure",
                "The case closed as after an assessment (" + episode.closure_reason +
                    ") but has no assessment",
                contact);
  if (!episode.enquiries.empty() && episode.assessments.empty())
    found.Query(rule::kEnquiryWithoutAssessment, "S47ActualStartDate",
                "A section 47 enquiry is recorded but the referral has no assessment", contact);
  std::vector<PlanDates> plans = episode.protection_plans;
  std::sort(plans.begin(), plans.end(),
            [](const PlanDates& a, const PlanDates& b) { return a.start < b.start; });
  int open_plans = 0;
  for (std::size_t index = 0; index < plans.size(); ++index) {
    open_plans += plans[index].Open();
    if (plans[index].end == plans[index].start)
      found.Add(rule::kPlanOneDay, "CPPendDate",
                "A child protection plan starts and ends on the same day", contact);
    if (index + 1 < plans.size() &&
        (plans[index].Open() || *plans[index].end > plans[index + 1].start))
      found.Add(rule::kPlansOverlap, "CPPstartDate", "Two child protection plans overlap", contact);
  }
  if (open_plans > 1)
    found.Add(rule::kTwoOpenPlans, "CPPendDate", "More than one child protection plan is open",
              contact);
}

// Across the child's referrals in the year: one open at most, the latest, none overlapping.
void CheckEpisodesTogether(CensusFindings& found, std::vector<const ReferralEpisode*> episodes) {
  std::sort(episodes.begin(), episodes.end(),
            [](const auto* a, const auto* b) { return a->referral_date < b->referral_date; });
  int open = 0;
  for (std::size_t index = 0; index < episodes.size(); ++index) {
    const ReferralEpisode& episode = *episodes[index];
    const bool is_open = !episode.closure_date && !episode.NoFurtherAction();
    open += is_open;
    if (is_open && index + 1 < episodes.size())
      found.Add(rule::kOpenNotLatest, "CINclosureDate",
                "An open referral is not the child's latest", episode.contact_id);
    if (index + 1 < episodes.size() &&
        (!episode.closure_date || *episode.closure_date > episodes[index + 1]->referral_date))
      found.Add(rule::kEpisodesOverlap, "CINreferralDate",
                "This referral was made while the one before it was still open",
                episodes[index + 1]->contact_id);
  }
  if (open > 1)
    found.Add(rule::kTwoOpenEpisodes, "CINclosureDate",
              "More than one of the child's referrals is open");
}

// Across the child's referrals in the year: child in need plans overlap neither one another nor a
// child protection plan (a plan with no end runs to the year's last day).
void CheckPlansTogether(CensusFindings& found, const std::vector<const ReferralEpisode*>& episodes,
                        const CensusYear& year) {
  struct Plan {
    const PlanDates* dates;
    std::int64_t contact_id;
  };
  std::vector<Plan> need, protection;
  for (const auto* episode : episodes) {
    for (const auto& plan : episode->need_plans) need.push_back({&plan, episode->contact_id});
    for (const auto& plan : episode->protection_plans)
      protection.push_back({&plan, episode->contact_id});
  }
  // `later` starts on or after `earlier` and no later than its end (`through_end`: on its end day
  // too).
  const auto starts_within = [&](const PlanDates& later, const PlanDates& earlier,
                                 bool through_end) {
    if (later.start < earlier.start) return false;
    if (!earlier.end) return later.start <= year.last;
    return through_end ? later.start <= *earlier.end : later.start < *earlier.end;
  };
  const auto overlapping = [&]() -> const Plan* {
    for (std::size_t a = 0; a < need.size(); ++a) {
      for (std::size_t b = 0; b < need.size(); ++b) {
        if (a != b && starts_within(*need[a].dates, *need[b].dates, true)) return &need[a];
      }
    }
    return nullptr;
  }();
  if (overlapping)
    found.Add(rule::kNeedPlansOverlap, "CINPlanStartDate", "Two child in need plans overlap",
              overlapping->contact_id);
  // A review of an ended protection plan, other than on the day it ended, held from a child in
  // need plan's start to the day before its end (an open one is not asked about).
  for (const auto& plan : protection) {
    if (!plan.dates->end) continue;
    for (const auto& review : plan.dates->reviews) {
      if (review == *plan.dates->end) continue;
      if (std::any_of(need.begin(), need.end(), [&](const Plan& other) {
            return other.dates->end && other.dates->start <= review && review < *other.dates->end;
          }))
        found.Add(rule::kReviewInNeedPlan, "CPPreviewDate",
                  "A child protection plan's review (" + FormatLongDate(review) +
                      ") is shown while a child in need plan is open",
                  plan.contact_id);
    }
  }
  for (const auto& plan : need) {
    for (const auto& other : protection) {
      if (starts_within(*plan.dates, *other.dates, false))
        found.Add(rule::kNeedPlanInProtectionPlan, "CINPlanStartDate",
                  "A child in need plan starts while a child protection plan is open",
                  plan.contact_id);
      if (starts_within(*other.dates, *plan.dates, false))
        found.Add(rule::kProtectionPlanInNeedPlan, "CPPstartDate",
                  "A child protection plan starts while a child in need plan is open",
                  other.contact_id);
    }
  }
}

// Nothing of a referral starts before it; nothing follows a referral closed with no further
// action or closed after an assessment that found none needed.
void CheckStepsAfterReferral(CensusFindings& found, const ReferralEpisode& episode) {
  const std::int64_t contact = episode.contact_id;
  const auto before = [&](const Date& day) { return day < episode.referral_date; };
  const std::string referred =
      " before the referral (" + FormatLongDate(episode.referral_date) + ")";
  for (const auto& assessment : episode.assessments) {
    if (before(assessment.date))
      found.Add(rule::kAssessmentBeforeReferral, "AssessmentActualStartDate",
                "An assessment starts" + referred, contact);
  }
  for (const auto& enquiry : episode.enquiries) {
    if (before(enquiry.start))
      found.Add(rule::kEnquiryBeforeReferral, "S47ActualStartDate",
                "A section 47 enquiry starts" + referred, contact);
    if (enquiry.conference_date && before(*enquiry.conference_date))
      found.Add(rule::kConferenceBeforeReferral, "DateOfInitialCPC",
                "An initial conference is held" + referred, contact);
  }
  const auto plans_before = [&](const std::vector<PlanDates>& plans, const char* rule,
                                const char* element, const std::string& plan) {
    for (const auto& dates : plans) {
      if (before(dates.start)) found.Add(rule, element, plan + " starts" + referred, contact);
    }
  };
  plans_before(episode.need_plans, rule::kNeedPlanBeforeReferral, "CINPlanStartDate",
               "A child in need plan");
  plans_before(episode.protection_plans, rule::kProtectionPlanBeforeReferral, "CPPstartDate",
               "A child protection plan");
  if ((episode.closure_reason == "RC8" || episode.closure_reason == "RC9") &&
      (!episode.enquiries.empty() || !episode.protection_plans.empty() ||
       !episode.need_plans.empty()))
    found.Add(rule::kActivityAfterRc8, "ReasonForClosure",
              "The case is closed as after an assessment with no further action or with early "
              "help, but has an enquiry or a plan",
              contact);
  if (episode.NoFurtherAction() && !episode.need_plans.empty())
    found.Add(rule::kNeedPlanOnNfa, "CINPlanStartDate",
              "A referral with no further action has a child in need plan", contact);
  if (episode.NoFurtherAction() && !episode.protection_plans.empty())
    found.Add(rule::kProtectionPlanOnNfa, "CPPstartDate",
              "A referral with no further action has a child protection plan", contact);
}

// A referral of someone 25 or over at the year's end that stayed open past their 25th birthday.
void CheckAge(CensusFindings& found, const ReferralEpisode& episode) {
  const auto& born = found.person.date_of_birth;
  if (!born) return;
  const Date twenty_fifth = *born + std::chrono::years{25};
  const Date birthday =
      twenty_fifth.ok() ? twenty_fifth : twenty_fifth.year() / std::chrono::March / 1;
  if (birthday > found.check.year.last) return;
  if (!episode.closure_date || *episode.closure_date > birthday)
    found.Query(rule::kOverTwentyFive, "CINclosureDate",
                "The referral stayed open after the child's 25th birthday (" +
                    FormatLongDate(birthday) + ")",
                episode.contact_id);
}

void CheckEpisode(CensusFindings& found, const ReferralEpisode& episode) {
  const Person& person = found.person;
  const auto born = person.date_of_birth ? person.date_of_birth : person.expected_date_of_birth;
  if (born && std::chrono::sys_days{episode.referral_date} <
                  std::chrono::sys_days{*born} - std::chrono::days{280})
    found.Add(rule::kReferralBeforeBirth, "CINreferralDate",
              "The referral is more than 40 weeks before the child's (expected) birth",
              episode.contact_id);
  CheckOpenWork(found, episode);
  if (!CensusListed(kReferralSources, episode.referral_source))
    found.Add(rule::kReferralSource, "ReferralSource",
              "\"" + episode.referral_source + "\" is not a census referral source",
              episode.contact_id);
  if (episode.closure_date && *episode.closure_date < episode.referral_date)
    found.Add(rule::kClosureAfterReferral, "CINclosureDate",
              "The case closed before the referral was made", episode.contact_id);
  if (episode.closure_date && episode.closure_reason.empty())
    found.Add(rule::kClosureWithoutReason, "ReasonForClosure",
              "The case has a closure date but no reason for closure", episode.contact_id);
  if (!episode.closure_date && !episode.closure_reason.empty())
    found.Add(rule::kReasonWithoutClosure, "CINclosureDate",
              "The case has a reason for closure but no closure date", episode.contact_id);
  if (!episode.closure_reason.empty() && !CensusListed(kClosureReasons, episode.closure_reason))
    found.Add(rule::kClosureReasonCode, "ReasonForClosure",
              "\"" + episode.closure_reason + "\" is not a census reason for closure",
              episode.contact_id);
  if (episode.PrimaryNeed().empty() && !episode.NoFurtherAction())
    found.Add(rule::kPrimaryNeedMissing, "PrimaryNeedCode",
              "The referral led to further action but no primary need is recorded (it is "
              "recorded with the assessment)",
              episode.contact_id);
  if (!episode.PrimaryNeed().empty() && !CensusListed(kPrimaryNeeds, episode.PrimaryNeed()))
    found.Add(rule::kPrimaryNeedCode, "PrimaryNeedCode",
              "\"" + episode.PrimaryNeed() + "\" is not a census primary need", episode.contact_id);
  CheckAssessments(found, episode);
  CheckPlans(found, episode);
  CheckEnquiries(found, episode);
  CheckStepsAfterReferral(found, episode);
  CheckAge(found, episode);
  CheckYearWindow(found, episode);
  if (found.check.year.start_year >= kFirstPreProceedingsYear) CheckPreProceedings(found, episode);
}

}  // namespace

std::size_t CountCensusErrors(const std::vector<CensusProblem>& problems) {
  return std::size_t(std::count_if(problems.begin(), problems.end(),
                                   [](const CensusProblem& problem) { return !problem.query; }));
}

std::vector<CensusProblem> CheckCensusChild(const Person& person, std::string_view la_child_id,
                                            const std::vector<ReferralEpisode>& episodes,
                                            const CensusPreFlight& check) {
  const CensusYear& year = check.year;
  CensusFindings found{person, la_child_id, check, {}};
  CheckCensusChildRecord(found, la_child_id);
  std::vector<const ReferralEpisode*> in_year;
  for (const auto& episode : episodes) {
    if (!InCensusYear(episode, year)) continue;
    CheckEpisode(found, episode);
    in_year.push_back(&episode);
  }
  CheckPlansTogether(found, in_year, year);
  CheckConferencesRecordedOnce(found, in_year);
  CheckAgainstDateOfDeath(found, in_year);
  CheckUpnUnknown(found, in_year);
  CheckEpisodesTogether(found, std::move(in_year));
  return found.problems;
}

}  // namespace frontdoor::domain
