// src/domain/cin_census.cpp — the census year and each child's XML in the Department's element
// order.
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
  if ((start + 1) % 100 != end || start < kFirstCensusYear || start > 2100) return std::nullopt;
  using namespace std::chrono;
  return CensusYear{start, year{start} / April / 1, year{start + 1} / March / 31};
}

std::vector<CensusYear> CensusYearsUpTo(const Date& today) {
  using namespace std::chrono;
  const int holding = int(today.year()) - (today.month() < April ? 1 : 0);
  std::vector<CensusYear> years;
  for (int start = holding; start >= kFirstCensusYear; --start)
    years.push_back({start, year{start} / April / 1, year{start + 1} / March / 31});
  return years;
}

const char* SexElement(int start_year) {
  return start_year >= kFirstSexYear ? "Sex" : "GenderCurrent";
}

bool HasEarlierStructure(const CensusYear& year) {
  return year.start_year < kFirstSexYear || year.start_year < kFirstSplitFactorsYear;
}

std::string_view CensusSexCode(Sex sex, int start_year) {
  if (start_year >= kFirstSexYear) return kSexes.Code(sex);
  return sex == Sex::kMale ? "1" : sex == Sex::kFemale ? "2" : "0";
}

Person PersonInCensusYear(const Person& person, const CensusYear& year) {
  Person seen = person;
  if (seen.date_of_birth && *seen.date_of_birth > year.last) {
    seen.expected_date_of_birth = seen.date_of_birth;
    seen.date_of_birth.reset();
    seen.sex = Sex::kUnknown;
  }
  if (seen.date_of_death && *seen.date_of_death > year.last) seen.date_of_death.reset();
  return seen;
}

bool InCensusYear(const ReferralEpisode& episode, const CensusYear& year) {
  return episode.referral_date <= year.last &&
         (!episode.closure_date || *episode.closure_date >= year.first);
}

ReferralEpisode EpisodeAtYearEnd(const ReferralEpisode& whole, const CensusYear& year) {
  ReferralEpisode shown = whole;
  const auto before_year = [&](const std::optional<Date>& day) { return day && *day < year.first; };
  const auto after_year = [&](const std::optional<Date>& day) { return day && *day > year.last; };
  shown.acted_on_before = whole.acted_on_before || !whole.assessments.empty() ||
                          !whole.enquiries.empty() || !whole.pre_proceedings.empty();
  if (after_year(shown.closure_date)) {
    shown.closure_date.reset();
    shown.closure_reason.clear();
  }
  if (after_year(shown.initial_conference)) shown.initial_conference.reset();
  shown.assessments.clear();
  for (auto assessment : whole.assessments) {
    if (assessment.date > year.last || before_year(assessment.authorised)) continue;
    if (after_year(assessment.authorised)) {  // under way on the year's last day
      assessment.kind = CaseStepKind::kAssessmentStart;
      assessment.authorised.reset();
      assessment.factors.clear();
    }
    shown.assessments.push_back(std::move(assessment));
  }
  shown.enquiries.clear();
  for (auto enquiry : whole.enquiries) {
    if (enquiry.start > year.last || before_year(enquiry.concluded_on)) continue;
    // One found not to need a conference belongs to the year it started: the file does not say
    // when that was found, so a year's file holds the ones it started.
    if (enquiry.conference_not_required && enquiry.start < year.first &&
        !after_year(enquiry.concluded_on))
      continue;
    if (after_year(enquiry.concluded_on)) enquiry = {enquiry.start, {}, false, false, {}};
    shown.enquiries.push_back(enquiry);
  }
  for (auto* plans : {&shown.need_plans, &shown.protection_plans}) {
    std::vector<PlanDates> kept;
    for (auto plan : *plans) {
      if (plan.start > year.last || before_year(plan.end)) continue;
      if (after_year(plan.end)) {  // a change of category is recorded when the plan ends
        plan.end.reset();
        plan.latest_category = plan.initial_category;
      }
      // The year's file lists the reviews held in the year.
      std::erase_if(plan.reviews,
                    [&](const Date& day) { return day < year.first || day > year.last; });
      kept.push_back(std::move(plan));
    }
    *plans = std::move(kept);
  }
  shown.pre_proceedings.clear();
  if (year.start_year >= kFirstPreProceedingsYear) {
    for (auto pre : whole.pre_proceedings) {
      if (pre.start < year.first || pre.start > year.last) continue;  // rule 9005's year
      if (after_year(pre.letter_sent)) pre.family_meeting_offered.reset();
      if (after_year(pre.decided_on)) {
        pre.outcome.clear();
        pre.family_meeting_held.reset();
        pre.review_meetings.reset();
      }
      for (auto* day : {&pre.letter_sent, &pre.first_meeting, &pre.decided_on,
                        &pre.court_application, &pre.proceedings_letter})
        if (after_year(*day)) day->reset();
      shown.pre_proceedings.push_back(std::move(pre));
    }
  }
  // The primary need known by then; else the latest, which the Department asks for.
  if (shown.PrimaryNeed().empty()) shown.primary_need = whole.PrimaryNeed();
  return shown;
}

