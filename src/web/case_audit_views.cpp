// src/web/case_audit_views.cpp — reading the assurance loop's forms and bodies, and its JSON.
#include "web/case_audit_views.hpp"

#include <algorithm>
#include <cstdio>

#include "domain/account.hpp"
#include "domain/date_typed.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::web {

namespace {

nlohmann::json OptionalNumber(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

std::string TwoPlaces(const std::optional<double>& value) {
  if (!value) return "";
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", *value);
  return text;
}

}  // namespace

domain::SampleRequest ReadSampleRequest(Fields& fields, const nlohmann::json& body,
                                        domain::FieldErrors& errors) {
  domain::SampleRequest request;
  const std::string purpose = fields.Text("purpose");
  if (const auto parsed = domain::kSamplePurposes.Parse(purpose.empty() ? "case" : purpose))
    request.purpose = *parsed;
  else
    errors.push_back({"purpose", "Choose a case audit or the language used"});
  // A date left out stays unset, which the rules refuse with the rest.
  const auto date = [&](const char* name, const char* what, domain::Date& into) {
    const std::string typed = fields.Date(name);
    if (const auto parsed = domain::ParseDate(typed))
      into = *parsed;
    else if (!typed.empty())
      errors.push_back({name, domain::FindDateProblem(typed, what).message});
  };
  date("from", "The first day of the period", request.from);
  date("to", "The last day of the period", request.to);
  const std::string strata = fields.Text("strata");
  if (const auto parsed = domain::kSampleStrata.Parse(strata.empty() ? "none" : strata))
    request.strata = *parsed;
  else
    errors.push_back({"strata", "Choose what to group the decisions by"});
  if (body.is_object() && body.contains("only")) {
    if (!body["only"].is_object()) errors.push_back({"only", "Give the groups as an object"});
    for (const auto& [stratum, size] : body["only"].items())
      request.only[stratum] = size.is_number_integer() ? size.get<int>() : 0;
  } else {
    request.per_stratum = fields.Number("per_stratum");
  }
  // The API may send the seed as a number or as text; a form sends text.
  const bool numeric =
      body.is_object() && body.contains("seed") && body["seed"].is_number_unsigned();
  const std::string seed =
      numeric ? std::to_string(body["seed"].get<std::uint64_t>()) : fields.Text("seed");
  if (seed.empty() || seed.size() > 12 || seed.find_first_not_of("0123456789") != std::string::npos)
    errors.push_back({"seed", "Enter a seed: a whole number of up to twelve digits"});
  else
    request.seed = std::stoull(seed);
  for (const auto& error : fields.Errors()) errors.push_back(error);
  return request;
}

domain::FieldErrors WithRuleErrors(domain::FieldErrors read, const domain::SampleRequest& request,
                                   const domain::Date& today) {
  for (auto& error : domain::ValidateSampleRequest(request, today)) {
    if (std::none_of(read.begin(), read.end(),
                     [&](const domain::FieldError& one) { return one.field == error.field; }))
      read.push_back(std::move(error));
  }
  static constexpr std::string_view kFormOrder[] = {"purpose",     "from", "to",  "strata",
                                                    "per_stratum", "only", "seed"};
  domain::ListInFormOrder(read.begin(), read.end(), kFormOrder);
  return read;
}

domain::CaseAuditDraft ReadCaseAudit(Fields& fields, const nlohmann::json& body,
                                     const std::vector<domain::AuditQuestion>& questions) {
  domain::CaseAuditDraft draft;
  if (fields.IsForm()) {
    for (const auto& question : questions) {
      draft.grades[question.code] = fields.Text("grade-" + question.code);
      draft.comments[question.code] = fields.Text("comment-" + question.code);
    }
  } else if (body.is_object() && body.contains("grades") && body["grades"].is_object()) {
    for (const auto& [code, answer] : body["grades"].items()) {
      if (!answer.is_object()) continue;
      if (answer.contains("grade") && answer["grade"].is_string())
        draft.grades[code] = answer["grade"].get<std::string>();
      if (answer.contains("comment") && answer["comment"].is_string())
        draft.comments[code] = answer["comment"].get<std::string>();
    }
  }
  draft.overall = fields.Text("overall");
  draft.summary = fields.Text("summary");
  return draft;
}

domain::ModerationDraft ReadModeration(Fields& fields) {
  domain::ModerationDraft draft;
  draft.final_grade = fields.Text("final_grade");
  draft.reason = fields.Text("reason");
  draft.action = fields.Text("action");
  draft.owner = fields.Text("owner");
  const std::string due = fields.Date("due");
  draft.due_typed = due;
  draft.due = domain::ParseDate(due);
  return draft;
}

nlohmann::json SampleRow(const domain::DipSample& sample,
                         const std::map<std::string, std::string>& names) {
  const auto& request = sample.request;
  return {{"id", sample.id},
          {"link", "/audits/samples/" + std::to_string(sample.id)},
          {"purpose", std::string(domain::kSamplePurposes.Name(request.purpose))},
          {"period",
           domain::FormatLongDate(request.from) + " to " + domain::FormatLongDate(request.to)},
          {"strata_by", std::string(domain::kSampleStrata.Name(request.strata))},
          {"per_stratum", request.only.empty() ? std::to_string(request.per_stratum) : "as named"},
          {"seed", std::to_string(request.seed)},
          {"candidates", sample.candidates},
          {"drawn_by", domain::ShownAs(names, sample.drawn_by)},
          {"drawn_at", domain::FormatUkDateTime(sample.drawn_at)}};
}

nlohmann::json AgreementRow(const domain::AgreementFigure& figure) {
  return {{"label", figure.label},
          {"pairs", figure.pairs},
          {"exact", figure.pairs ? std::to_string(static_cast<int>(figure.exact * 100 + 0.5)) + "%"
                                 : std::string()},
          {"kappa", TwoPlaces(figure.weighted_kappa)},
          {"ac1", TwoPlaces(figure.ac1)}};
}

nlohmann::json SampleJson(const service::SampleView& view) {
  const auto& sample = view.sample;
  nlohmann::json strata = nlohmann::json::array();
  for (const auto& stratum : sample.strata)
    strata.push_back(
        {{"stratum", stratum.stratum}, {"asked", stratum.asked}, {"available", stratum.available}});
  nlohmann::json cases = nlohmann::json::array();
  for (const auto& item : view.cases)
    cases.push_back({{"id", item.audited.id},
                     {"position", item.audited.position},
                     {"stratum", item.audited.stratum},
                     {"contact_id", item.audited.decision.contact_id},
                     {"person_id", item.audited.decision.person_id},
                     {"stage", domain::kAuditStages.Code(item.stage)}});
  return {{"id", sample.id},
          {"purpose", domain::kSamplePurposes.Code(sample.request.purpose)},
          {"from", domain::FormatDate(sample.request.from)},
          {"to", domain::FormatDate(sample.request.to)},
          {"strata_by", domain::kSampleStrata.Code(sample.request.strata)},
          {"per_stratum", sample.request.per_stratum},
          {"seed", sample.request.seed},
          {"candidates", sample.candidates},
          {"drawn_by", sample.drawn_by},
          {"drawn_at", domain::FormatTimestamp(sample.drawn_at)},
          {"strata", strata},
          {"cases", cases}};
}

nlohmann::json AuditJson(const domain::CaseAudit& audit) {
  nlohmann::json grades = nlohmann::json::array();
  for (const auto& grade : audit.grades)
    grades.push_back({{"question", grade.question},
                      {"text", grade.text},
                      {"grade", domain::kGrades.Code(grade.grade)},
                      {"comment", grade.comment}});
  nlohmann::json evidence = nlohmann::json::array();
  for (const auto& cited : audit.evidence)
    evidence.push_back(
        {{"kind", cited.kind}, {"at", domain::FormatTimestamp(cited.at)}, {"title", cited.title}});
  return {{"id", audit.id},           {"case_id", audit.case_id},
          {"auditor", audit.auditor}, {"overall", domain::kGrades.Code(audit.overall)},
          {"summary", audit.summary}, {"submitted_at", domain::FormatTimestamp(audit.submitted_at)},
          {"grades", grades},         {"evidence", evidence}};
}

nlohmann::json ActionJson(const domain::FollowUpAction& action) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const auto& cited : action.evidence)
    evidence.push_back(cited.audit_case_id ? nlohmann::json{{"audit_case_id", cited.audit_case_id}}
                                           : nlohmann::json{{"document", cited.document}});
  nlohmann::json updates = nlohmann::json::array();
  for (const auto& update : action.updates)
    updates.push_back({{"words", update.words},
                       {"status", domain::kActionStatuses.Code(update.status)},
                       {"by", update.by},
                       {"at", domain::FormatTimestamp(update.at)}});
  return {{"id", action.id},
          {"case_id", action.case_id ? nlohmann::json(action.case_id) : nlohmann::json(nullptr)},
          {"source", domain::kActionSources.Code(action.source)},
          {"finding", action.finding},
          {"status", domain::kActionStatuses.Code(action.status)},
          {"evidence", evidence},
          {"updates", updates},
          {"description", action.description},
          {"owner", action.owner},
          {"due", domain::FormatDate(action.due)},
          {"opened_by", action.opened_by},
          {"opened_at", domain::FormatTimestamp(action.opened_at)},
          {"done", action.Done()},
          {"done_note", action.done_note},
          {"done_by", action.done_by},
          {"done_at", action.done_at ? nlohmann::json(domain::FormatTimestamp(*action.done_at))
                                     : nlohmann::json(nullptr)}};
}

