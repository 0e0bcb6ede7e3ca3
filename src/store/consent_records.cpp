// src/store/consent_records.cpp — consent's statements and row mapper, for both databases.
#include "store/consent_records.hpp"

#include "store/sql.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

std::int64_t ConsentRecords::Add(const domain::ConsentRecord& consent) {
  return sql_.Insert(
      "INSERT INTO consents (contact_id, kind, status, given_by, how, reason, recorded_by, "
      "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {consent.contact_id, domain::kConsentKinds.Code(consent.kind),
       domain::kConsentStatuses.Code(consent.status), consent.given_by, consent.how, consent.reason,
       consent.recorded_by, consent.recorded_at});
}

std::vector<domain::ConsentRecord> ConsentRecords::ForContacts(
    const std::vector<std::int64_t>& contact_ids) {
  return sql_.All(
      "SELECT id, contact_id, kind, status, given_by, how, reason, recorded_by, recorded_at "
      "FROM consents WHERE " +
          sql_.InIds("contact_id") + " ORDER BY contact_id, id",
      {IdList{contact_ids}}, [](const SqlRow& row) {
        const auto kind = domain::kConsentKinds.Parse(row.Text(2));
        const auto status = domain::kConsentStatuses.Parse(row.Text(3));
        if (!kind || !status) throw StoreError("a stored consent has an unknown kind or status");
        return domain::ConsentRecord{row.Int(0),  row.Int(1),  *kind,       *status,    row.Text(4),
                                     row.Text(5), row.Text(6), row.Text(7), row.Time(8)};
      });
}

}  // namespace frontdoor::store
