// src/cli/main.cpp — the frontdoor command: parses the command line and runs a subcommand.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "version.hpp"

int main(int argc, char** argv) {
  using frontdoor::cli::ServeSettings;
  CLI::App app{"frontdoor: the children's services front door (MASH) service", "frontdoor"};
  app.set_version_flag("--version", std::string("frontdoor ") + frontdoor::kVersion);
  app.require_subcommand(1);

  const std::string database_help =
      "Database address: sqlite:PATH or postgresql://user:pass@host:port/db";
  const std::string default_database = "sqlite:./data/frontdoor.db";

  ServeSettings serve;
  CLI::App* serve_command = app.add_subcommand("serve", "Serve the pages and the API");
  serve_command->add_option("--database", serve.database, database_help)
      ->envname("FRONTDOOR_DATABASE")
      ->default_val(default_database);
  serve_command
      ->add_option("--listen", serve.listen, "Address to listen on, HOST:PORT (port 0 picks one)")
      ->envname("FRONTDOOR_LISTEN")
      ->default_val("127.0.0.1:8080");
  serve_command
      ->add_option("--assets", serve.assets,
                   "Folder of front-end files (default: beside the binary)")
      ->envname("FRONTDOOR_ASSETS");
  serve_command
      ->add_option("--max-body-bytes", serve.max_body_bytes, "Largest request body accepted")
      ->envname("FRONTDOOR_MAX_BODY_BYTES")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1024}, std::size_t{64} * 1024 * 1024));
  serve_command
      ->add_option("--request-timeout-ms", serve.request_timeout_ms,
                   "Time allowed to send one whole request")
      ->capture_default_str()
      ->check(CLI::Range(100, 600'000));
  serve_command
      ->add_option("--idle-timeout-ms", serve.idle_timeout_ms,
                   "Time an idle keep-alive connection is kept")
      ->capture_default_str()
      ->check(CLI::Range(100, 600'000));
  serve_command->add_option("--workers", serve.workers, "Threads that run requests")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));

  std::string migrate_database;
  CLI::App* migrate_command =
      app.add_subcommand("migrate", "Bring the database's schema up to date");
  migrate_command->add_option("--database", migrate_database, database_help)
      ->envname("FRONTDOOR_DATABASE")
      ->default_val(default_database);

  CLI11_PARSE(app, argc, argv);

  frontdoor::cli::SetUpLogging();
  if (serve_command->parsed()) return frontdoor::cli::RunServe(serve);
  if (migrate_command->parsed()) return frontdoor::cli::RunMigrate(migrate_database);
  return 2;
}
