// src/service/person_service.hpp — adding and opening people's records, restricting them, and
// breaking the glass.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/clock.hpp"
#include "domain/household.hpp"
#include "domain/idempotency.hpp"
#include "domain/journey.hpp"
#include "domain/name_matching.hpp"
#include "domain/person.hpp"
#include "domain/person_search.hpp"
#include "service/contact_history.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! What the asker may see of a record.
struct PersonView {
  std::int64_t id = 0;
  std::optional<domain::Person> person;  //!< empty when the record is restricted to others
  bool restricted = false;               //!< the record has a restriction (whoever is asking)
  bool can_break_glass = false;          //!< the asker may open it with a reason
  bool opened_by_break_glass = false;    //!< the asker sees it because they broke the glass
  bool may_change_restriction = false;   //!< the asker is one it is open to (or it is open to all)
};

//! What the restriction form shows: the record, who it is open to now and why, and the accounts
//! in use that may be named (the asker, always named, left out).
struct RestrictionForm {
  std::int64_t id = 0;
  std::string name;                            //!< the person's full name
  std::vector<std::string> allowed_usernames;  //!< who it is open to now (none if unrestricted)
  std::string reason;                          //!< why it is restricted now
  std::vector<domain::User> accounts;          //!< by their names as shown
  bool asker_named = true;  //!< false: the asker may not change it, and is shown nothing of it
};

//! Someone related to the person, with their name when the asker may see it.
struct RelatedPerson {
  domain::Relationship relationship;
  std::string name;  //!< "" when their record is restricted from the asker
};

//! A household the person lives or lived in, with the people in it.
struct HouseholdView {
  domain::Household household;
  domain::HouseholdMember membership;  //!< the person's own dates there
  std::vector<std::pair<domain::HouseholdMember, std::optional<domain::Person>>>
      members;  //!< others; person empty when restricted
};

//! A household a person is added to as they are added, and since when (YYYY-MM-DD, as sent).
struct HouseholdJoining {
  std::int64_t household_id = 0;
  std::string from;
};
//! The field a refusal of HouseholdJoining::from names.
inline constexpr std::string_view kLivesFromField = "lives_from";

//! A person's record with their households and relationships.
struct PersonProfile {
  PersonView view;
  std::vector<HouseholdView> households;
  std::vector<RelatedPerson> relationships;
  //! For a child: their earlier contacts and referrals, the re-referral flag and open
  //! involvement, as a contact about them would show them now.
  std::optional<IntakeHistory> history;
  //! The records of this person merged into this one that the asker may see, oldest first.
  std::vector<std::int64_t> merged_in;
};

//! A child's journey, and the children they live with.
struct JourneyView {
  PersonView view;
  std::vector<domain::JourneyEvent> events;
  std::vector<domain::Person> household_children;  //!< under 18, living with them now
};

//! One page of "is this child known?" results.
struct SearchResults {
  std::vector<domain::SearchMatch> matches;  //!< this page's, best first
  std::size_t total = 0;                     //!< likely matches on every page
  int page = 1;
  int pages = 1;                        //!< at least one, even with no matches
  int limit = domain::kMatchesPerPage;  //!< how many a page gives
  std::string next_cursor;              //!< paging by cursor: the next page's; "" on the last
};

//! Someone moving out: the membership ended, and the one at their new address when it was given.
struct Move {
  domain::HouseholdMember left;
  std::optional<domain::HouseholdMember> joined;
};

//! Records that may already be the person about to be added.
struct PossibleMatches {
  std::vector<domain::SearchMatch> matches;
};

//! What the page that merges a record into another, or takes them apart again, shows. Empty (id
//! 0) when the asker may not merge the record: it is restricted and not open to them.
struct MergeForm {
  domain::Person person;                      //!< the record asked about
  bool child = false;                         //!< under 18 today
  std::optional<domain::Person> merged_into;  //!< the record it was merged into, when it was
  //! Records merged into it (they stay until undone), each with the record when the asker may
  //! see it.
  std::vector<std::pair<std::int64_t, std::optional<domain::Person>>> merged_in;
  //! Records that may be the same person's, best first: the search "is this person known?" by
  //! their name and date of birth, leaving out this record and those restricted from the asker.
  std::vector<domain::SearchMatch> likely;
  //! It may be merged into another: it stands on its own, with nothing merged into it (otherwise
  //! those are taken apart first).
  bool mergeable = false;
};

