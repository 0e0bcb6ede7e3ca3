// src/domain/cin_census.cpp — the census year, each child's XML in the Department's element order,
// and the pre-flight rules (each by the Department's number).
#include "domain/cin_census.hpp"

#include <algorithm>
#include <charconv>
#include <set>

#include "domain/codes.hpp"
#include "domain/identifiers.hpp"
#include "domain/text.hpp"
#include "domain/timestamp.hpp"

namespace frontdoor::domain {

std::string CensusYear::Label() const {
  const int next = (start_year + 1) % 100;
  return std::to_string(start_year) + (next < 10 ? "-0" : "-") + std::to_string(next);
}

std::optional<CensusYear> ParseCensusYear(std::string_view text) {
  int start = 0, end = 0;
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  if (std::from_chars(text.data(), text.data() + 4, start).ec != std::errc{} ||
      std::from_chars(text.data() + 5, text.data() + 7, end).ec != std::errc{})
    return std::nullopt;
  if ((start + 1) % 100 != end || start < 2024 || start > 2100) return std::nullopt;
  using namespace std::chrono;
  return CensusYear{start, year{start} / April / 1, year{start + 1} / March / 31};
}

std::vector<CensusYear> CensusYearsUpTo(const Date& today) {
  using namespace std::chrono;
  const int holding = int(today.year()) - (today.month() < April ? 1 : 0);
  std::vector<CensusYear> years;
  for (int start = holding; start >= 2024; --start)
    years.push_back({start, year{start} / April / 1, year{start + 1} / March / 31});
  return years;
}

Person PersonInCensusYear(const Person& person, const CensusYear& year) {
  Person seen = person;
  if (seen.date_of_birth && *seen.date_of_birth > year.last) {
    seen.expected_date_of_birth = seen.date_of_birth;
    seen.date_of_birth.reset();
    seen.sex = Sex::kUnknown;
  }
  return seen;
}

bool InCensusYear(const ReferralEpisode& episode, const CensusYear& year) {
  return episode.referral_date <= year.last &&
         (!episode.closure_date || *episode.closure_date >= year.first);
}

namespace {

// <name>value</name>, indented by `depth` steps.
void Element(std::string& out, int depth, std::string_view name, std::string_view value) {
  out.append(size_t(depth) * 2, ' ');
  out += "<" + std::string(name) + ">" + EscapeXml(value) + "</" + std::string(name) + ">\n";
}
void Open(std::string& out, int depth, std::string_view name) {
  out.append(size_t(depth) * 2, ' ');
  out += "<" + std::string(name) + ">\n";
}
void Close(std::string& out, int depth, std::string_view name) {
  out.append(size_t(depth) * 2, ' ');
  out += "</" + std::string(name) + ">\n";
}

std::string TrueFalse(bool yes) {
  return yes ? "true" : "false";
}

// The first initial conference of the referral, if one was held.
std::optional<Date> FirstConference(const ReferralEpisode& episode) {
  std::optional<Date> first;
  for (const auto& enquiry : episode.enquiries) {
    if (enquiry.conference_date && (!first || *enquiry.conference_date < *first))
      first = enquiry.conference_date;
  }
  return first;
}

// The working days the Department allows from a strategy discussion to the initial conference.
constexpr int kConferenceWorkingDays = 15;

void EpisodeXml(std::string& out, const ReferralEpisode& episode,
                const std::vector<ReferralEpisode>& all_episodes, const WorkingCalendar& calendar) {
  Open(out, 3, "CINdetails");
  Element(out, 4, "CINreferralDate", FormatDate(episode.referral_date));
  Element(out, 4, "ReferralSource", episode.referral_source);
  if (!episode.PrimaryNeed().empty()) Element(out, 4, "PrimaryNeedCode", episode.PrimaryNeed());
  if (episode.closure_date) {
    Element(out, 4, "CINclosureDate", FormatDate(*episode.closure_date));
    Element(out, 4, "ReasonForClosure", episode.closure_reason);
  }
  if (const auto conference = FirstConference(episode))
    Element(out, 4, "DateOfInitialCPC", FormatDate(*conference));
  for (const auto& assessment : episode.assessments) {
    Open(out, 4, "Assessments");
    Element(out, 5, "AssessmentActualStartDate", FormatDate(assessment.date));
    if (assessment.authorised)
      Element(out, 5, "AssessmentAuthorisationDate", FormatDate(*assessment.authorised));
    Open(out, 5, "FactorsIdentifiedAtAssessment");
    for (const auto& factor : assessment.factors) Element(out, 6, "AssessmentFactors", factor);
    Close(out, 5, "FactorsIdentifiedAtAssessment");
    Close(out, 4, "Assessments");
  }
  for (const auto& plan : episode.need_plans) {
    Open(out, 4, "CINPlanDates");
    Element(out, 5, "CINPlanStartDate", FormatDate(plan.start));
    if (plan.end) Element(out, 5, "CINPlanEndDate", FormatDate(*plan.end));
    Close(out, 4, "CINPlanDates");
  }
  for (const auto& enquiry : episode.enquiries) {
    Open(out, 4, "Section47");
    Element(out, 5, "S47ActualStartDate", FormatDate(enquiry.start));
    Element(out, 5, "InitialCPCtarget",
            FormatDate(calendar.AddWorkingDays(enquiry.start, kConferenceWorkingDays)));
    if (enquiry.conference_date)
      Element(out, 5, "DateOfInitialCPC", FormatDate(*enquiry.conference_date));
    Element(out, 5, "ICPCnotRequired", TrueFalse(enquiry.conference_not_required));
    Close(out, 4, "Section47");
  }
  Element(out, 4, "ReferralNFA", TrueFalse(episode.NoFurtherAction()));
  for (const auto& plan : episode.protection_plans) {
    int previous = 0;
    for (const auto& other : all_episodes) {
      for (const auto& earlier : other.protection_plans) previous += earlier.start < plan.start;
    }
    Open(out, 4, "ChildProtectionPlans");
    Element(out, 5, "CPPstartDate", FormatDate(plan.start));
    if (plan.end) Element(out, 5, "CPPendDate", FormatDate(*plan.end));
    Element(out, 5, "InitialCategoryOfAbuse", plan.initial_category);
    Element(out, 5, "LatestCategoryOfAbuse", plan.latest_category);
    Element(out, 5, "NumberOfPreviousCPP", std::to_string(previous));
    Close(out, 4, "ChildProtectionPlans");
  }
  Close(out, 3, "CINdetails");
}

}  // namespace

std::string CensusHeaderXml(const CensusYear& year, const CensusSource& source) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  Open(out, 0, "Message");
  Open(out, 1, "Header");
  Open(out, 2, "CollectionDetails");
  Element(out, 3, "Collection", "CIN");
  Element(out, 3, "Year", std::to_string(year.start_year + 1));
  Element(out, 3, "ReferenceDate", FormatDate(year.last));
  Close(out, 2, "CollectionDetails");
  Open(out, 2, "Source");
  Element(out, 3, "SourceLevel", "L");
  Element(out, 3, "LEA", source.local_authority);
  Element(out, 3, "SoftwareCode", source.software);
  Element(out, 3, "Release", source.release);
  Element(out, 3, "SerialNo", "1");
  Element(out, 3, "DateTime", FormatTimestamp(source.made_at).substr(0, 19));
  Close(out, 2, "Source");
  Close(out, 1, "Header");
  Open(out, 1, "Children");
  return out;
}

