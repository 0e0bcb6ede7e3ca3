// src/service/access_audit_service.hpp — writing to the access audit, and reading it for auditors
// (its log is sequenced, verified and proved by AuditLogService).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/access_audit.hpp"
#include "domain/clock.hpp"
#include "domain/permissions.hpp"
#include "domain/person.hpp"
#include "domain/reading_volume.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! One thing to record.
struct AuditEvent {
  domain::Action action;   //!< the permission it was allowed or refused under
  std::string record_ids;  //!< e.g. "person:12", or ""
  domain::AuditOutcome outcome = domain::AuditOutcome::kAllowed;
  std::string detail;
};

//! Writes `event` inside the caller's write transaction; the sequencer adds it to the log later.
void AppendAudit(store::Records& records, const Actor& actor, domain::Timestamp at,
                 const AuditEvent& event);

//! AppendAudit for what `by` was allowed to do (the usual case).
void AuditAllowed(store::Records& records, const Identity& by, domain::Timestamp at,
                  domain::Action action, std::string record_ids, std::string detail);

//! The access audit page: entries, and the break-glass openings waiting for an auditor's review.
struct AuditPage {
  std::vector<domain::AuditEntry> entries;   //!< newest first
  std::vector<domain::BreakGlass> openings;  //!< oldest first
  //! Username -> the full name and job title of the account (User::ShownAs).
  std::map<std::string, std::string> names;
  //! With no record asked for: the accounts that opened (or tried to open) the most people's
  //! records in the last domain::kReadingDays days, most first, those that stand out marked.
  std::vector<domain::ReadingVolume> reading;
};

//! How many accounts it lists, most first (every one that stands out is among them unless more
//! than this many do).
inline constexpr std::size_t kReadingAccountsShown = 20;

//! Use cases over the access audit.
class AccessAuditService {
 public:
  AccessAuditService(store::Store& store, const domain::Clock& clock)
      : store_(store), clock_(clock) {}

  //! Records an event in its own transaction (for refusals and sign-in attempts, which change
  //! nothing else).
  void Record(const Actor& actor, const AuditEvent& event);
  //! The newest `limit` entries and whose use of people's records stands out, or (with a record
  //! id) who has seen that record and when; with the break-glass openings to review. Recorded
  //! itself.
  AuditPage ShowAudit(const Actor& auditor, const std::string& record_id, int limit);
  //! The accounts whose use of people's records in the last domain::kReadingDays days stands out,
  //! most first: for the server's watch, which shows how many on /metrics and in its log. It
  //! reads only counts, and writes nothing to the access audit.
  std::vector<domain::ReadingVolume> UnusualReading();
  //! An auditor marks a break-glass opening reviewed.
  Result<bool> ReviewBreakGlass(const Actor& auditor, std::int64_t opening_id);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
};

}  // namespace frontdoor::service
