// src/service/contact_service.hpp — recording a contact, and the contact page: what was already
// known about each child on it, and everything that has happened since.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/clock.hpp"
#include "domain/contact.hpp"
#include "domain/idempotency.hpp"
#include "service/contact_history.hpp"
#include "service/contact_progress.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What the form for a contact about a child offers: the child, and the children and adults
//! living with them today (those the asker may see).
struct ContactForm {
  std::optional<domain::Person> child;  //!< empty when there is no such child, or restricted
  std::vector<domain::Person> children_at_home;
  std::vector<domain::Person> adults_at_home;
  //! What is known about the child and the children at home, shown while the contact is written.
  std::vector<IntakeHistory> histories;
  //! What would refuse a contact about this child, shown with the form at once: a record merged
  //! into another takes no contacts.
  domain::FieldErrors refusals;
};

//! A contact with the people on it, each child's history and everything since it arrived.
struct ContactView {
  //! A person on it has a record restricted from the asker: nothing else is shown.
  bool restricted = false;
  domain::Contact contact;
  std::vector<IntakeHistory> children;
  std::vector<std::pair<std::int64_t, std::optional<domain::Person>>> adults;
  ContactProgress progress;
};

//! Contacts. Every one recorded or read is written to the access audit.
class ContactService {
 public:
  ContactService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! The form for a new contact about `child_id`.
  Result<ContactForm> ShowContactForm(const Identity& by, std::int64_t child_id);
  //! Checks and keeps a contact, with the language warnings found in its text: the kept contact
  //! (with its reference), or its errors and the form to show again, keeping nothing. With a
  //! `request` (an Idempotency-Key), the same request sent again within a day is answered with the
  //! contact the first one made, and the key sent with a different request is refused.
  Submission<domain::Contact, ContactForm> RecordContact(
      const Identity& by, const domain::ContactDraft& draft,
      const std::optional<domain::IdempotentRequest>& request = std::nullopt);
  //! Amends the concern's words with a reason: the old and new words and the reason go in the
  //! record history and on each journey, and the language warnings are found again. With
  //! `if_match` (an If-Match header's value) the change is made only on the contact as it is
  //! (domain::ContactVersion); otherwise it answers Stale.
  Submission<domain::Contact, ContactProgress> AmendContact(
      const Identity& by, std::int64_t id, const std::string& concern, const std::string& reason,
      const std::optional<std::string>& if_match = std::nullopt);
  //! A contact with each child's history at intake and its progress since.
  Result<ContactView> ShowContact(const Identity& by, std::int64_t id);
  //! The language check, for text being typed about the people with these `names` (never
  //! flagged).
  std::vector<domain::LanguageWarning> CheckLanguage(std::string_view text,
                                                     const std::vector<std::string>& names) const {
    return rules_.guide.Check(text, domain::NameWords(names));
  }

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
