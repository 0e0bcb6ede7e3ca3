// tests/domain/csv_test.cpp — reading CSV a part at a time: quoted fields with commas, quotes and
// line breaks, a spreadsheet's byte-order mark, blank lines, a broken quote named by its row; the
// header read against a file's columns; a line written back as it reads.
#include "domain/csv.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

std::vector<CsvRow> Rows(const std::string& text, std::size_t part_size,
                         std::optional<ImportProblem>* problem) {
  std::vector<CsvRow> rows;
  CsvReader reader([&](CsvRow row) { rows.push_back(std::move(row)); });
  bool well = true;
  for (std::size_t at = 0; well && at < text.size(); at += part_size)
    well = reader.Feed(std::string_view(text).substr(at, part_size), at + part_size >= text.size());
  if (text.empty()) well = reader.Feed("", true);
  if (problem && reader.Problem()) *problem = *reader.Problem();
  return rows;
}

TEST(Csv, QuotedFieldsHoldCommasQuotesAndLineBreaksWhateverThePartsAre) {
  const std::string text =
      "\xEF\xBB\xBFid,concern\r\n"
      "K1,\"Bruise, said \"\"dad\"\"\"\r\n"
      "\r\n"
      "K2,\"Two\nlines\"\n"
      "K3,last";
  for (std::size_t part : {std::size_t(1), std::size_t(3), std::size_t(1000)}) {
    std::optional<ImportProblem> problem;
    const auto rows = Rows(text, part, &problem);
    ASSERT_EQ(rows.size(), 4u) << part;
    EXPECT_FALSE(problem);
    EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"id", "concern"}));
    EXPECT_EQ(rows[1].fields, (std::vector<std::string>{"K1", "Bruise, said \"dad\""}));
    EXPECT_EQ(rows[2].fields, (std::vector<std::string>{"K2", "Two\nlines"}));
    EXPECT_EQ(rows[3].fields, (std::vector<std::string>{"K3", "last"}));
    EXPECT_EQ(rows[3].row, 4);  // the blank line is not a row
  }
}

TEST(Csv, AQuoteOutOfPlaceStopsTheReadingAndNamesTheRow) {
  std::optional<ImportProblem> problem;
  const auto rows =
      Rows("id,concern\nK1,fine\nK2,half \"quoted\" text\nK3,never read\n", 7, &problem);
  EXPECT_EQ(rows.size(), 2u);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->line, 3);
  EXPECT_EQ(problem->reason.rfind("A quote out of place", 0), 0u) << problem->reason;
  problem.reset();
  Rows("id,concern\nK1,\"never closed\n", 100, &problem);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->line, 2);
}

TEST(Csv, TheHeaderNamesEachColumnOnceAndHasEveryRequiredOne) {
  const CsvLayout layout{{"person_id", "given_name"}, {"upn"}};
  std::vector<ImportProblem> problems;
  const auto columns =
      CsvColumns::Read({1, {" Given_Name ", "person_id", "UPN"}}, layout, problems);
  EXPECT_TRUE(problems.empty());
  const CsvRow row{2, {"  Jayden ", "P1"}};
  EXPECT_EQ(columns.Of(row, "given_name"), "Jayden");
  EXPECT_EQ(columns.Of(row, "person_id"), "P1");
  EXPECT_EQ(columns.Of(row, "upn"), "");  // the row stops short of it
  EXPECT_EQ(columns.Of(row, "sex"), "");  // not a column of the file

  CsvColumns::Read({1, {"person_id", "person_id", "nickname"}}, layout, problems);
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_EQ(problems[0].element, "person_id");
  EXPECT_EQ(problems[0].reason, "This column is named twice");
  EXPECT_EQ(problems[1].element, "nickname");
  EXPECT_EQ(problems[2].element, "given_name");
  EXPECT_EQ(problems[2].reason, "This column is missing from the header");
}

TEST(Csv, ALineWrittenReadsBackAsTheSameFields) {
  const std::vector<std::string> fields{"plain", "a, comma", "a \"quote\"", "two\r\nlines", ""};
  EXPECT_EQ(CsvLine(fields), "plain,\"a, comma\",\"a \"\"quote\"\"\",\"two\r\nlines\",");
  const auto rows = Rows(CsvLine(fields) + "\n", 5, nullptr);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, fields);
}

}  // namespace
}  // namespace frontdoor::domain