//! People's records. Every view and change is written to the access audit.
class PersonService {
 public:
  //! With `rules`, a child's journey also shows every step after each contact.
  PersonService(store::Store& store, const domain::Clock& clock,
                const domain::NameVariants& variants = EmptyVariants(),
                std::optional<DecisionRules> rules = std::nullopt)
      : store_(store), clock_(clock), variants_(variants), rules_(rules) {}

  //! "Is this child known?": a page of likely matches, best first, with reasons. The terms and
  //! the records shown are audited.
  Result<SearchResults> FindPeople(
      const Identity& by, const domain::PersonSearch& search,
      const std::optional<domain::CursorPaging>& by_cursor = std::nullopt);
  //! The record with households and relationships (or, when restricted, only that it exists).
  Result<PersonProfile> ShowProfile(const Identity& by, std::int64_t id);
  //! The child's journey, newest first, filtered to `kinds` when not empty.
  Result<JourneyView> ShowJourney(const Identity& by, std::int64_t id,
                                  const std::vector<std::string>& kinds);
  //! Adds a household at an address.
  Result<domain::Household> AddHousehold(const Identity& by, const domain::HouseholdDraft& draft);
  //! Records that a person lives in a household from `from` (YYYY-MM-DD).
  Result<domain::HouseholdMember> AddToHousehold(const Identity& by, std::int64_t household_id,
                                                 std::int64_t person_id, const std::string& from);
  //! The page that merges record `id` into another (with the records that may be the same
  //! person's), or takes it apart from the one it was merged into. Invalid, and audited, when the
  //! record is restricted and not open to `by` (breaking the glass lets a manager read a record,
  //! not merge it).
  Result<MergeForm> ShowMerge(const Identity& by, std::int64_t id);
  //! Merges record `id` into `into`: searches find only `into`, and its journey includes both
  //! histories. Nothing is moved, so it can be undone. `with_form`: a refusal carries the merge
  //! page's form to show again (a page's; an API call needs none, and is spared the search).
  Submission<domain::Person, MergeForm> MergePeople(const Identity& by, std::int64_t id,
                                                    std::int64_t into, const std::string& reason,
                                                    bool with_form = false);
  //! Undoes a merge, saying why: the record stands on its own again. `with_form` as MergePeople.
  Submission<domain::Person, MergeForm> UnmergePerson(const Identity& by, std::int64_t id,
                                                      const std::string& reason,
                                                      bool with_form = false);
  //! Records "person is related_person's KIND", and the other way round. Changing a relationship
  //! already recorded goes in both records' history and journeys, with the optional reason.
  Result<domain::Relationship> Relate(const Identity& by, std::int64_t person_id,
                                      std::int64_t related_person_id, const std::string& kind,
                                      const std::string& reason = "");

  //! Corrects a person's details: each part that changed goes in the record history from and to,
  //! with the optional reason, and on their journey. Answers the record as corrected. With
  //! `if_match` (an If-Match header) that does not hold for the record's version now
  //! (domain::PersonVersion), changes nothing and answers Stale. With `sent_fields` (an API
  //! request's), the parts of the draft not named there keep the record's values.
  std::variant<domain::Person, Invalid, NotFound, Stale> CorrectPerson(
      const Identity& by, std::int64_t id, const domain::PersonDraft& draft,
      const std::string& reason, const std::optional<std::string>& if_match = std::nullopt,
      const std::optional<std::set<std::string>>& sent_fields = std::nullopt);
  //! Records that the person moved out of a household on `moved_out` (YYYY-MM-DD) and, with
  //! `moved_to`, into a new household at that address from the same day; each in the record
  //! history and on their journey, in one transaction.
  Result<Move> MoveOut(const Identity& by, std::int64_t person_id, std::int64_t household_id,
                       const std::string& moved_out, const std::string& reason,
                       const std::optional<domain::HouseholdDraft>& moved_to = std::nullopt);

