// src/web/views.cpp — one parsed copy of each template per thread (kainjow mustache keeps state
// while rendering).
#include "web/views.hpp"

#include <kainjow/mustache.hpp>
#include <map>
#include <stdexcept>

#include "domain/permissions.hpp"
#include "store/embedded_file.hpp"
#include "web/form.hpp"

namespace frontdoor::web {

namespace {

using Mustache = kainjow::mustache::mustache;
using MustacheData = kainjow::mustache::data;

MustacheData ToMustache(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      MustacheData object{MustacheData::type::object};
      for (const auto& [key, item] : value.items()) object.set(key, ToMustache(item));
      return object;
    }
    case nlohmann::json::value_t::array: {
      MustacheData list{MustacheData::type::list};
      for (const auto& item : value) list.push_back(ToMustache(item));
      return list;
    }
    case nlohmann::json::value_t::string:
      // An empty text is false, as Mustache means it: {{#need}}Need: {{need}}.{{/need}} shows
      // nothing for "", and {{^need}} shows its part.
      return value.get_ref<const std::string&>().empty() ? MustacheData(false)
                                                         : MustacheData(value.get<std::string>());
    case nlohmann::json::value_t::boolean:
      return MustacheData(value.get<bool>());
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
      return MustacheData(false);
    default:
      return MustacheData(value.dump());
  }
}

Mustache& Template(std::string_view name) {
  thread_local std::map<std::string, Mustache, std::less<>> parsed;
  auto found = parsed.find(name);
  if (found != parsed.end()) return found->second;
  const std::string file_name = std::string(name) + ".mustache";
  for (const EmbeddedFile& file : PageTemplateFiles()) {
    if (file.name != file_name) continue;
    Mustache compiled{std::string(file.text)};
    if (!compiled.is_valid()) {
      throw std::logic_error("template " + file_name + ": " + compiled.error_message());
    }
    return parsed.emplace(std::string(name), std::move(compiled)).first->second;
  }
  throw std::logic_error("no template named " + file_name);
}

// Files named _NAME.mustache are partials, used as {{> NAME}} in any template.
void AddPartials(MustacheData& root) {
  for (const EmbeddedFile& file : PageTemplateFiles()) {
    if (!file.name.starts_with("_")) continue;
    const std::string_view text = file.text;
    const std::string name(
        file.name.substr(1, file.name.size() - 1 - std::string_view(".mustache").size()));
    root.set(name, kainjow::mustache::partial([text] { return std::string(text); }));
  }
}

std::string RenderTemplate(std::string_view name, const nlohmann::json& view) {
  Mustache& page = Template(name);
  MustacheData root = ToMustache(view);
  AddPartials(root);
  std::string html = page.render(root);
  if (!page.is_valid()) {
    throw std::logic_error("rendering " + std::string(name) + ": " + page.error_message());
  }
  return html;
}

}  // namespace

std::vector<Place> PlacesFor(domain::Role role) {
  static const Place kPlaces[] = {
      {"Home", "/", domain::Action::kViewHome, "What you can do here"},
      {"Find a child", "/people", domain::Action::kSearchPeople,
       "Find out whether a child is already known, and record a contact about them"},
      {"My work", "/work", domain::Action::kViewWorkList,
       "Decisions, answers from partner agencies and assessments waiting for you, soonest due "
       "first"},
      {"Checks", "/checks", domain::Action::kViewChecks,
       "Questions to partner agencies waiting for an answer"},
      {"Decision reports", "/reports/decisions", domain::Action::kViewDecisionReports,
       "Closures after the family refused consent, and decisions outside the usual routes"},
      {"Children to match", "/imports/reviews", domain::Action::kReviewImports,
       "Children from a council's imported history who might be someone already recorded"},
      {"Audits", "/audits", domain::Action::kViewAudits,
       "Dip samples of decisions, case audits, agreement between auditors and follow-up actions"},
      {"Audits of your work", "/audits/your-work", domain::Action::kRespondToAudit,
       "What auditors found in decisions you made or contacts you recorded, and your response"},
      {"Improvement plan", "/improvement-plan", domain::Action::kViewAudits,
       "Actions from Ofsted, the safeguarding partnership and audits, with what is late"},
      {"Dashboard", "/dashboard", domain::Action::kViewDashboard,
       "Contacts, referrals, timeliness beside quality, consent and audit grades over a period"},
      {"Returns", "/returns", domain::Action::kExportReturns,
       "Ofsted's Annex A and the Children in Need census, checked before they are sent"},
      {"Access audit", "/audit/access", domain::Action::kViewAccessAudit,
       "Who has seen which records, and break-glass openings to review"},
      {"Accounts", "/admin/users", domain::Action::kManageUsers, "The people who use this service"},
      {"Feedback", "/admin/feedback", domain::Action::kReadFeedback,
       "What the people using this service have told us about it"},
  };
  std::vector<Place> places;
  for (const auto& place : kPlaces) {
    if (domain::IsAllowed(role, place.action)) places.push_back(place);
  }
  return places;
}

PageRenderer::PageRenderer(const AssetCatalogue& assets, std::string version,
                           std::chrono::minutes session_idle) {
  layout_view_ = {
      {"version", std::move(version)},
      {"session_idle_seconds", std::chrono::seconds(session_idle).count()},
      {"session_idle_minutes", session_idle.count()},
      {"assets",
       {{"govuk_css", assets.Url("govuk-frontend.min.css")},
        {"moj_css", assets.Url("moj-frontend.min.css")},
        {"frontdoor_css", assets.Url("frontdoor.css")},
        {"print_css", assets.Url("print.css")},
        {"body_start_js", assets.Url("body-start.js")},
        {"app_js", assets.Url("app.js")},
        {"favicon_ico", assets.Url("images/favicon.ico")},
        {"favicon_svg", assets.Url("images/favicon.svg")}}},
  };
}

std::string PageRenderer::Render(std::string_view name, const nlohmann::json& view,
                                 std::string_view page_path,
                                 const service::Identity* identity) const {
  nlohmann::json layout = layout_view_;
  if (identity && !(identity->session && !identity->session->two_step_passed)) {
    nlohmann::json items = nlohmann::json::array();
    for (const Place& place : PlacesFor(identity->user.role)) {
      items.push_back(
          {{"text", place.text}, {"href", place.href}, {"active", page_path == place.href}});
    }
    layout["signed_in"] = {{"username", identity->user.username},
                           {"role_name", domain::kRoles.Name(identity->user.role)},
                           {"csrf_token", identity->session ? identity->session->csrf_token : ""},
                           {"navigation", items},
                           // A browser's session ends when unused: it is warned first (API
                           // tokens have no such clock).
                           {"session", identity->session.has_value()}};
  }
  layout["title"] = view.value("title", "");
  layout["has_errors"] = view.value("has_errors", false);
  layout["page_path"] = PercentEncode(page_path);
  layout["content"] = RenderTemplate(name, view);
  return RenderTemplate("layout", layout);
}

}  // namespace frontdoor::web
