// src/store/contact_records.hpp — contacts (who made them, about whom, in their words with the
// language warnings found in them, and where each stands) and what is gathered for them: the
// family's consent, checks with partner agencies and their answers, and a manager's record that
// a contact's checks are not needed.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/consent.hpp"
#include "domain/contact.hpp"
#include "domain/mash_check.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! Contacts and the people on them.
class ContactRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Adds a contact with its people and language warnings; returns its id. It awaits a decision.
  //! The reference is set separately, once the id is known.
  std::int64_t Add(const domain::Contact& contact);
  //! Adds contacts whose ids were reserved (a bulk load), with their references; those in
  //! `decided` do not await a decision.
  void AddMany(const std::vector<domain::Contact>& contacts, const std::set<std::int64_t>& decided);
  void SetReference(std::int64_t id, std::string_view reference);
  //! Replaces the contact's concern and the language warnings found in its words (an amendment).
  void AmendConcern(const domain::Contact& contact);
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
  //! Contacts received in [from, to), oldest first, with their people (a return's contacts).
  std::vector<domain::Contact> ReceivedBetween(domain::Timestamp from, domain::Timestamp to);
  //! How many contacts received in [from, to) there are, and how many of them are decided.
  std::pair<std::int64_t, std::int64_t> CountDecided(domain::Timestamp from, domain::Timestamp to);

 private:
  //! Fills in the people on each contact and their language warnings.
  std::vector<domain::Contact> Completed(std::vector<domain::Contact> contacts);
};

//! The family's consent on a contact, one record a change; the newest of a kind is where consent
//! stands.
class ConsentRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  std::int64_t Add(const domain::ConsentRecord& consent);
  //! The consent records of these contacts, by contact then oldest first.
  std::vector<domain::ConsentRecord> ForContacts(const std::vector<std::int64_t>& contact_ids);
};

//! Checks with partner agencies (MASH checks) and "checks not needed".
class CheckRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Adds a check (answered or not) and returns its id.
  std::int64_t Add(const domain::MashCheck& check);
  //! Adds checks at once (a bulk load), with their answers.
  void AddMany(const std::vector<domain::MashCheck>& checks);
  //! A check, with what was added to its answer. Every read of checks here brings their
  //! additions, oldest first (an unanswered check has none).
  std::optional<domain::MashCheck> Find(std::int64_t id);
  //! Saves an answer; false when the check was already answered (the first answer stands).
  bool Answer(const domain::MashCheck& check);
  //! Keeps an addition to a check's answer and returns its id.
  std::int64_t AddAddition(const domain::CheckAddition& addition);
  //! The checks of these contacts, by contact then oldest first.
  std::vector<domain::MashCheck> ForContacts(const std::vector<std::int64_t>& contact_ids);
  //! Unanswered checks, soonest due first; with `agency`, only that agency's; with
  //! `requested_by`, only those that person asked.
  std::vector<domain::MashCheck> Open(std::optional<std::string_view> agency,
                                      std::optional<std::string_view> requested_by, int limit);
  //! `agency`'s checks answered at or after `since`, most recently answered first.
  std::vector<domain::MashCheck> AnsweredSince(std::string_view agency, domain::Timestamp since,
                                               int limit);
  //! Keeps a manager's "not needed"; throws StoreError when the contact has one already.
  void AddNotNeeded(const domain::ChecksNotNeeded& record);
  //! The "not needed" records of these contacts, by contact.
  std::vector<domain::ChecksNotNeeded> NotNeededFor(const std::vector<std::int64_t>& contact_ids);

 private:
  //! `checks` with their additions, read in one statement.
  std::vector<domain::MashCheck> WithAdditions(std::vector<domain::MashCheck> checks);
};

}  // namespace frontdoor::store
