// src/web/improvement_plan_controller.cpp — the improvement plan's pages (the plan with what is
// late, adding an action, an action with its history and progress form, the plan as a workbook)
// and the same through the API.
#include "domain/account.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/annex_a_files.hpp"
#include "web/case_audit_views.hpp"
#include "web/controllers.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoAction = "There is no improvement plan action with that id";

const char* RagTag(domain::Rag rag) {
  switch (rag) {
    case domain::Rag::kRed:
      return "govuk-tag--red";
    case domain::Rag::kAmber:
      return "govuk-tag--yellow";
    case domain::Rag::kGreen:
      return "govuk-tag--green";
    case domain::Rag::kDone:
      return "govuk-tag--grey";
  }
  return "";
}

nlohmann::json ActionRow(const service::PlanView& view, const service::ActionView& item) {
  const auto& action = item.action;
  nlohmann::json evidence = nlohmann::json::array();
  for (const auto& cited : action.evidence)
    evidence.push_back(
        cited.audit_case_id
            ? nlohmann::json{{"link", "/audits/cases/" + std::to_string(cited.audit_case_id)},
                             {"title", "Audited case " + std::to_string(cited.audit_case_id)}}
            : nlohmann::json{{"link", ""}, {"title", cited.document}});
  if (action.case_id)
    evidence.push_back({{"link", "/audits/cases/" + std::to_string(action.case_id)},
                        {"title", "The audited case graded inadequate"}});
  nlohmann::json updates = nlohmann::json::array();
  for (const auto& update : action.updates)
    updates.push_back({{"words", update.words},
                       {"status", std::string(domain::kActionStatuses.Name(update.status))},
                       {"by", domain::ShownAs(view.names, update.by)},
                       {"at", domain::FormatUkDateTime(update.at)}});
  return {{"id", action.id},
          {"link", "/improvement-plan/" + std::to_string(action.id)},
          {"source", std::string(domain::kActionSources.Name(action.source))},
          {"finding", action.finding},
          {"description", action.description},
          {"owner", domain::ShownAs(view.names, action.owner)},
          {"due", domain::FormatLongDate(action.due)},
          // A done action's tag says "Done": the status beside it would say it again.
          {"status", item.rag == domain::Rag::kDone
                         ? std::string()
                         : std::string(domain::kActionStatuses.Name(action.status))},
          {"rag", std::string(domain::kRags.Name(item.rag))},
          {"rag_tag", RagTag(item.rag)},
          {"evidence", evidence},
          {"has_evidence", !evidence.empty()},
          {"updates", updates},
          {"has_updates", !updates.empty()},
          {"may_update", item.may_update}};
}

domain::ActionDraft ReadActionDraft(Fields& fields) {
  domain::ActionDraft draft;
  draft.source = fields.Text("source");
  draft.finding = fields.Text("finding");
  draft.description = fields.Text("description");
  draft.owner = fields.Text("owner");
  const std::string due = fields.Date("due");
  draft.due_typed = due;
  draft.due = domain::ParseDate(due);
  draft.audit_cases = fields.Ids("audit_cases");
  if (fields.IsForm()) {
    // A page gives the reports one to a line.
    const std::string typed = fields.Text("documents");
    size_t start = 0;
    while (start <= typed.size()) {
      const size_t end = std::min(typed.find('\n', start), typed.size());
      std::string line = typed.substr(start, end - start);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (!line.empty()) draft.documents.push_back(line);
      start = end + 1;
    }
  } else {
    draft.documents = fields.Texts("documents");
  }
  return draft;
}

std::vector<Choice> SourceChoices() {
  std::vector<Choice> choices;
  for (const auto& entry : domain::kActionSources.All())
    if (entry.kind != domain::ActionSource::kCaseAudit)
      choices.push_back({std::string(entry.code), std::string(entry.name)});
  return choices;
}

}  // namespace

http::Response ImprovementPlanController::Plan(const RequestContext& context) const {
  return Shown(pages_, context, plan_.ShowPlan(*context.identity, kShown),
               [&](const service::PlanView& view) {
                 nlohmann::json page = {{"title", "Improvement plan"},
                                        {"added", context.query.Value("added") == "1"},
                                        {"may_add", domain::IsAllowed(context.identity->user.role,
                                                                      domain::Action::kAddAction)},
                                        {"actions", nlohmann::json::array()},
                                        {"has_actions", !view.actions.empty()}};
                 int late = 0;
                 for (const auto& item : view.actions) {
                   page["actions"].push_back(ActionRow(view, item));
                   late += item.rag == domain::Rag::kRed;
                 }
                 page["late"] = late;
                 return pages_.Render(context, 200, "improvement_plan", page);
               });
}

http::Response ImprovementPlanController::NewAction(const RequestContext& context) const {
  return Shown(pages_, context, plan_.ShowPlan(*context.identity, 0),
               [&](const service::PlanView& view) { return ActionForm(context, 200, view, {}); });
}

http::Response ImprovementPlanController::AddAction(const RequestContext& context) const {
  Fields fields(context.form);
  return Answered(
      pages_, context, plan_.AddAction(*context.identity, ReadActionDraft(fields)),
      [&](const domain::FollowUpAction&) { return RedirectResponse("/improvement-plan?added=1"); },
      [&](const service::PlanView& view, const domain::FieldErrors& errors) {
        return ActionForm(context, 400, view, errors);
      });
}

