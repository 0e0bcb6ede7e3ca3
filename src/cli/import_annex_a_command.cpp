// src/cli/import_annex_a_command.cpp — `frontdoor import annex-a FILE...`: Ofsted's Annex A lists
// 1, 3, 4 and 5 from a workbook (a sheet each) or CSV files (a list each), every list read and
// checked whole first, then each child with their referrals brought in a batch at a time (each
// batch one transaction); `--dry-run` says what would happen and changes nothing.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "cli/children_import.hpp"
#include "cli/commands.hpp"
#include "cli/file_parts.hpp"
#include "cli/progress.hpp"
#include "cli/tools.hpp"
#include "domain/annex_a_reading.hpp"
#include "domain/digest.hpp"
#include "domain/text.hpp"
#include "domain/uk_time.hpp"
#include "domain/xlsx.hpp"
#include "service/configuration.hpp"
#include "service/import_service.hpp"

namespace frontdoor::cli {

namespace {

// "list-3.csv row 4, child C1, Date of referral: reason" (a table's problem names no child or
// column); a problem of the child's referrals as a whole (a step the rules refuse) names the
// child and the row they begin.
void PrintAnnexAProblem(const domain::ImportProblem& problem) {
  const auto column = problem.element.find(": ");
  if (column == std::string::npos && !problem.child.empty()) {
    std::cout << "child " << problem.child << " (from row " << problem.line
              << "): " << problem.reason << "\n";
    return;
  }
  std::cout << problem.element.substr(0, column) << " row " << problem.line;
  if (!problem.child.empty()) std::cout << ", child " << problem.child;
  if (column != std::string::npos) std::cout << ", " << problem.element.substr(column + 2);
  std::cout << ": " << problem.reason << "\n";
}

// The tables of one file: each list sheet of a workbook, or the CSV file; false (said why) when
// the file cannot be read.
bool ReadTables(const std::string& path, domain::Sha256& digest,
                std::vector<domain::AnnexATable>& tables) {
  const std::string name = std::filesystem::path(path).filename().string();
  if (domain::Lower(std::filesystem::path(path).extension().string()) == ".xlsx") {
    std::string bytes;
    if (!ReadInParts(path, &digest, [&](auto part, bool) {
          bytes.append(part);
          return bytes.size() <= domain::kMaxWorkbookPart;
        })) {
      std::cout << name << ": cannot be read, or is larger than "
                << (domain::kMaxWorkbookPart >> 20) << " MB\n";
      return false;
    }
    std::string problem;
    auto sheets = domain::ReadWorkbook(bytes, problem);
    if (!sheets) {
      std::cout << name << ": " << problem << "\n";
      return false;
    }
    // A workbook may hold other lists and notes: only lists 1, 3, 4 and 5 are read.
    for (auto& sheet : *sheets) {
      if (sheet.rows.empty() || domain::AnnexAListOf(sheet.rows.front()) == 0) {
        std::cout << "Not read: " << name << " sheet \"" << sheet.name
                  << "\" (its columns are not those of list 1, 3, 4 or 5)\n";
        continue;
      }
      tables.push_back({name + " sheet \"" + sheet.name + "\"", std::move(sheet.rows)});
    }
    return true;
  }
  domain::AnnexATable table{name, {}};
  domain::CsvReader reader([&](domain::CsvRow row) { table.rows.push_back(std::move(row)); });
  const bool read =
      ReadInParts(path, &digest, [&](auto bytes, bool last) { return reader.Feed(bytes, last); });
  if (const auto* problem = reader.Problem()) {
    std::cout << name << " row " << problem->line << ": " << problem->reason << "\n";
    return false;
  }
  if (!read) {
    std::cout << name << ": cannot be read\n";
    return false;
  }
  tables.push_back(std::move(table));
  return true;
}

}  // namespace

int RunImportAnnexA(const AnnexAImportSettings& settings) {
  for (const auto& file : settings.files) {
    if (!std::filesystem::is_regular_file(file)) {
      std::cerr << "frontdoor import annex-a: cannot read " << file << "\n";
      return 2;
    }
  }
  return WithTools(settings.database, "import annex-a", [&](Tools& tools) {
    const auto configuration = service::LoadConfiguration({});
    const auto rules = configuration.Rules();
    service::ImportService imports(tools.store, tools.clock, rules, configuration.name_variants);
    // First every list whole: read, known by its columns, each row checked.
    service::AnnexAImportFile file;
    file.source =
        settings.source.empty() ? "census " + rules.settings.local_authority.code : settings.source;
    domain::Sha256 digest;
    std::vector<domain::AnnexATable> tables;
    bool whole = true;
    for (const auto& path : settings.files) {
      if (!file.file_names.empty()) file.file_names += ", ";
      file.file_names += std::filesystem::path(path).filename().string();
      whole = ReadTables(path, digest, tables) && whole;
    }
    auto reading = domain::ReadAnnexA(tables, domain::UkDate(tools.clock.Now()));
    for (const auto& problem : reading.file_problems) PrintAnnexAProblem(problem);
    if (!whole || !reading.file_problems.empty() || tables.empty()) {
      if (whole && tables.empty()) std::cout << "No list 1, 3, 4 or 5 was found\n";
      std::cerr << "frontdoor import annex-a: the lists cannot be brought in: nothing was "
                   "changed\n";
      return 1;
    }
    file.digest = digest.Hex();
    const std::int64_t run_id =
        settings.dry_run ? 0 : imports.StartAnnexARun(service::CommandLineActor(), file);
    service::ImportTally total;
    Progress progress;
    const auto& children = reading.children;
    for (std::size_t at = 0; at < children.size(); at += settings.batch) {
      const std::vector<domain::ImportedChild> batch(
          children.begin() + long(at),
          children.begin() + long(std::min(children.size(), at + settings.batch)));
      total += imports.ImportAnnexAChildren(service::CommandLineActor(), run_id, file, batch,
                                            settings.dry_run);
      progress.Show(std::to_string(total.children) + " of " + std::to_string(children.size()) +
                    " children, " + std::to_string(total.referrals_added) + " referrals");
    }
    progress.End();
    for (const auto& problem : total.problems) PrintAnnexAProblem(problem);
    for (const auto& note : reading.left_out) {
      std::cout << "Left out: ";
      PrintAnnexAProblem(note);
    }
    if (!reading.left_out.empty())
      std::cout << reading.left_out.size()
                << " rows left out: frontdoor cannot keep them (each is listed above)\n";
    return EndChildrenImport(total, settings.dry_run);
  });
}

}  // namespace frontdoor::cli
