// src/web/drafts.cpp — reading each kind of draft from a form or a JSON body.
#include "web/drafts.hpp"

#include <map>

#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::web {

namespace {

//! The API's other names, as the draft's "one a line" text.
std::string OtherNameLines(Fields& fields) {
  std::string lines;
  for (auto& other : fields.Objects("other_names", "Must be a list of {given_name, family_name}")) {
    const std::string given = other.Text("given_name");
    const std::string family = other.Text("family_name");
    if (given.find('\n') != std::string::npos || family.find('\n') != std::string::npos) {
      lines.clear();
      other.Note("other_names", "A name cannot hold a line break");
      break;
    }
    lines += given + " " + family + "\n";
  }
  return lines;
}

}  // namespace

domain::PersonDraft PersonDraftFrom(Fields& fields) {
  domain::PersonDraft draft;
  draft.given_name = fields.Text("given_name");
  draft.family_name = fields.Text("family_name");
  draft.date_of_birth = fields.Date("date_of_birth");
  draft.other_names = fields.IsForm() ? fields.Text("other_names") : OtherNameLines(fields);
  draft.expected_date_of_birth = fields.Date("expected_date_of_birth");
  draft.sex = fields.Text("sex");
  draft.ethnicity = fields.Text("ethnicity");
  draft.disabilities = fields.Texts("disabilities");
  draft.nhs_number = fields.Text("nhs_number");
  draft.upn = fields.Text("upn");
  draft.upn_unknown = fields.Text("upn_unknown");
  draft.former_upn = fields.Text("former_upn");
  draft.date_of_death = fields.Date("date_of_death");
  return draft;
}

domain::HouseholdDraft HouseholdDraftFrom(Fields& fields) {
  return {fields.Text("address_line_1"), fields.Text("address_line_2"), fields.Text("town"),
          fields.Text("postcode")};
}

domain::ContactDraft ContactDraftFrom(Fields& fields) {
  domain::ContactDraft draft;
  if (fields.IsForm()) {
    draft.received_date = fields.Date("received_date");
    draft.received_time = fields.Text("received_time");
    draft.referrer = {fields.Text("referrer_name"), fields.Text("referrer_role"),
                      fields.Text("referrer_agency"), fields.Text("referrer_contact_details"),
                      fields.Text("referrer_relationship")};
    draft.children = fields.Ids("child");
    draft.adults = fields.Ids("adult");
    draft.opened_for = fields.Id("opened_for");
  } else {
    const std::string received_at = fields.Text("received_at");
    if (const auto moment = domain::ParseTimestamp(received_at)) {
      // A moment as answers give it: read on the UK clock, to the minute.
      draft.received_date = domain::FormatDate(domain::UkDate(*moment));
      draft.received_time = domain::FormatUkClockTime(*moment);
    } else if (received_at.empty()) {
      // Refused by the contact's own check as missing.
    } else if ((received_at.size() == 16 || (received_at.size() == 19 && received_at[16] == ':')) &&
               received_at[10] == 'T') {
      draft.received_date = received_at.substr(0, 10);  // seconds, if sent, are left out
      draft.received_time = received_at.substr(11, 5);
    } else {
      fields.Note("received_at",
                  "Give the time received as UK clock time (YYYY-MM-DDTHH:MM) or as a moment in "
                  "UTC ending in Z");
    }
    Fields referrer = fields.Object("referrer");
    draft.referrer = {referrer.Text("name"), referrer.Text("role"), referrer.Text("agency"),
                      referrer.Text("contact_details"), referrer.Text("relationship")};
    draft.children = fields.Ids("children");
    draft.adults = fields.Ids("adults");
  }
  draft.method = fields.Text("method");
  draft.source = fields.Text("source");
  draft.concern = fields.Text("concern");
  draft.family_knows = fields.Text("family_knows");
  draft.family_agreement = fields.Text("family_agreement");
  draft.urgency = fields.Text("urgency");
  return draft;
}

