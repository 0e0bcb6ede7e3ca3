// src/web/case_audit_controller.cpp — the assurance loop's pages: samples drawn and the form that
// draws one, a case with its audit or moderation form, audits of one's own work with a response
// form, and agreement between auditors. The API's routes are in
// case_audit_api.cpp; both read requests with case_audit_forms.cpp.
#include <chrono>
#include <cstdio>

#include "domain/account.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/case_audit_views.hpp"
#include "web/controllers.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

namespace {

std::vector<Choice> GradeChoices() {
  return ChoicesFrom(domain::kGrades);
}

// The errors with `from` named `to` instead (a form whose field is named for its record).
domain::FieldErrors Renamed(domain::FieldErrors errors, const std::string& from,
                            const std::string& to) {
  for (auto& error : errors)
    if (error.field == from) error.field = to;
  return errors;
}

// The audits shown on a case: each auditor's grades, comments and evidence.
nlohmann::json AuditsShown(const service::CaseView& view) {
  nlohmann::json audits = nlohmann::json::array();
  int number = 0;
  for (const auto& audit : view.audited.audits) {
    nlohmann::json grades = nlohmann::json::array();
    for (const auto& grade : audit.grades)
      grades.push_back({{"question", grade.text},
                        {"grade", std::string(domain::kGrades.Name(grade.grade))},
                        {"comment", grade.comment}});
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& cited : audit.evidence)
      evidence.push_back({{"title", cited.title}, {"at", domain::FormatUkDateTime(cited.at)}});
    audits.push_back({{"number", ++number},
                      {"auditor", domain::ShownAs(view.names, audit.auditor)},
                      {"overall", std::string(domain::kGrades.Name(audit.overall))},
                      {"summary", audit.summary},
                      {"submitted", domain::FormatUkDateTime(audit.submitted_at)},
                      {"grades", grades},
                      {"evidence", evidence},
                      {"has_evidence", !evidence.empty()}});
  }
  return audits;
}

// What every view of a case shows: the decision audited and what has been done on it.
nlohmann::json CaseSummary(const service::CaseView& view) {
  const auto& audited = view.audited;
  nlohmann::json summary = {
      {"case_id", audited.id},
      {"sample_id", audited.sample_id},
      {"child", !view.reads_records       ? std::string("Not shown to your role")
                : view.child_name.empty() ? std::string("A restricted record")
                                          : view.child_name},
      {"links", view.reads_records},
      {"contact", audited.contact_reference},
      {"contact_link", "/contacts/" + std::to_string(audited.decision.contact_id)},
      {"journey_link", "/people/" + std::to_string(audited.decision.person_id) + "/journey"},
      {"outcome", view.outcome},
      {"decided", domain::FormatUkDateTime(view.decided_at)},
      {"decided_by", domain::ShownAs(view.names, audited.decided_by)},
      {"recorded_by", domain::ShownAs(view.names, audited.recorded_by)},
      {"stratum", view.stratum_name},
      {"stage", std::string(domain::kAuditStages.Name(view.stage))},
      {"audits_given", view.audits_given},
      {"audits", AuditsShown(view)},
      {"settled", audited.moderation.has_value()}};
  if (audited.moderation) {
    summary["final_grade"] = std::string(domain::kGrades.Name(audited.moderation->final_grade));
    summary["moderation_reason"] = audited.moderation->reason;
    summary["moderator"] = domain::ShownAs(view.names, audited.moderation->moderator);
  }
  nlohmann::json responses = nlohmann::json::array();
  for (const auto& response : audited.responses)
    responses.push_back({{"by", domain::ShownAs(view.names, response.responder)},
                         {"words", response.words},
                         {"at", domain::FormatUkDateTime(response.responded_at)}});
  summary["responses"] = responses;
  summary["has_responses"] = !responses.empty();
  if (audited.action)
    summary["follow_up"] = {{"description", audited.action->description},
                            {"owner", domain::ShownAs(view.names, audited.action->owner)},
                            {"due", domain::FormatLongDate(audited.action->due)},
                            {"done", audited.action->Done()}};
  return summary;
}

}  // namespace

http::Response CaseAuditController::Samples(const RequestContext& context) const {
  return Shown(pages_, context, audits_.ShowSamples(*context.identity, kShown),
               [&](const service::SamplesView& shown) {
                 const auto& samples = shown.samples;
                 nlohmann::json view = {
                     {"title", "Audits"},
                     {"may_draw",
                      domain::IsAllowed(context.identity->user.role, domain::Action::kDrawSample)},
                     {"samples", nlohmann::json::array()},
                     {"has_samples", !samples.empty()}};
                 for (const auto& sample : samples)
                   view["samples"].push_back(SampleRow(sample, shown.names));
                 return pages_.Render(context, 200, "audits", view);
               });
}

