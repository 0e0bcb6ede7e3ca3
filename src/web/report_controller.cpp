// src/web/report_controller.cpp — the work list and decision report pages and API.
#include <algorithm>

#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/controllers.hpp"
#include "web/decision_views.hpp"

namespace frontdoor::web {

namespace {

const char* WorkKindName(const std::string& kind) {
  return kind == "decision" ? "Decision"
         : kind == "check"  ? "Check with a partner agency"
                            : "Assessment";
}

std::string MonthName(const std::string& month) {  // "2026-11" as "November 2026"
  const auto first = domain::ParseDate(month + "-01");
  const std::string long_date = first ? domain::FormatLongDate(*first) : "";
  return long_date.substr(long_date.find(' ') + 1);
}

}  // namespace

http::Response ReportController::Work(const RequestContext& context) const {
  const bool team = context.query.Value("scope") == "team";
  const auto list = reports_.ShowWork(*context.identity, !team);
  nlohmann::json view = {
      {"title", team ? "Team work" : "My work"}, {"team", team},
      {"items", nlohmann::json::array()},        {"has_items", !list.items.empty()},
      {"contacts", list.contacts_last_30_days},  {"decided", list.decided_with_proforma}};
  int overdue = 0;
  for (const auto& item : list.items) {
    overdue += item.overdue;
    view["items"].push_back({{"kind", WorkKindName(item.kind)},
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
                     {"overdue", item.overdue}});
  return JsonResponse(200, {{"scope", team ? "team" : "mine"},
                            {"items", items},
                            {"contacts_last_30_days", list.contacts_last_30_days},
                            {"decided_with_complete_proforma", list.decided_with_proforma}});
}

namespace {

//! Which written parts of a decision said little, and how: "analysis: very short".
std::string SaidLittle(const domain::Decision& decision) {
  std::string said;
  for (const auto& [part, warnings] : decision.language_warnings) {
    for (const auto& warning : warnings) {
      if (!domain::SaysLittle(warning.issue)) continue;
      std::string name = part;
      std::replace(name.begin(), name.end(), '_', ' ');
      said += (said.empty() ? "" : "; ") + name + ": " +
              (warning.issue == domain::LanguageIssue::kPlaceholder ? "\"" + warning.found + "\""
                                                                    : "very short");
    }
  }
  return said;
}

}  // namespace

http::Response ReportController::Decisions(const RequestContext& context) const {
  const auto report = reports_.Report(*context.identity);
  const auto row = [&](const service::ReportedDecision& reported) {
    const auto& decision = reported.decision;
    const std::string hidden = "Only those who may read the contact see its words.";
    const domain::Outcome* outcome = rules_.framework.FindOutcome(decision.proforma.outcome);
    return nlohmann::json{
        {"link", "/contacts/" + std::to_string(decision.contact_id)},
        {"date", domain::FormatUkDateTime(decision.decided_at)},
        {"outcome", outcome ? outcome->name : decision.proforma.outcome},
        {"level", decision.proforma.level},
        {"by", decision.decided_by},
        {"offer", reported.details_shown ? decision.proforma.consent_refused_offer : hidden},
        {"override_reason", reported.details_shown ? decision.proforma.override_reason : hidden},
        {"said_little", reported.details_shown ? SaidLittle(decision) : hidden}};
  };
  nlohmann::json view = {{"title", "Decision reports"},
                         {"months", nlohmann::json::array()},
                         {"closures", nlohmann::json::array()},
                         {"overrides", nlohmann::json::array()},
                         {"has_closures", !report.consent_closures.empty()},
                         {"has_overrides", !report.overrides.empty()},
                         {"override_count", report.overrides.size()},
                         {"thin_reasoning", nlohmann::json::array()},
                         {"has_thin_reasoning", !report.thin_reasoning.empty()},
                         {"thin_reasoning_count", report.thin_reasoning.size()}};
  for (auto month = report.consent_closures_by_month.rbegin();
       month != report.consent_closures_by_month.rend(); ++month)
    view["months"].push_back({{"month", MonthName(month->first)}, {"count", month->second}});
  for (const auto& decision : report.consent_closures) view["closures"].push_back(row(decision));
  for (const auto& decision : report.overrides) view["overrides"].push_back(row(decision));
  for (const auto& decision : report.thin_reasoning)
    view["thin_reasoning"].push_back(row(decision));
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
                            {"override_count", report.overrides.size()},
                            {"thin_reasoning", list(report.thin_reasoning)},
                            {"thin_reasoning_count", report.thin_reasoning.size()}});
}

}  // namespace frontdoor::web
