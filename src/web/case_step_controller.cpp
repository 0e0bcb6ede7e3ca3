// src/web/case_step_controller.cpp — after a child's referral: the page with every step so far and
// the form for the next (assessment, section 47 enquiry, conference, plans, pre-proceedings,
// closure), and the same through the API. Each form's choices come from the domain's census code
// lists.
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/controllers.hpp"
#include "web/drafts.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoReferral = "There is no referral of that child on that contact";

// The question a step's date answers.
std::string DateQuestion(domain::CaseStepKind kind) {
  switch (kind) {
    case domain::CaseStepKind::kAssessmentStart:
    case domain::CaseStepKind::kAssessment:
      return "When did the assessment start?";
    case domain::CaseStepKind::kSection47:
      return "When did the enquiry start?";
    case domain::CaseStepKind::kConference:
      return "When was the conference held, or found not needed?";
    case domain::CaseStepKind::kNeedPlanStart:
    case domain::CaseStepKind::kNeedPlanEnd:
    case domain::CaseStepKind::kProtectionPlanEnd:
      return "On what day?";
    case domain::CaseStepKind::kProtectionPlanReview:
      return "When was the review conference held?";
    case domain::CaseStepKind::kClosure:
      return "When did the case close?";
    case domain::CaseStepKind::kPreProceedingsStart:
      return "When was it decided to begin pre-proceedings?";
    case domain::CaseStepKind::kLetterBeforeProceedings:
    case domain::CaseStepKind::kProceedingsLetter:
      return "When was the letter sent?";
    case domain::CaseStepKind::kPreProceedingsMeeting:
      return "When was the first pre-proceedings meeting held?";
    case domain::CaseStepKind::kPreProceedingsDecision:
      return "When was it decided to step up or down?";
    case domain::CaseStepKind::kCourtApplication:
      return "When was the application made to the court?";
  }
  return "When did it happen?";
}

std::vector<Choice> YesNoChoices() {
  return {{"yes", "Yes"}, {"no", "No"}};
}

nlohmann::json StepJson(const domain::CaseStep& step) {
  const auto event = domain::CaseStepEvent(step, "");
  return {{"id", step.id},
          {"contact_id", step.contact_id},
          {"person_id", step.person_id},
          {"kind", domain::kCaseStepKinds.Code(step.kind)},
          {"date", domain::FormatDate(step.date)},
          {"title", event.title},
          {"summary", event.summary},
          {"recorded_by", step.recorded_by},
          {"recorded_at", domain::FormatTimestamp(step.recorded_at)}};
}

nlohmann::json PlansJson(const std::vector<domain::PlanDates>& plans, bool categories,
                         const domain::WorkingCalendar& calendar) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& plan : plans) {
    nlohmann::json one = {{"start_date", domain::FormatDate(plan.start)},
                          {"end_date", JsonDate(plan.end)}};
    if (categories) {
      one["initial_category"] = plan.initial_category;
      one["latest_category"] = plan.latest_category;
      nlohmann::json reviews = nlohmann::json::array();
      for (const auto& review : plan.reviews) reviews.push_back(domain::FormatDate(review));
      one["review_dates"] = std::move(reviews);
      one["next_review_due"] = JsonDate(domain::NextReviewDue(plan, calendar));
    }
    list.push_back(std::move(one));
  }
  return list;
}

nlohmann::json EpisodeJson(const domain::ReferralEpisode& episode,
                           const domain::WorkingCalendar& calendar) {
  nlohmann::json assessments = nlohmann::json::array();
  for (const auto& step : episode.assessments)
    assessments.push_back({{"start_date", domain::FormatDate(step.date)},
                           {"authorised_date", JsonDate(step.authorised)},
                           {"child_seen", step.child_seen},
                           {"factors", step.factors},
                           {"needs_support", step.needs_support},
                           {"primary_need", step.primary_need}});
  nlohmann::json enquiries = nlohmann::json::array();
  for (const auto& enquiry : episode.enquiries)
    enquiries.push_back({{"start_date", domain::FormatDate(enquiry.start)},
                         {"conference_date", JsonDate(enquiry.conference_date)},
                         {"conference_not_required", enquiry.conference_not_required},
                         {"plan_followed", enquiry.plan_followed}});
  nlohmann::json pre_proceedings = nlohmann::json::array();
  const auto answer = [](const std::optional<bool>& yes) {
    return yes ? nlohmann::json(*yes) : nlohmann::json(nullptr);
  };
  for (const auto& pre : episode.pre_proceedings)
    pre_proceedings.push_back(
        {{"start_date", domain::FormatDate(pre.start)},
         {"letter_sent_date", JsonDate(pre.letter_sent)},
         {"family_meeting_offered", answer(pre.family_meeting_offered)},
         {"first_meeting_date", JsonDate(pre.first_meeting)},
         {"decision_date", JsonDate(pre.decided_on)},
         {"outcome", pre.outcome},
         {"family_meeting_held", answer(pre.family_meeting_held)},
         {"review_meetings",
          pre.review_meetings ? nlohmann::json(*pre.review_meetings) : nlohmann::json(nullptr)},
         {"court_application_date", JsonDate(pre.court_application)},
         {"decision_due", JsonDate(domain::PreProceedingsDecisionDue(pre))},
         {"proceedings_letter_date", JsonDate(pre.proceedings_letter)}});
  return {{"contact_id", episode.contact_id},
          {"person_id", episode.person_id},
          {"referral_date", domain::FormatDate(episode.referral_date)},
          {"primary_need", episode.PrimaryNeed()},
          {"referral_no_further_action", episode.NoFurtherAction()},
          {"closure_date", JsonDate(episode.closure_date)},
          {"closure_reason", episode.closure_reason},
          {"assessments", assessments},
          {"section_47_enquiries", enquiries},
          {"child_in_need_plans", PlansJson(episode.need_plans, false, calendar)},
          {"child_protection_plans", PlansJson(episode.protection_plans, true, calendar)},
          {"pre_proceedings", pre_proceedings}};
}