http::Response CaseAuditController::NewSample(const RequestContext& context) const {
  domain::SampleRequest request;
  request.seed = service::SuggestSeed();
  request.per_stratum = 20;
  return SampleForm(context, 200, request, {}, {});
}

http::Response CaseAuditController::DrawSample(const RequestContext& context) const {
  Fields fields(context.form);
  domain::FieldErrors read;
  const auto request = ReadSampleRequest(fields, context.body, read);
  if (!read.empty())
    return SampleForm(context, 400, request,
                      WithRuleErrors(read, request, domain::UkDate(clock_.Now())), fields);
  return Answered(
      pages_, context, audits_.DrawSample(*context.identity, request),
      [&](const domain::DipSample& sample) {
        return RedirectResponse("/audits/samples/" + std::to_string(sample.id));
      },
      [&](const domain::SampleRequest& refused, const domain::FieldErrors& errors) {
        return SampleForm(context, 400, refused, errors, fields);
      });
}

http::Response CaseAuditController::SampleForm(const RequestContext& context, int status,
                                               const domain::SampleRequest& request,
                                               const domain::FieldErrors& errors,
                                               std::optional<Fields> typed) const {
  nlohmann::json page = FormErrorsView("Draw a dip sample", errors);
  const auto text = [&](const std::string& name, const std::string& kept) {
    return typed ? typed->Text(name) : kept;
  };
  const auto date = [&](const std::string& name, const domain::Date& kept) {
    return typed ? typed->Date(name) : (kept.ok() ? domain::FormatDate(kept) : std::string());
  };
  page["purpose"] = Radios(
      "purpose", "What is the sample for?",
      {{"case", "A case audit", "Every audit question, with peer audit"},
       {"language", "The language used", "The question about plain, child-focused language alone"}},
      text("purpose", std::string(domain::kSamplePurposes.Code(request.purpose))), page);
  page["from"] = DateInput("from", "Decisions made from", "For example, 1 9 2026",
                           date("from", request.from), page);
  page["to"] = DateInput("to", "Up to and including", "For example, 30 11 2026",
                         date("to", request.to), page);
  page["strata"] =
      Radios("strata", "Group the decisions by", ChoicesFrom(domain::kSampleStrata),
             text("strata", std::string(domain::kSampleStrata.Code(request.strata))), page);
  page["per_stratum"] = {{"value", text("per_stratum", std::to_string(request.per_stratum))},
                         {"error", page.value("per_stratum_error", "")}};
  page["seed"] = {{"value", text("seed", std::to_string(request.seed))},
                  {"error", page.value("seed_error", "")}};
  return pages_.Render(context, status, "sample_new", page);
}

http::Response CaseAuditController::Sample(const RequestContext& context) const {
  return Shown(
      pages_, context, audits_.ShowSample(*context.identity, context.id),
      [&](const service::SampleView& view) {
        const auto group = [&](const std::string& stratum) {
          const auto named = view.stratum_names.find(stratum);
          return named == view.stratum_names.end() ? stratum : named->second;
        };
        nlohmann::json page = SampleRow(view.sample, view.names);
        page["title"] = "Dip sample " + std::to_string(view.sample.id);
        page["strata"] = nlohmann::json::array();
        for (const auto& stratum : view.sample.strata)
          page["strata"].push_back({{"stratum", group(stratum.stratum)},
                                    {"asked", stratum.asked},
                                    {"available", stratum.available},
                                    {"drawn", std::min(stratum.asked, stratum.available)}});
        page["cases"] = nlohmann::json::array();
        for (const auto& item : view.cases)
          page["cases"].push_back({{"link", "/audits/cases/" + std::to_string(item.audited.id)},
                                   {"position", item.audited.position},
                                   {"contact", item.audited.contact_reference},
                                   {"stratum", group(item.audited.stratum)},
                                   {"stage", std::string(domain::kAuditStages.Name(item.stage))}});
        return pages_.Render(context, 200, "sample", page);
      });
}

http::Response CaseAuditController::Case(const RequestContext& context) const {
  return Shown(pages_, context, audits_.ShowCase(*context.identity, context.id),
               [&](const service::CaseView& view) { return CasePage(context, 200, view, {}); });
}