std::string CensusFooterXml() {
  return "  </Children>\n</Message>\n";
}

std::string CensusChildXml(const Person& person, std::string_view la_child_id,
                           const std::vector<ReferralEpisode>& episodes,
                           const std::vector<ReferralEpisode>& all_episodes,
                           const WorkingCalendar& calendar) {
  std::string out;
  Open(out, 2, "Child");
  Open(out, 3, "ChildIdentifiers");
  Element(out, 4, "LAchildID", la_child_id);
  if (!person.upn.empty()) Element(out, 4, "UPN", person.upn);
  if (person.date_of_birth) {
    Element(out, 4, "PersonBirthDate", FormatDate(*person.date_of_birth));
  } else if (person.expected_date_of_birth) {
    Element(out, 4, "ExpectedPersonBirthDate", FormatDate(*person.expected_date_of_birth));
  }
  Element(out, 4, "Sex", kSexes.Code(person.sex));
  Close(out, 3, "ChildIdentifiers");
  Open(out, 3, "ChildCharacteristics");
  Element(out, 4, "Ethnicity", person.ethnicity.empty() ? "NOBT" : person.ethnicity);
  Open(out, 4, "Disabilities");
  if (person.disabilities.empty()) Element(out, 5, "Disability", "NONE");
  for (const auto& code : person.disabilities) Element(out, 5, "Disability", code);
  Close(out, 4, "Disabilities");
  Close(out, 3, "ChildCharacteristics");
  for (const auto& episode : episodes) EpisodeXml(out, episode, all_episodes, calendar);
  Close(out, 2, "Child");
  return out;
}