  //! A household someone is about to be added to (its address, for the form that adds them).
  Result<domain::Household> HouseholdToJoin(const Identity& by, std::int64_t household_id);
  //! Adds a person, and (when `joining` is given) records them living in that household from its
  //! date, in one transaction. With `show_likely_matches`, records that may already be this person
  //! are answered instead when there are any (the search is audited), so they are seen first. With
  //! a `request` (an Idempotency-Key), the same request sent again within a day is answered with
  //! the person the first one added, and the key sent with a different request is refused.
  std::variant<domain::Person, PossibleMatches, Invalid> AddPerson(
      const Identity& by, const domain::PersonDraft& draft,
      const std::optional<HouseholdJoining>& joining = std::nullopt,
      bool show_likely_matches = false,
      const std::optional<domain::IdempotentRequest>& request = std::nullopt);
  //! Opens a record: the whole of it, or (when restricted to others) only that it exists.
  Result<PersonView> ViewPerson(const Identity& by, std::int64_t id);
  //! The form that restricts a record, or changes who it is open to. Invalid when the record is
  //! restricted and `by` is not named on it (audited): breaking the glass lets a manager read a
  //! record, not take it over.
  Result<RestrictionForm> ShowRestriction(const Identity& by, std::int64_t id);
  //! Restricts a record to the named accounts (the restricting manager is always among them).
  Submission<domain::Restriction, RestrictionForm> RestrictRecord(
      const Identity& by, std::int64_t id, const std::vector<std::string>& usernames,
      const std::string& reason);
  //! A manager opens a restricted record with a reason; flagged for an auditor's review.
  Result<domain::BreakGlass> BreakGlass(const Identity& by, std::int64_t id,
                                        const std::string& reason);

  //! No name variants: names compared as written (tests, and services built without any).
  static const domain::NameVariants& EmptyVariants();

 private:
  //! Runs a correction of person `id`'s record: NotFound unless it exists, Invalid (and audited)
  //! when it is restricted from `by` or `by`'s role does not correct records. `Answer` is a variant
  //! holding the saved value, Invalid and NotFound.
  template <typename Answer, typename Work>
  Answer Correct(const Identity& by, std::int64_t id, Work work);
  //! Likely matches for a search, best first, with restricted records' details hidden, each read
  //! with only what a search compares (ReadInFull before showing them). Paged by cursor, there
  //! may be kMostMatchesByCursor of them; otherwise as many as the pages of results show.
  std::vector<domain::SearchMatch> Search(store::Records& records, const Identity& by,
                                          const domain::ParsedSearch& search,
                                          domain::Timestamp now) const;
  //! The merge page's form for `person`, read for `by` (MergeForm). Writes nothing.
  MergeForm MergeFormOf(store::Records& records, const Identity& by, const domain::Person& person,
                        domain::Timestamp now) const;
  //! A merge's (or its undoing's) answer about records `ids` (the record asked about first):
  //! `saved`, or its refusal, `with_form` the form to show again (audited, naming the records it
  //! shows).
  Submission<domain::Person, MergeForm> MergeAnswer(store::Records& records, const Identity& by,
                                                    const std::vector<std::int64_t>& ids,
                                                    Result<domain::Person> saved, bool with_form,
                                                    domain::Timestamp now) const;
  //! Reads the records of `matches` to be shown in full, in one look-up; a restricted one stays
  //! as Search hid it.
  static void ReadInFull(store::Records& records, std::vector<domain::SearchMatch>& matches);
  //! Cuts the page a search asked for out of all its likely matches, or says why it cannot.
  static std::variant<SearchResults, Invalid> PageOf(std::vector<domain::SearchMatch> all,
                                                     const domain::ParsedSearch& search);
  //! The refusal when another record (not merged away) has `person`'s NHS number.
  static std::optional<domain::FieldError> NhsNumberHeldElsewhere(store::Records& records,
                                                                  const domain::Person& person);
  //! Audits a search and the records it found.
  void AuditSearch(store::Records& records, const Identity& by,
                   const std::vector<domain::SearchMatch>& matches, const std::string& terms,
                   domain::Timestamp now) const;

  store::Store& store_;
  const domain::Clock& clock_;
  const domain::NameVariants& variants_;
  std::optional<DecisionRules> rules_;
};

}  // namespace frontdoor::service
