// src/web/decision_controller.cpp — consent, "checks not needed", the oversight and allocation,
// as pages and as JSON. Each form's choices come from the domain's code lists and the authority's
// configuration.
#include <array>
#include <cctype>

#include "domain/account_rules.hpp"
#include "domain/text.hpp"
#include "domain/timestamp.hpp"
#include "web/controllers.hpp"
#include "web/decision_views.hpp"
#include "web/drafts.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

namespace {

//! A referral's primary need, or none yet (recorded with the assessment).
std::vector<Choice> PrimaryNeedChoices() {
  std::vector<Choice> choices{{"", "Not yet: it is recorded with the assessment"}};
  for (auto& choice : CensusChoices(domain::kPrimaryNeeds)) choices.push_back(std::move(choice));
  return choices;
}

std::string ContactPath(std::int64_t id) {
  return "/contacts/" + std::to_string(id);
}

//! The consent kinds as choices, each with a hint saying what it covers.
std::vector<Choice> ConsentKindChoices() {
  auto choices = ChoicesFrom(domain::kConsentKinds);
  for (auto& choice : choices)
    choice.hint = choice.value == "sharing" ? "Asking partner agencies what they know"
                                            : "An assessment, early help or the Brief "
                                              "Intervention Team";
  return choices;
}

//! What `role` may record consent as: not asking because of the risk is a manager's decision.
std::vector<Choice> ConsentStatusChoices(domain::Role role) {
  std::vector<Choice> choices;
  for (const auto& status : domain::kConsentStatuses.All()) {
    if (!domain::MayRecordConsent(role, status.kind)) continue;
    choices.push_back({std::string(status.code), std::string(status.name)});
  }
  return choices;
}

//! The framework's indicators as checkbox choices.
std::vector<Choice> IndicatorChoices(const domain::ThresholdFramework& framework) {
  std::vector<Choice> choices;
  for (const auto& indicator : framework.indicators)
    choices.push_back({indicator.code, indicator.code + ": " + indicator.text,
                       "Level " + std::to_string(indicator.level)});
  return choices;
}

//! The framework's levels as radio choices, each with its usual routes.
std::vector<Choice> LevelChoices(const domain::ThresholdFramework& framework) {
  std::vector<Choice> choices;
  for (const auto& level : framework.levels) {
    std::string usual;
    for (const auto& code : level.usual_outcomes) {
      const domain::Outcome* outcome = framework.FindOutcome(code);
      usual += (usual.empty() ? "" : ", ") + (outcome ? outcome->name : code);
    }
    choices.push_back({std::to_string(level.number),
                       "Level " + std::to_string(level.number) + ": " + level.name,
                       level.description + ". Usual routes: " + usual + "."});
  }
  return choices;
}

nlohmann::json Blockers(const service::ContactProgress& progress) {
  nlohmann::json blockers = nlohmann::json::array();
  for (const auto& blocker : progress.blockers) blockers.push_back(blocker.message);
  return blockers;
}

//! The children the allocation covers: the child the decision made a referral for first, then
//! each other child with the box to leave them out, or the reason their own decision leaves them
//! out already.
nlohmann::json AllocatedChildren(const service::ContactProgress& progress,
                                 const service::AllocationDraft& draft,
                                 const domain::ThresholdFramework& framework) {
  const auto& decision = progress.steps.decision;
  const auto apart =
      decision ? decision->DecidedApart(framework) : std::map<std::int64_t, std::string>{};
  const std::int64_t lead = decision ? decision->FirstReferred(progress.contact.children) : 0;
  nlohmann::json children = nlohmann::json::array();
  bool first_sibling = true;
  const auto add = [&](const service::ChildOnContact& child) {
    const bool first = child.id == lead;
    const auto decided_apart = apart.find(child.id);
    // The first box one may tick carries the field's id, so the error summary can link to it.
    std::string checkbox_id = "exclude-" + std::to_string(child.id);
    if (!first && decided_apart == apart.end() && first_sibling) {
      checkbox_id = "exclusions";
      first_sibling = false;
    }
    const auto excluded = draft.exclusions.find(child.id);
    children.push_back(
        {{"id", child.id},
         {"name", child.Name()},
         {"first", first || decided_apart != apart.end()},
         {"decided_apart", decided_apart != apart.end() ? nlohmann::json(decided_apart->second)
                                                        : nlohmann::json(false)},
         {"checkbox_id", checkbox_id},
         {"on_contact", child.on_contact},
         {"excluded", excluded != draft.exclusions.end()},
         {"reason", excluded != draft.exclusions.end() ? excluded->second : ""}});
  };
  for (const auto& child : progress.children) {
    if (child.id == lead) add(child);
  }
  for (const auto& child : progress.children) {
    if (child.id != lead) add(child);
  }
  return children;
}

}  // namespace

