// src/web/contact_views.cpp — view models for contacts.
#include "web/contact_views.hpp"

#include "domain/text.hpp"

#include "domain/codes.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::web {

nlohmann::json ChildHistoryView(const service::IntakeHistory& history,
                                const domain::FrontDoorSettings& settings) {
  nlohmann::json allocated = false;
  if (const auto& allocation = history.allocation) {
    const domain::Team* team = settings.FindTeam(allocation->team);
    std::string words = "Allocated to " + history.allocated_to + ", " +
                        (team ? team->name : allocation->team) + ", on " +
                        domain::FormatLongDate(domain::UkDate(allocation->allocated_at));
    if (allocation->assessment_due)
      words += "; assessment due by " + domain::FormatLongDate(*allocation->assessment_due);
    allocated = words + ".";
  } else if (history.open_referral_since) {
    allocated = "Referred on " + domain::FormatLongDate(*history.open_referral_since) +
                ": not closed, and no worker allocated.";
  }
  return {{"id", history.person_id},
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
          {"in_last_year",
           domain::Counted(history.contacts_in_last_year, "contact", "contacts") + ", " +
               domain::Counted(history.referrals_in_last_year, "referral", "referrals")},
          {"involvement", history.household_involvement},
          {"allocated", allocated}};
}

namespace {

nlohmann::json ContactRows(const service::ContactView& shown) {
  const domain::Contact& contact = shown.contact;
  nlohmann::json rows = nlohmann::json::array();
  const auto row = [&](const char* key, const std::string& value, const char* field = nullptr) {
    const nlohmann::json warnings =
        field ? WarningMessages(contact.language_warnings, field) : nlohmann::json::array();
    rows.push_back({{"key", key}, {"value", value}, {"warnings", warnings}, {"change", false}});
  };
  const auto& referrer = contact.referrer;
  // "…, by phone"; someone who came in person came "in person", not "by in person".
  row("Received",
      domain::FormatUkDateTime(contact.received_at) +
          (contact.method == domain::ContactMethod::kInPerson
               ? std::string(", in person")
               : ", by " + domain::Lower(domain::kContactMethods.Name(contact.method))));
  row("From", referrer.name + (referrer.role.empty() ? "" : ", " + referrer.role) +
                  (referrer.agency.empty() ? "" : ", " + referrer.agency));
  row("Who they are",
      std::string(domain::LabelFor(domain::kReferralSources, contact.source).value_or("")));
  if (!referrer.contact_details.empty()) row("How to reach them", referrer.contact_details);
  if (!referrer.relationship.empty()) row("Relationship to the child", referrer.relationship);
  row("The concern", contact.concern, "concern");
  // The referrer's words can be amended, with a reason kept beside the words before and after.
  rows.back()["change"] = "/contacts/" + std::to_string(contact.id) + "/amend";
  row("What the family knows", contact.family_knows.empty() ? "Not recorded" : contact.family_knows,
      "family_knows");
  row("Did the family agree?",
      std::string(domain::kFamilyAgreements.Name(contact.family_agreement)));
  row("How urgent they think it is", std::string(domain::kReferrerUrgencies.Name(contact.urgency)));
  row("Recorded by", shown.progress.ShownAs(contact.recorded_by) + " on " +
                         domain::FormatUkDateTime(contact.recorded_at));
  return rows;
}

}  // namespace

nlohmann::json ContactPageView(const service::ContactView& shown,
                               const domain::FrontDoorSettings& settings) {
  const auto& contact = shown.contact;
  nlohmann::json view = {{"title", "Contact " + contact.reference},
                         {"reference", contact.reference},
                         {"restricted", shown.restricted},
                         {"children", nlohmann::json::array()},
                         {"rows", nlohmann::json::array()}};
  if (shown.restricted) return view;
  for (const auto& history : shown.children)
    view["children"].push_back(ChildHistoryView(history, settings));
  view["rows"] = ContactRows(shown);
  return view;
}

nlohmann::json WarningsJson(const std::vector<domain::LanguageWarning>& warnings) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& warning : warnings) {
    list.push_back({{"issue", domain::kLanguageIssues.Code(warning.issue)},
                    {"found", warning.found},
                    {"offset", warning.offset},
                    {"suggestion", warning.suggestion},
                    {"message", warning.Message()}});
  }
  return list;
}

nlohmann::json WarningsByFieldJson(
    const std::map<std::string, std::vector<domain::LanguageWarning>>& warnings) {
  nlohmann::json by_field = nlohmann::json::object();
  for (const auto& [field, list] : warnings) by_field[field] = WarningsJson(list);
  return by_field;
}

nlohmann::json WarningMessages(
    const std::map<std::string, std::vector<domain::LanguageWarning>>& warnings,
    const std::string& field) {
  nlohmann::json messages = nlohmann::json::array();
  if (const auto found = warnings.find(field); found != warnings.end()) {
    for (const auto& warning : found->second) messages.push_back(warning.Message());
  }
  return messages;
}

nlohmann::json ContactJson(const domain::Contact& contact) {
  const auto& referrer = contact.referrer;
  return {{"id", contact.id},
          {"reference", contact.reference},
          {"received_at", domain::FormatTimestamp(contact.received_at)},
          {"method", domain::kContactMethods.Code(contact.method)},
          {"referrer",
           {{"name", referrer.name},
            {"role", referrer.role},
            {"agency", referrer.agency},
            {"contact_details", referrer.contact_details},
            {"relationship", referrer.relationship}}},
          {"source", contact.source},
          {"children", contact.children},
          {"adults", contact.adults},
          {"concern", contact.concern},
          {"family_knows", contact.family_knows},
          {"family_agreement", domain::kFamilyAgreements.Code(contact.family_agreement)},
          {"urgency", domain::kReferrerUrgencies.Code(contact.urgency)},
          {"recorded_by", contact.recorded_by},
          {"recorded_at", domain::FormatTimestamp(contact.recorded_at)},
          {"language_warnings", WarningsByFieldJson(contact.language_warnings)}};
}

nlohmann::json ContactWithHistoryJson(const service::ContactView& shown) {
  if (shown.restricted)
    return {{"id", shown.contact.id}, {"reference", shown.contact.reference}, {"restricted", true}};
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
  return body;
}

}  // namespace frontdoor::web