http::Response CaseAuditController::Grade(const RequestContext& context) const {
  Fields fields(context.form);
  const auto draft = ReadCaseAudit(fields, context.body, audits_.Questions());
  return Answered(
      pages_, context,
      audits_.GradeCase(*context.identity, context.id, draft, fields.Texts("evidence")),
      [&](const domain::CaseAudit&) {
        return RedirectResponse("/audits/cases/" + std::to_string(context.id) + "?graded=1");
      },
      [&](const service::CaseView& view, const domain::FieldErrors& errors) {
        return CasePage(context, 400, view, errors);
      });
}

http::Response CaseAuditController::Moderate(const RequestContext& context) const {
  Fields fields(context.form);
  return Answered(
      pages_, context, audits_.ModerateCase(*context.identity, context.id, ReadModeration(fields)),
      [&](const domain::Moderation&) {
        return RedirectResponse("/audits/cases/" + std::to_string(context.id) + "?settled=1");
      },
      [&](const service::CaseView& view, const domain::FieldErrors& errors) {
        return CasePage(context, 400, view, errors);
      });
}

http::Response CaseAuditController::CasePage(const RequestContext& context, int status,
                                             const service::CaseView& view,
                                             const domain::FieldErrors& errors) const {
  nlohmann::json page =
      FormErrorsView("Audit of contact " + view.audited.contact_reference, errors);
  page.update(CaseSummary(view));
  page["graded"] = context.query.Value("graded") == "1";
  page["just_settled"] = context.query.Value("settled") == "1";
  Fields typed(context.form);
  nlohmann::json events = nlohmann::json::array();
  std::vector<Choice> evidence;
  const auto keys = service::EvidenceKeys(view.events);
  for (std::size_t at = 0; at < view.events.size(); ++at) {
    const auto& event = view.events[at];
    events.push_back({{"at", domain::FormatUkDateTime(event.at)},
                      {"title", event.title},
                      {"summary", event.summary}});
    evidence.push_back({keys[at], event.title + ", " + domain::FormatUkDateTime(event.at)});
  }
  page["events"] = events;
  page["may_grade"] = view.why_not_grade.empty();
  page["why_not_grade"] = view.why_not_grade;
  if (view.why_not_grade.empty()) {
    nlohmann::json questions = nlohmann::json::array();
    for (const auto& question : view.questions) {
      nlohmann::json item = {{"code", question.code}};
      item["grade"] = Radios("grade-" + question.code, question.question, GradeChoices(),
                             typed.Text("grade-" + question.code), page);
      item["question_hint"] = question.hint;
      item["comment"] = TextArea("comment-" + question.code, "Comment", "",
                                 typed.Text("comment-" + question.code), page, 3);
      questions.push_back(item);
    }
    page["questions"] = questions;
    page["evidence"] = Checkboxes("evidence", "Evidence: the events that show it", evidence,
                                  typed.Texts("evidence"), page);
    page["overall"] =
        Radios("overall", "Overall grade", GradeChoices(), typed.Text("overall"), page);
    page["summary"] = TextArea("summary", "What the audit found", "", typed.Text("summary"), page);
  }
  page["may_moderate"] = view.why_not_moderate.empty();
  if (view.why_not_moderate.empty()) {
    std::vector<Choice> owners{{"", "Choose who owns it"}};
    for (const auto& owner : view.owners)
      owners.push_back({owner, domain::ShownAs(view.names, owner)});
    page["final_grade"] =
        Radios("final_grade", "Final grade", GradeChoices(), typed.Text("final_grade"), page);
    page["reason"] =
        TextArea("reason", "Why this is the final grade", "", typed.Text("reason"), page, 3);
    page["action"] = TextArea("action", "What must be done (an inadequate grade only)", "",
                              typed.Text("action"), page, 3);
    page["owner"] =
        Select("owner", "Who owns the follow-up", "", owners, typed.Text("owner"), page);
    page["due"] = DateInput("due", "When the follow-up is due", "For example, 15 1 2027",
                            typed.Date("due"), page);
  }
  return pages_.Render(context, status, "audit_case", page);
}

http::Response CaseAuditController::OwnWork(const RequestContext& context) const {
  return Shown(
      pages_, context, audits_.ShowOwnWork(*context.identity, kShown),
      [&](const service::OwnWorkView& view) { return OwnWorkPage(context, 200, view, {}); });
}

http::Response CaseAuditController::Respond(const RequestContext& context) const {
  // Each case on the page has its own response box, named for the case.
  const std::string field = "response-" + std::to_string(context.id);
  return Answered(
      pages_, context,
      audits_.RespondToAudit(*context.identity, context.id, Fields(context.form).Text(field)),
      [&](const domain::AuditResponse&) {
        return RedirectResponse("/audits/your-work?responded=1");
      },
      [&](const service::OwnWorkView& view, const domain::FieldErrors& errors) {
        return OwnWorkPage(context, 400, view, Renamed(errors, "response", field));
      });
}