http::Response DecisionController::NewConsent(const RequestContext& context) const {
  return ShownProgress(
      pages_, context, decisions_.ShowProgress(*context.identity, context.id),
      [&](const auto& progress) { return ConsentPage(context, 200, progress, {}, {}); });
}

http::Response DecisionController::RecordConsent(const RequestContext& context) const {
  Fields fields(context.form);
  const domain::ConsentDraft draft = ConsentDraftFrom(fields);
  return StepAnswered(pages_, context, "consent",
                      decisions_.RecordConsent(*context.identity, context.id, draft),
                      [&](const auto& progress, const auto& errors) {
                        return ConsentPage(context, 400, progress, draft, errors);
                      });
}

http::Response DecisionController::NewChecksNotNeeded(const RequestContext& context) const {
  return ShownProgress(
      pages_, context, decisions_.ShowProgress(*context.identity, context.id),
      [&](const auto& progress) { return NotNeededPage(context, 200, progress, "", {}); });
}

http::Response DecisionController::RecordChecksNotNeeded(const RequestContext& context) const {
  const std::string reason = context.form.Value("reason");
  return StepAnswered(pages_, context, "checks_not_needed",
                      decisions_.RecordChecksNotNeeded(*context.identity, context.id, reason),
                      [&](const auto& progress, const auto& errors) {
                        return NotNeededPage(context, 400, progress, reason, errors);
                      });
}

http::Response DecisionController::NewOversight(const RequestContext& context) const {
  return ShownProgress(pages_, context, decisions_.ShowProgress(*context.identity, context.id),
                       [&](const service::ContactProgress& progress) {
                         if (progress.steps.decision)
                           return RedirectResponse(ContactPath(context.id));
                         // After a decision was reopened, its answers are there to change.
                         const auto& reopened = progress.steps.reopened;
                         return OversightPage(context, 200, progress,
                                              reopened.empty() ? domain::OversightDraft{}
                                                               : reopened.back().decision.proforma,
                                              {});
                       });
}

http::Response DecisionController::NewReopen(const RequestContext& context) const {
  return ShownProgress(
      pages_, context, decisions_.ShowProgress(*context.identity, context.id),
      [&](const auto& progress) { return ReopenPage(context, 200, progress, "", {}); });
}

http::Response DecisionController::Reopen(const RequestContext& context) const {
  const std::string reason = context.form.Value("reason");
  return StepAnswered(pages_, context, "reopened",
                      decisions_.ReopenDecision(*context.identity, context.id, reason),
                      [&](const auto& progress, const auto& errors) {
                        return ReopenPage(context, 400, progress, reason, errors);
                      });
}

http::Response DecisionController::ReopenPage(const RequestContext& context, int status,
                                              const service::ContactProgress& progress,
                                              const std::string& reason,
                                              const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Reopen the decision", errors);
  view["reason"] = TextArea("reason", "Why are you reopening the decision?",
                            "For example, what has come to light since. This is shown on each "
                            "child's journey.",
                            reason, view, 5);
  return FormPage(context, status, "decision_reopen", progress, view);
}

http::Response DecisionController::ApiReopen(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string reason = fields.Text("reason");
  return ApiSubmitted(
      fields, [&] { return decisions_.ReopenDecision(*context.identity, context.id, reason); },
      kNoContact, 200,
      [&](int version) {
        return nlohmann::json{{"contact_id", context.id}, {"reopened_version", version}};
      });
}

