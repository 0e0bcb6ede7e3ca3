// src/store/migration.cpp — turning embedded SQL files into ordered migrations.
#include "store/migration.hpp"

#include <algorithm>
#include <charconv>

#include "store/store.hpp"

namespace frontdoor::store {

std::vector<Migration> LoadMigrations(const std::vector<EmbeddedFile>& files) {
  std::vector<Migration> migrations;
  for (const EmbeddedFile& file : files) {
    int version = 0;
    auto [end, ec] =
        std::from_chars(file.name.data(), file.name.data() + file.name.size(), version);
    if (ec != std::errc() || end == file.name.data() || *end != '_' || version <= 0) {
      throw StoreError("migration file name must start with its number and _: " +
                       std::string(file.name));
    }
    migrations.push_back({version, std::string(file.name), std::string(file.text)});
  }
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (size_t migration_idx = 0; migration_idx < migrations.size(); ++migration_idx) {
    if (migrations[migration_idx].version != int(migration_idx) + 1) {
      throw StoreError("migrations must be numbered 1, 2, 3... without gaps; found " +
                       migrations[migration_idx].name);
    }
  }
  return migrations;
}

}  // namespace frontdoor::store
