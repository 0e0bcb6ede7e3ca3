// src/web/report_controller.cpp — the work list and decision report pages and API.
#include <algorithm>
#include <map>

#include "domain/account.hpp"
#include "domain/text.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/controllers.hpp"
#include "web/decision_views.hpp"

namespace frontdoor::web {

namespace {

const char* WorkKindName(const std::string& kind) {
  return kind == "decision"      ? "Decision"
         : kind == "check"       ? "Check with a partner agency"
         : kind == "plan_review" ? "Child protection plan review"
                                 : "Assessment";
}

std::string MonthName(const std::string& month) {  // "2026-11" as "November 2026"
  const auto first = domain::ParseDate(month + "-01");
  const std::string long_date = first ? domain::FormatLongDate(*first) : "";
  return long_date.substr(long_date.find(' ') + 1);
}

//! A work item's tag as the API gives it.
const char* TimelinessCode(domain::Timeliness timeliness) {
  switch (timeliness) {
    case domain::Timeliness::kOverdue:
      return "red";
    case domain::Timeliness::kDueSoon:
      return "amber";
    case domain::Timeliness::kOnTime:
      break;
  }
  return "green";
}

}  // namespace

http::Response ReportController::Work(const RequestContext& context) const {
  const bool team = context.query.Value("scope") == "team";
  const auto list = reports_.ShowWork(*context.identity, !team);
  nlohmann::json view = {
      {"title", team ? "Team work" : "My work"},
      {"team", team},
      {"items", nlohmann::json::array()},
      {"has_items", !list.items.empty()},
      {"contacts", domain::Counted(list.contacts_last_30_days, "contact", "contacts")},
      {"decided", list.decided_with_proforma}};
  int overdue = 0;
  for (const auto& item : list.items) {
    overdue += item.overdue;
    view["items"].push_back({{"kind", WorkKindName(item.kind)},
                             {"title", item.title},
                             {"link", item.link},
                             {"due", domain::FormatUkDateTime(item.due)},
                             {"overdue", item.timeliness == domain::Timeliness::kOverdue},
                             {"due_soon", item.timeliness == domain::Timeliness::kDueSoon},
                             {"on_time", item.timeliness == domain::Timeliness::kOnTime}});
  }
  view["overdue"] = overdue;
  view["share"] =
      list.contacts_last_30_days == 0
          ? std::string("no contacts")
          : std::to_string(list.decided_with_proforma * 100 / list.contacts_last_30_days) + "%";
  return pages_.Render(context, 200, "work", view);
}

http::Response ReportController::ApiWork(const RequestContext& context) const {
  const bool team = context.query.Value("scope") == "team";
  const auto list = reports_.ShowWork(*context.identity, !team);
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : list.items)
    items.push_back({{"kind", item.kind},
                     {"title", item.title},
                     {"link", item.link},
                     {"due", domain::FormatTimestamp(item.due)},
                     {"overdue", item.overdue},
                     {"rag", TimelinessCode(item.timeliness)}});
  return PagedList(context,
                   {{"scope", team ? "team" : "mine"},
                    {"items", items},
                    {"contacts_last_30_days", list.contacts_last_30_days},
                    {"decided_with_complete_proforma", list.decided_with_proforma}},
                   "items");
}

namespace {

//! Which written parts of a decision said little, and how: "analysis: very short".
std::string SaidLittle(const domain::Decision& decision) {
  std::string said;
  for (const auto& [part, warnings] : decision.language_warnings) {
    for (const auto& warning : warnings) {
      if (!domain::SaysLittle(warning.issue)) continue;
      std::string name = part.substr(0, part.find('-'));  // a child's part: "rationale-12"
      std::replace(name.begin(), name.end(), '_', ' ');
      said += (said.empty() ? "" : "; ") + name + ": " +
              (warning.issue == domain::LanguageIssue::kPlaceholder ? "\"" + warning.found + "\""
                                                                    : "very short");
    }
  }
  return said;
}

//! Each child's part of these decisions that `which` picks, as report rows: a decision on two
//! children outside the usual routes is two rows.
nlohmann::json ChildRows(const std::map<std::string, std::string>& names,
                         const std::vector<service::ReportedDecision>& decisions,
                         bool (*which)(const domain::ChildDecision&),
                         const domain::ThresholdFramework& framework) {
  const std::string hidden = "Only those who may read the contact see its words.";
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& reported : decisions) {
    const auto& decision = reported.decision;
    for (const auto& child : decision.proforma.children) {
      if (!which(child)) continue;
      const domain::Outcome* outcome = framework.FindOutcome(child.outcome);
      rows.push_back(
          {{"link", "/contacts/" + std::to_string(decision.contact_id)},
           {"date", domain::FormatUkDateTime(decision.decided_at)},
           {"decision", (outcome ? outcome->name : child.outcome) + " (level " +
                            std::to_string(child.level) + ")"},
           {"by", domain::ShownAs(names, decision.decided_by)},
           {"offer", reported.details_shown ? child.consent_refused_offer : hidden},
           {"override_reason", reported.details_shown ? child.override_reason : hidden}});
    }
  }
  return rows;
}

