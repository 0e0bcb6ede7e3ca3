// fuzz/import_files_fuzz.cpp — any bytes as the files an import reads: a CSV file fed in parts of
// a size the input chooses, each row read as every kind of row (with the shipped threshold
// framework), a Children in Need census file read into children, the bytes as a workbook and the
// rows as Annex A lists (each child read again from their rows as given). Nothing may crash, and
// each problem names a row that the file has.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "domain/annex_a_reading.hpp"
#include "domain/census_reading.hpp"
#include "domain/csv_import.hpp"
#include "domain/xlsx.hpp"
#include "store/embedded_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace frontdoor::domain;
  static const auto framework = LoadThresholdFramework(frontdoor::ThresholdFiles().at(0).text);
  if (size == 0) return 0;
  const std::size_t part = 1 + data[0] % 64;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);

  std::vector<CsvRow> rows;
  CsvReader reader([&](CsvRow row) { rows.push_back(std::move(row)); });
  for (std::size_t at = 0;; at += part) {
    const bool last = at + part >= text.size();
    if (!reader.Feed(text.substr(std::min(at, text.size()), part), last) || last) break;
  }
  const Date today = *ParseDate("2026-12-03");
  for (const auto file :
       {CsvFile::kPeople, CsvFile::kHouseholds, CsvFile::kContacts, CsvFile::kReferrals}) {
    if (rows.empty()) break;
    std::vector<ImportProblem> problems;
    const auto columns = CsvColumns::Read(rows.front(), LayoutOf(file), problems);
    const int last_row = rows.back().row;
    const auto check = [&](const std::vector<ImportProblem>& found) {
      for (const auto& problem : found) {
        if (problem.line < 1 || problem.line > last_row) __builtin_trap();
      }
    };
    for (std::size_t index = 1; index < rows.size(); ++index) {
      switch (file) {
        case CsvFile::kPeople: {
          const auto person = ReadPersonRow(columns, rows[index], today);
          check(person.problems);
          if (person.problems.empty()) (void)ReadPersonRowText(PersonRowText(person), today);
          break;
        }
        case CsvFile::kHouseholds:
          check(ReadMembershipRow(columns, rows[index], today).problems);
          break;
        case CsvFile::kContacts: {
          auto contact = ReadContactRow(columns, rows[index], framework, today);
          AttachReferrals(contact, {ReadReferralRow(columns, rows[index], framework)});
          check(contact.problems);
          break;
        }
        case CsvFile::kReferrals:
          check(ReadReferralRow(columns, rows[index], framework).problems);
          break;
      }
    }
  }
  for (const auto& child : ReadCensusChildren(text)) (void)child.AsPerson();

  // The rows as one Annex A list, and as each list by its header.
  if (!rows.empty()) {
    const auto reading = ReadAnnexA({{"fuzz.csv", rows}}, today);
    for (const auto& child : reading.children) {
      if (child.line < 1 || child.line > rows.back().row) __builtin_trap();
      (void)ReadAnnexAChild(child.as_given, today);
    }
  }
  std::string problem;
  if (const auto sheets = ReadWorkbook(text, problem)) {
    std::vector<AnnexATable> tables;
    for (const auto& sheet : *sheets) tables.push_back({sheet.name, sheet.rows});
    (void)ReadAnnexA(tables, today);
  }
  return 0;
}