http::Response DecisionController::CompleteOversight(const RequestContext& context) const {
  Fields fields(context.form);
  const domain::OversightDraft draft = OversightDraftFrom(fields);
  const auto form_again = [&](const auto& progress, const auto& errors) {
    return OversightPage(context, 400, progress, draft, errors);
  };
  // The form, then its answers to check, then the decision concluded from the check page.
  if (context.form.Value("change") == "yes")
    return ShownProgress(pages_, context, decisions_.ShowProgress(*context.identity, context.id),
                         [&](const service::ContactProgress& progress) {
                           return OversightPage(context, 200, progress, draft, {});
                         });
  if (context.form.Value("confirmed") != "yes")
    return Answered(
        pages_, context, decisions_.CheckOversight(*context.identity, context.id, draft),
        [&](const service::OversightCheck& check) { return CheckPage(context, check, draft); },
        form_again);
  return StepAnswered(pages_, context, "decision",
                      decisions_.CompleteOversight(*context.identity, context.id, draft),
                      form_again);
}

http::Response DecisionController::NewAllocation(const RequestContext& context) const {
  return Shown(pages_, context, decisions_.ShowAllocation(*context.identity, context.id),
               [&](const service::AllocationForm& form) {
                 if (form.progress.restricted) return pages_.Error(context, 404);
                 return AllocationPage(context, 200, form, {}, {});
               });
}

http::Response DecisionController::Allocate(const RequestContext& context) const {
  Fields fields(context.form);
  const service::AllocationDraft draft = AllocationDraftFrom(fields);
  return StepAnswered(pages_, context, "allocation",
                      decisions_.Allocate(*context.identity, context.id, draft),
                      [&](const auto& form, const auto& errors) {
                        return AllocationPage(context, 400, form, draft, errors);
                      });
}

http::Response DecisionController::FormPage(const RequestContext& context, int status,
                                            const char* name,
                                            const service::ContactProgress& progress,
                                            nlohmann::json view) const {
  view["contact_id"] = progress.contact.id;
  view["reference"] = progress.contact.reference;
  view["caption"] = "Contact " + progress.contact.reference;
  view["sharing"] = domain::kConsentStatuses.Name(progress.sharing);
  view["services"] = domain::kConsentStatuses.Name(progress.services);
  view["blockers"] = Blockers(progress);
  view["has_blockers"] = !progress.blockers.empty();
  std::vector<const domain::Person*> named;
  for (const auto& child : progress.children) {
    if (child.person) named.push_back(&*child.person);
  }
  view["language_names"] = NamesForLanguageCheck(named);
  return pages_.Render(context, status, name, view);
}

http::Response DecisionController::ConsentPage(const RequestContext& context, int status,
                                               const service::ContactProgress& progress,
                                               const domain::ConsentDraft& draft,
                                               const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Record consent", errors);
  view["kind_radios"] =
      Radios("kind", "What is the consent for?", ConsentKindChoices(), draft.kind, view);
  view["status_radios"] =
      Radios("status", "Where does consent stand?",
             ConsentStatusChoices(context.identity->user.role), draft.status, view);
  view["given_by"] = draft.given_by;
  view["how"] = draft.how;
  // Only a role that may decide not to ask because of the risk is asked why.
  view["reason"] =
      domain::MayRecordConsent(context.identity->user.role, domain::ConsentStatus::kNotSoughtRisk)
          ? TextArea("reason", "Why asking would increase the risk",
                     "Only when consent is not asked because of the risk.", draft.reason, view, 4)
          : nlohmann::json(false);
  return FormPage(context, status, "consent", progress, view);
}

http::Response DecisionController::NotNeededPage(const RequestContext& context, int status,
                                                 const service::ContactProgress& progress,
                                                 const std::string& reason,
                                                 const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Record why checks are not needed", errors);
  view["reason"] = TextArea("reason", "Why are the answers from partner agencies not needed?",
                            "This is shown on each child's journey.", reason, view, 5);
  return FormPage(context, status, "checks_not_needed", progress, view);
}

