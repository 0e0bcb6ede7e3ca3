// src/domain/census_reading.cpp — a census file read element by element with expat: each child's
// identifiers, characteristics and referrals, and every value checked against its code list.
#include "domain/census_reading.hpp"

#include <expat.h>

#include <algorithm>
#include <charconv>

#include "domain/cin_census.hpp"
#include "domain/codes.hpp"
#include "domain/identifiers.hpp"

namespace frontdoor::domain {

namespace {

template <std::size_t N>
bool Listed(const std::array<Code, N>& list, std::string_view code) {
  return LabelFor(list, code).has_value();
}

// One <CINdetails> as read, before it becomes an episode.
struct ReadReferral {
  ReferralEpisode episode;
  std::string primary_need;
  std::vector<PlanDates> protection_plans;  // categories as read
  bool no_further_action = false;           // ReferralNFA
};

}  // namespace

struct CensusReader::State {
  std::function<void(ImportedChild)> on_child;
  XML_Parser parser = nullptr;
  CensusFileFacts facts;
  std::vector<ImportProblem> file_problems;
  std::vector<std::string> path;  // the open elements, outermost first
  std::string text;               // the current element's text
  std::optional<ImportedChild> child;
  std::optional<ReadReferral> referral;
  bool stopped = false;

  int Line() const { return int(XML_GetCurrentLineNumber(parser)); }
  bool Inside(std::string_view name) const {
    return std::find(path.begin(), path.end(), name) != path.end();
  }

  void Problem(std::string element, std::string reason) {
    ImportProblem problem{Line(), child ? child->la_child_id : "", std::move(element),
                          std::move(reason)};
    if (child) {
      child->problems.push_back(std::move(problem));
    } else {
      file_problems.push_back(std::move(problem));
    }
  }

  std::optional<Date> DateOf(const std::string& element) {
    auto date = ParseDate(text);
    if (!date) Problem(element, "\"" + text + "\" is not a date (YYYY-MM-DD)");
    return date;
  }

  //! A count of `what` (plans, meetings): a whole number from 0 to 99.
  std::optional<int> CountOf(const std::string& element, const char* what) {
    const bool digits =
        !text.empty() && text.size() <= 2 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
      Problem(element, "\"" + text + "\" is not a number of " + what + " (0 to 99)");
      return std::nullopt;
    }
    return std::stoi(text);
  }

  template <std::size_t N>
  std::string CodeOf(const std::string& element, const std::array<Code, N>& list,
                     const char* what) {
    if (!Listed(list, text)) Problem(element, "\"" + text + "\" is not " + what);
    return text;
  }

  void Start(const std::string& name) {
    path.push_back(name);
    text.clear();
    if (name == "Child") {
      child.emplace();
      child->line = Line();
    } else if (name == "CINdetails" && child) {
      referral.emplace();
    } else if (referral && name == "Assessments") {
      referral->episode.assessments.emplace_back();
      referral->episode.assessments.back().kind = CaseStepKind::kAssessment;
    } else if (referral && name == "CINPlanDates") {
      referral->episode.need_plans.emplace_back();
    } else if (referral && name == "Section47") {
      referral->episode.enquiries.emplace_back();
    } else if (referral && name == "ChildProtectionPlans") {
      referral->protection_plans.emplace_back();
    } else if (referral && name == "PreProceedingsandFGDM") {
      referral->episode.pre_proceedings.emplace_back();
    }
  }

  void End(const std::string& name) {
    // A value's surrounding spaces and line breaks are the file's layout, not the value.
    const auto first = text.find_first_not_of(" \t\r\n");
    text = first == std::string::npos
               ? std::string()
               : text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
    if (child) {
      EndInChild(name);
    } else if (name == "Year") {
      int year = 0;
      std::from_chars(text.data(), text.data() + text.size(), year);
      facts.year = year;
      if (year < 2020) {
        Problem("Year", "\"" + text + "\" is not a census year from 2019-20 on");
        stopped = true;
      }
    } else if (name == "LEA") {
      facts.local_authority = text;
    } else if (name == "SoftwareCode") {
      facts.software = text;
    } else if (name == "Collection" && text != "CIN") {
      Problem("Collection", "\"" + text + "\" is not the Children in Need census (CIN)");
      stopped = true;
    }
    path.pop_back();
    text.clear();
    if (stopped) XML_StopParser(parser, XML_FALSE);
  }

