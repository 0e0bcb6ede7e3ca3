// src/web/decision_pages.cpp — the pages after a contact: consent, asking and answering partner
// agencies, the manager's oversight and allocation, work lists and the decision reports.
#include <algorithm>
#include <charconv>

#include "domain/uk_time.hpp"
#include "web/app.hpp"
#include "web/decision_views.hpp"
#include "web/form.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

std::string ContactPath(std::int64_t id) {
  return "/contacts/" + std::to_string(id);
}

std::vector<Choice> ConsentKindChoices() {
  return {{"sharing", "Consent to share information with partner agencies"},
          {"services", "Consent to services (an assessment, early help)"}};
}

std::vector<Choice> ConsentStatusChoices(domain::Role role) {
  std::vector<Choice> choices = {
      {"given", "Given"}, {"refused", "Refused"}, {"withdrawn", "Withdrawn (it was given before)"}};
  if (role == domain::Role::kManager)
    choices.push_back({"not_sought_risk",
                       "Not asked, because asking would increase the risk of significant harm"});
  return choices;
}

//! The indicators of the framework as checkbox choices: "4.D1 (level 4) Injury or harm...".
std::vector<Choice> IndicatorChoices(const domain::ThresholdFramework& framework) {
  std::vector<Choice> choices;
  for (const auto& indicator : framework.indicators) {
    choices.push_back({indicator.code, indicator.code + ": " + indicator.text,
                       "Level " + std::to_string(indicator.level)});
  }
  return choices;
}

domain::OversightDraft OversightFromForm(std::string_view body, const FormFields& fields) {
  domain::OversightDraft draft;
  draft.risk_indicators = FormValues(body, "risk_indicators");
  draft.risks = FormValue(fields, "risks");
  draft.strengths = FormValue(fields, "strengths");
  draft.analysis = FormValue(fields, "analysis");
  draft.child_voice = FormValue(fields, "child_voice");
  const std::string level = FormValue(fields, "level");
  std::from_chars(level.data(), level.data() + level.size(), draft.level);
  draft.level_indicators = FormValues(body, "level_indicators");
  draft.outcome = FormValue(fields, "outcome");
  draft.rationale = FormValue(fields, "rationale");
  draft.next_steps = FormValue(fields, "next_steps");
  draft.override_reason = FormValue(fields, "override_reason");
  draft.consent_refused_offer = FormValue(fields, "consent_refused_offer");
  return draft;
}

}  // namespace