nlohmann::json CaseJson(const service::CaseView& view) {
  const auto& audited = view.audited;
  nlohmann::json audits = nlohmann::json::array();
  for (const auto& audit : audited.audits) audits.push_back(AuditJson(audit));
  nlohmann::json events = nlohmann::json::array();
  const auto keys = service::EvidenceKeys(view.events);
  for (std::size_t at = 0; at < view.events.size(); ++at) {
    const auto& event = view.events[at];
    events.push_back({{"key", keys[at]},
                      {"kind", event.kind},
                      {"at", domain::FormatTimestamp(event.at)},
                      {"title", event.title}});
  }
  nlohmann::json questions = nlohmann::json::array();
  for (const auto& question : view.questions)
    questions.push_back(
        {{"code", question.code}, {"question", question.question}, {"hint", question.hint}});
  nlohmann::json responses = nlohmann::json::array();
  for (const auto& response : audited.responses)
    responses.push_back({{"id", response.id},
                         {"responder", response.responder},
                         {"words", response.words},
                         {"responded_at", domain::FormatTimestamp(response.responded_at)}});
  nlohmann::json moderation = nullptr;
  if (audited.moderation)
    moderation = {{"final_grade", domain::kGrades.Code(audited.moderation->final_grade)},
                  {"reason", audited.moderation->reason},
                  {"moderator", audited.moderation->moderator},
                  {"moderated_at", domain::FormatTimestamp(audited.moderation->moderated_at)}};
  const auto why = [](const std::string& reason) {
    return reason.empty() ? nlohmann::json(nullptr) : nlohmann::json(reason);
  };
  return {{"id", audited.id},
          {"sample_id", audited.sample_id},
          {"contact_id", audited.decision.contact_id},
          {"person_id", audited.decision.person_id},
          {"contact_reference", audited.contact_reference},
          {"stratum", audited.stratum},
          {"stage", domain::kAuditStages.Code(view.stage)},
          {"decided_by", audited.decided_by},
          {"recorded_by", audited.recorded_by},
          {"outcome", view.outcome},
          {"audits_given", view.audits_given},
          {"audits", audits},
          {"moderation", moderation},
          {"responses", responses},
          {"action", audited.action ? ActionJson(*audited.action) : nlohmann::json(nullptr)},
          {"questions", questions},
          {"events", events},
          {"why_not_grade", why(view.why_not_grade)},
          {"why_not_moderate", why(view.why_not_moderate)}};
}

nlohmann::json AgreementJson(const domain::AuditAgreement& agreement) {
  const auto figure = [](const domain::AgreementFigure& one) {
    return nlohmann::json{{"label", one.label},
                          {"pairs", one.pairs},
                          {"exact", one.exact},
                          {"weighted_kappa", OptionalNumber(one.weighted_kappa)},
                          {"ac1", OptionalNumber(one.ac1)}};
  };
  nlohmann::json questions = nlohmann::json::array();
  for (const auto& one : agreement.questions) questions.push_back(figure(one));
  nlohmann::json auditors = nlohmann::json::array();
  for (const auto& one : agreement.auditors) auditors.push_back(figure(one));
  return {{"overall", figure(agreement.overall)}, {"questions", questions}, {"auditors", auditors}};
}

}  // namespace frontdoor::web
