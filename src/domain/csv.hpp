// src/domain/csv.hpp — CSV files (RFC 4180): reading one a part at a time through libcsv, each
// row's fields numbered from the header's row 1 and the header naming the columns; writing a line.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/census_reading.hpp"

namespace frontdoor::domain {

//! One row of a CSV file: its number (the header is row 1) and its fields as written.
struct CsvRow {
  int row = 0;
  std::vector<std::string> fields;
};

//! Reads a CSV file fed in parts, handing each row to `on_row` as soon as it ends. A byte-order
//! mark before the header is skipped (spreadsheets write one); blank lines are not rows.
class CsvReader {
 public:
  explicit CsvReader(std::function<void(CsvRow)> on_row);
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  //! Reads the next part (`last` for the final one); false once the file is not CSV (a quote
  //! inside an unquoted field, text after a closing quote, a quote never closed): Problem says
  //! where.
  bool Feed(std::string_view bytes, bool last);
  //! What made the file unreadable and the row it was found in; nullptr while it reads well.
  const ImportProblem* Problem() const;

  struct State;  //!< what the parse has read so far (csv_reading.cpp)

 private:
  std::unique_ptr<State> state_;
};

//! The columns a kind of file has: those it must have and those it may.
struct CsvLayout {
  std::vector<std::string> required;
  std::vector<std::string> optional;
};

//! A file's header read against its layout: where each column is.
class CsvColumns {
 public:
  //! Reads `header`; a required column missing, a column the layout does not have, or one named
  //! twice is a problem (row 1, the column's name, the reason) in `problems`.
  static CsvColumns Read(const CsvRow& header, const CsvLayout& layout,
                         std::vector<ImportProblem>& problems);
  //! The row's value in `column` without the spaces around it; "" when the file has no such
  //! column or the row stops short of it.
  std::string Of(const CsvRow& row, std::string_view column) const;
  //! True when the file has `column`.
  bool Has(std::string_view column) const;
  //! The number of columns in the header.
  std::size_t Count() const { return count_; }

 private:
  std::map<std::string, std::size_t, std::less<>> index_;
  std::size_t count_ = 0;
};

//! One CSV line for `fields`, quoted where they need it (RFC 4180), without its line ending.
std::string CsvLine(const std::vector<std::string>& fields);

}  // namespace frontdoor::domain