http::Response ImprovementPlanController::ActionForm(const RequestContext& context, int status,
                                                     const service::PlanView& view,
                                                     const domain::FieldErrors& errors) const {
  Fields typed(context.form);
  nlohmann::json page = FormErrorsView("Add an action to the improvement plan", errors);
  page["source"] =
      Radios("source", "Where the finding came from", SourceChoices(), typed.Text("source"), page);
  page["finding"] = TextArea("finding", "What was found", "In the words of the report or audit",
                             typed.Text("finding"), page, 3);
  page["description"] =
      TextArea("description", "What must be done", "", typed.Text("description"), page, 3);
  std::vector<Choice> owners{{"", "Choose who owns it"}};
  for (const auto& owner : view.owners)
    owners.push_back({owner, domain::ShownAs(view.names, owner)});
  page["owner"] = Select("owner", "Who owns it", "", owners, typed.Text("owner"), page);
  page["due"] =
      DateInput("due", "When it is due", "For example, 31 3 2027", typed.Date("due"), page);
  page["documents"] =
      TextArea("documents", "Reports it answers (optional)",
               "One to a line: a title or a web address", typed.Text("documents"), page, 3);
  return pages_.Render(context, status, "improvement_action_new", page);
}

http::Response ImprovementPlanController::Action(const RequestContext& context) const {
  return Shown(pages_, context, plan_.ShowAction(*context.identity, context.id),
               [&](const service::PlanView& view) { return ActionPage(context, 200, view, {}); });
}

http::Response ImprovementPlanController::UpdateAction(const RequestContext& context) const {
  Fields fields(context.form);
  return Answered(
      pages_, context,
      plan_.UpdateAction(*context.identity, context.id, fields.Text("words"),
                         fields.Text("status")),
      [&](const domain::ActionUpdate&) {
        return RedirectResponse("/improvement-plan/" + std::to_string(context.id) + "?updated=1");
      },
      [&](const service::PlanView& view, const domain::FieldErrors& errors) {
        return ActionPage(context, 400, view, errors);
      });
}

http::Response ImprovementPlanController::ActionPage(const RequestContext& context, int status,
                                                     const service::PlanView& view,
                                                     const domain::FieldErrors& errors) const {
  const auto& item = view.actions.front();
  nlohmann::json page = FormErrorsView("Action " + std::to_string(item.action.id), errors);
  page.update(ActionRow(view, item));
  page["updated"] = context.query.Value("updated") == "1";
  Fields typed(context.form);
  page["words"] = TextArea("words", "What has been done", "", typed.Text("words"), page, 4);
  page["new_status"] = Radios("status", "Where it stands now", ChoicesFrom(domain::kActionStatuses),
                              typed.Text("status"), page);
  return pages_.Render(context, status, "improvement_action", page);
}

http::Response ImprovementPlanController::Workbook(const RequestContext& context) const {
  const auto shown = plan_.ShowPlan(*context.identity, kShown);
  const auto* view = std::get_if<service::PlanView>(&shown);
  if (!view) return pages_.Error(context, 404);
  domain::AnnexAList sheet;
  sheet.name = "Improvement plan";
  sheet.columns = {"Action", "Where from", "Finding", "What must be done", "Owner",
                   "Due",    "Status",     "RAG",     "Last update",       "Evidence"};
  for (const auto& item : view->actions) {
    const auto& action = item.action;
    std::string evidence;
    for (const auto& cited : action.evidence)
      evidence += (evidence.empty() ? "" : "; ") +
                  (cited.audit_case_id ? "audited case " + std::to_string(cited.audit_case_id)
                                       : cited.document);
    sheet.rows.push_back(
        {std::to_string(action.id), std::string(domain::kActionSources.Name(action.source)),
         action.finding, action.description, action.owner, domain::FormatDate(action.due),
         std::string(domain::kActionStatuses.Name(action.status)),
         std::string(domain::kRags.Name(item.rag)),
         action.updates.empty() ? std::string() : action.updates.back().words, evidence});
  }
  const auto bytes = AnnexAWorkbookBytes({sheet});
  if (!bytes) return pages_.Error(context, 500);
  return DownloadResponse("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "improvement-plan.xlsx", *bytes);
}

http::Response ImprovementPlanController::ApiPlan(const RequestContext& context) const {
  return ApiListAnswer(context, plan_.ShowPlan(*context.identity, kShown), "actions",
                       [](const service::PlanView& view) {
                         nlohmann::json actions = nlohmann::json::array();
                         for (const auto& item : view.actions) {
                           auto shown = ActionJson(item.action);
                           shown["rag"] = domain::kRags.Code(item.rag);
                           actions.push_back(shown);
                         }
                         return nlohmann::json{{"actions", actions}};
                       });
}

http::Response ImprovementPlanController::ApiAddAction(const RequestContext& context) const {
  Fields fields(context.body);
  const auto draft = ReadActionDraft(fields);
  return ApiCreated(
      fields, [&] { return plan_.AddAction(*context.identity, draft); }, "/api/v1/improvement-plan",
      ActionJson);
}

http::Response ImprovementPlanController::ApiAction(const RequestContext& context) const {
  return ApiAnswer(plan_.ShowAction(*context.identity, context.id), kNoAction, 200,
                   [](const service::PlanView& view) {
                     auto shown = ActionJson(view.actions.front().action);
                     shown["rag"] = domain::kRags.Code(view.actions.front().rag);
                     return shown;
                   });
}

http::Response ImprovementPlanController::ApiUpdateAction(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string words = fields.Text("words");
  const std::string status = fields.Text("status");
  return ApiSubmitted(
      fields, [&] { return plan_.UpdateAction(*context.identity, context.id, words, status); },
      kNoAction, 201,
      [](const domain::ActionUpdate& update) {
        return nlohmann::json{{"words", update.words},
                              {"status", domain::kActionStatuses.Code(update.status)},
                              {"by", update.by},
                              {"at", domain::FormatTimestamp(update.at)}};
      });
}

}  // namespace frontdoor::web
