// src/cli/import_command.cpp — `frontdoor import census FILE.xml`: a council's census history
// brought in a batch of children at a time (each batch one transaction), after the whole file is
// checked to be a census of 2019-20 on; `--dry-run` says what would happen and changes nothing.
#include <filesystem>
#include <iostream>

#include "cli/children_import.hpp"
#include "cli/commands.hpp"
#include "cli/file_parts.hpp"
#include "cli/progress.hpp"
#include "cli/tools.hpp"
#include "domain/census_reading.hpp"
#include "domain/digest.hpp"
#include "service/configuration.hpp"
#include "service/import_service.hpp"

namespace frontdoor::cli {

namespace {

void PrintCensusFileProblem(const std::string& file, const domain::ImportProblem& problem) {
  std::cout << file << " line " << problem.line;
  if (!problem.child.empty()) std::cout << ", child " << problem.child;
  if (!problem.element.empty()) std::cout << ", " << problem.element;
  std::cout << ": " << problem.reason << "\n";
}

}  // namespace

int RunImportCensus(const ImportSettings& settings) {
  const std::string name = std::filesystem::path(settings.file).filename().string();
  if (!std::filesystem::is_regular_file(settings.file)) {
    std::cerr << "frontdoor import census: cannot read " << settings.file << "\n";
    return 2;
  }
  return WithTools(settings.database, "import census", [&](Tools& tools) {
    const auto configuration = service::LoadConfiguration({});
    service::ImportService imports(tools.store, tools.clock, configuration.Rules(),
                                   configuration.name_variants);
    // First the whole file: well-formed, a census of 2019-20 on; its digest names the run.
    service::CensusImportFile file;
    file.file_name = name;
    {
      domain::Sha256 digest;
      domain::CensusReader checker([](domain::ImportedChild) {});
      const bool whole = ReadInParts(
          settings.file, &digest, [&](auto bytes, bool last) { return checker.Feed(bytes, last); });
      for (const auto& problem : checker.FileProblems()) PrintCensusFileProblem(name, problem);
      if (!whole || !checker.FileProblems().empty()) {
        std::cerr << "frontdoor import census: " << name
                  << " cannot be brought in: nothing was changed\n";
        return 1;
      }
      file.digest = digest.Hex();
      file.facts = checker.Facts();
    }
    const std::int64_t run_id =
        settings.dry_run ? 0 : imports.StartCensusRun(service::CommandLineActor(), file);
    service::ImportTally total;
    std::vector<domain::ImportedChild> pending;
    Progress progress;
    const auto flush = [&](std::size_t at_least) {
      while (pending.size() >= at_least && !pending.empty()) {
        const std::size_t count = std::min(pending.size(), settings.batch);
        std::vector<domain::ImportedChild> batch(
            std::make_move_iterator(pending.begin()),
            std::make_move_iterator(pending.begin() + long(count)));
        pending.erase(pending.begin(), pending.begin() + long(count));
        total += imports.ImportCensusChildren(service::CommandLineActor(), run_id, file, batch,
                                              settings.dry_run);
        progress.Show(std::to_string(total.children) + " children, " +
                      std::to_string(total.referrals_added) + " referrals");
      }
    };
    domain::CensusReader reader(
        [&](domain::ImportedChild child) { pending.push_back(std::move(child)); });
    ReadInParts(
        settings.file, nullptr, [&](auto bytes, bool last) { return reader.Feed(bytes, last); },
        [&] { flush(settings.batch); });
    flush(1);
    progress.Show(std::to_string(total.children) + " children, " +
                      std::to_string(total.referrals_added) + " referrals",
                  true);
    progress.End();
    for (const auto& problem : total.problems) PrintCensusFileProblem(name, problem);
    return EndChildrenImport(total, settings.dry_run);
  });
}

}  // namespace frontdoor::cli
