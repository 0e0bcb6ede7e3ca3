// src/web/person_pages.cpp — a person's record page and API, with restriction and break-glass.
#include <charconv>

#include "domain/uk_time.hpp"
#include "web/app.hpp"
#include "web/form.hpp"
#include "web/json_body.hpp"
#include "web/page_helpers.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

std::optional<std::int64_t> PersonId(const PathParams& params) {
  const std::string& text = params.at("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) return std::nullopt;
  return id;
}

nlohmann::json PersonJson(const service::PersonView& view) {
  if (!view.person) return {{"id", view.id}, {"restricted", true}};
  const auto& person = *view.person;
  return {{"id", person.id},
          {"restricted", view.restricted},
          {"given_name", person.given_name},
          {"family_name", person.family_name},
          {"date_of_birth", person.date_of_birth
                                ? nlohmann::json(domain::FormatDate(*person.date_of_birth))
                                : nlohmann::json()}};
}

}  // namespace

void WebApp::AddPersonRoutes() {
  using domain::Action;

  const auto person_page = [this](const RequestContext& context, int status,
                                  const service::PersonView& view, const std::string& reason,
                                  const domain::FieldErrors& errors) {
    nlohmann::json page =
        FormErrorsView(view.person ? view.person->given_name + " " + view.person->family_name
                                   : "Restricted record",
                       errors);
    page["id"] = view.id;
    page["restricted"] = view.restricted;
    page["can_break_glass"] = view.can_break_glass;
    page["opened_by_break_glass"] = view.opened_by_break_glass;
    page["reason"] = reason;
    if (view.person) {
      page["person"] = {{"name", view.person->given_name + " " + view.person->family_name},
                        {"date_of_birth", view.person->date_of_birth
                                              ? domain::FormatLongDate(*view.person->date_of_birth)
                                              : "Not known"}};
    }
    return HtmlResponse(status, Page("person", page, context));
  };

  router_.Add("GET", "/people/{id}", Action::kViewPersonRecord,
              [=, this](const RequestContext& context) {
                const auto id = PersonId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                auto result = people_.ViewPerson(*context.identity, *id);
                if (!std::holds_alternative<service::PersonView>(result))
                  return ErrorPage(context.request, 404, context.identity);
                return person_page(context, 200, std::get<service::PersonView>(result), "", {});
              });

  router_.Add("POST", "/people/{id}/break-glass", Action::kBreakGlass,
              [=, this](const RequestContext& context) {
                const auto id = PersonId(context.params);
                if (!id) return ErrorPage(context.request, 404, context.identity);
                const auto fields = DecodeForm(context.request.body);
                const std::string reason = fields ? FormValue(*fields, "reason") : "";
                auto result = people_.BreakGlass(*context.identity, *id, reason);
                if (std::holds_alternative<service::NotFound>(result))
                  return ErrorPage(context.request, 404, context.identity);
                if (auto* invalid = std::get_if<service::Invalid>(&result)) {
                  service::PersonView view;
                  view.id = *id;
                  view.restricted = true;
                  view.can_break_glass = true;
                  return person_page(context, 400, view, reason, invalid->errors);
                }
                return RedirectResponse("/people/" + std::to_string(*id));
              });

  router_.Add("POST", "/api/v1/people", Action::kAddPerson, [this](const RequestContext& context) {
    http::Response refusal;
    auto body = ReadJsonObject(context.request, refusal);
    if (!body) return refusal;
    domain::FieldErrors type_errors;
    domain::PersonDraft draft{StringMember(*body, "given_name", type_errors),
                              StringMember(*body, "family_name", type_errors),
                              StringMember(*body, "date_of_birth", type_errors)};
    if (!type_errors.empty()) return JsonErrors(422, type_errors);
    auto result = people_.AddPerson(*context.identity, draft);
    if (auto* invalid = std::get_if<service::Invalid>(&result))
      return JsonErrors(422, invalid->errors);
    const auto& person = std::get<domain::Person>(result);
    http::Response response =
        JsonResponse(201, PersonJson({person.id, person, false, false, false}));
    response.SetHeader("Location", "/api/v1/people/" + std::to_string(person.id));
    return response;
  });

  router_.Add("GET", "/api/v1/people/{id}", Action::kViewPersonRecord,
              [this](const RequestContext& context) {
                const auto id = PersonId(context.params);
                if (!id) return JsonError(404, "There is no person with that id");
                auto result = people_.ViewPerson(*context.identity, *id);
                if (!std::holds_alternative<service::PersonView>(result))
                  return JsonError(404, "There is no person with that id");
                return JsonResponse(200, PersonJson(std::get<service::PersonView>(result)));
              });

  router_.Add("PUT", "/api/v1/people/{id}/restriction", Action::kRestrictRecord,
              [this](const RequestContext& context) {
                const auto id = PersonId(context.params);
                if (!id) return JsonError(404, "There is no person with that id");
                http::Response refusal;
                auto body = ReadJsonObject(context.request, refusal);
                if (!body) return refusal;
                domain::FieldErrors errors;
                const std::string reason = StringMember(*body, "reason", errors);
                std::vector<std::string> usernames;
                const auto named = body->find("allowed_usernames");
                if (named != body->end()) {
                  if (!named->is_array()) {
                    errors.push_back({"allowed_usernames", "Must be a list of usernames"});
                  } else {
                    for (const auto& username : *named) {
                      if (!username.is_string()) {
                        errors.push_back({"allowed_usernames", "Must be a list of usernames"});
                        break;
                      }
                      usernames.push_back(username.get<std::string>());
                    }
                  }
                }
                if (!errors.empty()) return JsonErrors(422, errors);
                auto result = people_.RestrictRecord(*context.identity, *id, usernames, reason);
                if (std::holds_alternative<service::NotFound>(result))
                  return JsonError(404, "There is no person with that id");
                if (auto* invalid = std::get_if<service::Invalid>(&result))
                  return JsonErrors(422, invalid->errors);
                const auto& restriction = std::get<domain::Restriction>(result);
                return JsonResponse(200, {{"person_id", restriction.person_id},
                                          {"reason", restriction.reason},
                                          {"allowed_user_ids", restriction.allowed_user_ids}});
              });
}

}  // namespace frontdoor::web
