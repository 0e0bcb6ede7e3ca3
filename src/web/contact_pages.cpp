// src/web/contact_pages.cpp — recording a contact (page and API), the contact page, and the
// language check as you type.
#include <charconv>

#include "domain/census_codes.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/app.hpp"
#include "web/decision_views.hpp"
#include "web/form.hpp"
#include "web/json_body.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

std::vector<std::int64_t> Ids(const std::vector<std::string>& values) {
  std::vector<std::int64_t> ids;
  for (const auto& value : values) {
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), id);
    // Not a whole number: 0 is no person, which the service refuses against the field.
    ids.push_back(ec == std::errc() && end == value.data() + value.size() ? id : 0);
  }
  return ids;
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& letter : lower) letter = char(std::tolower(static_cast<unsigned char>(letter)));
  return lower;
}

nlohmann::json WarningsJson(const std::vector<domain::LanguageWarning>& warnings) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& warning : warnings) {
    list.push_back({{"issue", domain::LanguageIssueCode(warning.issue)},
                    {"found", warning.found},
                    {"offset", warning.offset},
                    {"suggestion", warning.suggestion},
                    {"message", warning.Message()}});
  }
  return list;
}

nlohmann::json ContactJson(const domain::Contact& contact) {
  nlohmann::json warnings = nlohmann::json::object();
  for (const auto& [field, list] : contact.language_warnings) warnings[field] = WarningsJson(list);
  return {{"id", contact.id},
          {"reference", contact.reference},
          {"received_at", domain::FormatTimestamp(contact.received_at)},
          {"method", domain::ContactMethodCode(contact.method)},
          {"referrer",
           {{"name", contact.referrer.name},
            {"role", contact.referrer.role},
            {"agency", contact.referrer.agency},
            {"contact_details", contact.referrer.contact_details},
            {"relationship", contact.referrer.relationship}}},
          {"source", contact.source},
          {"children", contact.children},
          {"adults", contact.adults},
          {"concern", contact.concern},
          {"family_knows", contact.family_knows},
          {"family_agreement", domain::FamilyAgreementCode(contact.family_agreement)},
          {"urgency", domain::ReferrerUrgencyCode(contact.urgency)},
          {"recorded_by", contact.recorded_by},
          {"recorded_at", domain::FormatTimestamp(contact.recorded_at)},
          {"language_warnings", warnings}};
}

domain::ContactDraft DraftFromForm(std::string_view body, const FormFields& fields) {
  domain::ContactDraft draft;
  draft.received_date = FormValue(fields, "received_date");
  draft.received_time = FormValue(fields, "received_time");
  draft.method = FormValue(fields, "method");
  draft.referrer = {FormValue(fields, "referrer_name"), FormValue(fields, "referrer_role"),
                    FormValue(fields, "referrer_agency"),
                    FormValue(fields, "referrer_contact_details"),
                    FormValue(fields, "referrer_relationship")};
  draft.source = FormValue(fields, "source");
  draft.children = Ids(FormValues(body, "child"));
  draft.adults = Ids(FormValues(body, "adult"));
  draft.concern = FormValue(fields, "concern");
  draft.family_knows = FormValue(fields, "family_knows");
  draft.family_agreement = FormValue(fields, "family_agreement");
  draft.urgency = FormValue(fields, "urgency");
  return draft;
}

}  // namespace