void NameContactErrorsAsApi(domain::FieldErrors& errors) {
  static const std::map<std::string, std::string> kApiNames = {
      {"received_date", "received_at"},
      {"received_time", "received_at"},
      {"referrer_name", "referrer.name"},
      {"referrer_role", "referrer.role"},
      {"referrer_agency", "referrer.agency"},
      {"referrer_contact_details", "referrer.contact_details"},
      {"referrer_relationship", "referrer.relationship"}};
  for (auto& error : errors) {
    if (const auto name = kApiNames.find(error.field); name != kApiNames.end())
      error.field = name->second;
  }
}

domain::ConsentDraft ConsentDraftFrom(Fields& fields) {
  return {fields.Text("kind"), fields.Text("status"), fields.Text("given_by"), fields.Text("how"),
          fields.Text("reason")};
}

domain::CheckRequestDraft CheckRequestDraftFrom(Fields& fields) {
  return {fields.Texts("agencies"), fields.Text("urgency"), fields.Text("question")};
}

domain::OversightDraft OversightDraftFrom(Fields& fields) {
  domain::OversightDraft draft;
  draft.risk_indicators = fields.Texts("risk_indicators");
  draft.risks = fields.Text("risks");
  draft.strengths = fields.Text("strengths");
  draft.analysis = fields.Text("analysis");
  draft.next_steps = fields.Text("next_steps");
  // A page names each child's fields after the child ("outcome-12"); a JSON body lists them.
  const auto child_from = [](Fields& from, std::int64_t id, const auto& name) {
    domain::ChildDecision child;
    child.person_id = id;
    child.child_voice = from.Text(name("child_voice"));
    child.level = from.Number(name("level"));
    child.level_indicators = from.Texts(name("level_indicators"));
    child.outcome = from.Text(name("outcome"));
    child.rationale = from.Text(name("rationale"));
    child.override_reason = from.Text(name("override_reason"));
    child.consent_refused_offer = from.Text(name("consent_refused_offer"));
    child.primary_need = from.Text(name("primary_need"));
    return child;
  };
  if (fields.IsForm()) {
    for (const std::int64_t id : fields.Ids("decided_child"))
      draft.children.push_back(
          child_from(fields, id, [&](const char* part) { return domain::ChildField(part, id); }));
    return draft;
  }
  for (auto& child : fields.Objects("children",
                                    "Each child's decision is {person_id, child_voice, level, "
                                    "level_indicators, outcome, rationale, override_reason, "
                                    "consent_refused_offer, primary_need}"))
    draft.children.push_back(child_from(child, child.Id("person_id"),
                                        [](const char* part) { return std::string(part); }));
  return draft;
}

service::AllocationDraft AllocationDraftFrom(Fields& fields) {
  service::AllocationDraft draft{fields.Text("team"), fields.Text("worker"), {}};
  if (fields.IsForm()) {
    for (const std::int64_t child : fields.Ids("exclude"))
      draft.exclusions[child] = fields.Text("reason-" + std::to_string(child));
    return draft;
  }
  for (auto& exclusion : fields.Objects("exclusions", "Each exclusion is {person_id, reason}")) {
    const std::int64_t person = exclusion.Id("person_id");
    draft.exclusions[person] = exclusion.Text("reason");
  }
  return draft;
}

domain::CaseStepDraft CaseStepDraftFrom(Fields& fields) {
  domain::CaseStepDraft draft;
  draft.kind = fields.Text("kind");
  draft.date = fields.Date("date");
  draft.authorised = fields.Date("authorised");
  draft.child_seen = fields.YesNo("child_seen");
  draft.factors = fields.Texts("factors");
  draft.needs_support = fields.YesNo("needs_support");
  draft.primary_need = fields.Text("primary_need");
  draft.conference = fields.Text("conference");
  draft.plan_followed = fields.YesNo("plan_followed");
  draft.category = fields.Text("category");
  draft.closure_reason = fields.Text("closure_reason");
  draft.family_meeting = fields.YesNo("family_meeting");
  draft.outcome = fields.Text("outcome");
  draft.review_meetings = fields.CountText("review_meetings");
  return draft;
}

}  // namespace frontdoor::web