http::Response CaseAuditController::OwnWorkPage(const RequestContext& context, int status,
                                                const service::OwnWorkView& view,
                                                const domain::FieldErrors& errors) const {
  nlohmann::json page = FormErrorsView("Audits of your work", errors);
  page["responded"] = context.query.Value("responded") == "1";
  page["cases"] = nlohmann::json::array();
  for (const auto& item : view.cases) {
    nlohmann::json shown = CaseSummary(item);
    const std::string field = "response-" + std::to_string(item.audited.id);
    shown["response"] =
        TextArea(field, "Your response", "What you would like to say about this audit",
                 Fields(context.form).Text(field), page, 4);
    page["cases"].push_back(shown);
  }
  page["has_cases"] = !view.cases.empty();
  return pages_.Render(context, status, "audits_own_work", page);
}

http::Response CaseAuditController::Agreement(const RequestContext& context) const {
  return Shown(pages_, context, audits_.ShowAgreement(*context.identity),
               [&](const domain::AuditAgreement& agreement) {
                 nlohmann::json page = {{"title", "Agreement between auditors"}};
                 page["overall"] = AgreementRow(agreement.overall);
                 page["questions"] = nlohmann::json::array();
                 for (const auto& figure : agreement.questions)
                   page["questions"].push_back(AgreementRow(figure));
                 page["auditors"] = nlohmann::json::array();
                 for (const auto& figure : agreement.auditors)
                   page["auditors"].push_back(AgreementRow(figure));
                 page["has_pairs"] = agreement.overall.pairs > 0;
                 return pages_.Render(context, 200, "audit_agreement", page);
               });
}

namespace {

// The period asked for: the page's date boxes or the API's "2026-11-01"; without one, from the
// first of the month two months ago to today.
std::pair<std::string, std::string> LanguagePeriod(const RequestContext& context,
                                                   const domain::Date& today) {
  Fields fields(context.query);
  const bool api = IsApiPath(context.request.path);
  std::string from = api ? fields.Text("from") : fields.Date("from");
  std::string to = api ? fields.Text("to") : fields.Date("to");
  if (from.empty() && to.empty()) {
    const auto two_months_ago = today.year() / today.month() - std::chrono::months(2);
    from = domain::FormatDate(two_months_ago / std::chrono::day(1));
    to = domain::FormatDate(today);
  }
  return {from, to};
}

}  // namespace

http::Response CaseAuditController::Language(const RequestContext& context) const {
  const auto [from, to] = LanguagePeriod(context, domain::UkDate(clock_.Now()));
  const auto shown =
      audits_.ShowLanguage(*context.identity, domain::ParseDate(from), domain::ParseDate(to));
  const auto* refused = std::get_if<service::Refused<int>>(&shown);
  nlohmann::json page = FormErrorsView("The language used in decisions",
                                       refused ? refused->errors : domain::FieldErrors{});
  page["from"] = DateInput("from", "Decisions made from", "For example, 1 9 2026", from, page);
  page["to"] = DateInput("to", "Up to and including", "For example, 30 11 2026", to, page);
  page["figures"] = nlohmann::json::array();
  if (const auto* figures = std::get_if<std::vector<domain::LanguageFigure>>(&shown)) {
    for (const auto& figure : *figures) {
      std::string terms;
      for (const auto& [term, times] : figure.commonest)
        terms += (terms.empty() ? "" : ", ") + term + " (" + std::to_string(times) + ")";
      char per_thousand[16];
      std::snprintf(per_thousand, sizeof per_thousand, "%.1f", figure.PerThousandWords());
      page["figures"].push_back(
          {{"month", figure.month},
           {"team", figure.team == "*"    ? std::string("Every team")
                    : figure.team.empty() ? std::string("Not allocated")
                                          : figure.team},
           {"all", figure.team == "*"},
           {"decisions", figure.decisions},
           {"words", figure.words},
           {"warnings", figure.warnings},
           {"per_thousand", per_thousand},
           {"free", std::to_string(static_cast<int>(figure.ShareFree() * 100 + 0.5)) + "%"},
           {"terms", terms}});
    }
  }
  page["has_figures"] = !page["figures"].empty();
  return pages_.Render(context, refused ? 400 : 200, "audit_language", page);
}

}  // namespace frontdoor::web
