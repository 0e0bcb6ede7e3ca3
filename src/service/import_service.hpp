// src/service/import_service.hpp — bringing in a council's history from its Children in Need
// census files: a batch of children at a time, each in one transaction, matched to the records
// already here or sent to a review list a manager resolves; the same file twice changes nothing.
#pragma once

#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/history_import.hpp"
#include "service/decision_rules.hpp"
#include "service/identity.hpp"
#include "service/result.hpp"
#include "store/store.hpp"

namespace frontdoor::service {

//! The file a run brings in.
struct CensusImportFile {
  std::string file_name;
  std::string digest;  //!< SHA-256 of the whole file, hex
  domain::CensusFileFacts facts;
  //! Whose ids the file's keys are: "census 852".
  std::string Source() const;
  //! "2025-26".
  std::string YearLabel() const;
  //! "the Children in Need census 2025-26 (cin.xml)".
  std::string Description() const;
};

//! What a batch did (or, in a dry run, would do).
struct ImportTally {
  int children = 0;         //!< read from the file
  int new_children = 0;     //!< new records made
  int matched = 0;          //!< matched to a record here (or brought in before)
  int to_review = 0;        //!< left for a manager to match (or already waiting)
  int skipped = 0;          //!< with problems: nothing of them brought in
  int referrals_added = 0;  //!< new referrals, each with the steps after it
  int referrals_known = 0;  //!< already brought in
  int steps_added = 0;
  std::vector<domain::ImportProblem> problems;

  ImportTally& operator+=(const ImportTally& other);
};

//! A child waiting for review, with the records they might be.
struct ReviewView {
  domain::ImportReview review;
  domain::ImportedChild child;             //!< as the file gave them
  std::vector<domain::Person> candidates;  //!< restricted records left out
};

//! Imports, and the review list.
class ImportService {
 public:
  ImportService(store::Store& store, const domain::Clock& clock, DecisionRules rules)
      : store_(store), clock_(clock), rules_(rules) {}

  //! Keeps the run (written before its first batch); answers its id.
  std::int64_t StartCensusRun(const Actor& by, const CensusImportFile& file);
  //! Brings in `children` in one transaction: a child with problems, or whose steps the rules
  //! refuse, not at all; a child matched with certainty (or brought in before) onto their record;
  //! one that might be several to the review list; the rest as new records. Each new referral
  //! becomes a contact and a decision dated on its day, marked with the file and the day it came
  //! in, with its steps. With `dry_run` nothing is written (run_id unused): the tally says what
  //! would happen.
  ImportTally ImportCensusChildren(const Actor& by, std::int64_t run_id,
                                   const CensusImportFile& file,
                                   const std::vector<domain::ImportedChild>& children,
                                   bool dry_run);

  //! The children waiting for review, oldest first (at most `limit`).
  Result<std::vector<ReviewView>> ShowReviews(const Identity& by, int limit);
  //! One review.
  Result<ReviewView> ShowReview(const Identity& by, std::int64_t review_id);
  //! Resolves a review: `person_id` one of its candidates, or 0 for a new record; the child's
  //! referrals are then brought in onto it. Refused (naming the field) for a person not among the
  //! candidates or a review already resolved.
  Submission<domain::ImportReview, ReviewView> ResolveReview(const Identity& by,
                                                             std::int64_t review_id,
                                                             std::int64_t person_id);

 private:
  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
};

}  // namespace frontdoor::service
