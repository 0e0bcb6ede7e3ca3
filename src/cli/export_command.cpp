// src/cli/export_command.cpp — `frontdoor export annex-a`: Ofsted's Annex A lists 1, 3, 4 and 5 for
// a period, as one Excel workbook or one CSV file a list; `frontdoor export census`: the Children
// in Need census for a year, checked first.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/tools.hpp"
#include "domain/uk_time.hpp"
#include "service/configuration.hpp"
#include "service/return_service.hpp"
#include "version.hpp"
#include "web/annex_a_files.hpp"

namespace frontdoor::cli {

namespace {

// One CSV file a list in `folder` ("annex-a-list-1-contacts.csv"); "" when saved, else why not.
std::string WriteCsvFiles(const std::vector<domain::AnnexAList>& lists, const std::string& folder) {
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) return "cannot make the folder " + folder + ": " + error.message();
  for (const auto& list : lists) {
    const auto path = std::filesystem::path(folder) / web::AnnexACsvName(list);
    std::ofstream file(path, std::ios::binary);
    file << domain::AnnexACsv(list);
    file.close();
    if (!file) return "cannot write " + path.string();
  }
  return "";
}

// The authority's configuration: the built-in one, with its own front door file when given.
std::optional<service::Configuration> ConfigurationFor(const ExportSettings& settings,
                                                       const char* name) {
  std::string front_door;
  if (!settings.front_door.empty()) {
    std::ifstream file(settings.front_door);
    if (!file) {
      std::cerr << "frontdoor " << name << ": cannot read " << settings.front_door << "\n";
      return std::nullopt;
    }
    front_door.assign(std::istreambuf_iterator<char>(file), {});
  }
  return service::LoadConfiguration({"", "", "", front_door, ""});
}

// "error 8610, PrimaryNeedCode: child C0000002, referral on contact 12 (/contacts/12): ..." (or
// "query 8670Q, ...", or "query 2887Q, Disability: the whole return: ...").
void PrintPreFlightProblem(const domain::CensusProblem& problem) {
  std::cout << (problem.query ? "query " : "error ") << problem.rule << ", " << problem.element
            << ": "
            << (problem.AboutWholeReturn() ? "the whole return" : "child " + problem.child_id);
  if (problem.contact_id)
    std::cout << ", referral on contact " << problem.contact_id << " (/contacts/"
              << problem.contact_id << ")";
  std::cout << ": " << problem.message << "\n";
}

}  // namespace

int RunExportAnnexA(const ExportSettings& settings) {
  domain::AnnexAPeriod period;
  const auto errors = domain::ValidateAnnexAPeriod(
      settings.from, settings.to, domain::UkDate(service::SystemClock().Now()), period);
  for (const auto& error : errors)
    std::cerr << "frontdoor export annex-a: --" << error.field << ": " << error.message
              << " (as 2026-04-01)\n";
  if (!errors.empty()) return 2;
  if (settings.format != "xlsx" && settings.format != "csv") {
    std::cerr << "frontdoor export annex-a: --format is xlsx or csv\n";
    return 2;
  }
  return WithTools(settings.database, "export annex-a", [&](Tools& tools) {
    const auto configuration = ConfigurationFor(settings, "export annex-a");
    if (!configuration) return 2;
    service::ReturnService returns(tools.store, tools.clock, configuration->Rules());
    const auto lists = returns.AnnexA(service::CommandLineActor(), period.from, period.to);
    const std::string problem = settings.format == "csv"
                                    ? WriteCsvFiles(lists, settings.out)
                                    : web::WriteAnnexAWorkbook(lists, settings.out);
    if (!problem.empty()) {
      std::cerr << "frontdoor export annex-a: " << problem << "\n";
      return 1;
    }
    for (const auto& list : lists) std::cout << list.name << ": " << list.rows.size() << " rows\n";
    std::cout << "Written to " << settings.out << "\n";
    return 0;
  });
}

int RunExportCensus(const ExportSettings& settings) {
  const auto year = domain::ParseCensusYear(settings.year);
  if (!year) {
    std::cerr << "frontdoor export census: give --year as 2025-26 (2019-20 or later)\n";
    return 2;
  }
  if (!settings.check_only && settings.out.empty()) {
    std::cerr << "frontdoor export census: give --out FILE.xml, or --check\n";
    return 2;
  }
  return WithTools(settings.database, "export census", [&](Tools& tools) {
    const auto configuration = ConfigurationFor(settings, "export census");
    if (!configuration) return 2;
    const std::string authority = settings.local_authority.empty()
                                      ? configuration->front_door.local_authority.code
                                      : settings.local_authority;
    if (authority.empty() && !settings.check_only) {
      std::cerr << "frontdoor export census: give --la, or a local_authority line in the front "
                   "door file\n";
      return 2;
    }
    service::ReturnService returns(tools.store, tools.clock, configuration->Rules());
    const std::string part = settings.out + ".part";
    std::ofstream file;
    if (!settings.check_only) {
      file.open(part, std::ios::binary);
      if (!file) {
        std::cerr << "frontdoor export census: cannot write " << part << "\n";
        return 1;
      }
      file << domain::CensusHeaderXml(*year, {authority, "frontdoor", kVersion, tools.clock.Now()});
    }
    const auto run = returns.Census(
        service::CommandLineActor(), *year,
        settings.check_only ? std::function<void(const std::string&)>{}
                            : [&](const std::string& child) { file << child; });
    for (const auto& problem : run.problems) PrintPreFlightProblem(problem);
    const std::size_t errors = domain::CountCensusErrors(run.problems);
    std::cout << year->Label() << ": " << run.children << " children, " << run.referrals
              << " referrals, " << errors << " errors, " << run.problems.size() - errors
              << " queries\n";
    if (settings.check_only) return errors == 0 ? 0 : 1;
    file << domain::CensusFooterXml();
    file.close();
    if (!file || (errors > 0 && !settings.force)) {
      std::filesystem::remove(part);
      if (!file) {
        std::cerr << "frontdoor export census: cannot write " << part << "\n";
      } else {
        std::cerr << "frontdoor export census: not written: the Department would reject the "
                     "children above. Correct their records, or give --force to write it anyway.\n";
      }
      return 1;
    }
    std::filesystem::rename(part, settings.out);
    std::cout << "Written to " << settings.out << "\n";
    return 0;
  });
}

}  // namespace frontdoor::cli