namespace {

// The Department's numbers for the rules checked here (its validation rules, as the open
// CIN-validator implements them).
namespace rule {
constexpr const char* kUpnCheckLetter = "1510";            // UPN invalid (wrong check letter)
constexpr const char* kUpnTwice = "1520";                  // one UPN on more than one child
constexpr const char* kBirthDate = "8525";                 // date of birth or expected date given
constexpr const char* kEthnicity = "4220";                 // ethnicity missing or invalid
constexpr const char* kReferralSource = "8866";            // source of referral missing or invalid
constexpr const char* kClosureAfterReferral = "8630";      // closure date before referral date
constexpr const char* kClosureWithoutReason = "8805";      // closure date without a reason
constexpr const char* kReasonWithoutClosure = "8810";      // reason without a closure date
constexpr const char* kClosureReasonCode = "8640";         // reason for closure code invalid
constexpr const char* kPrimaryNeedMissing = "8610";        // missing for a referral with action
constexpr const char* kPrimaryNeedCode = "8650";           // primary need code invalid
constexpr const char* kAuthorisedAfterStart = "8608";      // assessment start after its end
constexpr const char* kFactors = "8897";                   // factors missing (or invalid)
constexpr const char* kNoFactorsAlone = "8869";            // "21" with other factors
constexpr const char* kNeedPlanDates = "4011";             // CIN plan end before start
constexpr const char* kConferenceAfterEnquiry = "8615";    // S47 start after the conference
constexpr const char* kProtectionPlanDates = "8925";       // CPP end before start
constexpr const char* kInitialCategory = "8905";           // initial category missing or invalid
constexpr const char* kLatestCategory = "8910";            // latest category missing or invalid
constexpr const char* kActivityAfterClosure = "8565";      // activity shown after closure
constexpr const char* kBornAfterYear = "8520";             // date of birth after the year's end
constexpr const char* kDisabilityCode = "8540";            // disability missing or invalid
constexpr const char* kReferralBeforeBirth = "8606";       // referral over 40 weeks before birth
constexpr const char* kUnbornSex = "8750";                 // an unborn child's sex is not U
constexpr const char* kNoneAndOthers = "8790";             // disability NONE with other codes
constexpr const char* kDisabilityTwice = "8794";           // a disability code twice
constexpr const char* kTwoOpenEpisodes = "8815";           // more than one open episode
constexpr const char* kOpenNotLatest = "8816";             // an open episode is not the latest
constexpr const char* kEpisodesOverlap = "8820";           // episodes' dates overlap
constexpr const char* kTwoOpenEnquiries = "8839";          // two open enquiries in one episode
constexpr const char* kPlanOneDay = "8840";                // a plan starts and ends the same day
constexpr const char* kClosedAssessmentOpen = "8867";      // closed with an open assessment
constexpr const char* kClosedEnquiryOpen = "8868";         // closed with an open enquiry
constexpr const char* kNoFactorsNotRc8 = "8873";           // "21" alone, closed other than RC8
constexpr const char* kTwoOpenAssessments = "8896";        // two open assessments in one episode
constexpr const char* kFactorTwice = "8898";               // a factor code twice
constexpr const char* kTwoOpenPlans = "8935";              // more than one open protection plan
constexpr const char* kPlansOverlap = "8940";              // protection plans overlap
constexpr const char* kAssessmentBeforeReferral = "1103";  // assessment starts before referral
constexpr const char* kConferenceBeforeReferral = "1104";  // initial conference before referral
constexpr const char* kUpnLocalAuthority = "1530";         // UPN characters 2-4 not an LA code
constexpr const char* kUpnDigits = "1540";                 // UPN characters 5-12 not all digits
constexpr const char* kPlanNotFromConference = "2885";     // CPP starts on no conference's day
constexpr const char* kEnquiryBeforeReferral = "2889";     // S47 starts before referral
constexpr const char* kActivityAfterRc8 = "2990";          // activity on a case closed RC8 or RC9
constexpr const char* kNeedPlanOnNfa = "4000";             // CIN plan on a referral with NFA
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
}  // namespace rule

// One pre-flight's findings about one child.
struct Findings {
  const Person& person;
  std::vector<CensusProblem> problems;