void WebApp::AddDecisionRoutes() {
  using domain::Action;

  // The contact a form is about, for its caption; nullopt when it cannot be shown.
  const auto progress_of =
      [this](const RequestContext& context) -> std::optional<service::ContactProgress> {
    const auto id = PathId(context.params);
    if (!id) return std::nullopt;
    auto result = decisions_.ShowProgress(*context.identity, *id);
    auto* progress = std::get_if<service::ContactProgress>(&result);
    if (!progress || progress->restricted) return std::nullopt;
    return std::move(*progress);
  };
  const auto form_page = [this](const RequestContext& context, int status, const char* name,
                                const service::ContactProgress& progress, nlohmann::json view) {
    view["contact_id"] = progress.contact.id;
    view["reference"] = progress.contact.reference;
    view["caption"] = "Contact " + progress.contact.reference;
    return HtmlResponse(status, Page(name, view, context));
  };
  // What a refused write answers: the form again with its errors, or 404 for no such contact.
  const auto refused = [this](const RequestContext& context, const auto& result, auto show) {
    if (auto* invalid = std::get_if<service::Invalid>(&result)) return show(invalid->errors);
    return ErrorPage(context.request, 404, context.identity);
  };

  // Consent
  const auto consent_form =
      [=, this](const RequestContext& context, int status, const service::ContactProgress& progress,
                const domain::ConsentDraft& draft, const domain::FieldErrors& errors) {
        nlohmann::json view = FormErrorsView("Record consent", errors);
        view["kind_radios"] =
            Radios("kind", "What is the consent for?", ConsentKindChoices(), draft.kind, view);
        view["status_radios"] =
            Radios("status", "Where does consent stand?",
                   ConsentStatusChoices(context.identity->user.role), draft.status, view);
        view["given_by"] = draft.given_by;
        view["how"] = draft.how;
        view["reason"] =
            TextArea("reason", "Why asking would increase the risk (managers only)",
                     "Only when consent is not asked because of the risk.", draft.reason, view, 4);
        view["sharing"] = domain::ConsentStatusName(progress.sharing);
        view["services"] = domain::ConsentStatusName(progress.services);
        return form_page(context, status, "consent", progress, view);
      };
  router_.Add("GET", "/contacts/{id}/consent", Action::kRecordConsent,
              [=, this](const RequestContext& context) {
                const auto progress = progress_of(context);
                if (!progress) return ErrorPage(context.request, 404, context.identity);
                return consent_form(context, 200, *progress, {}, {});
              });
  router_.Add("POST", "/contacts/{id}/consent", Action::kRecordConsent,
              [=, this](const RequestContext& context) {
                const auto fields = DecodeForm(context.request.body);
                if (!fields) return ErrorPage(context.request, 419, context.identity);
                const domain::ConsentDraft draft{
                    FormValue(*fields, "kind"), FormValue(*fields, "status"),
                    FormValue(*fields, "given_by"), FormValue(*fields, "how"),
                    FormValue(*fields, "reason")};
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                auto result = decisions_.RecordConsent(*context.identity, *id, draft);
                if (std::holds_alternative<domain::ConsentRecord>(result))
                  return RedirectResponse(ContactPath(*id) + "#next");
                return refused(context, result, [&](const domain::FieldErrors& errors) {
                  const auto progress = progress_of(context);
                  if (!progress) return ErrorPage(context.request, 404, context.identity);
                  return consent_form(context, 400, *progress, draft, errors);
                });
              });

  // Asking partner agencies
  const auto checks_form = [=, this](const RequestContext& context, int status,
                                     const service::ContactProgress& progress,
                                     const domain::CheckRequestDraft& draft,
                                     const domain::FieldErrors& errors) {
    nlohmann::json view = FormErrorsView("Ask partner agencies what they know", errors);
    std::vector<Choice> agencies, urgencies;
    for (const auto& agency : decisions_.Rules().settings.agencies)
      agencies.push_back({agency.code, agency.name});
    for (const auto& urgency : decisions_.Rules().settings.urgencies)
      urgencies.push_back({urgency.code, urgency.name + " (answer within " +
                                             std::to_string(urgency.working_hours) +
                                             " working hours)"});
    view["agency_checkboxes"] =
        Checkboxes("agencies", "Which agencies?", agencies, draft.agencies, view);
    view["urgency_radios"] = Radios("urgency", "How urgent is it?", urgencies, draft.urgency, view);
    view["question"] = TextArea("question", "What do you need to know?",
                                "The agencies see this question and the children's names.",
                                draft.question, view, 5);
    view["sharing"] = domain::ConsentStatusName(progress.sharing);
    view["may_share"] = domain::MaySeekInformation(progress.sharing);
    return form_page(context, status, "checks_new", progress, view);
  };
  router_.Add("GET", "/contacts/{id}/checks", Action::kRequestChecks,
              [=, this](const RequestContext& context) {
                const auto progress = progress_of(context);
                if (!progress) return ErrorPage(context.request, 404, context.identity);
                return checks_form(context, 200, *progress, {}, {});
              });
  router_.Add("POST", "/contacts/{id}/checks", Action::kRequestChecks,
              [=, this](const RequestContext& context) {
                const auto fields = DecodeForm(context.request.body);
                if (!fields) return ErrorPage(context.request, 419, context.identity);
                const domain::CheckRequestDraft draft{FormValues(context.request.body, "agencies"),
                                                      FormValue(*fields, "urgency"),
                                                      FormValue(*fields, "question")};
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                auto result = decisions_.RequestChecks(*context.identity, *id, draft);
                if (std::holds_alternative<std::vector<domain::MashCheck>>(result))
                  return RedirectResponse(ContactPath(*id) + "#next");
                return refused(context, result, [&](const domain::FieldErrors& errors) {
                  const auto progress = progress_of(context);
                  if (!progress) return ErrorPage(context.request, 404, context.identity);
                  return checks_form(context, 400, *progress, draft, errors);
                });
              });

  // Checks waiting for answers, and answering one
  router_.Add("GET", "/checks", Action::kViewChecks, [this](const RequestContext& context) {
    const auto now = context_.clock.Now();
    const bool partner = context.identity->user.role == domain::Role::kPartner;
    nlohmann::json view = {
        {"title", "Checks waiting for an answer"},
        {"partner", partner},
        {"agency", decisions_.Rules().settings.AgencyName(context.identity->user.agency)},
        {"answered", QueryValue(context.request, "answered") == "1"},
        {"checks", nlohmann::json::array()}};
    for (const auto& shown : decisions_.OpenChecks(*context.identity)) {
      const domain::CheckUrgency* urgency =
          decisions_.Rules().settings.FindUrgency(shown.check.urgency);
      view["checks"].push_back(
          {{"id", shown.check.id},
           {"agency", decisions_.Rules().settings.AgencyName(shown.check.agency)},
           {"urgency", urgency ? urgency->name : shown.check.urgency},
           {"reference", shown.contact_reference},
           {"about", shown.about},
           {"due", domain::FormatUkDateTime(shown.check.due_at)},
           {"overdue", shown.check.Overdue(now)}});
    }
    view["has_checks"] = !view["checks"].empty();
    return HtmlResponse(200, Page("checks", view, context));
  });

  const auto check_page = [this](const RequestContext& context, int status,
                                 const service::CheckView& shown, const std::string& answer,
                                 const domain::FieldErrors& errors) {
    nlohmann::json view = FormErrorsView("Answer a check", errors);
    const domain::CheckUrgency* urgency =
        decisions_.Rules().settings.FindUrgency(shown.check.urgency);
    view["check"] = {{"id", shown.check.id},
                     {"agency", decisions_.Rules().settings.AgencyName(shown.check.agency)},
                     {"urgency", urgency ? urgency->name : shown.check.urgency},
                     {"reference", shown.contact_reference},
                     {"about", shown.about},
                     {"question", shown.check.question},
                     {"asked_by", shown.check.requested_by + ", " +
                                      domain::FormatUkDateTime(shown.check.requested_at)},
                     {"due", domain::FormatUkDateTime(shown.check.due_at)},
                     {"answered", shown.check.Answered()},
                     {"answer", shown.check.answer},
                     {"answered_by", shown.check.answered_at
                                         ? shown.check.answered_by + ", " +
                                               domain::FormatUkDateTime(*shown.check.answered_at)
                                         : ""}};
    view["answered"] = shown.check.Answered();
    view["check_id"] = shown.check.id;
    view["answer"] =
        TextArea("answer", "What your agency knows",
                 "Include dates, and say if your agency knows nothing.", answer, view, 8);
    return HtmlResponse(status, Page("check", view, context));
  };
  router_.Add("GET", "/checks/{id}", Action::kAnswerCheck,
              [=, this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                auto result = decisions_.ShowCheck(*context.identity, *id);
                auto* shown = std::get_if<service::CheckView>(&result);
                if (!shown) return ErrorPage(context.request, 404, context.identity);
                return check_page(context, 200, *shown, "", {});
              });
  router_.Add("POST", "/checks/{id}", Action::kAnswerCheck,
              [=, this](const RequestContext& context) {
                const auto fields = DecodeForm(context.request.body);
                if (!fields) return ErrorPage(context.request, 419, context.identity);
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                const std::string answer = FormValue(*fields, "answer");
                auto result = decisions_.AnswerCheck(*context.identity, *id, answer);
                if (std::holds_alternative<domain::MashCheck>(result))
                  return RedirectResponse("/checks?answered=1");
                return refused(context, result, [&](const domain::FieldErrors& errors) {
                  auto shown = decisions_.ShowCheck(*context.identity, *id);
                  auto* check = std::get_if<service::CheckView>(&shown);
                  if (!check) return ErrorPage(context.request, 404, context.identity);
                  return check_page(context, 400, *check, answer, errors);
                });
              });

  // A manager's reason the checks are not needed
  const auto not_needed_form =
      [=, this](const RequestContext& context, int status, const service::ContactProgress& progress,
                const std::string& reason, const domain::FieldErrors& errors) {
        nlohmann::json view = FormErrorsView("Record why checks are not needed", errors);
        view["reason"] = TextArea("reason", "Why are the answers from partner agencies not needed?",
                                  "This is shown on each child's journey.", reason, view, 5);
        for (const auto& blocker : progress.blockers) view["blockers"].push_back(blocker.message);
        return form_page(context, status, "checks_not_needed", progress, view);
      };
  router_.Add("GET", "/contacts/{id}/checks-not-needed", Action::kDecide,
              [=, this](const RequestContext& context) {
                const auto progress = progress_of(context);
                if (!progress) return ErrorPage(context.request, 404, context.identity);
                return not_needed_form(context, 200, *progress, "", {});
              });
  router_.Add("POST", "/contacts/{id}/checks-not-needed", Action::kDecide,
              [=, this](const RequestContext& context) {
                const auto fields = DecodeForm(context.request.body);
                if (!fields) return ErrorPage(context.request, 419, context.identity);
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                const std::string reason = FormValue(*fields, "reason");
                auto result = decisions_.RecordChecksNotNeeded(*context.identity, *id, reason);
                if (std::holds_alternative<domain::ChecksNotNeeded>(result))
                  return RedirectResponse(ContactPath(*id) + "#next");
                return refused(context, result, [&](const domain::FieldErrors& errors) {
                  const auto progress = progress_of(context);
                  if (!progress) return ErrorPage(context.request, 404, context.identity);
                  return not_needed_form(context, 400, *progress, reason, errors);
                });
              });

  // Management oversight
  const auto oversight_form = [=, this](const RequestContext& context, int status,
                                        const service::ContactProgress& progress,
                                        const domain::OversightDraft& draft,
                                        const domain::FieldErrors& errors) {
    const auto& framework = decisions_.Rules().framework;
    nlohmann::json view = FormErrorsView("Management oversight", errors);
    const auto indicators = IndicatorChoices(framework);
    view["framework"] = framework.name;
    view["risk_checkboxes"] =
        Checkboxes("risk_indicators", "Risk factors", indicators, draft.risk_indicators, view);
    view["risks"] = TextArea("risks", "The risks, in your words", "", draft.risks, view, 5);
    view["strengths"] =
        TextArea("strengths", "Strengths and protective factors", "", draft.strengths, view, 5);
    view["analysis"] = TextArea("analysis", "Your analysis",
                                "What the information means for the child, and how likely harm is.",
                                draft.analysis, view, 6);
    view["child_voice"] = TextArea("child_voice", "The child's voice and daily life",
                                   "What the child has said or shown, and what a day is like for "
                                   "them.",
                                   draft.child_voice, view, 5);
    std::vector<Choice> levels, outcomes;
    for (const auto& level : framework.levels) {
      std::string usual;
      for (const auto& code : level.usual_outcomes) {
        const domain::Outcome* outcome = framework.FindOutcome(code);
        usual += (usual.empty() ? "" : ", ") + (outcome ? outcome->name : code);
      }
      levels.push_back({std::to_string(level.number),
                        "Level " + std::to_string(level.number) + ": " + level.name,
                        level.description + ". Usual routes: " + usual + "."});
    }
    for (const auto& outcome : framework.outcomes) outcomes.push_back({outcome.code, outcome.name});
    view["level_radios"] = Radios("level", "Threshold level", levels,
                                  draft.level ? std::to_string(draft.level) : "", view);
    view["level_checkboxes"] =
        Checkboxes("level_indicators", "The indicators that put the child at this level",
                   indicators, draft.level_indicators, view);
    view["outcome_radios"] = Radios("outcome", "Decision", outcomes, draft.outcome, view);
    view["rationale"] =
        TextArea("rationale", "The reasons for the decision", "", draft.rationale, view, 6);
    view["next_steps"] = TextArea("next_steps", "Next steps", "", draft.next_steps, view, 4);
    view["override_reason"] =
        TextArea("override_reason", "If the decision is not a usual route at this level: why",
                 "Leave empty when the decision is a usual route at the level you chose.",
                 draft.override_reason, view, 4);
    view["consent_refused_offer"] = TextArea(
        "consent_refused_offer",
        "If you are closing the contact after the family refused consent: what was offered",
        "Leave empty otherwise.", draft.consent_refused_offer, view, 4);
    view["sharing"] = domain::ConsentStatusName(progress.sharing);
    view["services"] = domain::ConsentStatusName(progress.services);
    view["blockers"] = nlohmann::json::array();
    for (const auto& blocker : progress.blockers) view["blockers"].push_back(blocker.message);
    view["has_blockers"] = !progress.blockers.empty();
    return form_page(context, status, "oversight", progress, view);
  };
  router_.Add("GET", "/contacts/{id}/oversight", Action::kDecide,
              [=, this](const RequestContext& context) {
                const auto progress = progress_of(context);
                if (!progress) return ErrorPage(context.request, 404, context.identity);
                if (progress->steps.decision)
                  return RedirectResponse(ContactPath(progress->contact.id));
                return oversight_form(context, 200, *progress, {}, {});
              });
  router_.Add("POST", "/contacts/{id}/oversight", Action::kDecide,
              [=, this](const RequestContext& context) {
                const auto fields = DecodeForm(context.request.body);
                if (!fields) return ErrorPage(context.request, 419, context.identity);
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                const auto draft = OversightFromForm(context.request.body, *fields);
                auto result = decisions_.CompleteOversight(*context.identity, *id, draft);
                if (std::holds_alternative<domain::Decision>(result))
                  return RedirectResponse(ContactPath(*id) + "#next");
                return refused(context, result, [&](const domain::FieldErrors& errors) {
                  const auto progress = progress_of(context);
                  if (!progress) return ErrorPage(context.request, 404, context.identity);
                  return oversight_form(context, 400, *progress, draft, errors);
                });
              });

  // Allocation, with the children who live with them
  const auto allocation_form =
      [=, this](const RequestContext& context, int status, const service::ContactProgress& progress,
                const service::AllocationDraft& draft, const domain::FieldErrors& errors) {
        nlohmann::json view = FormErrorsView("Allocate", errors);
        nlohmann::json teams = nlohmann::json::array(), workers = nlohmann::json::array();
        for (const auto& team : decisions_.Rules().settings.teams)
          teams.push_back(
              {{"value", team.code}, {"label", team.name}, {"selected", team.code == draft.team}});
        for (const auto& user : accounts_.ListUsers(context.identity->AsActor())) {
          if (user.disabled ||
              (user.role != domain::Role::kPractitioner && user.role != domain::Role::kManager))
            continue;
          workers.push_back(
              {{"value", user.username},
               {"label", user.username + " (" + std::string(domain::RoleName(user.role)) + ")"},
               {"selected", user.username == draft.worker}});
        }
        view["teams"] = teams;
        view["workers"] = workers;
        view["children"] = nlohmann::json::array();
        bool first = true;
        bool first_sibling = true;
        for (const auto& child : progress.children) {
          // The first box one may tick carries the field's id, so the error summary can link to it.
          std::string checkbox_id = "exclude-" + std::to_string(child.id);
          if (!first && first_sibling) {
            checkbox_id = "exclusions";
            first_sibling = false;
          }
          const std::string name =
              child.person ? child.person->FullName() : "A child whose record is restricted";
          const auto excluded = draft.exclusions.find(child.id);
          view["children"].push_back(
              {{"id", child.id},
               {"name", name},
               {"first", first},
               {"checkbox_id", checkbox_id},
               {"on_contact", child.on_contact},
               {"excluded", excluded != draft.exclusions.end()},
               {"reason", excluded != draft.exclusions.end() ? excluded->second : ""}});
          first = false;
        }
        return form_page(context, status, "allocation", progress, view);
      };
  router_.Add("GET", "/contacts/{id}/allocation", Action::kDecide,
              [=, this](const RequestContext& context) {
                const auto progress = progress_of(context);
                if (!progress) return ErrorPage(context.request, 404, context.identity);
                return allocation_form(context, 200, *progress, {}, {});
              });
  router_.Add("POST", "/contacts/{id}/allocation", Action::kDecide,
              [=, this](const RequestContext& context) {
                const auto fields = DecodeForm(context.request.body);
                if (!fields) return ErrorPage(context.request, 419, context.identity);
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                service::AllocationDraft draft{
                    FormValue(*fields, "team"), FormValue(*fields, "worker"), {}};
                for (const auto& value : FormValues(context.request.body, "exclude")) {
                  std::int64_t child = 0;
                  std::from_chars(value.data(), value.data() + value.size(), child);
                  draft.exclusions[child] = FormValue(*fields, "reason-" + value);
                }
                auto result = decisions_.Allocate(*context.identity, *id, draft);
                if (std::holds_alternative<std::vector<domain::Allocation>>(result))
                  return RedirectResponse(ContactPath(*id) + "#next");
                return refused(context, result, [&](const domain::FieldErrors& errors) {
                  const auto progress = progress_of(context);
                  if (!progress) return ErrorPage(context.request, 404, context.identity);
                  return allocation_form(context, 400, *progress, draft, errors);
                });
              });

  // Work lists
  router_.Add("GET", "/work", Action::kViewWorkList, [this](const RequestContext& context) {
    const bool team = QueryValue(context.request, "scope") == "team";
    const auto list = decisions_.ShowWork(*context.identity, !team);
    nlohmann::json view = {
        {"title", team ? "Team work" : "My work"}, {"team", team},
        {"items", nlohmann::json::array()},        {"has_items", !list.items.empty()},
        {"contacts", list.contacts_last_30_days},  {"decided", list.decided_with_proforma}};
    int overdue = 0;
    for (const auto& item : list.items) {
      overdue += item.overdue;
      view["items"].push_back({{"kind", item.kind == "decision" ? "Decision"
                                        : item.kind == "check"  ? "Check with a partner agency"
                                                                : "Assessment"},
                               {"title", item.title},
                               {"link", item.link},
                               {"due", domain::FormatUkDateTime(item.due)},
                               {"overdue", item.overdue}});
    }
    view["overdue"] = overdue;
    view["share"] =
        list.contacts_last_30_days == 0
            ? std::string("no contacts")
            : std::to_string(list.decided_with_proforma * 100 / list.contacts_last_30_days) + "%";
    return HtmlResponse(200, Page("work", view, context));
  });

  // Reports
  router_.Add(
      "GET", "/reports/decisions", Action::kViewDecisionReports,
      [this](const RequestContext& context) {
        const auto report = decisions_.Report(*context.identity);
        const auto& framework = decisions_.Rules().framework;
        const auto row = [&](const service::ReportedDecision& reported) {
          const auto& decision = reported.decision;
          const std::string hidden = "Only those who may read the contact see its words.";
          const domain::Outcome* outcome = framework.FindOutcome(decision.proforma.outcome);
          return nlohmann::json{
              {"link", ContactPath(decision.contact_id)},
              {"date", domain::FormatUkDateTime(decision.decided_at)},
              {"outcome", outcome ? outcome->name : decision.proforma.outcome},
              {"level", decision.proforma.level},
              {"by", decision.decided_by},
              {"offer", reported.details_shown ? decision.proforma.consent_refused_offer : hidden},
              {"override_reason",
               reported.details_shown ? decision.proforma.override_reason : hidden}};
        };
        nlohmann::json view = {{"title", "Decision reports"},
                               {"months", nlohmann::json::array()},
                               {"closures", nlohmann::json::array()},
                               {"overrides", nlohmann::json::array()}};
        for (auto month = report.consent_closures_by_month.rbegin();
             month != report.consent_closures_by_month.rend(); ++month) {
          const auto first = domain::ParseDate(month->first + "-01");
          const std::string long_date = first ? domain::FormatLongDate(*first) : "";
          view["months"].push_back(
              {{"month", long_date.substr(long_date.find(' ') + 1)}, {"count", month->second}});
        }
        for (const auto& decision : report.consent_closures)
          view["closures"].push_back(row(decision));
        for (const auto& decision : report.overrides) view["overrides"].push_back(row(decision));
        view["has_closures"] = !report.consent_closures.empty();
        view["has_overrides"] = !report.overrides.empty();
        view["override_count"] = report.overrides.size();
        return HtmlResponse(200, Page("decision_reports", view, context));
      });
}

}  // namespace frontdoor::web
