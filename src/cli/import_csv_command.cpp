// src/cli/import_csv_command.cpp — `frontdoor import csv`: a council's people, households, contacts
// and referrals from the documented CSV files (doc/import-csv.md), every file checked whole first,
// then brought in a batch of rows at a time (each batch one transaction), people before the
// households and contacts that name them; `--dry-run` says what would happen and changes nothing.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>
#include <map>

#include "cli/commands.hpp"
#include "cli/file_parts.hpp"
#include "cli/progress.hpp"
#include "cli/tools.hpp"
#include "domain/csv_import.hpp"
#include "domain/uk_time.hpp"
#include "service/configuration.hpp"
#include "service/import_service.hpp"

namespace frontdoor::cli {

namespace {

// One of the files given, with its header once read.
struct GivenFile {
  domain::CsvFile kind;
  std::string path;
  std::string name;  // without its folder, as problems name it
  domain::CsvColumns columns;
};

void PrintCsvProblem(const std::string& file, const domain::ImportProblem& problem) {
  std::cout << file << " row " << problem.line;
  if (!problem.child.empty()) std::cout << ", record " << problem.child;
  if (!problem.element.empty()) std::cout << ", " << problem.element;
  std::cout << ": " << problem.reason << "\n";
}

// Reads every row of `file` after its header through `on_row`; false (problems printed) when it
// cannot be read as CSV. With `check` the header is read against the file's columns first.
bool ReadRows(
    GivenFile& file, domain::Sha256* digest, bool check,
    const std::function<void(const domain::CsvRow&)>& on_row,
    const std::function<void()>& after_part = [] {}) {
  std::vector<domain::ImportProblem> problems;
  bool header = true;
  domain::CsvReader reader([&](domain::CsvRow row) {
    if (header) {
      header = false;
      if (check)
        file.columns = domain::CsvColumns::Read(row, domain::LayoutOf(file.kind), problems);
      return;
    }
    on_row(row);
  });
  const bool read = ReadInParts(
      file.path, digest, [&](auto bytes, bool last) { return reader.Feed(bytes, last); },
      after_part);
  if (header && problems.empty()) problems.push_back({1, "", "", "The file has no header row"});
  if (const auto* problem = reader.Problem()) problems.push_back(*problem);
  if (!read && !reader.Problem()) problems.push_back({0, "", "", "It cannot be read"});
  for (const auto& problem : problems) PrintCsvProblem(file.name, problem);
  return problems.empty();
}

void PrintTally(const std::string& file, const service::RowTally& tally, bool dry_run) {
  std::cout << file << ": " << tally.rows << " rows "
            << (dry_run ? "would bring in " : "brought in ") << tally.added << " new, "
            << tally.matched << " matched here, " << tally.known << " already here, "
            << tally.to_review << " for a manager to review, " << tally.skipped << " with problems";
  if (tally.referrals > 0) std::cout << "; " << tally.referrals << " referrals";
  std::cout << "\n";
}

}  // namespace

int RunImportCsv(const CsvImportSettings& settings) {
  const bool plain_source =
      !settings.source.empty() && settings.source.size() <= 40 &&
      std::all_of(settings.source.begin(), settings.source.end(), [](unsigned char letter) {
        return std::isalnum(letter) || letter == '-' || letter == '_';
      });
  if (!plain_source) {
    std::cerr << "frontdoor import csv: --source is the previous system's name in letters, digits, "
                 "- and _ (at most 40), the same each time its files are brought in\n";
    return 2;
  }
  std::vector<GivenFile> files;
  const std::pair<domain::CsvFile, const std::string*> given[] = {
      {domain::CsvFile::kPeople, &settings.people},
      {domain::CsvFile::kHouseholds, &settings.households},
      {domain::CsvFile::kContacts, &settings.contacts},
      {domain::CsvFile::kReferrals, &settings.referrals}};
  for (const auto& [kind, path] : given) {
    if (path->empty()) continue;
    if (!std::filesystem::is_regular_file(*path)) {
      std::cerr << "frontdoor import csv: cannot read " << *path << "\n";
      return 2;
    }
    files.push_back({kind, *path, std::filesystem::path(*path).filename().string(), {}});
  }
  if (files.empty()) {
    std::cerr << "frontdoor import csv: give at least one of --people, --households, --contacts "
                 "(with --referrals)\n";
    return 2;
  }
  if (!settings.referrals.empty() && settings.contacts.empty()) {
    std::cerr << "frontdoor import csv: referrals come in with their contacts: give --contacts "
                 "too\n";
    return 2;
  }
  return WithTools(settings.database, "import csv", [&](Tools& tools) {
    const auto configuration = service::LoadConfiguration({});
    const auto rules = configuration.Rules();
    service::ImportService imports(tools.store, tools.clock, rules, configuration.name_variants);
    const domain::Date today = domain::UkDate(tools.clock.Now());

    // First every file whole: CSV, with the columns of its kind; their digest names the run.
    domain::Sha256 digest;
    bool whole = true;
    std::string names;
    for (auto& file : files) {
      whole = ReadRows(file, &digest, true, [](const domain::CsvRow&) {}) && whole;
      names += (names.empty() ? "" : ", ") + file.name;
    }
    if (!whole) {
      std::cerr << "frontdoor import csv: the files cannot be brought in: nothing was changed\n";
      return 1;
    }

    service::CsvImport import;
    import.source = "csv " + settings.source;
    import.description = "the CSV files of " + settings.source + " (" + names + ")";
    import.dry_run = settings.dry_run;
    if (!settings.dry_run)
      imports.StartCsvRun(service::CommandLineActor(), import, names, digest.Hex());

    // The referrals, by the contact they belong to, for each contact to come in whole.
    std::map<std::string, std::vector<domain::ImportedReferral>> referrals;
    std::string referrals_name;
    for (auto& file : files) {
      if (file.kind != domain::CsvFile::kReferrals) continue;
      referrals_name = file.name;
      ReadRows(file, nullptr, false, [&](const domain::CsvRow& row) {
        auto referral = domain::ReadReferralRow(file.columns, row, rules.framework);
        referrals[referral.contact_id].push_back(std::move(referral));
      });
    }

    bool all_in = true;
    int to_review = 0;
    for (auto& file : files) {
      if (file.kind == domain::CsvFile::kReferrals) continue;
      service::RowTally total;
      Progress progress;
      const auto show = [&](bool now) {
        progress.Show(file.name + ": " + std::to_string(total.rows) + " rows", now);
      };
      std::vector<domain::ImportedPerson> people;
      std::vector<domain::ImportedMembership> members;
      std::vector<domain::ImportedContact> contacts;
      const auto flush = [&](std::size_t at_least) {
        const std::size_t pending = people.size() + members.size() + contacts.size();
        if (pending == 0 || pending < at_least) return;
        const auto actor = service::CommandLineActor();
        if (!people.empty()) total += imports.ImportCsvPeople(actor, import, people);
        if (!members.empty()) total += imports.ImportCsvHouseholds(actor, import, members);
        if (!contacts.empty()) total += imports.ImportCsvContacts(actor, import, contacts);
        people.clear();
        members.clear();
        contacts.clear();
        show(false);
      };
      ReadRows(file, nullptr, false, [&](const domain::CsvRow& row) {
        switch (file.kind) {
          case domain::CsvFile::kPeople:
            people.push_back(domain::ReadPersonRow(file.columns, row, today));
            break;
          case domain::CsvFile::kHouseholds:
            members.push_back(domain::ReadMembershipRow(file.columns, row, today));
            break;
          case domain::CsvFile::kContacts: {
            auto contact = domain::ReadContactRow(file.columns, row, rules.framework, today);
            if (auto found = referrals.find(contact.external_id); found != referrals.end()) {
              domain::AttachReferrals(contact, std::move(found->second));
              referrals.erase(found);
            }
            contacts.push_back(std::move(contact));
            break;
          }
          case domain::CsvFile::kReferrals:
            break;
        }
        if (people.size() + members.size() + contacts.size() >= settings.batch) flush(1);
      });
      flush(1);
      show(true);
      progress.End();
      for (const auto& problem : total.problems) PrintCsvProblem(file.name, problem);
      PrintTally(file.name, total, settings.dry_run);
      all_in = all_in && total.skipped == 0;
      to_review += total.to_review;
    }
    // A referral whose contact is not in the contacts file cannot come in.
    for (const auto& [contact, rows] : referrals) {
      for (const auto& referral : rows) {
        for (const auto& problem : referral.problems) PrintCsvProblem(referrals_name, problem);
        if (!contact.empty())
          PrintCsvProblem(referrals_name, {referral.row, contact, "contact_id",
                                           "This contact is not in the contacts file"});
      }
      all_in = false;
    }
    if (to_review > 0)
      std::cout << "A manager matches the people waiting for review at /imports/reviews; import "
                   "the files again afterwards to bring in their households and contacts\n";
    return all_in ? 0 : 1;
  });
}

}  // namespace frontdoor::cli
