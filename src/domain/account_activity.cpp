// src/domain/account_activity.cpp — choosing and wording an account's own events.
#include "domain/account_activity.hpp"

#include <optional>

#include "domain/permissions.hpp"

namespace frontdoor::domain {

namespace {

//! How an entry reads to the account's holder, or nothing when they are not shown it.
std::optional<std::string> Wording(const AuditEntry& entry) {
  const bool refused = entry.outcome == AuditOutcome::kRefused;
  if (entry.action == ActionCode(Action::kSignIn)) {
    if (!refused) return std::nullopt;
    return "Sign-in refused: " + entry.detail;
  }
  if (entry.action == ActionCode(Action::kTwoStep)) {
    if (entry.detail == kTwoStepCodeAccepted || entry.detail == kTwoStepSetUpStarted)
      return std::nullopt;
    return std::string(refused ? "Two-step verification refused: " : "Two-step verification: ") +
           entry.detail;
  }
  if (entry.action == ActionCode(Action::kChangePassword)) {
    return std::string(refused ? "Password not changed: " : "Password: ") + entry.detail;
  }
  if (entry.action == ActionCode(Action::kManageUsers)) {
    return "Account: " + entry.detail;
  }
  return std::nullopt;
}

}  // namespace

std::vector<AccountEvent> AccountEvents(const std::vector<AuditEntry>& entries,
                                        const std::string& username, std::size_t limit) {
  std::vector<AccountEvent> events;
  for (const auto& entry : entries) {
    if (events.size() >= limit) break;
    auto what = Wording(entry);
    if (!what) continue;
    events.push_back(
        {entry.at, std::move(*what), entry.username == username ? "" : entry.username});
  }
  return events;
}

}  // namespace frontdoor::domain
