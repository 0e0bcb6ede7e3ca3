// src/store/migration.hpp — numbered schema migrations, read from the embedded SQL files.
#pragma once

#include <string>
#include <vector>

#include "store/embedded_file.hpp"

namespace frontdoor::store {

//! One schema step: version 3 comes from a file named 0003_something.sql.
struct Migration {
  int version = 0;
  std::string name;
  std::string sql;
};

//! The migrations in `files`, in version order; throws StoreError on a badly named or
//! duplicated version (a build mistake, caught by the store tests).
std::vector<Migration> LoadMigrations(const std::vector<EmbeddedFile>& files);

}  // namespace frontdoor::store
