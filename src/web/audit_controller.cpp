// src/web/audit_controller.cpp — the access audit and accounts pages.
#include "web/controllers.hpp"
#include "web/page_helpers.hpp"

#include <sstream>

#include "domain/access_audit.hpp"
#include "domain/permissions.hpp"
#include "domain/text.hpp"
#include "domain/timestamp.hpp"
#include "domain/uk_time.hpp"

namespace frontdoor::web {

namespace {

constexpr int kEntriesShown = 100;

//! The full name and job title of an account, or false when there is none to add to its username.
nlohmann::json NameOf(const std::map<std::string, std::string>& names,
                      const std::string& username) {
  const auto found = names.find(username);
  if (found == names.end() || found->second == username) return false;
  return found->second;
}

//! An entry's username as shown: refusals before anyone signed in have none.
std::string UsernameShown(const std::string& username) {
  return username.empty() ? "(not signed in)" : username;
}

//! An entry's records, each a link to who else has seen it when it names one ("person:12").
nlohmann::json RecordsView(const std::string& record_ids) {
  nlohmann::json records = nlohmann::json::array();
  std::istringstream words(record_ids);
  for (std::string id; words >> id;) {
    const auto asked = domain::ReadAuditRecordId(id);
    records.push_back({{"id", id}, {"link", asked ? "/audit/access?record=" + *asked : ""}});
  }
  return records;
}

//! A stored code in words where it is one the domain knows; older or unknown text as it is.
std::string ActionShown(const std::string& code) {
  const auto action = domain::ParseAction(code);
  return action ? std::string(domain::ActionWords(*action)) : code;
}
std::string RoleShown(const std::string& code) {
  const auto role = domain::kRoles.Parse(code);
  return role ? std::string(domain::kRoles.Name(*role)) : code;
}

nlohmann::json EntryView(const domain::AuditEntry& entry,
                         const std::map<std::string, std::string>& names) {
  return {{"at", domain::FormatTimestamp(entry.at)},
          {"at_text", domain::FormatUkDateTime(entry.at)},
          {"username", UsernameShown(entry.username)},
          {"name", NameOf(names, entry.username)},
          {"role", RoleShown(entry.role)},
          {"action", ActionShown(entry.action)},
          {"records", RecordsView(entry.record_ids)},
          {"client_address", entry.client_address},
          {"refused", entry.outcome == domain::AuditOutcome::kRefused},
          {"detail", entry.detail}};
}

nlohmann::json OpeningView(const domain::BreakGlass& opening,
                           const std::map<std::string, std::string>& names) {
  return {{"id", opening.id},
          {"at", domain::FormatTimestamp(opening.at)},
          {"at_text", domain::FormatUkDateTime(opening.at)},
          {"username", opening.username},
          {"name", NameOf(names, opening.username)},
          {"person_id", opening.person_id},
          {"reason", opening.reason}};
}

nlohmann::json ReadingView(const domain::ReadingVolume& volume,
                           const std::map<std::string, std::string>& names) {
  return {{"username", UsernameShown(volume.username)},
          {"name", NameOf(names, volume.username)},
          {"people", volume.people},
          {"entries", volume.entries},
          {"unusual", volume.unusual}};
}

}  // namespace

http::Response AuditController::ReviewBreakGlass(const RequestContext& context) const {
  return Shown(pages_, context, audit_.ReviewBreakGlass(context.identity->AsActor(), context.id),
               [](bool) { return RedirectResponse("/audit/access"); });
}

http::Response AuditController::DisableAccount(const RequestContext& context) const {
  const auto disabled =
      accounts_.DisableUser(context.identity->AsActor(), context.params.at("username"));
  if (const auto* refused = std::get_if<service::Invalid>(&disabled))
    return AccountsPage(context, 400, refused->errors);
  return Shown(pages_, context, disabled, [](const domain::User& user) {
    return RedirectResponse("/admin/users?disabled=" + user.username);
  });
}

http::Response AuditController::EnableAccount(const RequestContext& context) const {
  return Shown(pages_, context,
               accounts_.EnableUser(context.identity->AsActor(), context.params.at("username")),
               [](const domain::User& user) {
                 return RedirectResponse("/admin/users?enabled=" + user.username);
               });
}

http::Response AuditController::AccessAudit(const RequestContext& context) const {
  const std::string typed = context.query.Value("record");
  // Text that names no record is said so, with the latest entries: never "no one has seen it".
  const auto asked = domain::ReadAuditRecordId(typed);
  domain::FieldErrors errors;
  if (!domain::Trim(typed).empty() && !asked)
    errors.push_back({"record",
                      "Enter a record as the entries name it, like person:12, or a "
                      "child's local id, like C0000012"});
  const std::string record = asked.value_or("");
  const auto page = audit_.ShowAudit(context.identity->AsActor(), record, kEntriesShown);
  nlohmann::json view = FormErrorsView("Access audit", errors);
  view.update(
      {{"record", errors.empty() ? record : typed},  // what the box shows
       {"asked", record},
       {"caption", record.empty() ? "The latest " + std::to_string(kEntriesShown) + " entries"
                                  : "Who has seen " + record},
       {"has_entries", !page.entries.empty()},
       {"entries", nlohmann::json::array()},
       {"has_break_glass", !page.openings.empty()},
       {"break_glass", nlohmann::json::array()},
       {"show_reading", record.empty()},
       {"has_reading", !page.reading.empty()},
       {"reading_days", domain::kReadingDays},
       {"reading_times", domain::kUnusualTimesTheMiddle},
       {"reading_at_least", domain::kUnusualAtLeast},
       {"reading", nlohmann::json::array()}});
  for (const auto& entry : page.entries) view["entries"].push_back(EntryView(entry, page.names));
  for (const auto& opening : page.openings)
    view["break_glass"].push_back(OpeningView(opening, page.names));
  for (const auto& volume : page.reading)
    view["reading"].push_back(ReadingView(volume, page.names));
  return pages_.Render(context, errors.empty() ? 200 : 400, "access_audit", view);
}

http::Response AuditController::Accounts(const RequestContext& context) const {
  return AccountsPage(context, 200, {});
}

http::Response AuditController::AccountsPage(const RequestContext& context, int status,
                                             const domain::FieldErrors& errors) const {
  nlohmann::json view = FormErrorsView("Accounts", errors);
  view["users"] = nlohmann::json::array();
  // The banner after disabling or enabling names an account only if it is so now: the address
  // cannot say what is not.
  const std::string just_disabled = errors.empty() ? context.query.Value("disabled") : "";
  const std::string just_enabled = errors.empty() ? context.query.Value("enabled") : "";
  view["disabled_now"] = false;
  view["enabled_now"] = false;
  const std::string& own = context.identity->user.username;
  for (const auto& user : accounts_.ListUsers(context.identity->AsActor())) {
    view["users"].push_back(
        {{"username", user.username},
         {"own", user.username == own},  // one's own account is not offered to disable
         {"name", user.full_name.empty() ? "Not set" : user.ShownAs()},
         {"role", domain::kRoles.Name(user.role)},
         {"agency", settings_.AgencyName(user.agency)},  // "" for staff of the council
         {"two_step", user.totp_enabled},
         {"disabled", user.disabled}});
    if (user.disabled && !just_disabled.empty() && user.username == just_disabled)
      view["disabled_now"] = user.username;
    if (!user.disabled && !just_enabled.empty() && user.username == just_enabled)
      view["enabled_now"] = user.username;
  }
  return pages_.Render(context, status, "users", view);
}

}  // namespace frontdoor::web
