// src/web/contact_controller.cpp — recording a contact and the contact, as pages and as JSON.
#include <map>

#include "web/controllers.hpp"

#include "domain/codes.hpp"
#include "domain/idempotency.hpp"
#include "domain/record_version.hpp"
#include "domain/uk_time.hpp"
#include "service/credentials.hpp"
#include "web/contact_views.hpp"
#include "web/decision_views.hpp"
#include "web/drafts.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"

namespace frontdoor::web {

namespace {

//! The checkboxes for the people the form offers: those chosen (or, on a fresh form, the child).
nlohmann::json PeopleOptions(const service::ContactForm& form, const domain::ContactDraft& draft,
                             bool fresh) {
  const auto chosen = [](const std::vector<std::int64_t>& ids, std::int64_t id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  nlohmann::json children = nlohmann::json::array(), adults = nlohmann::json::array();
  if (!form.child) return {{"children", children}, {"adults", adults}};
  children.push_back({{"id", "children"},
                      {"value", form.child->id},
                      {"label", form.child->FullName()},
                      {"checked", fresh || chosen(draft.children, form.child->id)}});
  for (const auto& person : form.children_at_home)
    children.push_back(
        {{"id", "person-" + std::to_string(person.id)},
         {"value", person.id},
         {"label", person.FullName() + " (lives with " + form.child->given_name + ")"},
         {"checked", chosen(draft.children, person.id)}});
  for (const auto& person : form.adults_at_home)
    adults.push_back({{"id", "person-" + std::to_string(person.id)},
                      {"value", person.id},
                      {"label", person.FullName()},
                      {"checked", chosen(draft.adults, person.id)}});
  return {{"children", children}, {"adults", adults}};
}

nlohmann::json ReferrerFields(const domain::Referrer& referrer, const nlohmann::json& view) {
  nlohmann::json fields = nlohmann::json::array();
  for (const auto& [name, label, value] :
       {std::tuple{"referrer_name", "Their name", referrer.name},
        std::tuple{"referrer_role", "Their role (optional)", referrer.role},
        std::tuple{"referrer_agency", "Their organisation (optional)", referrer.agency},
        std::tuple{"referrer_contact_details", "Phone number or email address (optional)",
                   referrer.contact_details},
        std::tuple{"referrer_relationship", "Their relationship to the child (optional)",
                   referrer.relationship}}) {
    const std::string error_key = std::string(name) + "_error";
    fields.push_back(
        {{"name", name},
         {"label", label},
         {"value", value},
         {"error", view.contains(error_key) ? view[error_key] : nlohmann::json(false)}});
  }
  return fields;
}

}  // namespace

http::Response ContactController::NewContact(const RequestContext& context) const {
  Fields query(context.query);
  const std::int64_t child_id = query.Id("child");
  if (child_id <= 0) return RedirectResponse("/people");  // find the child first
  const auto now = clock_.Now();
  domain::ContactDraft draft;
  draft.received_date = domain::FormatDate(domain::UkDate(now));
  draft.received_time = domain::FormatUkClockTime(now);
  draft.opened_for = child_id;
  return Shown(pages_, context, contacts_.ShowContactForm(*context.identity, child_id),
               [&](const service::ContactForm& form) {
                 return ContactForm(context, 200, form, draft, form.refusals,
                                    service::RandomToken());
               });
}

http::Response ContactController::ContactForm(const RequestContext& context, int status,
                                              const service::ContactForm& form,
                                              const domain::ContactDraft& draft,
                                              const domain::FieldErrors& errors,
                                              const std::string& submission_key) const {
  nlohmann::json view = FormErrorsView("Record a contact", errors);
  view["submission_key"] = submission_key;
  view["opened_for"] = draft.opened_for;
  const auto people = PeopleOptions(form, draft, draft.children.empty() && errors.empty());
  view["child_options"] = people["children"];
  view["adult_options"] = people["adults"];
  view["has_adult_options"] = !people["adults"].empty();
  view["received_date_input"] = DateInput("received_date", "Date received",
                                          "For example, 27 11 2026", draft.received_date, view);
  view["draft"] = {{"received_date", draft.received_date},
                   {"received_time", draft.received_time},
                   {"concern", draft.concern},
                   {"family_knows", draft.family_knows}};
  view["method_radios"] = Radios("method", "How did it come in?",
                                 ChoicesFrom(domain::kContactMethods), draft.method, view);
  view["agreement_radios"] =
      Radios("family_agreement", "Did the family agree to the contact being made?",
             ChoicesFrom(domain::kFamilyAgreements), draft.family_agreement, view);
  view["urgency_radios"] = Radios("urgency", "How urgent do they think it is?",
                                  ChoicesFrom(domain::kReferrerUrgencies), draft.urgency, view);
  view["source_options"] = CodeOptions(domain::kReferralSources, draft.source);
  std::vector<const domain::Person*> named;
  if (form.child) named.push_back(&*form.child);
  for (const auto& person : form.children_at_home) named.push_back(&person);
  for (const auto& person : form.adults_at_home) named.push_back(&person);
  view["language_names"] = NamesForLanguageCheck(named);
  view["referrer_fields"] = ReferrerFields(draft.referrer, view);
  view["what_is_known"] = nlohmann::json::array();
  for (const auto& history : form.histories)
    view["what_is_known"].push_back(ChildHistoryView(history, rules_.settings));
  return pages_.Render(context, status, "contact_new", view);
}

http::Response ContactController::RecordContact(const RequestContext& context) const {
  Fields fields(context.form);
  const domain::ContactDraft draft = ContactDraftFrom(fields);
  // The form's key makes it save once: the same form sent again (back, then "Save contact")
  // opens the contact it saved. A key changed by hand is not one; the form then saves as sent.
  const std::string submission_key = context.form.Value("submission_key");
  std::optional<domain::IdempotentRequest> request;
  if (auto read =
          domain::ReadIdempotencyKey(submission_key, "POST", "/contacts/new", context.request.body);
      auto* key = std::get_if<domain::IdempotentRequest>(&read))
    request = std::move(*key);
  return Answered(
      pages_, context, contacts_.RecordContact(*context.identity, draft, request),
      [](const domain::Contact& contact) {
        return RedirectResponse("/contacts/" + std::to_string(contact.id) + "?created=1");
      },
      [&](const service::ContactForm& form, domain::FieldErrors errors) {
        // The form saved already, then changed and sent again: said so, with a new key.
        for (auto& error : errors) {
          if (error.field != domain::kIdempotencyKeyHeader) continue;
          error = {"save",
                   "This form was saved already, as it was before your changes, and has not been "
                   "saved again. To change that contact, open it from the child's page. To "
                   "record another contact, check this form and save it again"};
          return ContactForm(context, 400, form, draft, errors, service::RandomToken());
        }
        return ContactForm(context, 400, form, draft, errors, submission_key);
      });
}

namespace {

//! The success banner after a step on the contact was saved (StepAnswered's step codes), or
//! false when the address names none.
nlohmann::json SavedMessage(const std::string& step) {
  static const std::map<std::string, std::string> kMessages = {
      {"consent", "Consent recorded"},
      {"checks", "Checks sent to the partner agencies"},
      {"checks_not_needed", "Reason the checks are not needed recorded"},
      {"decision", "Decision concluded"},
      {"allocation", "Children allocated"},
      {"amended", "The contact's words amended: both versions and your reason are kept"},
      {"reopened", "Decision reopened: it stays on each child's journey as it was"}};
  const auto found = kMessages.find(step);
  return found == kMessages.end() ? nlohmann::json(false) : nlohmann::json(found->second);
}

}  // namespace

http::Response ContactController::ShowContact(const RequestContext& context) const {
  return Shown(
      pages_, context, contacts_.ShowContact(*context.identity, context.id),
      [&](const service::ContactView& shown) {
        nlohmann::json view = ContactPageView(shown, rules_.settings);
        view["created"] = context.query.Value("created") == "1";
        view["saved"] = SavedMessage(context.query.Value("saved"));
        // A change is offered only to a role that may make it.
        if (!domain::IsAllowed(context.identity->user.role, domain::Action::kCorrectRecord)) {
          for (auto& row : view["rows"]) row["change"] = false;
        }
        if (!shown.restricted)
          view["progress"] =
              ProgressView(shown.progress, rules_, context.identity->user.role, clock_.Now());
        return pages_.Render(context, 200, "contact", view);
      });
}

http::Response ContactController::ApiRecordContact(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::ContactDraft draft = ContactDraftFrom(fields);
  return ApiCreatedOnce(
      context, fields,
      [&](const auto& request) {
        auto answer = contacts_.RecordContact(*context.identity, draft, request);
        if (auto* refused = std::get_if<service::Refused<service::ContactForm>>(&answer))
          NameContactErrorsAsApi(refused->errors);
        return answer;
      },
      "/api/v1/contacts", ContactJson);
}

http::Response ContactController::ApiShowContact(const RequestContext& context) const {
  const auto shown = contacts_.ShowContact(*context.identity, context.id);
  http::Response response = ApiAnswer(shown, kNoContact, 200, ContactWithHistoryJson);
  // The contact's version, for If-Match on an amendment.
  if (const auto* view = std::get_if<service::ContactView>(&shown); view && !view->restricted)
    response.SetHeader("ETag", domain::ContactVersion(view->contact));
  return response;
}

}  // namespace frontdoor::web
