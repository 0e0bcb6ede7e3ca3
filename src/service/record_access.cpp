// src/service/record_access.cpp — the access rule applied to records read in a transaction.
#include "service/record_access.hpp"

#include "service/access_audit_service.hpp"

namespace frontdoor::service {

std::optional<domain::Person> VisiblePerson(store::Records& records, const Identity& by,
                                            std::int64_t id, domain::Timestamp now) {
  auto person = records.people.Find(id);
  if (!person) return std::nullopt;
  const auto restriction = records.restrictions.Find(id);
  if (!restriction) return person;
  const auto openings = records.restrictions.BreakGlassFor(id, by.user.id);
  if (domain::DecideRecordAccess(restriction, by.user, openings, now) ==
      domain::RecordAccess::kFull)
    return person;
  return std::nullopt;
}

bool MayChangePeople(store::Records& records, const Identity& by,
                     const std::vector<std::int64_t>& ids, domain::Action action,
                     domain::Timestamp now) {
  if (HiddenPeople(records, by, ids, now).empty()) return true;
  std::string named;
  for (std::int64_t id : ids) named += (named.empty() ? "" : " ") + PersonRecordId(id);
  AppendAudit(records, by.AsActor(), now,
              {action, named, domain::AuditOutcome::kRefused, "restricted record"});
  return false;
}

bool MayChangeRestrictionOrAudit(store::Records& records, const Identity& by, std::int64_t id,
                                 const std::optional<domain::Restriction>& restriction,
                                 domain::Timestamp now, domain::Action action) {
  if (domain::MayChangeRestriction(restriction, by.user)) return true;
  AppendAudit(
      records, by.AsActor(), now,
      {action, PersonRecordId(id), domain::AuditOutcome::kRefused, "not named on the restriction"});
  return false;
}

std::vector<std::int64_t> HiddenPeople(store::Records& records, const Identity& by,
                                       const std::vector<std::int64_t>& ids,
                                       domain::Timestamp now) {
  std::vector<std::int64_t> hidden;
  for (std::int64_t id : records.restrictions.RestrictedAmong(ids)) {
    if (!VisiblePerson(records, by, id, now)) hidden.push_back(id);
  }
  return hidden;
}

bool ContactVisible(store::Records& records, const Identity& by, const domain::Contact& contact,
                    domain::Timestamp now, std::map<std::int64_t, bool>* known) {
  std::map<std::int64_t, bool> asked_now;
  if (!known) known = &asked_now;
  for (const auto& ids : {contact.children, contact.adults}) {
    for (std::int64_t person_id : ids) {
      auto [answer, inserted] = known->try_emplace(person_id, false);
      if (inserted) answer->second = VisiblePerson(records, by, person_id, now).has_value();
      if (!answer->second) return false;
    }
  }
  return true;
}

std::string PersonRecordId(std::int64_t person_id) {
  return "person:" + std::to_string(person_id);
}

std::string ContactRecordIds(const domain::Contact& contact) {
  std::string ids = "contact:" + std::to_string(contact.id);
  for (std::int64_t id : contact.children) ids += " person:" + std::to_string(id);
  for (std::int64_t id : contact.adults) ids += " person:" + std::to_string(id);
  return ids;
}

std::map<std::string, std::string> ShownNames(store::Records& records) {
  return domain::ShownNames(records.accounts.List());
}

std::string ShownAs(store::Records& records, const std::string& username) {
  if (username.starts_with(kCommandLineUsernamePrefix))
    return "An administrator on the server (" + username.substr(kCommandLineUsernamePrefix.size()) +
           ")";
  const auto user = records.accounts.FindByUsername(username);
  return user ? user->ShownAs() : username;
}

}  // namespace frontdoor::service
