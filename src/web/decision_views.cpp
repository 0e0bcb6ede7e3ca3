// src/web/decision_views.cpp — view models and JSON for consent, checks, decisions and
// allocation.
#include "web/decision_views.hpp"

#include <algorithm>

#include "domain/permissions.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/contact_views.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

nlohmann::json Optional(const std::optional<domain::Timestamp>& at) {
  return at ? nlohmann::json(domain::FormatTimestamp(*at)) : nlohmann::json(nullptr);
}

nlohmann::json ConsentRow(const domain::ConsentRecord& consent,
                          const service::ContactProgress& progress) {
  return {{"kind", domain::kConsentKinds.Name(consent.kind)},
          {"status", domain::kConsentStatuses.Name(consent.status)},
          {"detail", consent.status == domain::ConsentStatus::kNotSoughtRisk
                         ? "Reason: " + consent.reason
                         : consent.given_by + ", " + consent.how},
          {"by", progress.ShownAs(consent.recorded_by) + ", " +
                     domain::FormatUkDateTime(consent.recorded_at)}};
}

nlohmann::json CheckRow(const domain::MashCheck& check, const service::ContactProgress& progress,
                        const service::DecisionRules& rules, domain::Timestamp now) {
  const domain::CheckUrgency* urgency = rules.settings.FindUrgency(check.urgency);
  std::vector<std::string> added_by;
  for (const auto& addition : check.additions)
    added_by.push_back(
        domain::GivenByWords(progress.ShownAs(addition.added_by), addition.relayed_from));
  return {{"agency", rules.settings.AgencyName(check.agency)},
          {"urgency", urgency ? urgency->name : check.urgency},
          {"urgency_code", check.urgency},
          {"question", check.question},
          {"question_warnings", WarningMessages(check.language_warnings, "question")},
          {"answer_warnings", WarningMessages(check.language_warnings, "answer")},
          {"due", domain::FormatUkDateTime(check.due_at)},
          {"overdue", check.Overdue(now)},
          {"answered", check.Answered()},
          {"answer", check.answer},
          {"answered_by",
           check.answered_at ? domain::AnsweredByWords(check, progress.ShownAs(check.answered_by)) +
                                   ", " + domain::FormatUkDateTime(*check.answered_at)
                             : ""},
          {"additions", CheckAdditionRows(check, added_by)}};
}

nlohmann::json DecisionSummary(const domain::Decision& decision,
                               const service::ContactProgress& progress,
                               const service::DecisionRules& rules) {
  nlohmann::json warnings = nlohmann::json::array();
  for (const auto& [part, list] : decision.language_warnings) {
    for (const auto& warning : list) warnings.push_back(warning.Message());
  }
  nlohmann::json children = nlohmann::json::array();
  for (const auto& child : decision.proforma.children) {
    const domain::ThresholdLevel* level = rules.framework.Level(child.level);
    const domain::Outcome* outcome = rules.framework.FindOutcome(child.outcome);
    children.push_back(
        {{"name", ChildName(progress, child.person_id)},
         {"outcome", outcome ? outcome->name : child.outcome},
         {"level", "Level " + std::to_string(child.level) + (level ? ": " + level->name : "")},
         {"rationale", child.rationale},
         {"override_reason", child.override_reason},
         {"is_override", child.is_override},
         {"primary_need", PrimaryNeedWords(child.primary_need)}});
  }
  return {{"children", children},
          {"next_steps", decision.proforma.next_steps},
          {"by", progress.ShownAs(decision.decided_by) + ", " +
                     domain::FormatUkDateTime(decision.decided_at)},
          {"referral", progress.contact.referral_date
                           ? domain::FormatLongDate(*progress.contact.referral_date)
                           : ""},
          {"has_warnings", !warnings.empty()},
          {"warnings", warnings}};
}

nlohmann::json AllocationRow(const domain::Allocation& allocation,
                             const service::ContactProgress& progress,
                             const service::DecisionRules& rules) {
  const std::string name = ChildName(progress, allocation.person_id);
  std::string reason = "Only the people that child's record is open to can read this.";
  for (const auto& child : progress.children) {
    if (child.id == allocation.person_id && child.person) reason = allocation.excluded_reason;
  }
  const domain::Team* team = rules.settings.FindTeam(allocation.team);
  return {
      {"name", name},
      {"allocated", allocation.excluded_reason.empty()},
      {"worker", progress.ShownAs(allocation.worker)},
      {"team", team ? team->name : allocation.team},
      {"due", allocation.assessment_due ? domain::FormatLongDate(*allocation.assessment_due) : ""},
      {"reason", reason},
      // What happened after the referral, for a child whose own decision made it.
      {"steps_link",
       allocation.excluded_reason.empty() &&
               progress.steps.EpisodeFor(progress.contact, allocation.person_id)
           ? nlohmann::json("/contacts/" + std::to_string(allocation.contact_id) + "/children/" +
                            std::to_string(allocation.person_id) + "/steps")
           : nlohmann::json(false)}};
}

}  // namespace

