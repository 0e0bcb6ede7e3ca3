// src/service/contact_service.cpp — recording contacts and gathering each child's history at
// intake.
#include "service/contact_service.hpp"

#include <set>

#include "domain/re_referral.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/person_service.hpp"

namespace frontdoor::service {

namespace {

std::string PeopleIds(const domain::Contact& contact) {
  std::string ids;
  for (std::int64_t id : contact.children) ids += " person:" + std::to_string(id);
  for (std::int64_t id : contact.adults) ids += " person:" + std::to_string(id);
  return ids;
}

}  // namespace

std::optional<domain::Date> ReReferralOf(store::Records& records, std::int64_t child,
                                         std::int64_t contact_id, domain::Timestamp received_at) {
  std::vector<domain::Date> referrals;
  for (const auto& earlier : records.contacts.About(child)) {
    if (earlier.id != contact_id && earlier.received_at < received_at && earlier.referral_date)
      referrals.push_back(*earlier.referral_date);
  }
  return domain::PreviousReferralWithinYear(referrals, domain::UkDate(received_at));
}

Result<domain::Contact> ContactService::RecordContact(const Identity& by,
                                                      const domain::ContactDraft& draft) {
  const auto now = clock_.Now();
  domain::Contact contact;
  if (auto errors = domain::ValidateContact(draft, now, contact); !errors.empty())
    return Invalid{std::move(errors)};
  contact.recorded_by = by.user.username;
  contact.recorded_at = now;
  contact.language_warnings = domain::CheckContactLanguage(contact, guide_);
  return store_.WriteResult([&](store::Records& records) -> Result<domain::Contact> {
    std::set<std::int64_t> seen;
    for (std::int64_t id : contact.children) {
      if (!records.people.Find(id))
        return Invalid{{{"children", "There is no person with id " + std::to_string(id)}}};
      seen.insert(id);
    }
    for (std::int64_t id : contact.adults) {
      if (!records.people.Find(id))
        return Invalid{{{"adults", "There is no person with id " + std::to_string(id)}}};
      if (seen.count(id))
        return Invalid{{{"adults", "A person cannot be both a child and an adult on one contact"}}};
    }
    contact.id = records.contacts.Add(contact);
    contact.reference = domain::ContactReference(contact.id);
    records.contacts.SetReference(contact.id, contact.reference);
    AppendAudit(records, by.AsActor(), now,
                {"record_contact", "contact:" + std::to_string(contact.id) + PeopleIds(contact),
                 domain::AuditOutcome::kAllowed, "reference " + contact.reference});
    return contact;
  });
}

std::vector<IntakeHistory> ContactService::History(store::Records& records, const Identity& by,
                                                   const std::vector<std::int64_t>& children,
                                                   std::optional<std::int64_t> excluding,
                                                   domain::Timestamp as_of, domain::Timestamp now) {
  // What was known when the contact came in: earlier contacts only, and the 12 months before it.
  const domain::Date today = domain::UkDate(as_of);
  const domain::Date year_ago = domain::MonthsBefore(today, 12);
  const auto within_year = [&](const domain::Contact& contact) {
    return std::chrono::sys_days{domain::UkDate(contact.received_at)} >=
           std::chrono::sys_days{year_ago};
  };
  std::vector<IntakeHistory> histories;
  for (std::int64_t child_id : children) {
    IntakeHistory history;
    history.person_id = child_id;
    history.person = VisiblePerson(records, by, child_id, now);
    if (!history.person) {
      histories.push_back(std::move(history));
      continue;
    }
    for (auto& contact : records.contacts.About(child_id)) {
      if ((excluding && contact.id == *excluding) || contact.received_at >= as_of) continue;
      if (contact.referral_date) {
        if (std::chrono::sys_days{*contact.referral_date} >= std::chrono::sys_days{year_ago})
          ++history.referrals_in_last_year;
      }
      if (within_year(contact)) ++history.contacts_in_last_year;
      history.previous_contacts.push_back(std::move(contact));
    }
    history.re_referral_after = ReReferralOf(records, child_id, excluding.value_or(0), as_of);
    for (const auto& [household, membership] : records.households.HouseholdsOf(child_id)) {
      if (!membership.LivesThereOn(today)) continue;
      for (const auto& member : records.households.MembersOf(household.id)) {
        if (member.person_id == child_id || !member.LivesThereOn(today)) continue;
        const auto person = VisiblePerson(records, by, member.person_id, now);
        if (!person) continue;
        int recent = 0;
        for (const auto& contact : records.contacts.About(member.person_id)) {
          if ((!excluding || contact.id != *excluding) && contact.received_at < as_of &&
              within_year(contact))
            ++recent;
        }
        if (recent > 0) {
          history.household_involvement.push_back(
              person->FullName() + ": " + std::to_string(recent) +
              (recent == 1 ? " contact" : " contacts") + " in the last 12 months");
        }
      }
    }
    histories.push_back(std::move(history));
  }
  return histories;
}

Result<ContactView> ContactService::ShowContact(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.WriteResult([&](store::Records& records) -> Result<ContactView> {
    auto contact = records.contacts.Find(id);
    if (!contact) return NotFound{};
    // A contact is part of the record of everyone on it: restricted if any of them is.
    bool restricted = false;
    for (const auto& ids : {contact->children, contact->adults}) {
      for (std::int64_t person_id : ids)
        restricted = restricted || !VisiblePerson(records, by, person_id, now);
    }
    const std::string record_ids = "contact:" + std::to_string(id) + PeopleIds(*contact);
    if (restricted) {
      AppendAudit(
          records, by.AsActor(), now,
          {"view_contact", record_ids, domain::AuditOutcome::kRefused, "restricted record"});
      ContactView hidden;
      hidden.restricted = true;
      hidden.contact.id = contact->id;
      hidden.contact.reference = contact->reference;
      return hidden;
    }
    ContactView view{false,
                     *contact,
                     History(records, by, contact->children, id, contact->received_at, now),
                     {}};
    for (std::int64_t adult : contact->adults)
      view.adults.emplace_back(adult, VisiblePerson(records, by, adult, now));
    AppendAudit(records, by.AsActor(), now,
                {"view_contact", record_ids, domain::AuditOutcome::kAllowed, ""});
    return view;
  });
}

}  // namespace frontdoor::service
