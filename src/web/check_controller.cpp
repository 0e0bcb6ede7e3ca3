// src/web/check_controller.cpp — checks with partner agencies, as pages and as JSON: asking them
// about a contact's children, the checks waiting, and answering one.
#include <algorithm>

#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "web/controllers.hpp"
#include "web/decision_views.hpp"
#include "web/drafts.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoCheck = "There is no check with that id";

nlohmann::json ChecksJson(const std::vector<domain::MashCheck>& checks) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& check : checks) list.push_back(CheckJson(check));
  return {{"checks", list}};
}

}  // namespace

http::Response CheckController::NewChecks(const RequestContext& context) const {
  return ShownProgress(pages_, context, decisions_.ShowProgress(*context.identity, context.id),
                       [&](const service::ContactProgress& progress) {
                         return AskPage(context, 200, progress, {}, {});
                       });
}

http::Response CheckController::RequestChecks(const RequestContext& context) const {
  Fields fields(context.form);
  const domain::CheckRequestDraft draft = CheckRequestDraftFrom(fields);
  return StepAnswered(pages_, context, "checks",
                      checks_.RequestChecks(*context.identity, context.id, draft),
                      [&](const auto& progress, const auto& errors) {
                        return AskPage(context, 400, progress, draft, errors);
                      });
}

http::Response CheckController::ShowCheck(const RequestContext& context) const {
  return Shown(
      pages_, context, checks_.ShowCheck(*context.identity, context.id),
      [&](const service::CheckView& shown) { return AnswerPage(context, 200, shown, "", {}); });
}

http::Response CheckController::AnswerCheck(const RequestContext& context) const {
  const std::string answer = context.form.Value("answer");
  const std::string relayed_from = context.form.Value("relayed_from");
  return Answered(
      pages_, context, checks_.AnswerCheck(*context.identity, context.id, answer, relayed_from),
      [](const auto&) { return RedirectResponse("/checks?answered=1"); },
      [&](const service::CheckView& shown, const auto& errors) {
        return AnswerPage(context, 400, shown, answer, errors, relayed_from);
      });
}

http::Response CheckController::AddToAnswer(const RequestContext& context) const {
  const std::string addition = context.form.Value("addition");
  const std::string relayed_from = context.form.Value("relayed_from");
  return Answered(
      pages_, context, checks_.AddToAnswer(*context.identity, context.id, addition, relayed_from),
      [&](const auto&) {
        return RedirectResponse("/checks/" + std::to_string(context.id) + "?added=1#additions");
      },
      [&](const service::CheckView& shown, const auto& errors) {
        return AnswerPage(context, 400, shown, addition, errors, relayed_from);
      });
}

http::Response CheckController::AskPage(const RequestContext& context, int status,
                                        const service::ContactProgress& progress,
                                        const domain::CheckRequestDraft& draft,
                                        const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Ask partner agencies what they know", errors);
  std::vector<Choice> agencies, urgencies;
  for (const auto& agency : rules_.settings.agencies)
    agencies.push_back({agency.code, agency.name});
  // Only the urgencies whose answers can come by the decision are offered; the others are named.
  std::vector<std::string> too_slow;
  for (const auto& urgency : rules_.settings.urgencies) {
    if (!domain::AnswersComeInTime(urgency, rules_.settings, rules_.calendar, clock_.Now(),
                                   progress.decision_due)) {
      too_slow.push_back(urgency.name);
      continue;
    }
    urgencies.push_back({urgency.code, urgency.name + " (answer within " +
                                           std::to_string(urgency.working_hours) +
                                           " working hours)"});
  }
  view["too_slow"] = too_slow;
  view["has_too_slow"] = !too_slow.empty();
  view["agency_checkboxes"] =
      Checkboxes("agencies", "Which agencies?", agencies, draft.agencies, view);
  view["urgency_radios"] = Radios("urgency", "How urgent is it?", urgencies, draft.urgency, view);
  view["question"] =
      TextArea("question", "What do you need to know?",
               "The agencies see this question and the children's names.", draft.question, view, 5);
  view["decision_due"] = domain::FormatUkDateTime(progress.decision_due);
  view["sharing"] = domain::kConsentStatuses.Name(progress.sharing);
  view["may_share"] = domain::MaySeekInformation(progress.sharing);
  view["contact_id"] = progress.contact.id;
  view["reference"] = progress.contact.reference;
  view["caption"] = "Contact " + progress.contact.reference;
  return pages_.Render(context, status, "checks_new", view);
}

nlohmann::json CheckController::CheckSummary(const service::CheckView& shown) const {
  const domain::CheckUrgency* urgency = rules_.settings.FindUrgency(shown.check.urgency);
  return {{"id", shown.check.id},
          {"agency", rules_.settings.AgencyName(shown.check.agency)},
          {"urgency", urgency ? urgency->name : shown.check.urgency},
          {"reference", shown.contact_reference},
          {"about", shown.about},
          {"due", domain::FormatUkDateTime(shown.check.due_at)}};
}

