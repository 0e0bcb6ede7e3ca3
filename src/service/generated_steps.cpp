// src/service/generated_steps.cpp — a generated referral's episode, step by step, each step checked
// by ValidateCaseStep as if a practitioner had typed it.
#include "service/generated_steps.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "domain/codes.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::service {

namespace {

using domain::CaseStepDraft;
using domain::Date;

class EpisodeMaker {
 public:
  EpisodeMaker(std::mt19937_64& random, const GeneratedReferral& referral, const Date& today,
               const domain::WorkingCalendar& calendar)
      : random_(random), referral_(referral), today_(today), calendar_(calendar) {}

  std::vector<domain::CaseStep> Make() {
    const Date referred = referral_.referral_date;
    if (!referral_.enquiry && Pick(12) == 0) {  // closed within days, nothing more to do
      Add(Draft("closure", Later(referred, 1 + Pick(10)), "RC7"));
      return std::move(steps_);
    }
    Date started = Later(referred, Pick(3));
    bool protection_plan = false;
    if (referral_.enquiry) {
      if (!Add(Draft("section_47", started))) return std::move(steps_);
      CaseStepDraft conference = Draft("conference", Date{});
      if (Pick(10) < 7) {  // held within fifteen working days of the enquiry's start
        conference.date = domain::FormatDate(calendar_.AddWorkingDays(started, 5 + Pick(11)));
        conference.conference = "held";
        protection_plan = Pick(10) < 6;
        conference.plan_followed = protection_plan ? "yes" : "no";
        if (protection_plan) conference.category = Category();
      } else {
        conference.date = domain::FormatDate(Later(started, 2 + Pick(9)));
        conference.conference = "not_required";
      }
      if (!Add(conference)) return std::move(steps_);
    }
    // Most assessments are authorised within 45 working days; one in eight runs late.
    const int working_days = Pick(8) == 0 ? 46 + Pick(25) : 10 + Pick(35);
    const Date authorised = calendar_.AddWorkingDays(started, working_days);
    const bool needs_support = protection_plan || Pick(2) == 0;
    if (authorised > today_) {  // still under way today
      Add(Draft("assessment_start", started));
      return std::move(steps_);
    }
    if (!Add(Assessment(started, authorised, needs_support, protection_plan)))
      return std::move(steps_);
    if (protection_plan) {
      const Date ended = Later(LastDay(), 90 + Pick(500));
      if (!AddReviews(ended)) return std::move(steps_);
      CaseStepDraft end = Draft("protection_plan_end", ended);
      if (Pick(5) == 0) end.category = Category();
      if (!AddPreProceedings(ended) || !Add(end)) return std::move(steps_);
      if (Pick(2) == 0) return CloseAfterSupport();
    }
    if (needs_support) {
      if (!Add(Draft("need_plan_start", Later(LastDay(), Pick(10))))) return std::move(steps_);
      if (!Add(Draft("need_plan_end", Later(LastDay(), 60 + Pick(340))))) return std::move(steps_);
      return CloseAfterSupport();
    }
    // An assessment that found nothing closes with no further action (RC8), never a referral
    // on to early help; after a section 47 enquiry the case closes for another reason.
    const char* reason = referral_.enquiry ? "RC7" : no_factors_ || Pick(3) != 0 ? "RC8" : "RC9";
    Add(Draft("closure", Later(LastDay(), Pick(5)), reason));
    return std::move(steps_);
  }

 private:
  // The plan's review conferences before `ended` and not after today: the first within three
  // months of its start, then every six months, each on a working day.
  bool AddReviews(const Date& ended) {
    const auto& plans = domain::EpisodeOf(referral_.contact_id, referral_.person_id,
                                          referral_.referral_date, steps_)
                            .protection_plans;
    if (plans.empty()) return true;
    for (Date review = Later(plans.back().start, 85);; review = Later(review, 175)) {
      while (!calendar_.IsWorkingDay(review)) review = Later(review, 1);
      if (review >= ended || review > today_) return true;
      if (!Add(Draft("protection_plan_review", review))) return false;
    }
  }

  // For about one child protection plan in four, pre-proceedings begun a month or two after it
  // started and over (decided, and on to court when stepped up) before it ends. Drawn from the
  // referral's own numbers, not the shared stream, so every other step is the same as without.
  bool AddPreProceedings(const Date& ended) {
    const auto& plans = domain::EpisodeOf(referral_.contact_id, referral_.person_id,
                                          referral_.referral_date, steps_)
                            .protection_plans;
    std::mt19937_64 own(std::uint64_t(referral_.contact_id) * 0x9E3779B97F4A7C15u +
                        std::uint64_t(referral_.person_id));
    const auto pick = [&](int count) { return int(own() % std::uint64_t(count)); };
    if (plans.empty() || pick(4) != 0) return true;
    const Date begun = Later(plans.back().start, 20 + pick(40));
    const Date letter = Later(begun, 2 + pick(5));
    const Date meeting = Later(letter, 7 + pick(10));
    const Date decided = Later(meeting, 50 + pick(60));
    const int outcome = pick(10);  // A three in ten, B six, C one
    const Date applied = Later(decided, 2 + pick(5));
    const Date told = Later(applied, pick(3));
    const bool stepped_up = outcome < 3;
    if ((stepped_up ? told : decided) >= ended) return true;  // none, rather than after the plan
    CaseStepDraft sent = Draft("letter_before_proceedings", letter);
    sent.family_meeting = pick(5) == 0 ? "no" : "yes";
    CaseStepDraft decision = Draft("pre_proceedings_decision", decided);
    decision.outcome = stepped_up ? "A" : outcome < 9 ? "B" : "C";
    decision.family_meeting = sent.family_meeting == "yes" && pick(10) < 7 ? "yes" : "no";
    decision.review_meetings = std::to_string(pick(4));
    if (!Add(Draft("pre_proceedings_start", begun)) || !Add(sent) ||
        !Add(Draft("pre_proceedings_meeting", meeting)) || !Add(decision))
      return false;
    if (decision.outcome != "A") return true;
    return Add(Draft("court_application", applied)) && Add(Draft("proceedings_letter", told));
  }

