// src/web/restriction_pages.cpp — the page that restricts a person's record to named members of
// staff, or changes who it is open to (a manager's, as PUT /api/v1/people/{id}/restriction).
#include "web/controllers.hpp"
#include "web/page_helpers.hpp"

namespace frontdoor::web {

http::Response PeopleController::Restriction(const RequestContext& context) const {
  const auto shown = people_.ShowRestriction(*context.identity, context.id);
  if (std::holds_alternative<service::Invalid>(shown)) return pages_.Error(context, 403);
  return Shown(pages_, context, shown, [&](const service::RestrictionForm& form) {
    return RestrictionPage(context, 200, form, form.allowed_usernames, form.reason, {});
  });
}

http::Response PeopleController::Restrict(const RequestContext& context) const {
  const auto usernames = context.form.Values("allowed_usernames");
  const std::string reason = context.form.Value("reason");
  const auto result = people_.RestrictRecord(*context.identity, context.id, usernames, reason);
  if (std::holds_alternative<domain::Restriction>(result))
    return RedirectResponse("/people/" + std::to_string(context.id) + "?restricted=1");
  if (const auto* refused = std::get_if<service::Refused<service::RestrictionForm>>(&result)) {
    // Someone not named on the restriction is shown no form to change it.
    if (!refused->form.asker_named) return pages_.Error(context, 403);
    return RestrictionPage(context, 400, refused->form, usernames, reason, refused->errors);
  }
  return pages_.Error(context, 404);
}

http::Response PeopleController::RestrictionPage(const RequestContext& context, int status,
                                                 const service::RestrictionForm& form,
                                                 const std::vector<std::string>& chosen,
                                                 const std::string& reason,
                                                 const domain::FieldErrors& errors) const {
  const bool restricted = !form.allowed_usernames.empty();
  nlohmann::json view =
      FormErrorsView((restricted ? "Who can see " : "Restrict ") + form.name + "'s record", errors);
  view["id"] = form.id;
  view["name"] = form.name;
  view["restricted"] = restricted;
  std::vector<Choice> accounts;
  for (const auto& user : form.accounts) accounts.push_back({user.username, user.ShownAs()});
  view["allowed_usernames"] =
      Checkboxes("allowed_usernames", "Who else can see it?", accounts, chosen, view);
  view["reason"] = TextArea("reason", "Why is this record restricted?",
                            "For example, the child of a member of staff. Everyone named can "
                            "read the reason, and it is kept in the access audit.",
                            reason, view, 3);
  return pages_.Render(context, status, "person_restriction", view);
}

}  // namespace frontdoor::web