nlohmann::json CheckAdditionRows(const domain::MashCheck& check,
                                 const std::vector<std::string>& given_by) {
  nlohmann::json rows = nlohmann::json::array();
  for (std::size_t i = 0; i < check.additions.size(); ++i) {
    const auto& addition = check.additions[i];
    rows.push_back(
        {{"text", addition.text},
         {"added_at", domain::FormatUkDateTime(addition.added_at)},
         {"by", i < given_by.size() ? given_by[i] : addition.added_by},
         {"warnings", WarningMessages(check.language_warnings, domain::AdditionField(i))}});
  }
  return rows;
}

nlohmann::json CheckRows(const service::ContactProgress& progress,
                         const service::DecisionRules& rules, domain::Timestamp now) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& check : progress.steps.checks)
    rows.push_back(CheckRow(check, progress, rules, now));
  return rows;
}

std::string PrimaryNeedWords(const std::string& code) {
  if (code.empty()) return "";
  return std::string(domain::LabelFor(domain::kPrimaryNeeds, code).value_or(code));
}

std::string ChildName(const service::ContactProgress& progress, std::int64_t id) {
  for (const auto& child : progress.children) {
    if (child.id == id) return child.Name();
  }
  return service::ChildOnContact{}.Name();
}

nlohmann::json ProgressView(const service::ContactProgress& progress,
                            const service::DecisionRules& rules, domain::Role role,
                            domain::Timestamp now) {
  const auto& steps = progress.steps;
  const bool decided = steps.decision.has_value();
  const bool in_time =
      decided && domain::DecidedInTime(steps.decision->decided_at, progress.decision_due);
  nlohmann::json view = {
      {"id", progress.contact.id},
      {"decision_due", domain::FormatUkDateTime(progress.decision_due)},
      {"decision_overdue", !decided && now > progress.decision_due},
      {"danger_now", progress.contact.urgency == domain::ReferrerUrgency::kImmediate && !decided},
      {"decided", decided},
      {"decided_in_time", in_time},
      {"decided_late", decided && !in_time},
      {"re_referral", progress.re_referral},
      {"sharing", domain::kConsentStatuses.Name(progress.sharing)},
      {"services", domain::kConsentStatuses.Name(progress.services)},
      {"consents", nlohmann::json::array()},
      {"checks", nlohmann::json::array()},
      {"has_checks", !steps.checks.empty()},
      {"blockers", nlohmann::json::array()},
      {"may_decide", domain::IsAllowed(role, domain::Action::kDecide) && !decided},
      {"may_ask", domain::IsAllowed(role, domain::Action::kRequestChecks)},
      {"allocations", nlohmann::json::array()},
      {"history", nlohmann::json::array()},
      {"has_history", !progress.history.empty()}};
  for (const auto& consent : steps.consents)
    view["consents"].push_back(ConsentRow(consent, progress));
  view["checks"] = CheckRows(progress, rules, now);
  for (const auto& blocker : progress.blockers) view["blockers"].push_back(blocker.message);
  view["has_blockers"] = !progress.blockers.empty();
  const bool manager = domain::IsAllowed(role, domain::Action::kDecide);
  view["may_waive"] = manager && !decided && !progress.blockers.empty();
  if (steps.checks_not_needed) {
    view["checks_not_needed"] = {
        {"reason", steps.checks_not_needed->reason},
        {"by", progress.ShownAs(steps.checks_not_needed->recorded_by) + ", " +
                   domain::FormatUkDateTime(steps.checks_not_needed->recorded_at)}};
  }
  if (decided) {
    view["decision"] = DecisionSummary(*steps.decision, progress, rules);
    view["may_allocate"] = manager && steps.decision->MadeReferral() && steps.allocations.empty();
    view["may_reopen"] = manager && steps.allocations.empty();
  } else if (!steps.reopened.empty()) {
    const auto& latest = steps.reopened.back();
    view["reopened"] = {{"by", progress.ShownAs(latest.reopened_by)},
                        {"at", domain::FormatUkDateTime(latest.reopened_at)},
                        {"reason", latest.reason}};
  }
  for (const auto& allocation : steps.allocations)
    view["allocations"].push_back(AllocationRow(allocation, progress, rules));
  view["has_allocations"] = !steps.allocations.empty();
  for (const auto& entry : progress.history) {
    view["history"].push_back(
        {{"field", entry.field},
         {"from", entry.from.empty() ? "(nothing)" : entry.from},
         {"to", entry.to},
         {"reason", entry.reason.empty() ? nlohmann::json(false) : nlohmann::json(entry.reason)},
         {"by", progress.ShownAs(entry.by)},
         {"at", domain::FormatUkDateTime(entry.at)}});
  }
  return view;
}