  int Pick(int count) { return int(random_() % std::uint64_t(count)); }
  static Date Later(const Date& day, int days) {
    return Date{std::chrono::sys_days{day} + std::chrono::days{days}};
  }
  Date LastDay() const {
    return domain::EpisodeOf(referral_.contact_id, referral_.person_id, referral_.referral_date,
                             steps_)
        .LatestDay();
  }
  std::string Category() {
    return std::string(domain::kAbuseCategories[std::size_t(Pick(4))].code);
  }

  static CaseStepDraft Draft(const char* kind, const Date& date, const char* reason = "") {
    CaseStepDraft draft;
    draft.kind = kind;
    draft.date = domain::FormatDate(date);
    draft.closure_reason = reason;
    return draft;
  }

  CaseStepDraft Assessment(const Date& started, const Date& authorised, bool needs_support,
                           bool protection_plan) {
    CaseStepDraft draft = Draft("assessment", started);
    draft.authorised = domain::FormatDate(authorised);
    draft.child_seen = Pick(20) == 0 ? "no" : "yes";
    draft.needs_support = needs_support ? "yes" : "no";
    if (!needs_support && !referral_.enquiry && Pick(3) == 0) {  // an enquiry found concerns
      draft.factors = {"21"};
      no_factors_ = true;
    } else {
      // One to three factors, none of them "no factors identified".
      const int count = 1 + Pick(3);
      for (int index = 0; index < count; ++index) {
        std::string factor;
        do {
          factor =
              domain::kAssessmentFactors[std::size_t(Pick(int(domain::kAssessmentFactors.size())))]
                  .code;
        } while (factor == "21");
        if (std::find(draft.factors.begin(), draft.factors.end(), factor) == draft.factors.end())
          draft.factors.push_back(factor);
      }
    }
    // A disabled child's assessment names the disability (in place of "no factors identified").
    const auto& disability = referral_.disability_factor;
    if (!disability.empty() &&
        std::find(draft.factors.begin(), draft.factors.end(), disability) == draft.factors.end()) {
      if (draft.factors == std::vector<std::string>{"21"}) draft.factors.clear();
      draft.factors.push_back(disability);
    }
    const std::size_t need = protection_plan || Pick(2) == 0
                                 ? 1
                                 : 2 + std::size_t(Pick(int(domain::kPrimaryNeeds.size()) - 2));
    draft.primary_need = domain::kPrimaryNeeds[need].code;
    return draft;
  }

  std::vector<domain::CaseStep> CloseAfterSupport() {
    Add(Draft("closure", Later(LastDay(), Pick(20)), Pick(20) == 0 ? "RC5" : "RC7"));
    return std::move(steps_);
  }

  //! Keeps the step when it had happened by today; false (keeping nothing) when it had not.
  bool Add(const CaseStepDraft& draft) {
    const auto date = domain::ParseDate(draft.date);
    const auto authorised = domain::ParseDate(draft.authorised);
    if (!date || *date > today_ || (authorised && *authorised > today_)) return false;
    const auto errors = domain::AppendCaseStep(draft, referral_.contact_id, referral_.person_id,
                                               referral_.referral_date, today_, calendar_, steps_);
    if (!errors.empty())
      throw std::logic_error("the generator made a " + draft.kind + " step the rules refuse (" +
                             errors.front().field + ": " + errors.front().message + ")");
    steps_.back().recorded_by = "generated";
    steps_.back().recorded_at =
        domain::UkLocalTime(authorised ? *authorised : *date, std::chrono::minutes{16 * 60});
    return true;
  }

  std::mt19937_64& random_;
  const GeneratedReferral& referral_;
  const Date today_;
  const domain::WorkingCalendar& calendar_;
  std::vector<domain::CaseStep> steps_;
  bool no_factors_ = false;  // the assessment found no factors (21)
};

}  // namespace

std::vector<domain::CaseStep> GeneratedSteps(std::mt19937_64& random,
                                             const GeneratedReferral& referral,
                                             const domain::Date& today,
                                             const domain::WorkingCalendar& calendar) {
  return EpisodeMaker(random, referral, today, calendar).Make();
}

}  // namespace frontdoor::service
