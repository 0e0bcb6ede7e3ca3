// src/service/contact_progress.cpp — loading a contact's steps, consent, blockers and children in
// the caller's transaction.
#include "service/contact_progress.hpp"

#include <map>
#include <set>

#include "domain/uk_time.hpp"
#include "service/contact_history.hpp"
#include "service/person_records.hpp"
#include "service/record_access.hpp"
#include "store/contact_steps.hpp"

namespace frontdoor::service {

std::vector<ChildOnContact> ChildrenAndHousehold(store::Records& records, const Identity& by,
                                                 const domain::Contact& contact,
                                                 domain::Timestamp now) {
  const domain::Date today = domain::UkDate(now);
  std::vector<ChildOnContact> children;
  std::set<std::int64_t> seen;
  std::map<std::int64_t, std::vector<std::int64_t>> records_of;  // each child's records
  for (std::int64_t id : contact.children) {
    children.push_back({id, VisiblePerson(records, by, id, now), true});
    records_of[id] = RecordsOfPerson(records, id);
    seen.insert(records_of[id].begin(), records_of[id].end());  // none of them twice
  }
  for (std::int64_t id : contact.children) {
    // Where any record of the child lives: a record merged into theirs may give the home.
    for (const auto& [household, membership] : HomesOf(records, records_of[id])) {
      if (!membership.LivesThereOn(today)) continue;
      for (const auto& member : records.households.MembersOf(household.id)) {
        if (seen.count(member.person_id) || !member.LivesThereOn(today)) continue;
        const auto person = records.people.Find(member.person_id);
        if (!person || !domain::IsChild(*person, today) || person->merged_into) continue;
        seen.insert(member.person_id);
        children.push_back(
            {member.person_id, VisiblePerson(records, by, member.person_id, now), false});
      }
    }
  }
  return children;
}

void CheckWordingOf(store::Records& records, const domain::Contact& contact,
                    const domain::LanguageGuide& guide, std::span<domain::MashCheck> checks) {
  if (checks.empty()) return;
  const auto names = NameWordsOnContact(records, contact);
  for (auto& check : checks) check.language_warnings = domain::CheckLanguageOf(check, guide, names);
}

ContactProgress LoadProgress(store::Records& records, const Identity& by,
                             const domain::Contact& contact, domain::Timestamp now,
                             const DecisionRules& rules) {
  ContactProgress progress;
  progress.contact = contact;
  progress.steps = store::LoadContactSteps(records, contact.id);
  progress.sharing = domain::CurrentConsent(progress.steps.consents, domain::ConsentKind::kSharing);
  progress.services =
      domain::CurrentConsent(progress.steps.consents, domain::ConsentKind::kServices);
  progress.re_referral = IsReReferral(records, contact);
  progress.decision_due =
      domain::DecisionDueAt(contact.received_at, domain::kReferrerUrgencies.Code(contact.urgency),
                            rules.settings, rules.calendar);
  if (!progress.steps.decision) {
    progress.blockers = domain::ChecksSettled(progress.re_referral, progress.steps.checks,
                                              progress.steps.checks_not_needed, rules.settings);
  }
  CheckWordingOf(records, contact, rules.guide, progress.steps.checks);
  progress.children = ChildrenAndHousehold(records, by, contact, now);
  progress.history = records.history.Of("contact:" + std::to_string(contact.id));
  progress.shown_names = ShownNames(records);
  return progress;
}

std::optional<ContactProgress> ProgressFor(store::Records& records, const Identity& by,
                                           std::int64_t id, domain::Timestamp now,
                                           const DecisionRules& rules) {
  const auto contact = records.contacts.Find(id);
  if (!contact) return std::nullopt;
  if (!ContactVisible(records, by, *contact, now)) {
    ContactProgress hidden;
    hidden.restricted = true;
    hidden.contact.id = contact->id;
    hidden.contact.reference = contact->reference;
    return hidden;
  }
  return LoadProgress(records, by, *contact, now, rules);
}

}  // namespace frontdoor::service