  void EndInChild(const std::string& name) {
    if (referral) {
      EndInReferral(name);
      return;
    }
    ImportedChild& read = *child;
    if (name == "LAchildID") {
      read.la_child_id = text;
      if (text.empty() || text.size() > 20 || !std::all_of(text.begin(), text.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c));
          }))
        Problem(name, "\"" + text + "\" is not a local child id (1 to 20 letters and digits)");
    } else if (name == "UPN") {
      read.upn = text;
      if (!ParseUpn(text)) Problem(name, "\"" + text + "\" is not a unique pupil number");
    } else if (name == "FormerUPN") {
      read.former_upn = text;
      if (!ParseUpn(text)) Problem(name, "\"" + text + "\" is not a unique pupil number");
    } else if (name == "UPNunknown") {
      read.upn_unknown = text;
      if (!LabelFor(kUpnUnknownReasons, text))
        Problem(name, "\"" + text + "\" is not a reason for a missing pupil number (UN1 to UN7)");
    } else if (name == "PersonBirthDate") {
      read.birth = DateOf(name);
    } else if (name == "ExpectedPersonBirthDate") {
      read.expected_birth = DateOf(name);
    } else if (name == "PersonDeathDate") {
      read.death = DateOf(name);
    } else if (name == "Sex") {
      const auto sex = kSexes.Parse(text);
      if (!sex) Problem(name, "\"" + text + "\" is not M, F or U");
      read.sex = sex.value_or(Sex::kUnknown);
    } else if (name == "GenderCurrent" || name == "Gender") {  // before 2024-25
      if (text != "0" && text != "1" && text != "2" && text != "9")
        Problem(name, "\"" + text + "\" is not 1 (male), 2 (female), 0 or 9 (not known)");
      read.sex = text == "1" ? Sex::kMale : text == "2" ? Sex::kFemale : Sex::kUnknown;
    } else if (name == "Ethnicity") {
      read.ethnicity = CodeOf(name, kEthnicities, "a census ethnicity");
    } else if (name == "Disability") {
      // "NONE" is kept: no disability is recorded, which is not the same as not recorded.
      if (const std::string code = CodeOf(name, kDisabilities, "a census disability");
          !code.empty())
        read.disabilities.push_back(code);
    } else if (name == "Child") {
      if (read.la_child_id.empty()) Problem("LAchildID", "The child has no local child id");
      const bool unreadable_birth =
          std::any_of(read.problems.begin(), read.problems.end(),
                      [](const auto& problem) { return problem.element.ends_with("BirthDate"); });
      if (!read.birth && !read.expected_birth && !unreadable_birth)
        Problem("PersonBirthDate", "Neither a date of birth nor an expected one is given");
      if (read.death && read.birth && *read.death < *read.birth)
        Problem("PersonDeathDate", "The date of death is before the date of birth");
      on_child(std::move(read));
      child.reset();
    }
  }

  // The group (an assessment, a plan, an enquiry) an element belongs to: the latest begun, when
  // the element is directly inside one; otherwise a problem, and nothing is read into any.
  template <typename Item>
  Item* In(std::vector<Item>& group, std::string_view expected, const std::string& name) {
    const std::string_view parent = path.size() >= 2 ? std::string_view(path[path.size() - 2]) : "";
    if (!expected.empty() && parent == expected && !group.empty()) return &group.back();
    Problem(name, "Is not inside its group (" +
                      std::string(expected.empty() ? "FactorsIdentifiedAtAssessment" : expected) +
                      ")");
    return nullptr;
  }

  //! true or false (1 or 0).
  std::optional<bool> AnswerOf(const std::string& element) {
    if (text == "true" || text == "1") return true;
    if (text == "false" || text == "0") return false;
    Problem(element, "\"" + text + "\" is not true or false");
    return std::nullopt;
  }

  // An element of the referral's pre-proceedings (2026-27 on).
  void EndInPreProceedings(const std::string& name) {
    auto* pre = In(referral->episode.pre_proceedings, "PreProceedingsandFGDM", name);
    if (!pre) return;
    if (name == "PPStartDate") {
      if (auto date = DateOf(name)) pre->start = *date;
    } else if (name == "LBPSentDate") {
      pre->letter_sent = DateOf(name);
    } else if (name == "FGDMMeetingOffer") {
      pre->family_meeting_offered = AnswerOf(name);
    } else if (name == "FGDMMeetingFac") {
      pre->family_meeting_held = AnswerOf(name);
    } else if (name == "InitialPPMeetingDate") {
      pre->first_meeting = DateOf(name);
    } else if (name == "ReviewMeetingsCount") {
      pre->review_meetings = CountOf(name, "meetings");
    } else if (name == "StepDecisionDate") {
      pre->decided_on = DateOf(name);
    } else if (name == "CourtAppDate") {
      pre->court_application = DateOf(name);
    } else if (name == "LetterInitCPDate") {
      pre->proceedings_letter = DateOf(name);
    } else if (name == "PPOutcome") {
      pre->outcome = CodeOf(name, kPreProceedingsOutcomes, "A, B or C");
    }
  }

  void EndInReferral(const std::string& name) {
    if (name != "PreProceedingsandFGDM" && Inside("PreProceedingsandFGDM")) {
      EndInPreProceedings(name);
      return;
    }
    ReadReferral& read = *referral;
    ReferralEpisode& episode = read.episode;
    const std::string parent = path.size() >= 2 ? path[path.size() - 2] : "";
    if (name == "CINreferralDate") {
      if (auto date = DateOf(name)) episode.referral_date = *date;
    } else if (name == "ReferralSource") {
      episode.referral_source = CodeOf(name, kReferralSources, "a census referral source");
    } else if (name == "PrimaryNeedCode") {
      read.primary_need = CodeOf(name, kPrimaryNeeds, "a census primary need");
    } else if (name == "CINclosureDate") {
      episode.closure_date = DateOf(name);
    } else if (name == "ReasonForClosure") {
      episode.closure_reason = CodeOf(name, kClosureReasons, "a census reason for closure");
    } else if (name == "AssessmentActualStartDate") {
      if (auto* assessment = In(episode.assessments, "Assessments", name))
        if (auto date = DateOf(name)) assessment->date = *date;
    } else if (name == "AssessmentAuthorisationDate") {
      if (auto* assessment = In(episode.assessments, "Assessments", name))
        assessment->authorised = DateOf(name);
    } else if (name == "AssessmentFactors") {
      const bool grouped = path.size() >= 3 && path[path.size() - 3] == "Assessments";
      if (auto* assessment =
              In(episode.assessments, grouped ? "FactorsIdentifiedAtAssessment" : "", name)) {
        if (!AssessmentFactorLabel(text))
          Problem(name, "\"" + text + "\" is not a census assessment factor");
        assessment->factors.push_back(text);
      }
    } else if (name == "CINPlanStartDate") {
      if (auto* plan = In(episode.need_plans, "CINPlanDates", name))
        if (auto date = DateOf(name)) plan->start = *date;
    } else if (name == "CINPlanEndDate") {
      if (auto* plan = In(episode.need_plans, "CINPlanDates", name)) plan->end = DateOf(name);
    } else if (name == "S47ActualStartDate") {
      if (auto* enquiry = In(episode.enquiries, "Section47", name))
        if (auto date = DateOf(name)) enquiry->start = *date;
    } else if (name == "DateOfInitialCPC" && parent == "CINdetails") {
      episode.initial_conference = DateOf(name);
    } else if (name == "ReferralNFA") {
      read.no_further_action = AnswerOf(name).value_or(false);
    } else if (name == "DateOfInitialCPC" && parent == "Section47") {
      if (auto* enquiry = In(episode.enquiries, "Section47", name))
        enquiry->conference_date = DateOf(name);
    } else if (name == "ICPCnotRequired") {
      const bool not_required = AnswerOf(name).value_or(false);
      if (auto* enquiry = In(episode.enquiries, "Section47", name))
        enquiry->conference_not_required = not_required;
    } else if (name == "CPPstartDate") {
      if (auto* plan = In(read.protection_plans, "ChildProtectionPlans", name))
        if (auto date = DateOf(name)) plan->start = *date;
    } else if (name == "CPPendDate") {
      if (auto* plan = In(read.protection_plans, "ChildProtectionPlans", name))
        plan->end = DateOf(name);
    } else if (name == "InitialCategoryOfAbuse") {
      if (auto* plan = In(read.protection_plans, "ChildProtectionPlans", name))
        plan->initial_category = CodeOf(name, kAbuseCategories, "a census category of abuse");
    } else if (name == "LatestCategoryOfAbuse") {
      if (auto* plan = In(read.protection_plans, "ChildProtectionPlans", name))
        plan->latest_category = CodeOf(name, kAbuseCategories, "a census category of abuse");
    } else if (name == "CPPreviewDate") {
      // Inside its plan's Reviews.
      const bool in_plan = parent == "Reviews" && path.size() >= 3 &&
                           path[path.size() - 3] == "ChildProtectionPlans";
      if (!in_plan || read.protection_plans.empty())
        Problem(name, "Is not inside its group (ChildProtectionPlans/Reviews)");
      else if (auto date = DateOf(name))
        read.protection_plans.back().reviews.push_back(*date);
    } else if (name == "NumberOfPreviousCPP") {
      if (auto* plan = In(read.protection_plans, "ChildProtectionPlans", name))
        plan->previous_plans_given = CountOf(name, "plans");
    } else if (name == "CINdetails") {
      FinishReferral();
    }
  }

  // The referral as an episode: its primary need on its assessments, and each protection plan
  // started by the conference of an enquiry on the day it started, or by one whose enquiry came
  // before the file's year. Closed and not "no further action", yet with no assessment or enquiry
  // in the file, it was acted on before the file's year.
  void FinishReferral() {
    ReadReferral& read = *referral;
    ReferralEpisode& episode = read.episode;
    if (episode.referral_date == Date{})
      Problem("CINreferralDate", "A referral has no referral date");
    for (const auto& pre : episode.pre_proceedings)
      if (pre.start == Date{}) Problem("PPStartDate", "Pre-proceedings have no date they began");
    episode.primary_need = read.primary_need;  // the referral's, with or without an assessment
    if (!read.primary_need.empty()) {
      const bool closed_after = episode.closure_reason == "RC8" || episode.closure_reason == "RC9";
      for (auto& assessment : episode.assessments) {
        assessment.primary_need = read.primary_need;
        assessment.needs_support = !closed_after;
      }
    }
    for (auto& plan : read.protection_plans) {
      const auto started =
          std::find_if(episode.enquiries.begin(), episode.enquiries.end(),
                       [&](const auto& enquiry) { return enquiry.conference_date == plan.start; });
      if (started != episode.enquiries.end()) started->plan_followed = true;
      episode.protection_plans.push_back(plan);
    }
    episode.acted_on_before = episode.closure_date && !read.no_further_action &&
                              episode.assessments.empty() && episode.enquiries.empty();
    child->episodes.push_back(std::move(episode));
    referral.reset();
  }
};

