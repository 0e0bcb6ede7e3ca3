// src/service/import_service.hpp — bringing in a council's history from its Children in Need
// census files and the documented CSV files: a batch at a time, each in one transaction, people
// matched to the records already here or sent to a review list a manager resolves; the same file
// twice changes nothing.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "domain/clock.hpp"
#include "domain/csv_import.hpp"
#include "domain/history_import.hpp"
#include "domain/name_matching.hpp"
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
  //! The import run that brings it in (`id` 0 for one not yet started).
  domain::ImportRun Run(std::int64_t id) const;
};

//! Annex A lists brought in: whose Child Unique IDs they hold.
struct AnnexAImportFile {
  std::string file_names;  //!< "annex-a.xlsx", or the CSV files' names joined by ", "
  std::string digest;      //!< SHA-256 of the files, hex
  //! Whose ids the Child Unique IDs are. Annex A's Child Unique ID is the council's own child id,
  //! the census's LAchildID: "census 852" by default, so a child the census brought in is known.
  std::string source;
  //! "Ofsted's Annex A lists (annex-a.xlsx)".
  std::string Description() const;
  //! The import run that brings it in (`id` 0 for one not yet started).
  domain::ImportRun Run(std::int64_t id) const;
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

//! A CSV import under way: whose ids its files hold, and (in a dry run) what it would have
//! brought in so far.
struct CsvImport {
  std::int64_t run_id = 0;  //!< 0 in a dry run
  std::string source;       //!< "csv liquidlogic"
  std::string description;  //!< "the CSV files of liquidlogic"
  bool dry_run = false;
  //! In a dry run, the people (ids in the source) a real run would have brought in by now, so
  //! the households and contacts after them are checked as they would be.
  std::set<std::string> people_would_be;
  //! In a dry run, the people a real run would have left for review by now.
  std::set<std::string> people_would_wait;
};

//! What a part of a CSV import did (or, in a dry run, would do).
struct RowTally {
  int rows = 0;       //!< read from the file
  int added = 0;      //!< new records made
  int matched = 0;    //!< people matched to a record here; households and contacts found here
  int known = 0;      //!< brought in before (or earlier in the file)
  int to_review = 0;  //!< people left for a manager to match (or already waiting)
  int skipped = 0;    //!< with problems: nothing of them brought in
  int referrals = 0;  //!< referrals brought in with the contacts added
  std::vector<domain::ImportProblem> problems;

  RowTally& operator+=(const RowTally& other);
};

//! A person waiting for review, with the records they might be.
struct ReviewView {
  domain::ImportReview review;
  //! As the file gave them: a census child's id, birth, sex, UPN and referrals; a CSV person's id
  //! (as `la_child_id`), birth, sex and UPN.
  domain::ImportedChild child;
  std::string name;                        //!< "" for a census child (the census has no names)
  std::vector<domain::Person> candidates;  //!< those restricted from the asker left out
  int restricted_candidates = 0;  //!< records restricted from the asker that may be this child
};

//! Imports, and the review list.
class ImportService {
 public:
  ImportService(store::Store& store, const domain::Clock& clock, DecisionRules rules,
                const domain::NameVariants& variants)
      : store_(store), clock_(clock), rules_(rules), variants_(variants) {}

  //! Keeps the run (written before its first batch); answers its id.
  std::int64_t StartCensusRun(const Actor& by, const CensusImportFile& file);
  //! Keeps an Annex A run; answers its id.
  std::int64_t StartAnnexARun(const Actor& by, const AnnexAImportFile& file);
  //! Keeps a CSV run of `files` (names) whose digests are `digest`; sets the import's run id.
  void StartCsvRun(const Actor& by, CsvImport& import, const std::string& files,
                   const std::string& digest);
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
  //! Brings in children read from Annex A lists as ImportCensusChildren does; their steps come
  //! without factors or plan category, their assessments' primary need "not stated" (Annex A
  //! holds none of them).
  ImportTally ImportAnnexAChildren(const Actor& by, std::int64_t run_id,
                                   const AnnexAImportFile& file,
                                   const std::vector<domain::ImportedChild>& children,
                                   bool dry_run);

  //! People rows in one transaction: one brought in before is known; one with problems skipped;
  //! one matched with certainty (MatchImportedPerson) keyed to that record; one that might be
  //! several waits for review; the rest become new records.
  RowTally ImportCsvPeople(const Actor& by, CsvImport& import,
                           const std::vector<domain::ImportedPerson>& people);
  //! Households rows in one transaction: each person (brought in by the source) living at the
  //! address from the day given. An address the source brought in before, or one the person
  //! already lives at here (same first line and postcode), is that household; otherwise a new one.
  RowTally ImportCsvHouseholds(const Actor& by, CsvImport& import,
                               const std::vector<domain::ImportedMembership>& members);
  //! Contacts (with their referrals) in one transaction, each whole or not at all: a contact
  //! whose children are not all brought in (or waiting for review) is skipped with the reason. A
  //! contact whose every referral is already here (same child, same day) is that one. Each new
  //! contact carries a decision for each child, marked with where it came from and when.
  RowTally ImportCsvContacts(const Actor& by, CsvImport& import,
                             const std::vector<domain::ImportedContact>& contacts);

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
  //! Keeps a run and audits it (`detail`: what was brought in, from where).
  std::int64_t StartRun(const Actor& by, domain::ImportRun run, const std::string& detail);
  //! Children of a census or Annex A run (`run`: its kind, source and description; `own_ids`: an
  //! LAchildID of ours names our record) brought in one batch in one transaction.
  ImportTally ImportChildren(const Actor& by, const domain::ImportRun& run, bool own_ids,
                             const std::vector<domain::ImportedChild>& children, bool dry_run);

  store::Store& store_;
  const domain::Clock& clock_;
  DecisionRules rules_;
  const domain::NameVariants& variants_;
};

}  // namespace frontdoor::service
