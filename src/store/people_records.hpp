// src/store/people_records.hpp — people and households: people's records (names with sound-alike
// keys, identifiers, merges and the indexes "is this child known?" looks people up by),
// households and relationships, and records restricted to named people with the break-glass
// openings of them.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/household.hpp"
#include "domain/person.hpp"
#include "domain/person_search.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! The indexes "is this child known?" looks people up by.
enum class PersonIndex {
  kGivenNameKey,  //!< the sound-alike key of any given name they are known by
  kNhsNumber,     //!< ten digits
  kUpn,           //!< thirteen characters
  kFormerUpn,     //!< a unique pupil number they had before
  kId,            //!< the person id (from a local child id)
  kPostcode,      //!< any household they have lived in
};

//! Where counting a name's key stops (CountNames).
inline constexpr std::int64_t kNameCountCap = 2'000;

//! People's records, with every name they are known by.
class PeopleRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Adds a person with their names; returns the id (`person.id` is ignored).
  std::int64_t Add(const domain::Person& person);
  //! Adds people whose ids were reserved (a bulk load), with their names.
  void AddMany(const std::vector<domain::Person>& people);
  std::optional<domain::Person> Find(std::int64_t id);
  //! The people with these ids (those that exist), in id order: one look-up for many.
  std::vector<domain::Person> FindMany(const std::vector<std::int64_t>& ids);
  //! As FindMany, with only what a search compares (SearchRow) and no other names. No ids: none,
  //! without asking the database.
  std::vector<domain::Person> FindSearchRows(const std::vector<std::int64_t>& ids);
  //! Everyone born on `date` as a search compares them (SearchRow), lowest id first, at most
  //! `limit`: read from migration 0012's index alone, never the scattered rows.
  std::vector<domain::Person> BornOn(const domain::Date& date, int limit);
  //! Everyone born on any of `dates`, whole records (no other names), by date of birth and id.
  std::vector<domain::Person> BornOnAny(const std::vector<domain::Date>& dates);
  //! Fills in the other names of `people` (in id order), in one look-up.
  void AddOtherNames(std::vector<domain::Person>& people);
  //! Replaces a person's details and names with `person`'s (a correction); ids and merges stay.
  void Update(const domain::Person& person);
  //! Holds a person's record until the transaction ends (merges).
  void Lock(std::int64_t id);
  //! Marks `id` as merged into `into` (or, with nullopt, no longer merged).
  void SetMergedInto(std::int64_t id, std::optional<std::int64_t> into);
  //! The records merged into `id`, by id.
  std::vector<std::int64_t> MergedInto(std::int64_t id);
  //! Every merge in force: (record merged, record it was merged into), by the first.
  std::vector<std::pair<std::int64_t, std::int64_t>> Merges();
  //! Ids of people found through one index, lowest first, at most `limit`.
  std::vector<std::int64_t> ByIndex(PersonIndex index, std::string_view value, int limit);
  //! People with a name (current or other) whose family and given names have these sound-alike
  //! keys, either way round, as a search compares them, with the postcodes they have lived at
  //! (the search table of migration 0027, a range of its index each way), at most `limit` each
  //! way, lowest id first.
  std::vector<domain::SearchCandidate> ByNameKeys(std::string_view family_key,
                                                  std::string_view given_key, int limit);
  //! People with a family name (current or other) with this sound-alike key, as ByNameKeys gives
  //! them, at most `limit`.
  std::vector<domain::SearchCandidate> ByFamilyKey(std::string_view family_key, int limit);
  //! Ids of people with a name where one name's key agrees after its first letter and the other
  //! name's key agrees in full: the family name's first letter typed wrong, then the given
  //! name's; at most `limit` each (migration 0011's indexes), in one statement.
  std::vector<std::int64_t> ByNameKeysButFirstLetter(std::string_view family_key,
                                                     std::string_view given_key, int limit);
  //! How common a search's names are, in one look-up: how many names on record (current and
  //! other) have `family_key` as a family name and `given_key` as a given name, from the keys'
  //! indexes alone and up to kNameCountCap (a name at least that common is counted as that many),
  //! and about how many people there are (the highest id).
  struct NameCounts {
    std::int64_t family = 0;
    std::int64_t given = 0;
    std::int64_t people = 0;
  };
  NameCounts CountNames(std::string_view family_key, std::string_view given_key);
  //! How many rows of the search table (migration 0027) are not what the records say: 0 when it
  //! is in step with them.
  std::int64_t SearchRowsOutOfStep();
};

//! Households (who lives where, from when to when) and how people are related to one another.
class HouseholdRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  std::int64_t Add(const domain::Household& household);
  //! Adds households whose ids were reserved (a bulk load).
  void AddMany(const std::vector<domain::Household>& households);
  std::optional<domain::Household> Find(std::int64_t id);
  void AddMember(const domain::HouseholdMember& member);
  //! Adds many memberships at once (a bulk load).
  void AddMembers(const std::vector<domain::HouseholdMember>& members);
  //! Records that a person moved out of a household on `moved_out`; false when they had already.
  bool EndMembership(std::int64_t household_id, std::int64_t person_id,
                     const domain::Date& moved_out);
  //! The households a person has lived in, with their membership: where they live now first,
  //! then newest first.
  std::vector<std::pair<domain::Household, domain::HouseholdMember>> HouseholdsOf(
      std::int64_t person_id);
  //! Every postcode each of `person_ids` has lived at, in one look-up (for comparing many
  //! people with a search's postcode).
  std::map<std::int64_t, std::vector<std::string>> PostcodesOf(
      const std::vector<std::int64_t>& person_ids);
  //! Everyone who has lived in a household, earliest first.
  std::vector<domain::HouseholdMember> MembersOf(std::int64_t household_id);
  //! Adds (or replaces) "person is related_person's KIND".
  void AddRelationship(const domain::Relationship& relationship);
  //! How others are related to the person, by the other person's id.
  std::vector<domain::Relationship> RelationshipsOf(std::int64_t person_id);
};

//! Records restricted to named people, and managers' break-glass openings of them awaiting an
//! auditor's review.
class RestrictionRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Restricts a record (replacing any restriction it had).
  void Set(const domain::Restriction& restriction);
  std::optional<domain::Restriction> Find(std::int64_t person_id);
  //! Which of `person_ids` are restricted, in one look-up.
  std::vector<std::int64_t> RestrictedAmong(const std::vector<std::int64_t>& person_ids);
  std::int64_t AddBreakGlass(const domain::BreakGlass& opening);
  //! This user's openings of this record, newest first (the last 20).
  std::vector<domain::BreakGlass> BreakGlassFor(std::int64_t person_id, std::int64_t user_id);
  //! Openings no auditor has reviewed yet, oldest first.
  std::vector<domain::BreakGlass> UnreviewedBreakGlass(int limit);
  //! Marks an opening reviewed; false when there is no such unreviewed opening.
  bool MarkReviewed(std::int64_t id, std::string_view reviewer, domain::Timestamp at);
};

}  // namespace frontdoor::store
