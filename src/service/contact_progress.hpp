// src/service/contact_progress.hpp — a contact and everything that has happened since it arrived,
// as the asker may see it: the page a contact's forms and its decision are built from.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "domain/account.hpp"
#include "domain/decision.hpp"
#include "domain/record_history.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "store/records.hpp"

namespace frontdoor::service {

//! A child a decision is about, or who lives with one.
struct ChildOnContact {
  std::int64_t id = 0;
  std::optional<domain::Person> person;  //!< empty when restricted from the asker
  bool on_contact = false;               //!< named on the contact (not only living with one)

  //! The name the child is shown under, or what is said instead when restricted.
  std::string Name() const {
    return person ? person->FullName() : "A child whose record is restricted";
  }
};

//! A contact and everything that has happened since.
struct ContactProgress {
  bool restricted = false;  //!< a person on it is restricted from the asker: nothing else is shown
  domain::Contact contact;
  domain::ContactSteps steps;
  domain::ConsentStatus sharing = domain::ConsentStatus::kNotYetSought;
  domain::ConsentStatus services = domain::ConsentStatus::kNotYetSought;
  bool re_referral = false;        //!< a child on it was referred in the 12 months before
  domain::Timestamp decision_due;  //!< by the urgency's clock (DecisionDueAt)
  domain::FieldErrors blockers;    //!< what stops the decision being concluded now
  //! The children on it, then the children living with them who would be allocated too.
  std::vector<ChildOnContact> children;
  std::vector<domain::HistoryEntry> history;  //!< what changed, from what to what, by whom
  //! How the people who did each thing are shown (ShownNames), by username.
  std::map<std::string, std::string> shown_names;

  //! How the person with `username` is shown: their name and job, or the username when unknown.
  std::string ShownAs(const std::string& username) const {
    return domain::ShownAs(shown_names, username);
  }
};

//! The children on the contact, then the children who live with them on `now`'s UK day.
std::vector<ChildOnContact> ChildrenAndHousehold(store::Records& records, const Identity& by,
                                                 const domain::Contact& contact,
                                                 domain::Timestamp now);

//! Fills each of `checks`' plain-language warnings (all of them checks on `contact`): its question
//! and answer, never the names of the people on the contact.
void CheckWordingOf(store::Records& records, const domain::Contact& contact,
                    const domain::LanguageGuide& guide, std::span<domain::MashCheck> checks);

//! The progress of a contact `by` may read.
ContactProgress LoadProgress(store::Records& records, const Identity& by,
                             const domain::Contact& contact, domain::Timestamp now,
                             const DecisionRules& rules);

//! The progress of contact `id` as `by` may see it: only that it exists when a person on it is
//! restricted from them; nullopt when there is no such contact.
std::optional<ContactProgress> ProgressFor(store::Records& records, const Identity& by,
                                           std::int64_t id, domain::Timestamp now,
                                           const DecisionRules& rules);

}  // namespace frontdoor::service