namespace {

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char**) {
  static_cast<CensusReader::State*>(data)->Start(name);
}
void XMLCALL OnEnd(void* data, const XML_Char* name) {
  static_cast<CensusReader::State*>(data)->End(name);
}
void XMLCALL OnText(void* data, const XML_Char* text, int length) {
  static_cast<CensusReader::State*>(data)->text.append(text, std::size_t(length));
}

}  // namespace

CensusReader::CensusReader(std::function<void(ImportedChild)> on_child)
    : state_(std::make_unique<State>()) {
  state_->on_child = std::move(on_child);
  state_->parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(state_->parser, state_.get());
  XML_SetElementHandler(state_->parser, OnStart, OnEnd);
  XML_SetCharacterDataHandler(state_->parser, OnText);
}

CensusReader::~CensusReader() {
  XML_ParserFree(state_->parser);
}

bool CensusReader::Feed(std::string_view bytes, bool last) {
  if (state_->stopped) return false;
  if (XML_Parse(state_->parser, bytes.data(), int(bytes.size()), last ? 1 : 0) ==
      XML_STATUS_ERROR) {
    if (!state_->stopped) {
      state_->file_problems.push_back({state_->Line(),
                                       state_->child ? state_->child->la_child_id : "", "",
                                       std::string("Not well-formed XML: ") +
                                           XML_ErrorString(XML_GetErrorCode(state_->parser))});
    }
    state_->stopped = true;
    return false;
  }
  if (last && state_->facts.year == 0) {
    state_->file_problems.push_back({state_->Line(), "", "Year", "The file gives no census year"});
    return false;
  }
  return true;
}