http::Response CheckController::Waiting(const RequestContext& context) const {
  const auto now = clock_.Now();
  const bool partner = domain::AnswersForOwnAgency(context.identity->user);
  nlohmann::json view = {{"title", "Checks waiting for an answer"},
                         {"partner", partner},
                         {"agency", rules_.settings.AgencyName(context.identity->user.agency)},
                         {"answered", context.query.Value("answered") == "1"},
                         {"checks", nlohmann::json::array()},
                         {"answered_checks", nlohmann::json::array()},
                         {"answered_days", service::kAnsweredChecksShownDays}};
  const auto lists = checks_.OpenChecks(*context.identity);
  for (const auto& shown : lists.waiting) {
    nlohmann::json check = CheckSummary(shown);
    check["overdue"] = shown.check.Overdue(now);
    view["checks"].push_back(std::move(check));
  }
  for (const auto& shown : lists.answered) {
    nlohmann::json check = CheckSummary(shown);
    check["answered_at"] = domain::FormatUkDateTime(*shown.check.answered_at);
    view["answered_checks"].push_back(std::move(check));
  }
  view["has_checks"] = !view["checks"].empty();
  view["has_answered_checks"] = !view["answered_checks"].empty();
  return pages_.Render(context, 200, "checks", view);
}

http::Response CheckController::AnswerPage(const RequestContext& context, int status,
                                           const service::CheckView& shown,
                                           const std::string& typed,
                                           const domain::FieldErrors& errors,
                                           const std::string& relayed_from) const {
  const auto& check = shown.check;
  const bool answered = check.Answered();
  nlohmann::json view = FormErrorsView(answered ? "A check answered" : "Answer a check", errors);
  view["check"] = CheckSummary(shown);
  // The page names where each person lives; a view made for a list has only `about`.
  if (!shown.children.empty()) view["check"]["about"] = shown.children;
  view["check"]["adults"] = shown.adults;
  view["check"]["has_adults"] = !shown.adults.empty();
  view["check"]["question"] = check.question;
  view["check"]["asked_by"] = shown.asked_by + ", " + domain::FormatUkDateTime(check.requested_at);
  view["check"]["answered"] = answered;
  view["check"]["answer"] = check.answer;
  view["check"]["answered_by"] =
      answered ? shown.answered_by + ", " + domain::FormatUkDateTime(*check.answered_at) : "";
  view["check"]["additions"] = CheckAdditionRows(check, shown.added_by);
  view["answered"] = answered;
  view["heading"] = answered ? "A check answered" : "Answer a check";
  view["added"] = answered && context.query.Value("added") == "1";
  // An answer sent after another was saved is put in the box to add to the answer, so its words
  // are not lost.
  view["not_saved"] = answered && std::any_of(errors.begin(), errors.end(), [](const auto& error) {
                        return error.field == "answer";
                      });
  view["check_id"] = check.id;
  // The council's staff type in an agency's words given by phone or email, and say whose they are.
  const bool by_agency = domain::AnswersForOwnAgency(context.identity->user);
  if (!answered)
    view["answer"] =
        TextArea("answer", by_agency ? "What your agency knows" : "What the agency said",
                 by_agency ? "Include dates, and say if your agency knows nothing."
                           : "Include dates, and say if the agency knows nothing.",
                 typed, view, 8);
  else
    view["addition"] = TextArea(
        "addition",
        by_agency ? "What your agency has found since" : "What the agency has said since",
        "The person who asked sees this beside the answer. If a child may be at risk now, phone "
        "the front door as well.",
        typed, view, 6);
  view["relayed_from"] = false;
  if (!by_agency)
    view["relayed_from"] = TextInput("relayed_from", "Who at the agency gave this, and how?",
                                     "For example, DC Rees, by phone", relayed_from, view);
  return pages_.Render(context, status, "check", view);
}

http::Response CheckController::ApiRequestChecks(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::CheckRequestDraft draft = CheckRequestDraftFrom(fields);
  return ApiSubmitted(
      fields, [&] { return checks_.RequestChecks(*context.identity, context.id, draft); },
      kNoContact, 201, ChecksJson);
}

http::Response CheckController::ApiWaiting(const RequestContext& context) const {
  nlohmann::json checks = nlohmann::json::array();
  for (const auto& shown : checks_.OpenChecks(*context.identity).waiting) {
    nlohmann::json check = CheckJson(shown.check);
    check["contact_reference"] = shown.contact_reference;
    check["about"] = shown.about;
    checks.push_back(std::move(check));
  }
  return PagedList(context, {{"checks", checks}}, "checks");
}

http::Response CheckController::ApiAnswerCheck(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string answer = fields.Text("answer");
  const std::string relayed_from = fields.Text("relayed_from");
  return ApiSubmitted(
      fields,
      [&] { return checks_.AnswerCheck(*context.identity, context.id, answer, relayed_from); },
      kNoCheck, 200, CheckJson);
}

http::Response CheckController::ApiAddToAnswer(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string addition = fields.Text("addition");
  const std::string relayed_from = fields.Text("relayed_from");
  return ApiSubmitted(
      fields,
      [&] { return checks_.AddToAnswer(*context.identity, context.id, addition, relayed_from); },
      kNoCheck, 201, CheckJson);
}

}  // namespace frontdoor::web