nlohmann::json ConsentJson(const domain::ConsentRecord& consent) {
  return {{"id", consent.id},
          {"kind", domain::kConsentKinds.Code(consent.kind)},
          {"status", domain::kConsentStatuses.Code(consent.status)},
          {"given_by", consent.given_by},
          {"how", consent.how},
          {"reason", consent.reason},
          {"recorded_by", consent.recorded_by},
          {"recorded_at", domain::FormatTimestamp(consent.recorded_at)}};
}

nlohmann::json CheckJson(const domain::MashCheck& check) {
  nlohmann::json additions = nlohmann::json::array();
  for (const auto& addition : check.additions)
    additions.push_back(
        {{"id", addition.id},
         {"text", addition.text},
         {"added_by", addition.added_by},
         {"added_at", domain::FormatTimestamp(addition.added_at)},
         {"relayed_from", addition.relayed_from.empty() ? nlohmann::json(nullptr)
                                                        : nlohmann::json(addition.relayed_from)}});
  return {{"id", check.id},
          {"contact_id", check.contact_id},
          {"agency", check.agency},
          {"urgency", check.urgency},
          {"question", check.question},
          {"requested_by", check.requested_by},
          {"requested_at", domain::FormatTimestamp(check.requested_at)},
          {"due_at", domain::FormatTimestamp(check.due_at)},
          {"answer", check.Answered() ? nlohmann::json(check.answer) : nlohmann::json(nullptr)},
          {"answered_by",
           check.Answered() ? nlohmann::json(check.answered_by) : nlohmann::json(nullptr)},
          {"answered_at", Optional(check.answered_at)},
          {"relayed_from", check.relayed_from.empty() ? nlohmann::json(nullptr)
                                                      : nlohmann::json(check.relayed_from)},
          {"additions", additions},
          {"language_warnings", WarningsByFieldJson(check.language_warnings)}};
}

namespace {

nlohmann::json ChildDecisionJson(const domain::ChildDecision& child, bool with_words) {
  nlohmann::json body = {{"person_id", child.person_id},
                         {"level", child.level},
                         {"outcome", child.outcome},
                         {"is_override", child.is_override},
                         {"consent_closure", child.consent_closure},
                         {"referred", child.referred},
                         {"primary_need", child.primary_need}};
  if (!with_words) return body;
  body["child_voice"] = child.child_voice;
  body["level_indicators"] = child.level_indicators;
  body["rationale"] = child.rationale;
  body["override_reason"] = child.override_reason;
  body["consent_refused_offer"] = child.consent_refused_offer;
  return body;
}

nlohmann::json ChildrenJson(const domain::Decision& decision, bool with_words) {
  nlohmann::json children = nlohmann::json::array();
  for (const auto& child : decision.proforma.children)
    children.push_back(ChildDecisionJson(child, with_words));
  return children;
}

}  // namespace

nlohmann::json DecisionJson(const domain::Decision& decision) {
  const auto& proforma = decision.proforma;
  return {{"contact_id", decision.contact_id},
          {"risk_indicators", proforma.risk_indicators},
          {"risks", proforma.risks},
          {"strengths", proforma.strengths},
          {"analysis", proforma.analysis},
          {"next_steps", proforma.next_steps},
          {"children", ChildrenJson(decision, true)},
          {"is_override", decision.is_override},
          {"services_consent", domain::kConsentStatuses.Code(decision.services_consent)},
          {"consent_closure", decision.consent_closure},
          {"decided_by", decision.decided_by},
          {"decided_at", domain::FormatTimestamp(decision.decided_at)}};
}

nlohmann::json ReportedDecisionJson(const service::ReportedDecision& row) {
  if (row.details_shown) {
    nlohmann::json body = DecisionJson(row.decision);
    body["details_shown"] = true;
    return body;
  }
  const auto& decision = row.decision;
  return {{"contact_id", decision.contact_id},
          {"children", ChildrenJson(decision, false)},
          {"is_override", decision.is_override},
          {"consent_closure", decision.consent_closure},
          {"decided_by", decision.decided_by},
          {"decided_at", domain::FormatTimestamp(decision.decided_at)},
          {"details_shown", false}};
}