bool ClosedAfterRefusal(const domain::ChildDecision& child) {
  return child.consent_closure;
}
bool OutsideUsualRoutes(const domain::ChildDecision& child) {
  return child.is_override;
}
//! Whole decisions as report rows, each child's decision in one column.
nlohmann::json DecisionRows(const std::map<std::string, std::string>& names,
                            const std::vector<service::ReportedDecision>& decisions,
                            const domain::ThresholdFramework& framework) {
  const std::string hidden = "Only those who may read the contact see its words.";
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& reported : decisions) {
    const auto& decision = reported.decision;
    std::string decided;
    for (const auto& child : decision.proforma.children) {
      const domain::Outcome* outcome = framework.FindOutcome(child.outcome);
      decided += (decided.empty() ? "" : "; ") + (outcome ? outcome->name : child.outcome) +
                 " (level " + std::to_string(child.level) + ")";
    }
    rows.push_back({{"link", "/contacts/" + std::to_string(decision.contact_id)},
                    {"date", domain::FormatUkDateTime(decision.decided_at)},
                    {"decision", decided},
                    {"by", domain::ShownAs(names, decision.decided_by)},
                    {"said_little", reported.details_shown ? SaidLittle(decision) : hidden}});
  }
  return rows;
}

//! How many children's decisions were outside the usual routes for their level.
size_t CountOverrides(const std::vector<service::ReportedDecision>& decisions) {
  size_t count = 0;
  for (const auto& reported : decisions) {
    const auto& children = reported.decision.proforma.children;
    count += std::count_if(children.begin(), children.end(), OutsideUsualRoutes);
  }
  return count;
}

}  // namespace

http::Response ReportController::Decisions(const RequestContext& context) const {
  const auto report = reports_.Report(*context.identity);
  const auto& framework = rules_.framework;
  nlohmann::json view = {{"title", "Decision reports"},
                         {"months", nlohmann::json::array()},
                         {"closures", nlohmann::json::array()},
                         {"overrides", nlohmann::json::array()},
                         {"has_closures", !report.consent_closures.empty()},
                         {"has_overrides", !report.overrides.empty()},
                         {"override_count", CountOverrides(report.overrides)},
                         {"thin_reasoning", nlohmann::json::array()},
                         {"has_thin_reasoning", !report.thin_reasoning.empty()},
                         {"thin_reasoning_count", report.thin_reasoning.size()}};
  for (auto month = report.consent_closures_by_month.rbegin();
       month != report.consent_closures_by_month.rend(); ++month)
    view["months"].push_back({{"month", MonthName(month->first)}, {"count", month->second}});
  view["closures"] =
      ChildRows(report.names, report.consent_closures, ClosedAfterRefusal, framework);
  view["overrides"] = ChildRows(report.names, report.overrides, OutsideUsualRoutes, framework);
  view["thin_reasoning"] = DecisionRows(report.names, report.thin_reasoning, framework);
  return pages_.Render(context, 200, "decision_reports", view);
}

http::Response ReportController::ApiDecisions(const RequestContext& context) const {
  const auto report = reports_.Report(*context.identity);
  const auto list = [](const std::vector<service::ReportedDecision>& decisions) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& decision : decisions) rows.push_back(ReportedDecisionJson(decision));
    return rows;
  };
  return JsonResponse(200, {{"consent_closures", list(report.consent_closures)},
                            {"consent_closures_by_month", report.consent_closures_by_month},
                            {"overrides", list(report.overrides)},
                            {"override_count", CountOverrides(report.overrides)},
                            {"thin_reasoning", list(report.thin_reasoning)},
                            {"thin_reasoning_count", report.thin_reasoning.size()}});
}

}  // namespace frontdoor::web
