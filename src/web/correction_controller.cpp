// src/web/correction_controller.cpp — correcting records as pages and as JSON: a person's details,
// someone moving out of a household, a relationship, and a contact's words amended with a reason.
#include <set>

#include "domain/correction.hpp"
#include "domain/record_version.hpp"
#include "web/controllers.hpp"
#include "web/drafts.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"

namespace frontdoor::web {

namespace {

constexpr const char* kNoPerson = "There is no person with that id";
constexpr const char* kReasonHint =
    "Optional. For example, \"birth certificate seen\" or \"the school's records\".";

std::string ProfilePath(std::int64_t id) {
  return "/people/" + std::to_string(id);
}

//! Where a person's record goes after a change: the record, with the success banner for `what`
//! was saved ("details", "move" or "relationship", as PeopleController words it).
http::Response Corrected(std::int64_t id, const char* what) {
  return RedirectResponse(ProfilePath(id) + "?corrected=" + what);
}

//! The new address someone moved to, when any part of it was given.
std::optional<domain::HouseholdDraft> MovedTo(Fields& fields) {
  domain::HouseholdDraft draft = HouseholdDraftFrom(fields);
  if (draft.address_line_1.empty() && draft.address_line_2.empty() && draft.town.empty() &&
      draft.postcode.empty())
    return std::nullopt;
  return draft;
}

//! The household `household_id` the person lives in now, from their profile.
const service::HouseholdView* CurrentHousehold(const service::PersonProfile& profile,
                                               std::int64_t household_id) {
  for (const auto& household : profile.households) {
    if (household.household.id == household_id && !household.membership.to) return &household;
  }
  return nullptr;
}

//! Someone the person is related to, from their profile (only when the asker may see them).
const service::RelatedPerson* Related(const service::PersonProfile& profile,
                                      std::int64_t related_id) {
  for (const auto& related : profile.relationships) {
    if (related.relationship.related_person_id == related_id && !related.name.empty())
      return &related;
  }
  return nullptr;
}

}  // namespace

http::Response CorrectionController::CorrectPersonForm(const RequestContext& context) const {
  return Shown(pages_, context, people_.ShowProfile(*context.identity, context.id),
               [&](const service::PersonProfile& profile) {
                 if (!profile.view.person) return pages_.Error(context, 404);
                 return PersonForm(context, 200, domain::DraftOf(*profile.view.person), "", {});
               });
}

http::Response CorrectionController::CorrectPerson(const RequestContext& context) const {
  Fields fields(context.form);
  const domain::PersonDraft draft = PersonDraftFrom(fields);
  const std::string reason = fields.Text("reason");
  const auto result = people_.CorrectPerson(*context.identity, context.id, draft, reason);
  if (std::holds_alternative<domain::Person>(result)) return Corrected(context.id, "details");
  if (const auto* invalid = std::get_if<service::Invalid>(&result))
    return PersonForm(context, 400, draft, reason, invalid->errors);
  return pages_.Error(context, 404);
}

http::Response CorrectionController::PersonForm(const RequestContext& context, int status,
                                                const domain::PersonDraft& draft,
                                                const std::string& reason,
                                                const domain::FieldErrors& errors) const {
  const std::string heading =
      "Correct " + draft.given_name + " " + draft.family_name + "'s details";
  nlohmann::json view = PersonFormView(draft, FormErrorsView(heading, errors));
  view["heading"] = heading;
  view["correcting"] = true;
  view["id"] = context.id;
  view["form_action"] = ProfilePath(context.id) + "/correct";
  view["reason"] =
      TextArea("reason", "Why are the details changing?", kReasonHint, reason, view, 3);
  return pages_.Render(context, status, "person_new", view);
}

http::Response CorrectionController::MoveOutForm(const RequestContext& context) const {
  const std::int64_t household_id = Fields(context.query).Id("household");
  return Shown(pages_, context, people_.ShowProfile(*context.identity, context.id),
               [&](const service::PersonProfile& profile) {
                 const auto* household = CurrentHousehold(profile, household_id);
                 if (!profile.view.person || !household) return pages_.Error(context, 404);
                 nlohmann::json view = FormErrorsView("When did they move out?", {});
                 view["caption"] = profile.view.person->FullName() + ", " +
                                   domain::AddressLine(household->household);
                 return MoveOutPage(context, 200, household_id, "", "", {}, view);
               });
}

http::Response CorrectionController::MoveOut(const RequestContext& context) const {
  Fields fields(context.form);
  const std::int64_t household_id = fields.Id("household_id");
  const std::string moved_out = fields.Date("moved_out");
  const std::string reason = fields.Text("reason");
  const auto moved_to = MovedTo(fields);
  const auto result =
      people_.MoveOut(*context.identity, context.id, household_id, moved_out, reason, moved_to);
  if (std::holds_alternative<service::Move>(result)) return Corrected(context.id, "move");
  if (const auto* invalid = std::get_if<service::Invalid>(&result)) {
    return MoveOutPage(context, 400, household_id, moved_out, reason,
                       moved_to.value_or(domain::HouseholdDraft{}),
                       FormErrorsView("When did they move out?", invalid->errors));
  }
  return pages_.Error(context, 404);
}

http::Response CorrectionController::MoveOutPage(const RequestContext& context, int status,
                                                 std::int64_t household_id,
                                                 const std::string& moved_out,
                                                 const std::string& reason,
                                                 const domain::HouseholdDraft& moved_to,
                                                 nlohmann::json view) const {
  view["id"] = context.id;
  view["moved_to"] = {{"address_line_1", moved_to.address_line_1},
                      {"address_line_2", moved_to.address_line_2},
                      {"town", moved_to.town},
                      {"postcode", moved_to.postcode}};
  view["household_id"] = household_id;
  view["moved_out"] =
      DateInput("moved_out", "The day they moved out", "For example, 30 11 2026", moved_out, view);
  view["reason_field"] =
      TextArea("reason", "How do you know? (optional)",
               "For example, \"their mother told us on the phone\".", reason, view, 3);
  return pages_.Render(context, status, "move_out", view);
}

http::Response CorrectionController::RelationshipForm(const RequestContext& context) const {
  const std::int64_t related_id = Fields(context.query).Id("with");
  return Shown(pages_, context, people_.ShowProfile(*context.identity, context.id),
               [&](const service::PersonProfile& profile) {
                 const auto* related = Related(profile, related_id);
                 if (!profile.view.person || !related) return pages_.Error(context, 404);
                 return RelationshipPage(
                     context, 200, related_id, profile.view.person->given_name, related->name,
                     std::string(domain::kRelationships.Code(related->relationship.kind)), "", {});
               });
}

http::Response CorrectionController::ChangeRelationship(const RequestContext& context) const {
  Fields fields(context.form);
  const std::int64_t related_id = fields.Id("related_person_id");
  const std::string kind = fields.Text("kind");
  const std::string reason = fields.Text("reason");
  const auto result = people_.Relate(*context.identity, context.id, related_id, kind, reason);
  if (std::holds_alternative<domain::Relationship>(result))
    return Corrected(context.id, "relationship");
  if (const auto* invalid = std::get_if<service::Invalid>(&result)) {
    return RelationshipPage(context, 400, related_id, fields.Text("given_name"),
                            fields.Text("related_name"), kind, reason, invalid->errors);
  }
  return pages_.Error(context, 404);
}

http::Response CorrectionController::RelationshipPage(
    const RequestContext& context, int status, std::int64_t related_id,
    const std::string& given_name, const std::string& related_name, const std::string& kind,
    const std::string& reason, const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Change a relationship", errors);
  view["id"] = context.id;
  view["related_person_id"] = related_id;
  view["given_name"] = given_name;
  view["related_name"] = related_name;
  std::vector<Choice> kinds;
  for (const auto& one : domain::kRelationships.All())
    kinds.push_back({std::string(one.code), domain::RelationshipSentence(given_name, one.kind)});
  view["kind_radios"] = Radios("kind", "How is " + given_name + " related to " + related_name + "?",
                               kinds, kind, view);
  view["reason_field"] =
      TextArea("reason", "Why is it changing? (optional)",
               "For example, \"the birth certificate names another father\".", reason, view, 3);
  return pages_.Render(context, status, "relationship_change", view);
}

http::Response CorrectionController::AmendContactForm(const RequestContext& context) const {
  return Shown(pages_, context, contacts_.ShowContact(*context.identity, context.id),
               [&](const service::ContactView& shown) {
                 if (shown.restricted) return pages_.Error(context, 404);
                 return AmendPage(context, 200, shown.contact, shown.contact.concern, "", {});
               });
}

http::Response CorrectionController::AmendContact(const RequestContext& context) const {
  const std::string concern = context.form.Value("concern");
  const std::string reason = context.form.Value("reason");
  return StepAnswered(pages_, context, "amended",
                      contacts_.AmendContact(*context.identity, context.id, concern, reason),
                      [&](const service::ContactProgress& progress, const auto& errors) {
                        return AmendPage(context, 400, progress.contact, concern, reason, errors);
                      });
}

http::Response CorrectionController::AmendPage(const RequestContext& context, int status,
                                               const domain::Contact& contact,
                                               const std::string& concern,
                                               const std::string& reason,
                                               const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Amend the contact's words", errors);
  view["contact_id"] = contact.id;
  view["caption"] = "Contact " + contact.reference;
  view["reference"] = contact.reference;
  view["was"] = contact.concern;
  view["concern"] =
      TextArea("concern", "The concern, in their words",
               "Both the words before and after, and your reason, are kept.", concern, view, 8);
  view["reason_field"] = TextArea("reason", "Why are the words being amended?",
                                  "For example, \"the officer's notes say the bruise was on his "
                                  "arm, not his leg\".",
                                  reason, view, 3);
  return pages_.Render(context, status, "contact_amend", view);
}

http::Response CorrectionController::ApiCorrectPerson(const RequestContext& context) const {
  Fields fields(context.body);
  const domain::PersonDraft draft = PersonDraftFrom(fields);
  const std::string reason = fields.Text("reason");
  if (!fields.Errors().empty()) return JsonErrors(422, fields.Errors());
  // A change made on a copy read earlier names its version; without If-Match it is made anyway.
  // What the body leaves out stays as it is.
  std::set<std::string> sent;
  if (context.body.is_object())
    for (const auto& [name, value] : context.body.items()) sent.insert(name);
  const auto result =
      people_.CorrectPerson(*context.identity, context.id, draft, reason, IfMatchOf(context), sent);
  http::Response response = ApiAnswer(result, kNoPerson, 200, PersonJson);
  if (const auto* person = std::get_if<domain::Person>(&result))
    response.SetHeader("ETag", domain::PersonVersion(*person));
  return response;
}

http::Response CorrectionController::ApiMoveOut(const RequestContext& context) const {
  Fields fields(context.body);
  const std::int64_t household_id = fields.Id("household_id");
  const std::string moved_out = fields.Date("moved_out");
  const std::string reason = fields.Text("reason");
  std::optional<domain::HouseholdDraft> moved_to;
  if (context.body.contains("moved_to")) {
    Fields address = fields.Object("moved_to");
    moved_to = HouseholdDraftFrom(address);
  }
  return ApiSubmitted(
      fields,
      [&] {
        return people_.MoveOut(*context.identity, context.id, household_id, moved_out, reason,
                               moved_to);
      },
      kNoPerson, 200,
      [](const service::Move& move) {
        const auto& member = move.left;
        return nlohmann::json{
            {"household_id", member.household_id},
            {"person_id", member.person_id},
            {"from", domain::FormatDate(member.from)},
            {"to", JsonDate(member.to)},
            {"moved_to_household_id",
             move.joined ? nlohmann::json(move.joined->household_id) : nlohmann::json(nullptr)}};
      });
}

http::Response CorrectionController::ApiAmendContact(const RequestContext& context) const {
  Fields fields(context.body);
  const std::string concern = fields.Text("concern");
  const std::string reason = fields.Text("reason");
  if (!fields.Errors().empty()) return JsonErrors(422, fields.Errors());
  const auto result =
      contacts_.AmendContact(*context.identity, context.id, concern, reason, IfMatchOf(context));
  http::Response response = ApiAnswer(result, kNoContact, 200, [](const domain::Contact& contact) {
    return nlohmann::json{
        {"id", contact.id}, {"reference", contact.reference}, {"concern", contact.concern}};
  });
  if (const auto* contact = std::get_if<domain::Contact>(&result))
    response.SetHeader("ETag", domain::ContactVersion(*contact));
  return response;
}

}  // namespace frontdoor::web