std::int64_t PersonOf(const RequestContext& context) {
  return PathId(context.params, "person").value_or(0);
}

// The questions of a step of `kind` (all of them until one is chosen), answered as in `draft`.
void AddStepQuestions(nlohmann::json& view, std::optional<domain::CaseStepKind> kind,
                      const domain::CaseStepDraft& draft) {
  view["date"] = DateInput("date", kind ? DateQuestion(*kind) : "When did it happen?",
                           "For example, 27 3 2026", draft.date, view);
  view["authorised"] = DateInput("authorised", "When was the assessment authorised?",
                                 "For example, 27 3 2026", draft.authorised, view);
  view["child_seen"] = Radios("child_seen", "Was the child seen during the assessment?",
                              YesNoChoices(), draft.child_seen, view);
  view["factors"] = Checkboxes("factors", "What did the assessment find?",
                               CensusChoices(domain::kAssessmentFactors), draft.factors, view);
  view["needs_support"] =
      Radios("needs_support", "Does the child need children's social care support?", YesNoChoices(),
             draft.needs_support, view);
  view["primary_need"] = Radios("primary_need", "The child's primary need",
                                CensusChoices(domain::kPrimaryNeeds), draft.primary_need, view);
  view["conference"] = Radios("conference", "Was the conference held?",
                              {{"held", "Held"}, {"not_required", "Not needed after the enquiry"}},
                              draft.conference, view);
  view["plan_followed"] = Radios("plan_followed", "Did a child protection plan follow?",
                                 YesNoChoices(), draft.plan_followed, view);
  view["category"] = Radios("category",
                            kind == domain::CaseStepKind::kProtectionPlanEnd
                                ? "The plan's latest category of abuse, if it changed"
                                : "The plan's category of abuse",
                            CensusChoices(domain::kAbuseCategories), draft.category, view);
  view["closure_reason"] =
      Radios("closure_reason", "Why did the case close?", CensusChoices(domain::kClosureReasons),
             draft.closure_reason, view);
  view["family_meeting"] =
      Radios("family_meeting",
             kind == domain::CaseStepKind::kLetterBeforeProceedings
                 ? "Did the letter offer a family group decision meeting?"
                 : "Was a family group decision meeting held during pre-proceedings?",
             YesNoChoices(), draft.family_meeting, view);
  view["outcome"] = Radios("outcome", "What was decided?",
                           CensusChoices(domain::kPreProceedingsOutcomes), draft.outcome, view);
  view["review_meetings"] = {{"value", draft.review_meetings},
                             {"error", view.value("review_meetings_error", "")}};
}

}  // namespace

http::Response CaseStepController::Steps(const RequestContext& context) const {
  return Shown(pages_, context,
               case_steps_.ShowSteps(*context.identity, context.id, PersonOf(context)),
               [&](const service::ChildReferral& referral) {
                 return StepsPage(context, 200, referral, {}, {});
               });
}

http::Response CaseStepController::RecordStep(const RequestContext& context) const {
  Fields fields(context.form);
  const domain::CaseStepDraft draft = CaseStepDraftFrom(fields);
  return Answered(
      pages_, context,
      case_steps_.RecordStep(*context.identity, context.id, PersonOf(context), draft),
      [&](const domain::CaseStep& step) {
        return RedirectResponse(context.request.path + "?saved=" +
                                std::string(domain::kCaseStepKinds.Code(step.kind)) + "#steps");
      },
      [&](const service::ChildReferral& referral, const domain::FieldErrors& errors) {
        return StepsPage(context, 400, referral, draft, errors);
      });
}

