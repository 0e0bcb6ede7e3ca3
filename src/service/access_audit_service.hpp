// src/service/access_audit_service.hpp — appending to the access audit, verifying its chain, and
// reading it for auditors.
#pragma once

#include <string>
#include <vector>

#include "domain/access_audit.hpp"
#include "domain/clock.hpp"
#include "service/identity.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! One thing to record.
struct AuditEvent {
  std::string action;      //!< e.g. "sign_in", "view_person_record", "user_add"
  std::string record_ids;  //!< e.g. "person:12", or ""
  domain::AuditOutcome outcome = domain::AuditOutcome::kAllowed;
  std::string detail;
};

//! Appends `event` inside the caller's write transaction, chained to the newest entry.
void AppendAudit(store::Records& records, const Actor& actor, domain::Timestamp at,
                 const AuditEvent& event);

//! SHA-256 over the canonical text, the hash the chain uses.
std::string AuditHash(std::string_view canonical_text);

//! Use cases over the access audit.
class AccessAuditService {
 public:
  AccessAuditService(store::Store& store, const domain::Clock& clock)
      : store_(store), clock_(clock) {}

  //! Records an event in its own transaction (for refusals and sign-in attempts, which change
  //! nothing else).
  void Record(const Actor& actor, const AuditEvent& event);
  //! Checks every entry, oldest first, in batches.
  domain::AuditVerification Verify();
  //! Who has seen this record, and when: newest first. Recorded itself.
  std::vector<domain::AuditEntry> WhoSawRecord(const Actor& auditor, const std::string& record_id);
  //! The newest entries. Recorded itself.
  std::vector<domain::AuditEntry> Recent(const Actor& auditor, int limit);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
};

}  // namespace frontdoor::service
