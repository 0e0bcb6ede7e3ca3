// src/service/access_audit_service.cpp — the access audit's use cases.
#include "service/access_audit_service.hpp"

#include <unistd.h>

#include <cstdlib>

#include "service/credentials.hpp"

namespace frontdoor::service {

Actor CommandLineActor() {
  const char* user = std::getenv("SUDO_USER");
  if (!user || !*user) user = std::getenv("USER");
  return {
      std::string(kCommandLineUsernamePrefix) + (user && *user ? user : std::to_string(::getuid())),
      "operator", "command line"};
}

void AuditAllowed(store::Records& records, const Identity& by, domain::Timestamp at,
                  domain::Action action, std::string record_ids, std::string detail) {
  AppendAudit(records, by.AsActor(), at,
              {action, std::move(record_ids), domain::AuditOutcome::kAllowed, std::move(detail)});
}

void AppendAudit(store::Records& records, const Actor& actor, domain::Timestamp at,
                 const AuditEvent& event) {
  domain::AuditEntry entry;
  entry.at = at;
  entry.username = actor.username;
  entry.role = actor.role;
  entry.action = std::string(domain::ActionCode(event.action));
  entry.record_ids = event.record_ids;
  entry.client_address = actor.client_address;
  entry.outcome = event.outcome;
  entry.detail = event.detail;
  records.audit.Add(entry);
}

void AccessAuditService::Record(const Actor& actor, const AuditEvent& event) {
  store_.Write([&](store::Records& records) { AppendAudit(records, actor, clock_.Now(), event); });
}

namespace {

//! Every account's use of people's records in the kReadingDays days before `now`, most first,
//! those that stand out marked.
std::vector<domain::ReadingVolume> ReadingBefore(store::Records& records, domain::Timestamp now) {
  auto volumes = records.audit.VolumesSince(domain::ActionCode(domain::Action::kViewPersonRecord),
                                            now - std::chrono::days(domain::kReadingDays));
  domain::MarkUnusualReading(volumes);
  return volumes;
}

}  // namespace

AuditPage AccessAuditService::ShowAudit(const Actor& auditor, const std::string& record_id,
                                        int limit) {
  constexpr int kOpeningsShown = 200;
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) {
    AuditPage page{
        record_id.empty() ? records.audit.Recent(limit) : records.audit.ForRecord(record_id, limit),
        records.restrictions.UnreviewedBreakGlass(kOpeningsShown),
        {},
        {}};
    for (const auto& user : records.accounts.List()) page.names[user.username] = user.ShownAs();
    if (record_id.empty()) {
      page.reading = ReadingBefore(records, now);
      if (page.reading.size() > kReadingAccountsShown) page.reading.resize(kReadingAccountsShown);
    }
    AppendAudit(records, auditor, now,
                {domain::Action::kViewAccessAudit, record_id, domain::AuditOutcome::kAllowed,
                 record_id.empty() ? "recent entries" : "who saw the record"});
    return page;
  });
}

std::vector<domain::ReadingVolume> AccessAuditService::UnusualReading() {
  const auto now = clock_.Now();
  auto volumes =
      store_.ReadingResult([&](store::Records& records) { return ReadingBefore(records, now); });
  std::erase_if(volumes, [](const domain::ReadingVolume& volume) { return !volume.unusual; });
  return volumes;
}

Result<bool> AccessAuditService::ReviewBreakGlass(const Actor& auditor, std::int64_t opening_id) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<bool> {
    if (!records.restrictions.MarkReviewed(opening_id, auditor.username, now)) return NotFound{};
    AppendAudit(records, auditor, now,
                {domain::Action::kReviewBreakGlass, "break_glass:" + std::to_string(opening_id),
                 domain::AuditOutcome::kAllowed, ""});
    return true;
  });
}

}  // namespace frontdoor::service
