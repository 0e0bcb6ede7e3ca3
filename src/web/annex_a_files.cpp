// src/web/annex_a_files.cpp — Annex A workbooks and CSV file names.
#include "web/annex_a_files.hpp"

#include <sodium.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>

namespace frontdoor::web {

namespace {

// Columns whose cells are whole numbers, written as numbers so a spreadsheet can sum and sort.
bool IsNumberColumn(const std::string& column) {
  return column.starts_with("Age of") || column.starts_with("Number of");
}

}  // namespace

std::string WriteAnnexAWorkbook(const std::vector<domain::AnnexAList>& lists,
                                const std::string& path) {
  // Rows are written in order, so each is flushed as it is done: memory stays flat on a big list.
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (!workbook) return "cannot create " + path;
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  for (const auto& list : lists) {
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, list.name.c_str());
    for (size_t column = 0; column < list.columns.size(); ++column)
      worksheet_write_string(sheet, 0, lxw_col_t(column), list.columns[column].c_str(), bold);
    for (size_t row = 0; row < list.rows.size(); ++row) {
      for (size_t column = 0; column < list.rows[row].size(); ++column) {
        const std::string& cell = list.rows[row][column];
        if (cell.empty()) continue;
        if (IsNumberColumn(list.columns[column]))
          worksheet_write_number(sheet, lxw_row_t(row + 1), lxw_col_t(column), std::stod(cell),
                                 nullptr);
        else
          worksheet_write_string(sheet, lxw_row_t(row + 1), lxw_col_t(column), cell.c_str(),
                                 nullptr);
      }
    }
  }
  const lxw_error closed = workbook_close(workbook);
  return closed == LXW_NO_ERROR ? ""
                                : std::string("cannot write ") + path + ": " + lxw_strerror(closed);
}

std::optional<std::string> AnnexAWorkbookBytes(const std::vector<domain::AnnexAList>& lists) {
  // libxlsxwriter 1.1.4 writes only to a file: a name no one can guess, removed at once.
  unsigned char random[12];
  randombytes_buf(random, sizeof random);
  std::string name = "frontdoor-annex-a-";
  for (unsigned char byte : random) name += "0123456789abcdef"[byte % 16];
  std::error_code error;
  const auto path = std::filesystem::temp_directory_path(error) / (name + ".xlsx");
  if (error || !WriteAnnexAWorkbook(lists, path.string()).empty()) {
    std::filesystem::remove(path, error);
    return std::nullopt;
  }
  std::ifstream file(path, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(file), {}};
  const bool read = !file.bad();
  file.close();
  std::filesystem::remove(path, error);
  if (!read) return std::nullopt;
  return bytes;
}

std::string AnnexACsvName(const domain::AnnexAList& list) {
  std::string name = "annex-a-" + list.name + ".csv";
  for (char& letter : name) letter = letter == ' ' ? '-' : char(std::tolower(letter));
  return name;
}

}  // namespace frontdoor::web
