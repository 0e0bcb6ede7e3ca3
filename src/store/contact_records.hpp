// src/store/contact_records.hpp — contacts: who made them, about whom, in their words (with the
// language warnings found in them), and where each stands (awaiting a decision, a referral).
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/contact.hpp"

namespace frontdoor::store {

class Sql;

//! Contacts and the people on them.
class ContactRecords {
 public:
  explicit ContactRecords(Sql& sql) : sql_(sql) {}

  //! Adds a contact with its people and language warnings; returns its id. It awaits a decision.
  //! The reference is set separately, once the id is known.
  std::int64_t Add(const domain::Contact& contact);
  //! Adds contacts whose ids were reserved (a bulk load), with their references; those in
  //! `decided` do not await a decision.
  void AddMany(const std::vector<domain::Contact>& contacts, const std::set<std::int64_t>& decided);
  void SetReference(std::int64_t id, std::string_view reference);
  std::optional<domain::Contact> Find(std::int64_t id);
  //! Contacts about a person (as child or adult), newest first.
  std::vector<domain::Contact> About(std::int64_t person_id);
  //! Holds a contact until the transaction ends, so two people cannot conclude it at once.
  void Lock(std::int64_t id);
  //! Makes the contact a referral on `date`, with the census ReferralNFA flag.
  void SetReferral(std::int64_t id, const domain::Date& date, bool nfa);
  //! The contact no longer awaits a decision (one was made).
  void SetDecided(std::int64_t id);
  //! Contacts with no decision yet, oldest first; with `recorded_by`, only theirs.
  std::vector<domain::Contact> AwaitingDecision(std::optional<std::string_view> recorded_by,
                                                int limit);
  //! How many contacts received in [from, to) there are, and how many of them are decided.
  std::pair<std::int64_t, std::int64_t> CountDecided(domain::Timestamp from, domain::Timestamp to);

 private:
  //! Fills in the people on each contact and their language warnings.
  std::vector<domain::Contact> Completed(std::vector<domain::Contact> contacts);

  Sql& sql_;
};

}  // namespace frontdoor::store