http::Response CaseStepController::ApiSteps(const RequestContext& context) const {
  const auto shown = case_steps_.ShowSteps(*context.identity, context.id, PersonOf(context));
  const auto* referral = std::get_if<service::ChildReferral>(&shown);
  if (!referral) return JsonError(404, kNoReferral);
  nlohmann::json body = EpisodeJson(referral->episode, rules_.calendar);
  body["steps"] = nlohmann::json::array();
  for (const auto& step : referral->steps) body["steps"].push_back(StepJson(step));
  return JsonResponse(200, body);
}

http::Response CaseStepController::ApiRecordStep(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::CaseStepDraft draft = CaseStepDraftFrom(fields);
  return ApiSubmitted(
      fields,
      [&] {
        return case_steps_.RecordStep(*context.identity, context.id, PersonOf(context), draft);
      },
      kNoReferral, 201, StepJson);
}

http::Response CaseStepController::StepsPage(const RequestContext& context, int status,
                                             const service::ChildReferral& referral,
                                             const domain::CaseStepDraft& draft,
                                             const domain::FieldErrors& errors) const {
  const auto& episode = referral.episode;
  nlohmann::json view = FormErrorsView("After the referral: " + referral.name, errors);
  view["contact_id"] = referral.contact_id;
  view["person_id"] = referral.person_id;
  view["reference"] = referral.contact_reference;
  view["name"] = referral.name;
  view["referral_date"] = domain::FormatLongDate(episode.referral_date);
  view["saved"] = false;
  if (const auto kind = domain::kCaseStepKinds.Parse(context.query.Value("saved")))
    view["saved"] = "Recorded: " + std::string(domain::kCaseStepKinds.Name(*kind));
  if (const auto& allocation = referral.allocation) {
    const domain::Team* team = rules_.settings.FindTeam(allocation->team);
    view["allocated_to"] =
        referral.ShownAs(allocation->worker) + ", " + (team ? team->name : allocation->team);
  }
  view["steps"] = nlohmann::json::array();
  for (const auto& step : referral.steps) {
    const auto event = domain::CaseStepEvent(step, referral.contact_reference);
    view["steps"].push_back({{"title", event.title},
                             {"summary", event.summary},
                             {"by", referral.ShownAs(step.recorded_by)},
                             {"at", domain::FormatUkDateTime(step.recorded_at)}});
  }
  view["has_steps"] = !view["steps"].empty();
  view["next_review"] = false;
  if (!episode.protection_plans.empty()) {
    if (const auto due = domain::NextReviewDue(episode.protection_plans.back(), rules_.calendar))
      view["next_review"] = "By " + domain::FormatLongDate(*due) +
                            (episode.protection_plans.back().reviews.empty()
                                 ? " (three months after the conference that started the plan)"
                                 : " (six months after its last review)");
  }
  view["pre_proceedings_due"] = false;
  if (!episode.pre_proceedings.empty()) {
    if (const auto due = domain::PreProceedingsDecisionDue(episode.pre_proceedings.back()))
      view["pre_proceedings_due"] =
          "By " + domain::FormatLongDate(*due) + " (sixteen weeks after pre-proceedings began on " +
          domain::FormatLongDate(episode.pre_proceedings.back().start) + ")";
  }
  view["closed"] = episode.closure_date
                       ? nlohmann::json(domain::FormatLongDate(*episode.closure_date))
                       : nlohmann::json(false);
  view["may_record"] = !episode.closure_date && domain::IsAllowed(context.identity->user.role,
                                                                  domain::Action::kRecordCaseStep);
  // First what happened (a page of its own), then that step's questions.
  const std::string chosen = draft.kind.empty() ? context.query.Value("kind") : draft.kind;
  const auto kind = domain::kCaseStepKinds.Parse(chosen);
  if (!kind && context.query.Value("choosing") == "1") {
    view["kind_error"] = "Select what happened";
    view["has_errors"] = true;
    view["errors"].push_back({{"field", "kind"}, {"message", "Select what happened"}});
    status = 400;
  }
  view["kind"] =
      Radios("kind", "What happened?", ChoicesFrom(domain::kCaseStepKinds), chosen, view);
  view["chosen"] =
      kind ? nlohmann::json(domain::kCaseStepKinds.Name(*kind)) : nlohmann::json(false);
  view["chosen_code"] = chosen;
  view["is_assessment"] = kind == domain::CaseStepKind::kAssessment;
  view["is_conference"] = kind == domain::CaseStepKind::kConference;
  view["is_plan_end"] = kind == domain::CaseStepKind::kProtectionPlanEnd;
  view["is_closure"] = kind == domain::CaseStepKind::kClosure;
  view["is_letter_before_proceedings"] = kind == domain::CaseStepKind::kLetterBeforeProceedings;
  view["is_pre_proceedings_decision"] = kind == domain::CaseStepKind::kPreProceedingsDecision;
  AddStepQuestions(view, kind, draft);
  return pages_.Render(context, status, "case_steps", view);
}

}  // namespace frontdoor::web