http::Response DecisionController::OversightPage(const RequestContext& context, int status,
                                                 const service::ContactProgress& progress,
                                                 const domain::OversightDraft& draft,
                                                 const domain::FieldErrors& errors) const {
  const auto& framework = rules_.framework;
  nlohmann::json view = FormErrorsView("Management oversight", errors);
  // What partner agencies said, beside the decision it informs.
  view["checks"] = CheckRows(progress, rules_, clock_.Now());
  view["has_checks"] = !view["checks"].empty();
  const auto indicators = IndicatorChoices(framework);
  view["framework"] = framework.name;
  view["risk_checkboxes"] =
      Checkboxes("risk_indicators", "Risk factors", indicators, draft.risk_indicators, view);
  view["risks"] = TextArea("risks", "The risks, in your words", "", draft.risks, view, 5);
  view["strengths"] =
      TextArea("strengths", "Strengths and protective factors", "", draft.strengths, view, 5);
  view["analysis"] = TextArea("analysis", "Your analysis",
                              "What the information means for the children, and how likely harm "
                              "is.",
                              draft.analysis, view, 6);
  std::vector<Choice> outcomes;
  for (const auto& outcome : framework.outcomes) outcomes.push_back({outcome.code, outcome.name});
  // Each child's own part, in the contact's order.
  nlohmann::json children = nlohmann::json::array();
  for (const auto& on_contact : progress.children) {
    if (!on_contact.on_contact) continue;
    const std::int64_t id = on_contact.id;
    domain::ChildDecision child;
    for (const auto& drafted : draft.children) {
      if (drafted.person_id == id) child = drafted;
    }
    const auto field = [&](const char* part) { return domain::ChildField(part, id); };
    const std::string name = on_contact.Name();
    children.push_back(
        {{"id", id},
         {"name", name},
         {"child_voice",
          TextArea(field("child_voice"), "Their voice and daily life",
                   "What " + name + " has said or shown, and what a day is like for them.",
                   child.child_voice, view, 5)},
         {"level_radios", Radios(field("level"), "Threshold level", LevelChoices(framework),
                                 child.level ? std::to_string(child.level) : "", view)},
         {"level_checkboxes",
          Checkboxes(field("level_indicators"), "The indicators that put them at this level",
                     indicators, child.level_indicators, view)},
         {"outcome_radios", Radios(field("outcome"), "Decision", outcomes, child.outcome, view)},
         {"rationale", TextArea(field("rationale"), "The reasons for the decision", "",
                                child.rationale, view, 6)},
         {"override_reason",
          TextArea(field("override_reason"),
                   "If the decision is outside the usual routes for this level: why",
                   "A decision that is not a usual route at the level, or a level below a risk "
                   "factor chosen for the household. Leave empty otherwise.",
                   child.override_reason, view, 4)},
         {"consent_refused_offer",
          TextArea(field("consent_refused_offer"),
                   "If you are closing the contact after the family refused consent: what was "
                   "offered",
                   "Leave empty otherwise.", child.consent_refused_offer, view, 4)},
         {"primary_need",
          Select(field("primary_need"), "If this is a referral: the child's primary need",
                 "The main reason they need services, as the census records it. It can be left "
                 "for the assessment.",
                 PrimaryNeedChoices(), child.primary_need, view)}});
  }
  view["children"] = children;
  view["next_steps"] = TextArea("next_steps", "Next steps", "", draft.next_steps, view, 4);
  return FormPage(context, status, "oversight", progress, view);
}

namespace {

//! The proforma as hidden fields, so the check page can conclude it or take it back to the form.
nlohmann::json OversightFields(const domain::OversightDraft& draft) {
  nlohmann::json fields = nlohmann::json::array();
  const auto add = [&](const std::string& name, const std::string& value) {
    fields.push_back({{"name", name}, {"value", value}});
  };
  for (const auto& code : draft.risk_indicators) add("risk_indicators", code);
  add("risks", draft.risks);
  add("strengths", draft.strengths);
  add("analysis", draft.analysis);
  add("next_steps", draft.next_steps);
  for (const auto& child : draft.children) {
    const auto field = [&](const char* part) { return domain::ChildField(part, child.person_id); };
    add("decided_child", std::to_string(child.person_id));
    add(field("child_voice"), child.child_voice);
    add(field("level"), std::to_string(child.level));
    for (const auto& code : child.level_indicators) add(field("level_indicators"), code);
    add(field("outcome"), child.outcome);
    add(field("rationale"), child.rationale);
    add(field("override_reason"), child.override_reason);
    add(field("consent_refused_offer"), child.consent_refused_offer);
    add(field("primary_need"), child.primary_need);
  }
  return fields;
}

//! Indicator codes with their words, one a line.
std::string IndicatorLines(const std::vector<std::string>& codes,
                           const domain::ThresholdFramework& framework) {
  std::string lines;
  for (const auto& code : codes)
    lines += (lines.empty() ? "" : "\n") + framework.IndicatorWords(code);
  return lines;
}

}  // namespace

