// src/cli/migrate_command.cpp — `frontdoor migrate`: applies the schema migrations the database
// lacks.
#include <spdlog/spdlog.h>

#include <iostream>

#include "cli/commands.hpp"
#include "store/store.hpp"

namespace frontdoor::cli {

int RunMigrate(const std::string& database) {
  std::string error;
  auto url = store::ParseDatabaseUrl(database, error);
  if (!url) {
    std::cerr << "frontdoor migrate: " << error << "\n";
    return 2;
  }
  try {
    auto store = store::OpenStore(*url);
    const store::SchemaStatus before = store->Schema();
    if (before.applied > before.known) {
      std::cerr << "frontdoor migrate: the database schema is version " << before.applied
                << ", newer than this frontdoor knows (" << before.known
                << "). Use a newer frontdoor.\n";
      return 1;
    }
    const int applied = store->Migrate();
    const store::SchemaStatus after = store->Schema();
    std::cout << "Applied " << applied << " migration" << (applied == 1 ? "" : "s") << "; the "
              << store::DatabaseKindName(url->kind) << " schema is at version " << after.applied
              << ".\n";
    return 0;
  } catch (const std::exception& failure) {
    std::cerr << "frontdoor migrate: " << failure.what() << "\n";
    return 1;
  }
}

}  // namespace frontdoor::cli
