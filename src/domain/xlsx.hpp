// src/domain/xlsx.hpp — reading a workbook (an .xlsx file: Office Open XML spreadsheets in a zip)
// from its bytes: each sheet's name and its rows of text, numbered as the spreadsheet shows them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/csv.hpp"

namespace frontdoor::domain {

//! One sheet: its name and its rows that hold anything, each field as the cell's text (a number
//! as written in the file, a shared or inline string as its text), "" for a cell not there.
struct WorkbookSheet {
  std::string name;
  std::vector<CsvRow> rows;  //!< row is the sheet's row number (the first is 1)
};

//! The largest a part of a workbook may be once unpacked; a bigger one is refused, not read.
inline constexpr std::size_t kMaxWorkbookPart = 256u << 20;

//! The sheets of a workbook in its order; nullopt, with `problem` saying why in words, when the
//! bytes are not a workbook (not a zip, a part missing or not well-formed, a part too large).
std::optional<std::vector<WorkbookSheet>> ReadWorkbook(std::string_view bytes,
                                                       std::string& problem);

}  // namespace frontdoor::domain