std::optional<Date> ConferenceWithoutEnquiry(const ReferralEpisode& episode) {
  const auto& first = episode.initial_conference;
  if (!first || std::any_of(episode.enquiries.begin(), episode.enquiries.end(),
                            [&](const auto& enquiry) { return enquiry.conference_date == first; }))
    return std::nullopt;
  return first;
}

int PlansBefore(const PlanDates& plan, const std::vector<ReferralEpisode>& all_episodes) {
  std::vector<const PlanDates*> held;
  for (const auto& episode : all_episodes) {
    for (const auto& each : episode.protection_plans) held.push_back(&each);
  }
  // The plans held that started before `plan`, and on or after `first` when given.
  const auto held_before = [&](const Date* first) {
    return static_cast<int>(std::count_if(held.begin(), held.end(), [&](const PlanDates* each) {
      return (!first || *first <= each->start) && each->start < plan.start;
    }));
  };
  int before = std::max(held_before(nullptr), plan.previous_plans_given.value_or(0));
  for (const PlanDates* given : held) {
    if (given->previous_plans_given && given->start <= plan.start)
      before = std::max(before, *given->previous_plans_given + held_before(&given->start));
  }
  return before;
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

// The working days the Department allows from a strategy discussion to the initial conference.
constexpr int kConferenceWorkingDays = 15;

// Module 5 (2026-27 on): the referral's pre-proceedings, in the Department's element order.
void PreProceedingsXml(std::string& out, const PreProceedings& pre) {
  const auto date = [&](const char* name, const std::optional<Date>& day) {
    if (day) Element(out, 5, name, FormatDate(*day));
  };
  const auto answer = [&](const char* name, const std::optional<bool>& yes) {
    if (yes) Element(out, 5, name, TrueFalse(*yes));
  };
  Open(out, 4, "PreProceedingsandFGDM");
  Element(out, 5, "PPStartDate", FormatDate(pre.start));
  date("LBPSentDate", pre.letter_sent);
  answer("FGDMMeetingOffer", pre.family_meeting_offered);
  answer("FGDMMeetingFac", pre.family_meeting_held);
  date("InitialPPMeetingDate", pre.first_meeting);
  if (pre.review_meetings)
    Element(out, 5, "ReviewMeetingsCount", std::to_string(*pre.review_meetings));
  date("StepDecisionDate", pre.decided_on);
  date("CourtAppDate", pre.court_application);
  date("LetterInitCPDate", pre.proceedings_letter);
  if (!pre.outcome.empty()) Element(out, 5, "PPOutcome", pre.outcome);
  Close(out, 4, "PreProceedingsandFGDM");
}

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
  if (const auto conference = ConferenceWithoutEnquiry(episode))
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
    const int previous = PlansBefore(plan, all_episodes);
    Open(out, 4, "ChildProtectionPlans");
    Element(out, 5, "CPPstartDate", FormatDate(plan.start));
    if (plan.end) Element(out, 5, "CPPendDate", FormatDate(*plan.end));
    Element(out, 5, "InitialCategoryOfAbuse", plan.initial_category);
    Element(out, 5, "LatestCategoryOfAbuse", plan.latest_category);
    Element(out, 5, "NumberOfPreviousCPP", std::to_string(previous));
    if (!plan.reviews.empty()) {
      Open(out, 5, "Reviews");
      for (const auto& review : plan.reviews) Element(out, 6, "CPPreviewDate", FormatDate(review));
      Close(out, 5, "Reviews");
    }
    Close(out, 4, "ChildProtectionPlans");
  }
  for (const auto& pre : episode.pre_proceedings) PreProceedingsXml(out, pre);
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
                           const WorkingCalendar& calendar, int start_year) {
  std::string out;
  Open(out, 2, "Child");
  Open(out, 3, "ChildIdentifiers");
  Element(out, 4, "LAchildID", la_child_id);
  if (!person.upn.empty()) Element(out, 4, "UPN", person.upn);
  if (!person.former_upn.empty()) Element(out, 4, "FormerUPN", person.former_upn);
  if (person.upn.empty() && !person.upn_unknown.empty())
    Element(out, 4, "UPNunknown", person.upn_unknown);
  if (person.date_of_birth) {
    Element(out, 4, "PersonBirthDate", FormatDate(*person.date_of_birth));
  } else if (person.expected_date_of_birth) {
    Element(out, 4, "ExpectedPersonBirthDate", FormatDate(*person.expected_date_of_birth));
  }
  Element(out, 4, SexElement(start_year), CensusSexCode(person.sex, start_year));
  if (person.date_of_death) Element(out, 4, "PersonDeathDate", FormatDate(*person.date_of_death));
  Close(out, 3, "ChildIdentifiers");
  Open(out, 3, "ChildCharacteristics");
  Element(out, 4, "Ethnicity", EthnicityForReturns(person));
  // Disabilities not recorded are left out (the element is optional), never sent as "NONE".
  if (!person.disabilities.empty()) {
    Open(out, 4, "Disabilities");
    for (const auto& code : person.disabilities) Element(out, 5, "Disability", code);
    Close(out, 4, "Disabilities");
  }
  Close(out, 3, "ChildCharacteristics");
  for (const auto& episode : episodes) EpisodeXml(out, episode, all_episodes, calendar);
  Close(out, 2, "Child");
  return out;
}

}  // namespace frontdoor::domain
