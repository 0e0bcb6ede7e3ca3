// tests/domain/xlsx_test.cpp — workbooks written by libxlsxwriter (shared strings, and inline
// strings as a big export writes them) read back sheet by sheet; bytes that are no workbook
// refused.
#include "domain/xlsx.hpp"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <unistd.h>

namespace frontdoor::domain {
namespace {

// A workbook of two sheets written to a file and read back as bytes. The file is named for this
// process and test, since the tests run side by side and would otherwise write one file at once.
std::string TwoSheets(bool inline_strings) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const auto path = std::filesystem::temp_directory_path() /
                    ("frontdoor-xlsx-test-" + std::to_string(::getpid()) + "-" + test->name() +
                     "-" + std::to_string(inline_strings) + ".xlsx");
  lxw_workbook_options options{};
  options.constant_memory = inline_strings ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* first = workbook_add_worksheet(workbook, "List 1 contacts");
  worksheet_write_string(first, 0, 0, "Child Unique ID", nullptr);
  worksheet_write_string(first, 0, 1, "Date of Contact", nullptr);
  worksheet_write_string(first, 1, 0, "C12 & \"sons\"", nullptr);
  worksheet_write_number(first, 1, 1, 45678, nullptr);
  // Row 4 (index 3) skips a row and a column.
  worksheet_write_string(first, 3, 1, "2025-06-01", nullptr);
  lxw_worksheet* second = workbook_add_worksheet(workbook, "Notes");
  worksheet_write_boolean(second, 0, 0, 1, nullptr);
  worksheet_write_string(second, 0, 2, "Zoë", nullptr);
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  std::ifstream file(path, std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(file), {}};
  std::filesystem::remove(path);
  return bytes;
}

TEST(Workbook, ReadsEachSheetsRowsWhereTheSpreadsheetShowsThem) {
  for (bool inline_strings : {false, true}) {
    std::string problem;
    const auto sheets = ReadWorkbook(TwoSheets(inline_strings), problem);
    ASSERT_TRUE(sheets) << problem;
    ASSERT_EQ(sheets->size(), 2u);
    const auto& first = (*sheets)[0];
    EXPECT_EQ(first.name, "List 1 contacts");
    ASSERT_EQ(first.rows.size(), 3u);
    EXPECT_EQ(first.rows[0].row, 1);
    EXPECT_EQ(first.rows[0].fields,
              (std::vector<std::string>{"Child Unique ID", "Date of Contact"}));
    EXPECT_EQ(first.rows[1].fields, (std::vector<std::string>{"C12 & \"sons\"", "45678"}));
    EXPECT_EQ(first.rows[2].row, 4);
    EXPECT_EQ(first.rows[2].fields, (std::vector<std::string>{"", "2025-06-01"}));
    ASSERT_EQ((*sheets)[1].rows.size(), 1u);
    EXPECT_EQ((*sheets)[1].rows[0].fields, (std::vector<std::string>{"TRUE", "", "Zoë"}));
  }
}

TEST(Workbook, RefusesBytesThatAreNoWorkbookSayingWhy) {
  std::string problem;
  EXPECT_FALSE(ReadWorkbook("Child Unique ID,Gender\r\nC1,Male\r\n", problem));
  EXPECT_NE(problem.find("not a zip file"), std::string::npos) << problem;
  // A workbook cut short loses its table of contents at the end.
  const auto whole = TwoSheets(false);
  problem.clear();
  EXPECT_FALSE(ReadWorkbook(std::string_view(whole).substr(0, whole.size() / 2), problem));
  EXPECT_FALSE(problem.empty());
}

}  // namespace
}  // namespace frontdoor::domain