const CensusFileFacts& CensusReader::Facts() const {
  return state_->facts;
}

const std::vector<ImportProblem>& CensusReader::FileProblems() const {
  return state_->file_problems;
}

Person ImportedChild::AsPerson() const {
  Person person;
  person.upn = upn;
  if (upn.empty()) person.upn_unknown = upn_unknown;  // a number, when given, says more
  person.former_upn = former_upn;
  person.date_of_birth = birth;
  person.expected_date_of_birth = expected_birth;
  person.date_of_death = death;
  person.sex = sex;
  person.ethnicity = ethnicity;
  person.disabilities = disabilities;
  return person;
}

std::string ImportedChildXml(const ImportedChild& child) {
  return CensusChildXml(child.AsPerson(), child.la_child_id, child.episodes, child.episodes,
                        WorkingCalendar());
}

std::vector<ImportedChild> ReadCensusChildren(std::string_view xml) {
  std::vector<ImportedChild> children;
  CensusReader reader([&](ImportedChild child) { children.push_back(std::move(child)); });
  // A lone <Child> has no header: read inside a minimal message of a year the reader takes.
  const bool lone = xml.find("<Message>") == std::string_view::npos;
  if (lone)
    reader.Feed(
        "<Message><Header><CollectionDetails><Year>2020</Year>"
        "</CollectionDetails></Header><Children>",
        false);
  reader.Feed(xml, !lone);
  if (lone) reader.Feed("</Children></Message>", true);
  for (const auto& problem : reader.FileProblems()) {
    if (children.empty()) children.emplace_back();
    children.back().problems.push_back(problem);
  }
  return children;
}

