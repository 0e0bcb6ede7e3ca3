// src/service/contact_history.hpp — what was already known about each child when a contact came
// in: earlier contacts and referrals, whether this is a re-referral, and the household's
// involvement. Read inside a use case's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/contact.hpp"
#include "service/identity.hpp"
#include "store/records.hpp"

namespace frontdoor::service {

//! What is known about one child at the moment a contact arrives.
struct IntakeHistory {
  std::int64_t person_id = 0;
  std::optional<domain::Person> person;            //!< empty when restricted from the asker
  std::vector<domain::Contact> previous_contacts;  //!< before this one, newest first
  int contacts_in_last_year = 0;
  int referrals_in_last_year = 0;
  //! The previous referral that makes this a re-referral.
  std::optional<domain::Date> re_referral_after;
  //! "Amelia Smith: 2 contacts in the last 12 months"
  std::vector<std::string> household_involvement;
  //! Open involvement: the child's latest allocation to a worker, and who that worker is
  //! (User::ShownAs).
  std::optional<domain::Allocation> allocation;
  std::string allocated_to;
  //! The child's latest referral not yet closed (OpenReferralSince), by the day it was made.
  std::optional<domain::Date> open_referral_since;
};

//! The people on `contact` (children and adults) who exist, in id order: one look-up.
std::vector<domain::Person> PeopleOnContact(store::Records& records,
                                            const domain::Contact& contact);
//! The words of every name (current and other) of `people`: the language checks never flag them
//! ("JAYDEN" is a name, not an acronym).
std::set<std::string> NameWordsOf(const std::vector<domain::Person>& people);
//! NameWordsOf the people on `contact`.
std::set<std::string> NameWordsOnContact(store::Records& records, const domain::Contact& contact);

//! The referral in the 12 months before a contact that makes `child` a re-referral on it (contact
//! `contact_id`, received at `received_at`); nullopt when there is none.
std::optional<domain::Date> ReReferralOf(store::Records& records, std::int64_t child,
                                         std::int64_t contact_id, domain::Timestamp received_at);

//! True when a child on the contact had a referral in the 12 months before it arrived.
bool IsReReferral(store::Records& records, const domain::Contact& contact);

//! Each child's history as it stood at `as_of`, leaving out contact `excluding` (the one being
//! shown); what is restricted from `by` is left out.
std::vector<IntakeHistory> IntakeHistories(store::Records& records, const Identity& by,
                                           const std::vector<std::int64_t>& children,
                                           std::optional<std::int64_t> excluding,
                                           domain::Timestamp as_of, domain::Timestamp now);

}  // namespace frontdoor::service
