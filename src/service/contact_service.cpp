// src/service/contact_service.cpp — recording contacts, and the contact page in one read.
#include "service/contact_service.hpp"

#include <algorithm>
#include <set>

#include "domain/correction.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "service/access_audit_service.hpp"
#include "service/contact_history.hpp"
#include "service/contact_write.hpp"
#include "service/idempotent_write.hpp"
#include "service/person_records.hpp"
#include "service/record_access.hpp"

namespace frontdoor::service {

namespace {

//! The child, and who lives with them today, as `by` may see them.
ContactForm FormFor(store::Records& records, const Identity& by, std::int64_t child_id,
                    domain::Timestamp now) {
  ContactForm form;
  form.child = VisiblePerson(records, by, child_id, now);
  if (!form.child) return form;
  const domain::Date today = domain::UkDate(now);
  // Where any record of the child lives: a record merged into theirs may give the home.
  const auto own = RecordsOfPerson(records, child_id);
  for (const auto& [household, membership] : HomesOf(records, own)) {
    if (!membership.LivesThereOn(today)) continue;
    for (const auto& member : records.households.MembersOf(household.id)) {
      if (std::count(own.begin(), own.end(), member.person_id) || !member.LivesThereOn(today))
        continue;
      auto person = VisiblePerson(records, by, member.person_id, now);
      if (!person || person->merged_into) continue;
      (domain::IsChild(*person, today) ? form.children_at_home : form.adults_at_home)
          .push_back(std::move(*person));
    }
  }
  std::vector<std::int64_t> children{child_id};
  for (const auto& child : form.children_at_home) children.push_back(child.id);
  form.histories = IntakeHistories(records, by, children, std::nullopt, now, now);
  return form;
}

//! Why the people named cannot be on one contact, if they cannot; `found` are those of them on
//! record (PeopleOnContact). A record merged into another is not used again: its contacts count
//! for the one it was merged into, and a new one there would be missed.
domain::FieldErrors CheckPeople(const domain::Contact& contact,
                                const std::vector<domain::Person>& found) {
  const auto check = [&](std::int64_t id, const std::string& field) -> domain::FieldErrors {
    const auto person = std::find_if(found.begin(), found.end(),
                                     [&](const domain::Person& one) { return one.id == id; });
    if (person == found.end()) return {{field, "There is no person with id " + std::to_string(id)}};
    if (auto merged = domain::MergedAway(*person, field)) return {*merged};
    return {};
  };
  std::set<std::int64_t> seen;
  for (std::int64_t id : contact.children) {
    if (auto errors = check(id, "children"); !errors.empty()) return errors;
    seen.insert(id);
  }
  for (std::int64_t id : contact.adults) {
    if (auto errors = check(id, "adults"); !errors.empty()) return errors;
    if (seen.count(id))
      return {{"adults", "A person cannot be both a child and an adult on one contact"}};
  }
  return {};
}

}  // namespace

Result<ContactForm> ContactService::ShowContactForm(const Identity& by, std::int64_t child_id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<ContactForm> {
    if (!records.people.Find(child_id)) return NotFound{};
    auto form = FormFor(records, by, child_id, now);
    if (form.child) {
      if (auto merged = domain::MergedAway(*form.child, "children"))
        form.refusals.push_back(std::move(*merged));
    }
    AppendAudit(records, by.AsActor(), now,
                {domain::Action::kRecordContact, PersonRecordId(child_id),
                 form.child ? domain::AuditOutcome::kAllowed : domain::AuditOutcome::kRefused,
                 form.child ? "contact form" : "restricted record"});
    return form;
  });
}