namespace {

// The order of steps on one day: an enquiry before its conference, a plan's start before its
// review and its review before its end, the closure last.
int DayOrder(CaseStepKind kind) {
  switch (kind) {
    case CaseStepKind::kSection47:
      return 0;
    case CaseStepKind::kConference:
      return 1;
    case CaseStepKind::kAssessmentStart:
    case CaseStepKind::kAssessment:
      return 2;
    case CaseStepKind::kNeedPlanStart:
      return 3;
    case CaseStepKind::kProtectionPlanReview:
      return 4;
    case CaseStepKind::kProtectionPlanEnd:
      return 5;
    case CaseStepKind::kNeedPlanEnd:
      return 6;
    default:  // pre-proceedings: in the order they are added, which is theirs
      return 3;
    case CaseStepKind::kClosure:
      break;
  }
  return 7;
}

// The drafts of the referral's pre-proceedings in order; `add` makes a draft of a kind on a day.
template <typename Add>
void AddPreProceedingsDrafts(const ReferralEpisode& episode, Add&& add) {
  const auto yes_no = [](const std::optional<bool>& yes) -> std::string {
    return yes ? (*yes ? "yes" : "no") : "";
  };
  for (const auto& pre : episode.pre_proceedings) {
    add("pre_proceedings_start", pre.start);
    if (pre.letter_sent)
      add("letter_before_proceedings", *pre.letter_sent).family_meeting =
          yes_no(pre.family_meeting_offered);
    if (pre.first_meeting) add("pre_proceedings_meeting", *pre.first_meeting);
    if (pre.decided_on) {
      auto& decision = add("pre_proceedings_decision", *pre.decided_on);
      decision.outcome = pre.outcome;
      decision.family_meeting = yes_no(pre.family_meeting_held);
      if (pre.review_meetings) decision.review_meetings = std::to_string(*pre.review_meetings);
      decision.queried_answers_may_be_missing = true;  // 9010Q and 9015Q only ask
    }
    if (pre.court_application) add("court_application", *pre.court_application);
    if (pre.proceedings_letter) add("proceedings_letter", *pre.proceedings_letter);
  }
}

// The drafts that make the episode, in the order they happened.
std::vector<CaseStepDraft> DraftsOf(const ReferralEpisode& episode) {
  std::vector<std::pair<Date, CaseStepDraft>> drafts;
  const auto add = [&](const char* kind, const Date& date) -> CaseStepDraft& {
    drafts.push_back({date, {}});
    drafts.back().second.kind = kind;
    drafts.back().second.date = FormatDate(date);
    return drafts.back().second;
  };
  for (const auto& assessment : episode.assessments) {
    if (!assessment.authorised) {  // under way on the file's day
      add("assessment_start", assessment.date);
      continue;
    }
    auto& draft = add("assessment", assessment.date);
    draft.authorised = FormatDate(*assessment.authorised);
    draft.child_seen = assessment.child_seen ? "yes" : "no";
    draft.factors = assessment.factors;
    draft.retired_factors_allowed = true;
    draft.needs_support = assessment.needs_support ? "yes" : "no";
    draft.primary_need = assessment.primary_need;
  }
  for (const auto& enquiry : episode.enquiries) {
    add("section_47", enquiry.start);
    if (!enquiry.Concluded()) continue;
    auto& conference = add("conference", enquiry.conference_date.value_or(enquiry.start));
    conference.conference = enquiry.conference_not_required ? "not_required" : "held";
    conference.plan_followed = enquiry.plan_followed ? "yes" : "no";
    for (const auto& plan : episode.protection_plans) {
      if (plan.start != enquiry.conference_date) continue;
      conference.category = plan.initial_category;
      conference.previous_plans = plan.previous_plans_given;
    }
  }
  for (const auto& plan : episode.need_plans) {
    add("need_plan_start", plan.start);
    if (plan.end) add("need_plan_end", *plan.end);
  }
  // A conference whose enquiry came before the file's year: one that started a plan in the file,
  // and the referral's first (CINdetails' DateOfInitialCPC) when nothing else in the file has it.
  const auto enquiry_held = [&](const Date& day) {
    return std::any_of(episode.enquiries.begin(), episode.enquiries.end(),
                       [&](const auto& enquiry) { return enquiry.conference_date == day; });
  };
  const auto conference_without_enquiry = [&](const Date& day, const PlanDates* plan) {
    auto& conference = add("conference", day);
    conference.conference = "held";
    conference.plan_followed = plan ? "yes" : "no";
    if (plan) {
      conference.category = plan->initial_category;
      conference.previous_plans = plan->previous_plans_given;
    }
    conference.earlier_steps_not_held = true;
  };
  if (const auto& first = episode.initial_conference;
      first && !enquiry_held(*first) &&
      std::none_of(episode.protection_plans.begin(), episode.protection_plans.end(),
                   [&](const auto& plan) { return plan.start == *first; }))
    conference_without_enquiry(*first, nullptr);
  for (const auto& plan : episode.protection_plans) {
    if (!enquiry_held(plan.start)) conference_without_enquiry(plan.start, &plan);
    for (const auto& review : plan.reviews) add("protection_plan_review", review);
    if (!plan.end) continue;
    auto& end = add("protection_plan_end", *plan.end);
    if (plan.latest_category != plan.initial_category) end.category = plan.latest_category;
  }
  AddPreProceedingsDrafts(episode, add);
  if (episode.closure_date) {
    auto& closure = add("closure", *episode.closure_date);
    closure.closure_reason = episode.closure_reason;
    closure.earlier_steps_not_held = episode.acted_on_before;
  }
  std::stable_sort(drafts.begin(), drafts.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return DayOrder(*kCaseStepKinds.Parse(a.second.kind)) <
           DayOrder(*kCaseStepKinds.Parse(b.second.kind));
  });
  std::vector<CaseStepDraft> ordered;
  for (auto& [date, draft] : drafts) {
    draft.details_not_kept = episode.details_not_kept;
    ordered.push_back(std::move(draft));
  }
  return ordered;
}

}  // namespace

std::vector<CaseStep> StepsOfEpisode(const ReferralEpisode& episode, const Date& today,
                                     const WorkingCalendar& calendar,
                                     std::vector<std::string>& refusals) {
  std::vector<CaseStep> steps;
  for (const auto& draft : DraftsOf(episode)) {
    const auto errors = AppendCaseStep(draft, episode.contact_id, episode.person_id,
                                       episode.referral_date, today, calendar, steps);
    if (!errors.empty())
      refusals.push_back(std::string(kCaseStepKinds.Name(*kCaseStepKinds.Parse(draft.kind))) +
                         " on " + FormatLongDate(*ParseDate(draft.date)) + ": " +
                         errors.front().message);
  }
  return steps;
}

}  // namespace frontdoor::domain