void WebApp::AddContactRoutes() {
  using domain::Action;

  // The form lists the child, the other children in their household and the adults there.
  const auto contact_form = [this](const RequestContext& context, int status, std::int64_t child_id,
                                   const domain::ContactDraft& draft,
                                   const domain::FieldErrors& errors) {
    nlohmann::json view = FormErrorsView("Record a contact", errors);
    nlohmann::json children = nlohmann::json::array(), adults = nlohmann::json::array();
    const auto today = domain::UkDate(context_.clock.Now());
    const auto chosen = [](const std::vector<std::int64_t>& ids, std::int64_t id) {
      return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    const bool fresh = draft.children.empty() && errors.empty();
    auto profile = people_.ShowProfile(*context.identity, child_id);
    if (auto* found = std::get_if<service::PersonProfile>(&profile); found && found->view.person) {
      const auto& child = *found->view.person;
      children.push_back({{"id", "children"},
                          {"value", child.id},
                          {"label", child.FullName()},
                          {"checked", fresh || chosen(draft.children, child.id)}});
      for (const auto& household : found->households) {
        if (!household.membership.LivesThereOn(today)) continue;
        for (const auto& [member, person] : household.members) {
          if (!person || !member.LivesThereOn(today)) continue;
          const std::string id = "person-" + std::to_string(person->id);
          if (domain::IsChild(*person, today)) {
            children.push_back(
                {{"id", id},
                 {"value", person->id},
                 {"label", person->FullName() + " (lives with " + child.given_name + ")"},
                 {"checked", chosen(draft.children, person->id)}});
          } else {
            adults.push_back({{"id", id},
                              {"value", person->id},
                              {"label", person->FullName()},
                              {"checked", chosen(draft.adults, person->id)}});
          }
        }
      }
    }
    view["child_options"] = children;
    view["adult_options"] = adults;
    view["has_adult_options"] = !adults.empty();
    view["draft"] = {{"received_date", draft.received_date},
                     {"received_time", draft.received_time},
                     {"concern", draft.concern},
                     {"family_knows", draft.family_knows}};
    view["method_radios"] = Radios("method", "How did it come in?",
                                   {{"phone", "Phone"},
                                    {"email", "Email"},
                                    {"online_form", "Online form"},
                                    {"in_person", "In person"}},
                                   draft.method, view);
    view["agreement_radios"] =
        Radios("family_agreement", "Did the family agree to the contact being made?",
               {{"agreed", "Yes"}, {"not_agreed", "No"}, {"not_asked", "They were not asked"}},
               draft.family_agreement, view);
    view["urgency_radios"] = Radios("urgency", "How urgent do they think it is?",
                                    {{"immediate", "The child may be in danger now"},
                                     {"today", "Needs a response today"},
                                     {"soon", "Needs a response within a few days"},
                                     {"not_urgent", "Not urgent"}},
                                    draft.urgency, view);
    view["source_options"] = CodeOptions(domain::ReferralSourceCodes(), draft.source);
    nlohmann::json referrer_fields = nlohmann::json::array();
    for (const auto& [name, label, value] :
         {std::tuple{"referrer_name", "Their name", draft.referrer.name},
          std::tuple{"referrer_role", "Their role (optional)", draft.referrer.role},
          std::tuple{"referrer_agency", "Their organisation (optional)", draft.referrer.agency},
          std::tuple{"referrer_contact_details", "Phone number or email address (optional)",
                     draft.referrer.contact_details},
          std::tuple{"referrer_relationship", "Their relationship to the child (optional)",
                     draft.referrer.relationship}}) {
      const std::string error_key = std::string(name) + "_error";
      referrer_fields.push_back(
          {{"name", name},
           {"label", label},
           {"value", value},
           {"error", view.contains(error_key) ? view[error_key] : nlohmann::json(false)}});
    }
    view["referrer_fields"] = referrer_fields;
    return HtmlResponse(status, Page("contact_new", view, context));
  };

  router_.Add("GET", "/contacts/new", Action::kRecordContact,
              [=, this](const RequestContext& context) {
                const std::int64_t child_id = Ids({QueryValue(context.request, "child")}).front();
                if (child_id <= 0) return RedirectResponse("/people");  // find the child first
                const auto now = context_.clock.Now();
                domain::ContactDraft draft;
                draft.received_date = domain::FormatDate(domain::UkDate(now));
                draft.received_time = domain::FormatUkClockTime(now);
                return contact_form(context, 200, child_id, draft, {});
              });

  router_.Add(
      "POST", "/contacts/new", Action::kRecordContact, [=, this](const RequestContext& context) {
        const auto fields = DecodeForm(context.request.body);
        if (!fields) return ErrorPage(context.request, 419, context.identity);
        const domain::ContactDraft draft = DraftFromForm(context.request.body, *fields);
        auto result = contacts_.RecordContact(*context.identity, draft);
        if (auto* invalid = std::get_if<service::Invalid>(&result)) {
          return contact_form(context, 400, draft.children.empty() ? 0 : draft.children.front(),
                              draft, invalid->errors);
        }
        return RedirectResponse(
            "/contacts/" + std::to_string(std::get<domain::Contact>(result).id) + "?created=1");
      });

  router_.Add("GET", "/contacts/{id}", Action::kViewContact, [this](const RequestContext& context) {
    const auto id = PathId(context.params);
    if (!id) return ErrorPage(context.request, 404, context.identity);
    auto result = contacts_.ShowContact(*context.identity, *id);
    if (!std::holds_alternative<service::ContactView>(result))
      return ErrorPage(context.request, 404, context.identity);
    const auto& shown = std::get<service::ContactView>(result);
    const auto& contact = shown.contact;
    nlohmann::json view = {{"title", "Contact " + contact.reference},
                           {"reference", contact.reference},
                           {"restricted", shown.restricted},
                           {"created", QueryValue(context.request, "created") == "1"},
                           {"children", nlohmann::json::array()},
                           {"rows", nlohmann::json::array()}};
    for (const auto& history : shown.children) {
      view["children"].push_back(
          {{"id", history.person_id},
           {"visible", history.person.has_value()},
           {"name", history.person ? history.person->FullName() : ""},
           {"re_referral", history.re_referral_after
                               ? nlohmann::json("Re-referral: referred on " +
                                                domain::FormatLongDate(*history.re_referral_after) +
                                                ", less than 12 months ago.")
                               : nlohmann::json(false)},
           {"previous_contacts", history.previous_contacts.empty()
                                     ? "None"
                                     : std::to_string(history.previous_contacts.size())},
           {"contacts_in_last_year", history.contacts_in_last_year},
           {"referrals_in_last_year", history.referrals_in_last_year},
           {"involvement", history.household_involvement}});
    }
    const auto row = [&](const char* key, const std::string& value, const char* field = nullptr) {
      nlohmann::json warnings = nlohmann::json::array();
      if (field && contact.language_warnings.count(field)) {
        for (const auto& warning : contact.language_warnings.at(field))
          warnings.push_back(warning.Message());
      }
      view["rows"].push_back({{"key", key}, {"value", value}, {"warnings", warnings}});
    };
    if (!shown.restricted) {
      row("Received", domain::FormatUkDateTime(contact.received_at) + ", by " +
                          Lower(domain::ContactMethodName(contact.method)));
      row("From", contact.referrer.name +
                      (contact.referrer.role.empty() ? "" : ", " + contact.referrer.role) +
                      (contact.referrer.agency.empty() ? "" : ", " + contact.referrer.agency));
      row("Who they are",
          std::string(
              domain::LabelFor(domain::ReferralSourceCodes(), contact.source).value_or("")));
      if (!contact.referrer.contact_details.empty())
        row("How to reach them", contact.referrer.contact_details);
      if (!contact.referrer.relationship.empty())
        row("Relationship to the child", contact.referrer.relationship);
      row("The concern", contact.concern, "concern");
      row("What the family knows",
          contact.family_knows.empty() ? "Not recorded" : contact.family_knows, "family_knows");
      row("Did the family agree?",
          std::string(domain::FamilyAgreementName(contact.family_agreement)));
      row("How urgent they think it is", std::string(domain::ReferrerUrgencyName(contact.urgency)));
      row("Recorded by",
          contact.recorded_by + " on " + domain::FormatUkDateTime(contact.recorded_at));
    }
    if (!shown.restricted) {
      auto progress = decisions_.ShowProgress(*context.identity, *id);
      if (auto* found = std::get_if<service::ContactProgress>(&progress);
          found && !found->restricted)
        view["progress"] = ProgressView(*found, decisions_.Rules(), context.identity->user.role,
                                        context_.clock.Now());
    }
    return HtmlResponse(200, Page("contact", view, context));
  });

  // As-you-type checking from the page's script; the session's form token comes with the text.
  router_.Add("POST", "/language-check", Action::kSignedIn, [this](const RequestContext& context) {
    const auto fields = DecodeForm(context.request.body);
    const std::string text = fields ? FormValue(*fields, "text") : "";
    if (text.size() > 100000)
      return JsonErrors(422, {{"text", "Text must be 100,000 characters or fewer"}});
    return JsonResponse(200, {{"warnings", WarningsJson(contacts_.CheckLanguage(text))}});
  });

  router_.Add(
      "POST", "/api/v1/language-check", Action::kSignedIn, [this](const RequestContext& context) {
        http::Response refusal;
        auto body = ReadJsonObject(context.request, refusal);
        if (!body) return refusal;
        domain::FieldErrors errors;
        const std::string text = StringMember(*body, "text", errors);
        if (!errors.empty()) return JsonErrors(422, errors);
        return JsonResponse(200, {{"warnings", WarningsJson(contacts_.CheckLanguage(text))}});
      });

  router_.Add("POST", "/api/v1/contacts", Action::kRecordContact,
              [this](const RequestContext& context) {
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                domain::ContactDraft draft;
                const std::string received_at =
                    StringMember(*body, "received_at", errors);  // "2026-11-27T09:30" UK time
                draft.received_date = received_at.substr(0, 10);
                draft.received_time = received_at.size() >= 16 ? received_at.substr(11, 5) : "";
                draft.method = StringMember(*body, "method", errors);
                const auto referrer = body->value("referrer", nlohmann::json::object());
                if (!referrer.is_object()) errors.push_back({"referrer", "Must be an object"});
                draft.referrer = {StringMember(referrer, "name", errors),
                                  StringMember(referrer, "role", errors),
                                  StringMember(referrer, "agency", errors),
                                  StringMember(referrer, "contact_details", errors),
                                  StringMember(referrer, "relationship", errors)};
                draft.source = StringMember(*body, "source", errors);
                for (const auto& [field, target] :
                     {std::pair{"children", &draft.children}, std::pair{"adults", &draft.adults}}) {
                  const auto list = body->value(field, nlohmann::json::array());
                  if (!list.is_array()) {
                    errors.push_back({field, "Must be a list of person ids"});
                    continue;
                  }
                  for (const auto& id : list) {
                    if (!id.is_number_integer()) {
                      errors.push_back({field, "Must be a list of person ids"});
                      break;
                    }
                    target->push_back(id.get<std::int64_t>());
                  }
                }
                draft.concern = StringMember(*body, "concern", errors);
                draft.family_knows = StringMember(*body, "family_knows", errors);
                draft.family_agreement = StringMember(*body, "family_agreement", errors);
                draft.urgency = StringMember(*body, "urgency", errors);
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = contacts_.RecordContact(*context.identity, draft);
                if (auto* invalid = std::get_if<service::Invalid>(&result))
                  return JsonErrors(422, invalid->errors);
                const auto& contact = std::get<domain::Contact>(result);
                http::Response response = JsonResponse(201, ContactJson(contact));
                response.SetHeader("Location", "/api/v1/contacts/" + std::to_string(contact.id));
                return response;
              });

  router_.Add(
      "GET", "/api/v1/contacts/{id}", Action::kViewContact, [this](const RequestContext& context) {
        const auto id = PathId(context.params);
        if (!id) return JsonError(404, "There is no contact with that id");
        auto result = contacts_.ShowContact(*context.identity, *id);
        if (!std::holds_alternative<service::ContactView>(result))
          return JsonError(404, "There is no contact with that id");
        const auto& shown = std::get<service::ContactView>(result);
        if (shown.restricted)
          return JsonResponse(
              200, {{"id", *id}, {"reference", shown.contact.reference}, {"restricted", true}});
        nlohmann::json body = ContactJson(shown.contact);
        body["history"] = nlohmann::json::array();
        for (const auto& history : shown.children) {
          if (!history.person) continue;
          body["history"].push_back({{"person_id", history.person_id},
                                     {"previous_contacts", history.previous_contacts.size()},
                                     {"contacts_in_last_year", history.contacts_in_last_year},
                                     {"referrals_in_last_year", history.referrals_in_last_year},
                                     {"re_referral", history.re_referral_after.has_value()},
                                     {"household_involvement", history.household_involvement}});
        }
        return JsonResponse(200, body);
      });
}

}  // namespace frontdoor::web
