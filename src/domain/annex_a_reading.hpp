// src/domain/annex_a_reading.hpp — Ofsted's Annex A lists 1, 3, 4 and 5 read back: each table (a
// CSV file or a workbook's sheet) known by its header, each row checked, and each child's rows
// made one child with their referrals and the steps after them, as a census file gives them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/census_reading.hpp"
#include "domain/csv.hpp"

namespace frontdoor::domain {

//! One table of Annex A files: a CSV file or a workbook's sheet, its header row first.
struct AnnexATable {
  std::string name;  //!< "list-3.csv", "sheet List 3 referrals"
  std::vector<CsvRow> rows;
};

//! Annex A files read: their children, and what frontdoor does not keep.
struct AnnexAReading {
  //! Each child once, in the order first met, with their referrals (their steps attached to the
  //! latest referral on or before each began) and their rows as given (`as_given`). A child with
  //! problems (a row that cannot be read, rows that disagree) is not imported.
  std::vector<ImportedChild> children;
  //! A table that is not one of the lists, or a list given twice.
  std::vector<ImportProblem> file_problems;
  //! Rows read but not kept, and why: a step that follows no referral in list 3 (one before the
  //! lists' period), a contact that did not become a referral (Annex A does not say what was
  //! decided).
  std::vector<ImportProblem> left_out;
};

//! The list (1, 3, 4 or 5) whose columns `header` has, in order, or 0 for none. Names are
//! compared without case and with spaces collapsed; empty cells after the last are allowed.
int AnnexAListOf(const CsvRow& header);

//! Reads the tables as of `today` (a date after it is a problem, but a date of birth after it is
//! an unborn child's expected date).
AnnexAReading ReadAnnexA(const std::vector<AnnexATable>& tables, const Date& today);

//! One child read again from their rows as given (ImportedChild::as_given), as for a review.
ImportedChild ReadAnnexAChild(std::string_view as_given, const Date& today);

}  // namespace frontdoor::domain