  void Add(const char* rule, const char* element, std::string message,
           std::int64_t contact_id = 0) {
    problems.push_back({rule, element, std::move(message), person.id, contact_id});
  }
};

template <std::size_t N>
bool Listed(const std::array<Code, N>& list, const std::string& code) {
  return LabelFor(list, code).has_value();
}

void CheckDisabilities(Findings& found) {
  const auto& codes = found.person.disabilities;
  std::set<std::string> seen;
  for (const auto& code : codes) {
    if (!Listed(kDisabilities, code))
      found.Add(rule::kDisabilityCode, "Disability", "\"" + code + "\" is not a census disability");
    if (!seen.insert(code).second)
      found.Add(rule::kDisabilityTwice, "Disability",
                "The disability \"" + code + "\" is given twice");
  }
  if (seen.count("NONE") && codes.size() > 1)
    found.Add(rule::kNoneAndOthers, "Disability", "\"No disability\" is given with a disability");
}

// Characters 2-4 of a UPN: the code of the council that issued it.
bool IsUpnCouncilCode(std::string_view code) {
  static constexpr std::pair<int, int> kRanges[] = {
      {1, 5},     {201, 213}, {301, 320}, {330, 336}, {340, 344}, {350, 359}, {370, 373},
      {380, 384}, {390, 394}, {420, 420}, {660, 681}, {701, 708}, {800, 803}, {805, 808},
      {810, 813}, {815, 816}, {820, 823}, {825, 826}, {830, 831}, {835, 841}, {845, 846},
      {850, 852}, {855, 857}, {860, 861}, {865, 896}, {908, 909}, {916, 916}, {919, 919},
      {921, 921}, {925, 926}, {928, 929}, {931, 931}, {933, 933}, {935, 938}, {940, 941}};
  if (code.size() != 3 ||
      !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  const int number = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
  return std::any_of(std::begin(kRanges), std::end(kRanges), [&](const auto& range) {
    return number >= range.first && number <= range.second;
  });
}

// A UPN's parts in the order the Department checks them: digits, council code, check letter.
void CheckUpn(Findings& found) {
  const std::string& upn = found.person.upn;
  if (upn.empty()) return;
  const bool digits = upn.size() >= 12 && std::all_of(upn.begin() + 4, upn.begin() + 12,
                                                      [](char c) { return c >= '0' && c <= '9'; });
  if (!digits)
    found.Add(rule::kUpnDigits, "UPN",
              "The unique pupil number's characters 5 to 12 are not all digits");
  else if (upn.size() == 13 && !IsUpnCouncilCode(std::string_view(upn).substr(1, 3)))
    found.Add(rule::kUpnLocalAuthority, "UPN",
              "The unique pupil number's characters 2 to 4 are not a council's code");
  else if (!ParseUpn(upn))
    found.Add(rule::kUpnCheckLetter, "UPN", "The unique pupil number's check letter is wrong");
}

void CheckIdentity(Findings& found, const CensusYear& year) {
  const Person& person = found.person;
  if (person.date_of_birth && *person.date_of_birth > year.last)
    found.Add(rule::kBornAfterYear, "PersonBirthDate",
              "The date of birth is after the census year's last day");
  if (!person.date_of_birth && person.expected_date_of_birth && person.sex != Sex::kUnknown)
    found.Add(rule::kUnbornSex, "Sex", "An unborn child's sex is recorded as not known (U)");
  CheckDisabilities(found);
  CheckUpn(found);
  if (!person.date_of_birth && !person.expected_date_of_birth)
    found.Add(rule::kBirthDate, "PersonBirthDate",
              "Neither a date of birth nor an expected date of birth is recorded");
  if (!Listed(kEthnicities, person.ethnicity.empty() ? "NOBT" : person.ethnicity))
    found.Add(rule::kEthnicity, "Ethnicity", "\"" + person.ethnicity + "\" is not a census code");
}

void CheckAssessments(Findings& found, const ReferralEpisode& episode, const CensusYear& year) {
  for (const auto& assessment : episode.assessments) {
    if (assessment.authorised && *assessment.authorised < assessment.date)
      found.Add(rule::kAuthorisedAfterStart, "AssessmentAuthorisationDate",
                "An assessment was authorised (" + FormatLongDate(*assessment.authorised) +
                    ") before it started (" + FormatLongDate(assessment.date) + ")",
                episode.contact_id);
    for (const auto& factor : assessment.factors) {
      if (!Listed(kAssessmentFactors, factor))
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

void CheckPlans(Findings& found, const ReferralEpisode& episode, const CensusYear& year) {
  for (const auto& plan : episode.need_plans) {
    if (plan.end && *plan.end < plan.start)
      found.Add(rule::kNeedPlanDates, "CINPlanEndDate",
                "A child in need plan ends before it starts", episode.contact_id);
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
    if (!Listed(kAbuseCategories, plan.initial_category))
      found.Add(rule::kInitialCategory, "InitialCategoryOfAbuse",
                "The plan's initial category of abuse is missing or not a census code",
                episode.contact_id);
    if (!Listed(kAbuseCategories, plan.latest_category))
      found.Add(rule::kLatestCategory, "LatestCategoryOfAbuse",
                "The plan's latest category of abuse is missing or not a census code",
                episode.contact_id);
    if (episode.closure_date && !plan.end)
      found.Add(rule::kActivityAfterClosure, "CPPendDate",
                "The case closed while a child protection plan has no end date",
                episode.contact_id);
  }
}

void CheckEnquiries(Findings& found, const ReferralEpisode& episode) {
  for (const auto& enquiry : episode.enquiries) {
    if (!enquiry.conference_date) continue;
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
void CheckOpenWork(Findings& found, const ReferralEpisode& episode) {
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
              "The case closed while a section 47 enquiry had no conference and was not found "
              "to need none",
              contact);
  if (episode.assessments.size() == 1 && !episode.closure_reason.empty() &&
      episode.closure_reason != "RC8" &&
      episode.assessments[0].factors == std::vector<std::string>{"21"})
    found.Add(rule::kNoFactorsNotRc8, "ReasonForClosure",
              "The only assessment found no factors (21), so the reason for closure is RC8",
              contact);
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
void CheckEpisodesTogether(Findings& found, std::vector<const ReferralEpisode*> episodes) {
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
void CheckPlansTogether(Findings& found, const std::vector<const ReferralEpisode*>& episodes,
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
void CheckStepsAfterReferral(Findings& found, const ReferralEpisode& episode) {
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
  for (const auto& plan : episode.need_plans) {
    if (before(plan.start))
      found.Add(rule::kNeedPlanBeforeReferral, "CINPlanStartDate",
                "A child in need plan starts" + referred, contact);
  }
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

void CheckEpisode(Findings& found, const ReferralEpisode& episode, const CensusYear& year) {
  const Person& person = found.person;
  const auto born = person.date_of_birth ? person.date_of_birth : person.expected_date_of_birth;
  if (born && std::chrono::sys_days{episode.referral_date} <
                  std::chrono::sys_days{*born} - std::chrono::days{280})
    found.Add(rule::kReferralBeforeBirth, "CINreferralDate",
              "The referral is more than 40 weeks before the child's (expected) birth",
              episode.contact_id);
  CheckOpenWork(found, episode);
  if (!Listed(kReferralSources, episode.referral_source))
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
  if (!episode.closure_reason.empty() && !Listed(kClosureReasons, episode.closure_reason))
    found.Add(rule::kClosureReasonCode, "ReasonForClosure",
              "\"" + episode.closure_reason + "\" is not a census reason for closure",
              episode.contact_id);
  if (episode.PrimaryNeed().empty() && !episode.NoFurtherAction())
    found.Add(rule::kPrimaryNeedMissing, "PrimaryNeedCode",
              "The referral led to further action but no primary need is recorded (it is "
              "recorded with the assessment)",
              episode.contact_id);
  if (!episode.PrimaryNeed().empty() && !Listed(kPrimaryNeeds, episode.PrimaryNeed()))
    found.Add(rule::kPrimaryNeedCode, "PrimaryNeedCode",
              "\"" + episode.PrimaryNeed() + "\" is not a census primary need", episode.contact_id);
  CheckAssessments(found, episode, year);
  CheckPlans(found, episode, year);
  CheckEnquiries(found, episode);
  CheckStepsAfterReferral(found, episode);
}

}  // namespace

std::vector<CensusProblem> CheckCensusChild(const Person& person,
                                            const std::vector<ReferralEpisode>& episodes,
                                            const CensusYear& year) {
  Findings found{person, {}};
  CheckIdentity(found, year);
  std::vector<const ReferralEpisode*> in_year;
  for (const auto& episode : episodes) {
    if (!InCensusYear(episode, year)) continue;
    CheckEpisode(found, episode, year);
    in_year.push_back(&episode);
  }
  CheckPlansTogether(found, in_year, year);
  CheckEpisodesTogether(found, std::move(in_year));
  return found.problems;
}

std::vector<CensusProblem> CheckCensusChildrenTogether(
    const std::map<std::int64_t, std::string>& upns) {
  std::map<std::string, std::vector<std::int64_t>> children;
  for (const auto& [person, upn] : upns) {
    if (!upn.empty()) children[upn].push_back(person);
  }
  std::vector<CensusProblem> problems;
  for (const auto& [upn, people] : children) {
    if (people.size() < 2) continue;
    for (std::int64_t person : people)
      problems.push_back({rule::kUpnTwice, "UPN",
                          "The unique pupil number " + upn + " is on " +
                              std::to_string(people.size()) +
                              " children: if they are one child, merge their records",
                          person, 0});
  }
  return problems;
}

}  // namespace frontdoor::domain