nlohmann::json AllocationJson(const domain::Allocation& allocation) {
  return {{"contact_id", allocation.contact_id},
          {"person_id", allocation.person_id},
          {"team", allocation.team},
          {"worker", allocation.worker},
          {"excluded_reason", allocation.excluded_reason},
          {"assessment_due", JsonDate(allocation.assessment_due)},
          {"allocated_by", allocation.allocated_by},
          {"allocated_at", domain::FormatTimestamp(allocation.allocated_at)}};
}

nlohmann::json ChecksNotNeededJson(const domain::ChecksNotNeeded& record) {
  return {{"contact_id", record.contact_id},
          {"reason", record.reason},
          {"recorded_by", record.recorded_by},
          {"recorded_at", domain::FormatTimestamp(record.recorded_at)}};
}

nlohmann::json FrameworkJson(const domain::ThresholdFramework& framework) {
  nlohmann::json body = {{"name", framework.name},
                         {"levels", nlohmann::json::array()},
                         {"domains", nlohmann::json::array()},
                         {"indicators", nlohmann::json::array()},
                         {"outcomes", nlohmann::json::array()}};
  for (const auto& level : framework.levels)
    body["levels"].push_back({{"number", level.number},
                              {"name", level.name},
                              {"description", level.description},
                              {"usual_outcomes", level.usual_outcomes}});
  for (const auto& domain : framework.domains)
    body["domains"].push_back({{"code", domain.code}, {"name", domain.name}});
  for (const auto& indicator : framework.indicators)
    body["indicators"].push_back({{"code", indicator.code},
                                  {"level", indicator.level},
                                  {"domain", indicator.domain},
                                  {"text", indicator.text}});
  for (const auto& outcome : framework.outcomes)
    body["outcomes"].push_back({{"code", outcome.code},
                                {"name", outcome.name},
                                {"makes_referral", outcome.makes_referral},
                                {"needs_consent", outcome.needs_consent},
                                {"significant_harm", outcome.significant_harm}});
  return body;
}

nlohmann::json ProgressJson(const service::ContactProgress& progress) {
  if (progress.restricted)
    return {{"contact_id", progress.contact.id},
            {"reference", progress.contact.reference},
            {"restricted", true}};
  const auto& steps = progress.steps;
  nlohmann::json body = {
      {"contact_id", progress.contact.id},
      {"reference", progress.contact.reference},
      {"decision_due", domain::FormatDate(domain::UkDate(progress.decision_due))},
      {"decision_due_at", domain::FormatTimestamp(progress.decision_due)},
      {"re_referral", progress.re_referral},
      {"consent_to_share", domain::kConsentStatuses.Code(progress.sharing)},
      {"consent_to_services", domain::kConsentStatuses.Code(progress.services)},
      {"consents", nlohmann::json::array()},
      {"checks", nlohmann::json::array()},
      {"checks_not_needed", nullptr},
      {"blockers", nlohmann::json::array()},
      {"decision", nullptr},
      {"referral_date", JsonDate(progress.contact.referral_date)},
      {"allocations", nlohmann::json::array()}};
  for (const auto& consent : steps.consents) body["consents"].push_back(ConsentJson(consent));
  for (const auto& check : steps.checks) body["checks"].push_back(CheckJson(check));
  if (steps.checks_not_needed) {
    body["checks_not_needed"] = ChecksNotNeededJson(*steps.checks_not_needed);
    body["checks_not_needed"].erase("contact_id");
  }
  for (const auto& blocker : progress.blockers)
    body["blockers"].push_back({{"field", blocker.field}, {"message", blocker.message}});
  if (steps.decision) body["decision"] = DecisionJson(*steps.decision);
  body["reopened"] = nlohmann::json::array();
  for (const auto& earlier : steps.reopened) {
    body["reopened"].push_back({{"version", earlier.version},
                                {"reopened_by", earlier.reopened_by},
                                {"reopened_at", domain::FormatTimestamp(earlier.reopened_at)},
                                {"reason", earlier.reason},
                                {"decision", DecisionJson(earlier.decision)}});
  }
  for (const auto& allocation : steps.allocations) {
    nlohmann::json item = AllocationJson(allocation);
    const bool visible =
        std::any_of(progress.children.begin(), progress.children.end(), [&](const auto& child) {
          return child.id == allocation.person_id && child.person.has_value();
        });
    if (!visible) item["excluded_reason"] = allocation.excluded_reason.empty() ? "" : "restricted";
    body["allocations"].push_back(std::move(item));
  }
  return body;
}

}  // namespace frontdoor::web
