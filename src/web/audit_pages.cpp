// src/web/audit_pages.cpp — the auditor's access audit page and the administrator's accounts page.
#include <charconv>

#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"
#include "web/app.hpp"
#include "web/form.hpp"
#include "web/page_helpers.hpp"
#include "web/person_views.hpp"
#include "web/responses.hpp"

namespace frontdoor::web {

namespace {

constexpr int kRecentEntries = 100;

nlohmann::json EntryView(const domain::AuditEntry& entry) {
  return {{"at", domain::FormatTimestamp(entry.at)},
          {"at_text", domain::FormatUkDateTime(entry.at)},
          {"username", entry.username.empty() ? "(not signed in)" : entry.username},
          {"role", entry.role},
          {"action", entry.action},
          {"record_ids", entry.record_ids},
          {"client_address", entry.client_address},
          {"refused", entry.outcome == domain::AuditOutcome::kRefused},
          {"detail", entry.detail}};
}

}  // namespace

void WebApp::AddAuditRoutes() {
  using domain::Action;
  router_.Add(
      "GET", "/audit/access", Action::kViewAccessAudit, [this](const RequestContext& context) {
        const std::string record = QueryValue(context.request, "record");
        const auto actor = context.identity->AsActor();
        const auto entries = record.empty() ? audit_.Recent(actor, kRecentEntries)
                                            : audit_.WhoSawRecord(actor, record);
        nlohmann::json view = {
            {"title", "Access audit"},
            {"record", record},
            {"caption", record.empty() ? "The latest " + std::to_string(kRecentEntries) + " entries"
                                       : "Who has seen " + record},
            {"has_entries", !entries.empty()},
            {"entries", nlohmann::json::array()}};
        for (const auto& entry : entries) view["entries"].push_back(EntryView(entry));
        const auto openings = people_.BreakGlassToReview();
        view["has_break_glass"] = !openings.empty();
        view["break_glass"] = nlohmann::json::array();
        for (const auto& opening : openings) {
          view["break_glass"].push_back({{"id", opening.id},
                                         {"at", domain::FormatTimestamp(opening.at)},
                                         {"at_text", domain::FormatUkDateTime(opening.at)},
                                         {"username", opening.username},
                                         {"person_id", opening.person_id},
                                         {"reason", opening.reason}});
        }
        return HtmlResponse(200, Page("access_audit", view, context));
      });

  router_.Add("POST", "/audit/break-glass/{id}/review", Action::kReviewBreakGlass,
              [this](const RequestContext& context) {
                const auto id = PathId(context.params);
                if (!id) return ErrorPage(context.request, 404);
                auto result = people_.ReviewBreakGlass(*context.identity, *id);
                if (std::holds_alternative<service::NotFound>(result))
                  return ErrorPage(context.request, 404);
                return RedirectResponse("/audit/access");
              });

  router_.Add("GET", "/admin/users", Action::kManageUsers, [this](const RequestContext& context) {
    const auto users = accounts_.ListUsers(context.identity->AsActor());
    nlohmann::json view = {{"title", "Accounts"}, {"users", nlohmann::json::array()}};
    for (const auto& user : users) {
      view["users"].push_back({{"username", user.username},
                               {"role", domain::RoleName(user.role)},
                               {"agency", user.agency},
                               {"two_step", user.totp_enabled},
                               {"disabled", user.disabled}});
    }
    return HtmlResponse(200, Page("users", view, context));
  });

  router_.Add("POST", "/admin/users/{username}/disable", Action::kManageUsers,
              [this](const RequestContext& context) {
                auto result = accounts_.DisableUser(context.identity->AsActor(),
                                                    context.params.at("username"));
                if (std::holds_alternative<service::NotFound>(result))
                  return ErrorPage(context.request, 404);
                return RedirectResponse("/admin/users");
              });
}

}  // namespace frontdoor::web
