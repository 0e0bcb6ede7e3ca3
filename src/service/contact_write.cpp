// src/service/contact_write.cpp — holding, refusing and auditing a change to a contact.
#include "service/contact_write.hpp"

#include "domain/record_version.hpp"
#include "service/access_audit_service.hpp"
#include "service/record_access.hpp"

namespace frontdoor::service {

void AddContactHistory(store::Records& records, std::int64_t contact_id, std::string field,
                       std::string from, std::string to, const Identity& by, domain::Timestamp at) {
  records.history.Add({"contact:" + std::to_string(contact_id), std::move(field), std::move(from),
                       std::move(to), by.user.username, at});
}

void AuditProgressView(store::Records& records, const Identity& by, const ContactProgress& progress,
                       domain::Timestamp now) {
  AppendAudit(
      records, by.AsActor(), now,
      {domain::Action::kViewContact,
       progress.restricted ? "contact:" + std::to_string(progress.contact.id)
                           : ContactRecordIds(progress.contact),
       progress.restricted ? domain::AuditOutcome::kRefused : domain::AuditOutcome::kAllowed,
       progress.restricted ? "restricted record" : "progress"});
}

std::optional<domain::Contact> ContactWrite::Readable(store::Records& records,
                                                      std::int64_t id) const {
  records.contacts.Lock(id);
  auto contact = records.contacts.Find(id);
  if (!contact) return std::nullopt;
  if (!ContactVisible(records, by, *contact, now)) {
    AppendAudit(
        records, by.AsActor(), now,
        {action, ContactRecordIds(*contact), domain::AuditOutcome::kRefused, "restricted record"});
    return std::nullopt;
  }
  return contact;
}

void ContactWrite::Audit(store::Records& records, const domain::Contact& contact,
                         const std::string& detail) const {
  AppendAudit(records, by.AsActor(), now,
              {action, ContactRecordIds(contact), domain::AuditOutcome::kAllowed, detail});
}

bool ContactWrite::MayAct(store::Records& records, const domain::Contact& contact) const {
  if (domain::IsAllowed(by.user.role, action)) return true;
  AppendAudit(
      records, by.AsActor(), now,
      {action, ContactRecordIds(contact), domain::AuditOutcome::kRefused, "role not permitted"});
  return false;
}

std::optional<Stale> ContactWrite::OutOfDate(store::Records& records,
                                             const domain::Contact& contact,
                                             const std::optional<std::string>& if_match) const {
  const std::string version = domain::ContactVersion(contact);
  if (!if_match || domain::IfMatchHolds(*if_match, version)) return std::nullopt;
  AppendAudit(records, by.AsActor(), now,
              {action, ContactRecordIds(contact), domain::AuditOutcome::kRefused,
               std::string(domain::kOutOfDateAudit)});
  return Stale{version};
}

std::string NotSavedDetail(const domain::FieldErrors& errors) {
  std::string fields;
  for (const auto& error : errors) fields += (fields.empty() ? "" : ", ") + error.field;
  return "not saved: " + fields;
}

ContactProgress ContactWrite::Refusal(store::Records& records, const domain::Contact& contact,
                                      const domain::FieldErrors& errors) const {
  Audit(records, contact, NotSavedDetail(errors));
  return LoadProgress(records, by, contact, now, rules);
}

}  // namespace frontdoor::service
