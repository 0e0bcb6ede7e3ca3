// src/cli/commands.hpp — the frontdoor command's subcommands and their settings.
#pragma once

#include <string>

namespace frontdoor::cli {

//! Settings for `frontdoor serve`; each flag falls back to its environment variable, then a
//! default.
struct ServeSettings {
  std::string database;  //!< sqlite:PATH or postgresql://...
  std::string listen;    //!< HOST:PORT
  std::string assets;    //!< folder of front-end files; empty means beside the binary
  std::size_t max_body_bytes = 1024 * 1024;
  int request_timeout_ms = 10'000;
  int idle_timeout_ms = 30'000;
  int workers = 32;
};

//! Serves until SIGTERM or SIGINT; returns the process exit code.
int RunServe(const ServeSettings& settings);
//! Brings the database's schema up to date; returns the process exit code.
int RunMigrate(const std::string& database);
//! Sets up the log: one line per event, UTC times, key=value fields.
void SetUpLogging();

}  // namespace frontdoor::cli