Submission<domain::Contact, ContactForm> ContactService::RecordContact(
    const Identity& by, const domain::ContactDraft& draft,
    const std::optional<domain::IdempotentRequest>& request) {
  const auto now = clock_.Now();
  // The checks that need no records run before the transaction: the writer is not kept waiting.
  domain::Contact contact;
  auto errors = domain::ValidateContact(draft, now, contact);
  using Answer = Submission<domain::Contact, ContactForm>;
  const std::int64_t child = draft.opened_for > 0     ? draft.opened_for
                             : draft.children.empty() ? 0
                                                      : draft.children.front();
  return store_.WriteResult([&](store::Records& records) -> Answer {
    const auto record = [&]() -> Answer {
      // The people on it, read once: that they exist, and their names for the language check.
      const auto people =
          errors.empty() ? PeopleOnContact(records, contact) : std::vector<domain::Person>{};
      if (errors.empty()) errors = CheckPeople(contact, people);
      if (errors.empty()) errors = domain::CheckReceivedBeforeBirth(contact, people);
      if (errors.empty()) errors = domain::CheckChildrenAreUnder18(contact, people);
      if (errors.empty())
        contact.language_warnings =
            domain::CheckContactLanguage(contact, rules_.guide, NameWordsOf(people));
      if (!errors.empty()) {
        AuditAllowed(records, by, now, domain::Action::kRecordContact, PersonRecordId(child),
                     "not saved");
        return Refused<ContactForm>{std::move(errors), FormFor(records, by, child, now)};
      }
      contact.recorded_by = by.user.username;
      contact.recorded_at = now;
      contact.id = records.contacts.Add(contact);
      records.dashboard.Changed(contact.id);
      contact.reference = domain::ContactReference(contact.id);
      records.contacts.SetReference(contact.id, contact.reference);
      AuditAllowed(records, by, now, domain::Action::kRecordContact, ContactRecordIds(contact),
                   "reference " + contact.reference);
      return contact;
    };
    // Sent again with its key: answered with the contact the first one made, if the asker may
    // still see it, recording nothing more.
    const auto replay = [&](std::int64_t id) -> std::optional<Answer> {
      auto made = records.contacts.Find(id);
      if (!made || !ContactVisible(records, by, *made, now)) return std::nullopt;
      AuditAllowed(records, by, now, domain::Action::kRecordContact, ContactRecordIds(*made),
                   std::string(domain::kSentAgainAudit));
      return Answer(std::move(*made));
    };
    const auto reused = [&]() -> Answer {
      AuditAllowed(records, by, now, domain::Action::kRecordContact, PersonRecordId(child),
                   std::string(domain::kKeyReusedAudit));
      return Refused<ContactForm>{{domain::IdempotencyKeyReused()},
                                  FormFor(records, by, child, now)};
    };
    return IdempotentWrite<Answer>(records, by.user.id, request, now, record, replay, reused,
                                   [](const Answer& answer) -> std::int64_t {
                                     const auto* made = std::get_if<domain::Contact>(&answer);
                                     return made ? made->id : 0;
                                   });
  });
}

Submission<domain::Contact, ContactProgress> ContactService::AmendContact(
    const Identity& by, std::int64_t id, const std::string& concern, const std::string& reason,
    const std::optional<std::string>& if_match) {
  const ContactWrite write{store_, by, clock_.Now(), rules_, domain::Action::kCorrectRecord};
  return write.Run<domain::Contact>(
      id,
      [&](store::Records& records,
          const domain::Contact& contact) -> std::variant<domain::Contact, domain::FieldErrors> {
        if (auto errors = domain::ValidateContactAmendment(contact, concern, reason);
            !errors.empty())
          return errors;
        domain::Contact amended = contact;
        amended.concern = domain::Trim(concern);
        amended.language_warnings = domain::CheckContactLanguage(
            amended, rules_.guide, NameWordsOf(PeopleOnContact(records, contact)));
        records.contacts.AmendConcern(amended);
        records.history.Add({"contact:" + std::to_string(contact.id),
                             std::string(domain::kAmendedConcern), contact.concern, amended.concern,
                             by.user.username, write.now, domain::Trim(reason)});
        write.Audit(records, contact, "concern amended");
        return amended;
      },
      if_match);
}

Result<ContactView> ContactService::ShowContact(const Identity& by, std::int64_t id) {
  const auto now = clock_.Now();
  return store_.ReadingResult([&](store::Records& records) -> Result<ContactView> {
    auto contact = records.contacts.Find(id);
    if (!contact) return NotFound{};
    ContactView view;
    if (!ContactVisible(records, by, *contact, now)) {
      AppendAudit(records, by.AsActor(), now,
                  {domain::Action::kViewContact, ContactRecordIds(*contact),
                   domain::AuditOutcome::kRefused, "restricted record"});
      view.restricted = true;
      view.contact.id = contact->id;
      view.contact.reference = contact->reference;
      return view;
    }
    view.contact = *contact;
    view.children = IntakeHistories(records, by, contact->children, id, contact->received_at, now);
    for (std::int64_t adult : contact->adults)
      view.adults.emplace_back(adult, VisiblePerson(records, by, adult, now));
    view.progress = LoadProgress(records, by, *contact, now, rules_);
    AuditAllowed(records, by, now, domain::Action::kViewContact, ContactRecordIds(*contact), "");
    return view;
  });
}

}  // namespace frontdoor::service
