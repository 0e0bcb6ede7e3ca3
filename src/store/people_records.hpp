// src/store/people_records.hpp — people's records: names (with sound-alike keys), identifiers,
// merges, and the indexes "is this child known?" looks people up by.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "domain/person.hpp"

namespace frontdoor::store {

class Sql;

//! The indexes "is this child known?" looks people up by.
enum class PersonIndex {
  kFamilyNameKey,  //!< the sound-alike key of any family name they are known by
  kGivenNameKey,   //!< the sound-alike key of any given name they are known by
  kDateOfBirth,    //!< YYYY-MM-DD
  kNhsNumber,      //!< ten digits
  kUpn,            //!< thirteen characters
  kId,             //!< the person id (from a local child id)
  kPostcode,       //!< any household they have lived in
};

//! People's records, with every name they are known by.
class PeopleRecords {
 public:
  explicit PeopleRecords(Sql& sql) : sql_(sql) {}

  //! Adds a person with their names; returns the id (`person.id` is ignored).
  std::int64_t Add(const domain::Person& person);
  //! Adds people whose ids were reserved (a bulk load), with their names.
  void AddMany(const std::vector<domain::Person>& people);
  std::optional<domain::Person> Find(std::int64_t id);
  //! The people with these ids (those that exist), in id order: one look-up for many.
  std::vector<domain::Person> FindMany(const std::vector<std::int64_t>& ids);
  //! Holds a person's record until the transaction ends (merges).
  void Lock(std::int64_t id);
  //! Marks `id` as merged into `into` (or, with nullopt, no longer merged).
  void SetMergedInto(std::int64_t id, std::optional<std::int64_t> into);
  //! The records merged into `id`, by id.
  std::vector<std::int64_t> MergedInto(std::int64_t id);
  //! Ids of people found through one index, lowest first, at most `limit`.
  std::vector<std::int64_t> ByIndex(PersonIndex index, std::string_view value, int limit);

 private:
  Sql& sql_;
};

}  // namespace frontdoor::store