namespace {

//! The written answers of the oversight, each with its words on the check page. A wording warning
//! names its answer in these words.
constexpr std::array<std::pair<const char*, const char*>, 3> kHouseholdAnswers{
    {{"risks", "The risks"},
     {"strengths", "Strengths and protective factors"},
     {"analysis", "Analysis"}}};
constexpr std::array<std::pair<const char*, const char*>, 4> kChildAnswers{
    {{"child_voice", "Their voice and daily life"},
     {"rationale", "Reasons"},
     {"override_reason", "Outside the usual routes, because"},
     {"consent_refused_offer", "Closed after consent was refused; what was offered"}}};
constexpr std::pair<const char*, const char*> kNextSteps{"next_steps", "Next steps"};

//! The answers a wording warning may be about, in the page's order, each with its words there:
//! "The risks", "Jayden Smith: their voice and daily life".
std::vector<std::pair<std::string, std::string>> WarningPlaces(
    const service::ContactProgress& progress, const domain::OversightDraft& proforma) {
  std::vector<std::pair<std::string, std::string>> places(kHouseholdAnswers.begin(),
                                                          kHouseholdAnswers.end());
  for (const auto& child : proforma.children) {
    const std::string name = ChildName(progress, child.person_id);
    for (const auto& [part, words] : kChildAnswers) {
      std::string lower = words;
      lower[0] = char(std::tolower(static_cast<unsigned char>(lower[0])));
      places.emplace_back(domain::ChildField(part, child.person_id), name + ": " + lower);
    }
  }
  places.emplace_back(kNextSteps);
  return places;
}

//! The check page's words for each written answer, by field: `labels.risks`.
nlohmann::json AnswerLabels() {
  nlohmann::json labels = {{kNextSteps.first, kNextSteps.second}};
  for (const auto& [field, words] : kHouseholdAnswers) labels[field] = words;
  for (const auto& [field, words] : kChildAnswers) labels[field] = words;
  return labels;
}

}  // namespace

http::Response DecisionController::CheckPage(const RequestContext& context,
                                             const service::OversightCheck& check,
                                             const domain::OversightDraft& draft) const {
  const auto& framework = rules_.framework;
  const auto& decision = check.decision;
  nlohmann::json view = {
      {"title", "Check your answers before concluding the decision"},
      {"fields", OversightFields(draft)},
      {"risk_factors", IndicatorLines(decision.proforma.risk_indicators, framework)},
      {"risks", decision.proforma.risks},
      {"strengths", decision.proforma.strengths},
      {"analysis", decision.proforma.analysis},
      {"next_steps", decision.proforma.next_steps},
      {"labels", AnswerLabels()},
      {"children", nlohmann::json::array()},
      {"warnings", nlohmann::json::array()}};
  for (const auto& child : decision.proforma.children) {
    const std::string name = ChildName(check.progress, child.person_id);
    const domain::ThresholdLevel* level = framework.Level(child.level);
    const domain::Outcome* outcome = framework.FindOutcome(child.outcome);
    view["children"].push_back(
        {{"name", name},
         {"child_voice", child.child_voice},
         {"level",
          "Level " + std::to_string(child.level) + (level ? ": " + level->name : std::string())},
         {"level_indicators", IndicatorLines(child.level_indicators, framework)},
         {"outcome", outcome ? outcome->name : child.outcome},
         {"rationale", child.rationale},
         {"is_override", child.is_override},
         {"override_reason", child.override_reason},
         {"consent_closure", child.consent_closure},
         {"consent_refused_offer", child.consent_refused_offer},
         {"primary_need", PrimaryNeedWords(child.primary_need)}});
  }
  // Each warning under the answer it is about, named as the page names it, in the page's order.
  for (const auto& [field, words] : WarningPlaces(check.progress, decision.proforma)) {
    const auto found = decision.language_warnings.find(field);
    if (found == decision.language_warnings.end()) continue;
    nlohmann::json messages = nlohmann::json::array();
    for (const auto& warning : found->second) messages.push_back(warning.Message());
    view["warnings"].push_back({{"place", words}, {"messages", messages}});
  }
  view["has_warnings"] = !view["warnings"].empty();
  // A decision may be made before every agency answers: the manager is told whose answer it
  // will not have.
  const auto waiting = domain::AgenciesNotAnswered(check.progress.steps.checks, rules_.settings);
  view["unanswered"] = waiting.empty() ? nlohmann::json(false)
                                       : nlohmann::json(domain::ListInWords(waiting) +
                                                        (waiting.size() == 1 ? " has" : " have") +
                                                        " not answered yet: the decision will be "
                                                        "made without their answer.");
  return FormPage(context, 200, "oversight_check", check.progress, view);
}

