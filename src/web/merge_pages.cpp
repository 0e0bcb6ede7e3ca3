// src/web/merge_pages.cpp — the page that merges two records of one person, or takes them apart
// again (a manager's, as POST /api/v1/people/{id}/merge and /unmerge).
#include "domain/text.hpp"
#include "web/controllers.hpp"
#include "web/fields.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"

namespace frontdoor::web {

namespace {

//! "Jayden Smith, born 4 March 2015 (C0000011)": a record as a merge page names it.
std::string RecordWords(const domain::Person& person) {
  return person.FullName() + ", " + domain::BirthInWords(person) + " (" +
         domain::LocalChildId(person.id) + ")";
}

//! A refused merge's page: the form again, or (to someone the record is not open to, shown
//! nothing of it) a refusal.
template <typename Show>
http::Response RefusedMerge(const Pages& pages, const RequestContext& context,
                            const service::MergeForm& form, Show show) {
  if (form.person.id == 0) return pages.Error(context, 403);
  return show(form);
}

}  // namespace

http::Response PeopleController::Merging(const RequestContext& context) const {
  const auto shown = people_.ShowMerge(*context.identity, context.id);
  if (std::holds_alternative<service::Invalid>(shown)) return pages_.Error(context, 403);
  return Shown(pages_, context, shown, [&](const service::MergeForm& form) {
    return MergePage(context, 200, form, "", "", "", {});
  });
}

http::Response PeopleController::Merge(const RequestContext& context) const {
  // The record to keep: another's number typed (it is "another" to the records offered), or
  // one of those offered chosen.
  const std::string chosen = context.form.Value("into_person_id");
  const std::string typed = domain::Trim(context.form.Value("into_record"));
  const auto typed_id = domain::ParseLocalChildId(typed);
  const std::int64_t into =
      typed.empty() ? Fields(context.form).Id("into_person_id") : typed_id.value_or(0);
  const std::string reason = context.form.Value("reason");
  return Answered(
      pages_, context,
      people_.MergePeople(*context.identity, context.id, into, reason, /*with_form=*/true),
      [&](const domain::Person&) {
        return RedirectResponse("/people/" + std::to_string(into) + "?merged=1");
      },
      [&](const service::MergeForm& form, const domain::FieldErrors& errors) {
        // A refusal about a number typed is said beside it, and one typed wrong says so.
        domain::FieldErrors said = errors;
        for (auto& error : said) {
          if (error.field != "into_person_id" || typed.empty()) continue;
          error.field = "into_record";
          if (!typed_id)
            error.message =
                "Enter the record number as it is shown on the record, for example "
                "C0000011";
        }
        return RefusedMerge(pages_, context, form, [&](const service::MergeForm& shown) {
          return MergePage(context, 400, shown, chosen, typed, reason, said);
        });
      });
}

http::Response PeopleController::Unmerge(const RequestContext& context) const {
  const std::string reason = context.form.Value("reason");
  return Answered(
      pages_, context,
      people_.UnmergePerson(*context.identity, context.id, reason, /*with_form=*/true),
      [&](const domain::Person&) {
        return RedirectResponse("/people/" + std::to_string(context.id) + "?unmerged=1");
      },
      [&](const service::MergeForm& form, const domain::FieldErrors& errors) {
        return RefusedMerge(pages_, context, form, [&](const service::MergeForm& shown) {
          return MergePage(context, 400, shown, "", "", reason, errors);
        });
      });
}

http::Response PeopleController::MergePage(const RequestContext& context, int status,
                                           const service::MergeForm& form,
                                           const std::string& chosen, const std::string& typed,
                                           const std::string& reason,
                                           const domain::FieldErrors& errors) const {
  const auto& person = form.person;
  const bool merged = person.merged_into.has_value();
  const bool merging = form.mergeable;
  // A refusal names the box it is about: with no likely match to choose, the record to keep is
  // the number typed; a refusal to take records apart is about the whole page.
  domain::FieldErrors shown = errors;
  for (auto& error : shown) {
    if (error.field == "into_person_id" && form.likely.empty()) error.field = "into_record";
    // A page with no form for the box named (sent from a page out of date) lists it unlinked.
    const bool boxed = merging ? error.field != "person_id" : merged && error.field == "reason";
    if (!boxed) error.field = "";
  }
  nlohmann::json view = FormErrorsView(merged ? "Take " + person.FullName() + "'s records apart"
                                              : "Merge " + person.FullName() + "'s record",
                                       shown);
  view["id"] = person.id;
  view["name"] = person.FullName();
  view["rows"] = PersonRows(person, form.child);
  const auto reason_box = [&](const char* label, const char* hint) {
    return TextArea("reason", label, hint, reason, view, 3);
  };
  if (merged) {
    view["merged_into"] = {
        {"kept_id", *person.merged_into},
        {"words", form.merged_into ? RecordWords(*form.merged_into)
                                   : domain::LocalChildId(*person.merged_into)},
        {"reason",
         reason_box("Why are these not records of the same person?",
                    form.child ? "For example, twin brothers. It is kept on the journey and in "
                                 "the access audit."
                               : "For example, a mother and daughter with the same name. It is "
                                 "kept on the journey and in the access audit.")}};
  }
  nlohmann::json merged_in = nlohmann::json::array();
  for (const auto& [other_id, other] : form.merged_in)
    merged_in.push_back({{"other_id", other_id},
                         {"words", other ? RecordWords(*other)
                                         : domain::LocalChildId(other_id) + " (restricted)"}});
  view["has_merged_in"] = !merged_in.empty();
  view["merged_in"] = merged_in;
  if (merging) {
    std::vector<Choice> likely;
    for (const auto& match : form.likely) {
      std::string reasons;
      for (const auto& why : match.reasons) reasons += (reasons.empty() ? "" : "; ") + why;
      likely.push_back({std::to_string(match.person.id), RecordWords(match.person), reasons});
    }
    nlohmann::json choices = {{"has_likely", !likely.empty()}};
    if (!likely.empty())
      choices["likely"] =
          Radios("into_person_id", "Which record is the same person's? It is the one kept", likely,
                 chosen, view);
    choices["typed"] =
        TextInput("into_record",
                  likely.empty() ? "The number of the record to keep"
                                 : "Or give the number of another record to keep",
                  "For example, C0000011: each record's number is on its page", typed, view);
    choices["reason"] = reason_box(
        "Why are these records of the same person?",
        form.child ? "For example, the same child with their name misspelt. It is kept on the "
                     "journey and in the access audit."
                   : "For example, the same person with their name misspelt. It is kept on the "
                     "journey and in the access audit.");
    view["merging"] = choices;
  }
  return pages_.Render(context, status, "person_merge", view);
}

}  // namespace frontdoor::web
