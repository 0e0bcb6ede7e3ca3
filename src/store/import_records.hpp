// src/store/import_records.hpp — history brought in from files: the runs, the key each child and
// referral had in its source, and the review list of children a manager matches by hand.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/history_import.hpp"
#include "store/record_kind.hpp"

namespace frontdoor::store {

//! Import runs, keys and reviews.
class ImportRecords : public RecordKind {
 public:
  using RecordKind::RecordKind;

  //! Keeps a run; answers its id.
  std::int64_t AddRun(const domain::ImportRun& run);
  std::optional<domain::ImportRun> FindRun(std::int64_t id);
  //! Keeps keys (none already kept: the source, kind and id are unique).
  void AddKeys(const std::vector<domain::ImportKey>& keys);
  //! The record each of `external_ids` became, for those already brought in from `source`.
  std::map<std::string, std::int64_t> RecordsOf(const std::string& source,
                                                domain::ImportKeyKind kind,
                                                const std::vector<std::string>& external_ids);
  //! Those of `person_ids` that `source` brought in (under any id).
  std::set<std::int64_t> BroughtInBy(const std::string& source,
                                     const std::vector<std::int64_t>& person_ids);
  //! The source's id for each of `person_ids` that a census brought in ("C1234"), for the census
  //! to write the LAchildID the Department already knows.
  std::map<std::int64_t, std::string> CensusIdsOf(const std::vector<std::int64_t>& person_ids);

  //! Keeps a review and its candidates; answers its id.
  std::int64_t AddReview(const domain::ImportReview& review);
  //! Those of `external_ids` from `source` already waiting for review.
  std::set<std::string> WaitingForReview(const std::string& source,
                                         const std::vector<std::string>& external_ids);
  //! Reviews still open, oldest first, at most `limit`.
  std::vector<domain::ImportReview> OpenReviews(int limit);
  //! One review, with its candidates.
  std::optional<domain::ImportReview> FindReview(std::int64_t id);
  //! Closes an open review: false when it was not open (someone closed it first).
  bool CloseReview(std::int64_t id, domain::ReviewStatus status, std::int64_t person_id,
                   const std::string& by, domain::Timestamp at);
};

}  // namespace frontdoor::store