http::Response DecisionController::AllocationPage(const RequestContext& context, int status,
                                                  const service::AllocationForm& form,
                                                  const service::AllocationDraft& draft,
                                                  const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Allocate", errors);
  nlohmann::json teams = nlohmann::json::array(), workers = nlohmann::json::array();
  for (const auto& team : rules_.settings.teams)
    teams.push_back(
        {{"value", team.code}, {"label", team.name}, {"selected", team.code == draft.team}});
  for (const auto& user : form.workers)
    workers.push_back(
        {{"value", user.username},
         // "Priya Shah, Social worker"; the role stands in for a job title not recorded.
         {"label", user.ShownAs() + (user.job_title.empty()
                                         ? " (" + std::string(domain::kRoles.Name(user.role)) + ")"
                                         : std::string())},
         {"selected", user.username == draft.worker}});
  view["teams"] = teams;
  view["workers"] = workers;
  view["children"] = AllocatedChildren(form.progress, draft, rules_.framework);
  // The summary leads to the first child left out with no reason given, not to the first box.
  for (auto& error : view["errors"]) {
    if (error["field"] != "exclusions") continue;
    for (const auto& child : view["children"]) {
      if (child["excluded"].get<bool>() &&
          domain::Trim(child["reason"].get<std::string>()).empty()) {
        error["field"] = "reason-" + std::to_string(child["id"].get<std::int64_t>());
        break;
      }
    }
  }
  return FormPage(context, status, "allocation", form.progress, view);
}

http::Response DecisionController::ApiProgress(const RequestContext& context) const {
  return ApiAnswer(decisions_.ShowProgress(*context.identity, context.id), kNoContact, 200,
                   ProgressJson);
}

http::Response DecisionController::ApiRecordConsent(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::ConsentDraft draft = ConsentDraftFrom(fields);
  return ApiSubmitted(
      fields, [&] { return decisions_.RecordConsent(*context.identity, context.id, draft); },
      kNoContact, 201, ConsentJson);
}

http::Response DecisionController::ApiRecordChecksNotNeeded(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string reason = fields.Text("reason");
  return ApiSubmitted(
      fields,
      [&] { return decisions_.RecordChecksNotNeeded(*context.identity, context.id, reason); },
      kNoContact, 201, ChecksNotNeededJson);
}

http::Response DecisionController::ApiCompleteOversight(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::OversightDraft draft = OversightDraftFrom(fields);
  return ApiSubmitted(
      fields, [&] { return decisions_.CompleteOversight(*context.identity, context.id, draft); },
      kNoContact, 201, DecisionJson);
}

http::Response DecisionController::ApiAllocate(const RequestContext& context) const {
  Fields fields(context.body);
  const service::AllocationDraft draft = AllocationDraftFrom(fields);
  return ApiSubmitted(
      fields, [&] { return decisions_.Allocate(*context.identity, context.id, draft); }, kNoContact,
      201,
      [](const std::vector<domain::Allocation>& allocations) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& allocation : allocations) list.push_back(AllocationJson(allocation));
        return nlohmann::json{{"allocations", list}};
      });
}

}  // namespace frontdoor::web
