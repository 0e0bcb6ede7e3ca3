// src/service/contact_service.hpp — recording a contact, and what is already known about each child
// on it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/contact.hpp"
#include "domain/language_check.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What is known about one child at the moment a contact arrives.
struct IntakeHistory {
  std::int64_t person_id = 0;
  std::optional<domain::Person> person;            //!< empty when restricted from the asker
  std::vector<domain::Contact> previous_contacts;  //!< before this one, newest first
  int contacts_in_last_year = 0;
  int referrals_in_last_year = 0;
  std::optional<domain::Date>
      re_referral_after;  //!< the previous referral that makes this a re-referral
  std::vector<std::string>
      household_involvement;  //!< "Amelia Smith: 2 contacts in the last 12 months"
};

//! A contact with the people on it and each child's history.
struct ContactView {
  bool restricted =
      false;  //!< a person on it has a record restricted from the asker: nothing else is shown
  domain::Contact contact;
  std::vector<IntakeHistory> children;
  std::vector<std::pair<std::int64_t, std::optional<domain::Person>>> adults;
};

//! The referral in the 12 months before a contact that makes `child` a re-referral on it (contact
//! `contact_id`, received at `received_at`); nullopt when there is none.
std::optional<domain::Date> ReReferralOf(store::Records& records, std::int64_t child,
                                         std::int64_t contact_id, domain::Timestamp received_at);

//! Contacts. Every one recorded or read is written to the access audit.
class ContactService {
 public:
  ContactService(store::Store& store, const domain::Clock& clock,
                 const domain::LanguageGuide& guide)
      : store_(store), clock_(clock), guide_(guide) {}

  //! Checks and keeps a contact, with the language warnings found in its text. Answers the kept
  //! contact (with its reference), or field errors and keeps nothing.
  Result<domain::Contact> RecordContact(const Identity& by, const domain::ContactDraft& draft);
  //! A contact with each child's history at intake.
  Result<ContactView> ShowContact(const Identity& by, std::int64_t id);
  //! The language check, for text being typed.
  std::vector<domain::LanguageWarning> CheckLanguage(std::string_view text) const {
    return guide_.Check(text);
  }

 private:
  std::vector<IntakeHistory> History(store::Records& records, const Identity& by,
                                     const std::vector<std::int64_t>& children,
                                     std::optional<std::int64_t> excluding, domain::Timestamp as_of,
                                     domain::Timestamp now);

  store::Store& store_;
  const domain::Clock& clock_;
  const domain::LanguageGuide& guide_;
};

}  // namespace frontdoor::service
