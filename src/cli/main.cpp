// src/cli/main.cpp — the frontdoor command: parses the command line and runs a subcommand.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "version.hpp"

namespace {

const std::string kDatabaseHelp =
    "Database address: sqlite:PATH or postgresql://user:pass@host:port/db";
const std::string kDefaultDatabase = "sqlite:./data/frontdoor.db";

CLI::Option* AddDatabase(CLI::App* command, std::string& database) {
  return command->add_option("--database", database, kDatabaseHelp)
      ->envname("FRONTDOOR_DATABASE")
      ->default_val(kDefaultDatabase);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace frontdoor::cli;
  CLI::App app{"frontdoor: the children's services front door (MASH) service", "frontdoor"};
  app.set_version_flag("--version", std::string("frontdoor ") + frontdoor::kVersion);
  app.require_subcommand(1);

  ServeSettings serve;
  CLI::App* serve_command = app.add_subcommand("serve", "Serve the pages and the API");
  AddDatabase(serve_command, serve.database);
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
  serve_command
      ->add_option("--max-queued", serve.max_queued,
                   "Requests that may wait for a worker; beyond them the answer is 503 with "
                   "Retry-After")
      ->capture_default_str()
      ->check(CLI::Range(0, 100'000));
  serve_command
      ->add_flag("--secure-cookies", serve.secure_cookies,
                 "Mark cookies Secure: set when people reach the service over TLS")
      ->envname("FRONTDOOR_SECURE_COOKIES");
  serve_command
      ->add_option("--two-step-roles", serve.two_step_roles,
                   "Roles that must use two-step verification, comma-separated (\"\" for none)")
      ->envname("FRONTDOOR_TWO_STEP_ROLES")
      ->capture_default_str();
  serve_command
      ->add_option("--session-idle-minutes", serve.session_idle_minutes,
                   "Unused sessions end after this")
      ->capture_default_str()
      ->check(CLI::Range(1, 24 * 60));
  serve_command
      ->add_option("--session-hours", serve.session_hours, "No session lasts longer than this")
      ->capture_default_str()
      ->check(CLI::Range(1, 24 * 7));

  serve_command
      ->add_option("--language-guide", serve.language_guide,
                   "The authority's plain-language guide (format: config/language.txt)")
      ->envname("FRONTDOOR_LANGUAGE_GUIDE")
      ->check(CLI::ExistingFile);
  serve_command
      ->add_option("--name-variants", serve.name_variants,
                   "The authority's name-variant groups (format: config/name-variants.txt)")
      ->envname("FRONTDOOR_NAME_VARIANTS")
      ->check(CLI::ExistingFile);
  serve_command
      ->add_option("--threshold", serve.threshold_framework,
                   "The authority's threshold framework (format: config/threshold.txt)")
      ->envname("FRONTDOOR_THRESHOLD")
      ->check(CLI::ExistingFile);
  serve_command
      ->add_option("--front-door", serve.front_door,
                   "Partner agencies, check urgencies, working hours and teams (format: "
                   "config/front-door.txt)")
      ->envname("FRONTDOOR_FRONT_DOOR")
      ->check(CLI::ExistingFile);
  serve_command
      ->add_option("--bank-holidays", serve.bank_holidays,
                   "England and Wales bank holidays (format: config/bank-holidays.txt)")
      ->envname("FRONTDOOR_BANK_HOLIDAYS")
      ->check(CLI::ExistingFile);

  std::string migrate_database;
  CLI::App* migrate_command =
      app.add_subcommand("migrate", "Bring the database's schema up to date");
  AddDatabase(migrate_command, migrate_database);

  // frontdoor user add|list|disable|set-role|reset-password
  UserSettings user;
  CLI::App* user_command = app.add_subcommand("user", "Manage accounts");
  user_command->require_subcommand(1);
  CLI::App* user_add = user_command->add_subcommand("add", "Add an account");
  CLI::App* user_list = user_command->add_subcommand("list", "List accounts");
  CLI::App* user_disable =
      user_command->add_subcommand("disable", "Disable an account and end its sessions");
  CLI::App* user_set_role = user_command->add_subcommand("set-role", "Change an account's role");
  CLI::App* user_reset =
      user_command->add_subcommand("reset-password", "Set a new password for an account");
  for (CLI::App* command : {user_add, user_list, user_disable, user_set_role, user_reset}) {
    AddDatabase(command, user.database);
  }
  for (CLI::App* command : {user_add, user_disable, user_set_role, user_reset}) {
    command->add_option("--username", user.username, "The account's username")->required();
  }
  for (CLI::App* command : {user_add, user_set_role}) {
    command
        ->add_option("--role", user.role,
                     "practitioner, manager, auditor, partner, performance or admin")
        ->required();
    command->add_option("--agency", user.agency,
                        "For partners: the agency they work for, like police");
  }
  for (CLI::App* command : {user_add, user_reset}) {
    command->add_flag("--password-stdin", user.password_stdin,
                      "Read the password from standard input");
  }

  // frontdoor token create|revoke
  std::string token_database, token_username;
  std::optional<int> expires_days;
  std::int64_t token_id = 0;
  CLI::App* token_command = app.add_subcommand("token", "Manage API tokens");
  token_command->require_subcommand(1);
  CLI::App* token_create = token_command->add_subcommand(
      "create", "Make an API token; it is printed once, on the last line");
  CLI::App* token_revoke = token_command->add_subcommand("revoke", "Revoke an API token");
  AddDatabase(token_create, token_database);
  AddDatabase(token_revoke, token_database);
  token_create->add_option("--username", token_username, "Whose token it is")->required();
  token_create->add_option("--expires-days", expires_days, "Days until the token stops working");
  token_revoke->add_option("--id", token_id, "The token's id, as printed when it was made")
      ->required();

  // frontdoor audit verify
  std::string audit_database;
  CLI::App* audit_command = app.add_subcommand("audit", "Check the access audit");
  audit_command->require_subcommand(1);
  CLI::App* audit_verify =
      audit_command->add_subcommand("verify", "Check no entry was edited, removed or reordered");
  AddDatabase(audit_verify, audit_database);

  std::string demo_database;
  CLI::App* demo_accounts = app.add_subcommand(
      "demo-accounts", "Make one demo account per role, if there are no accounts");
  AddDatabase(demo_accounts, demo_database);

  std::string demo_data_database;
  CLI::App* demo_data =
      app.add_subcommand("demo-data", "Add demonstration families, if there are no people yet");
  AddDatabase(demo_data, demo_data_database);

  std::string generate_database;
  std::int64_t generate_children = 1'000'000;
  CLI::App* generate = app.add_subcommand(
      "generate", "Add a national-scale dataset for benchmarks (children, contacts, decisions)");
  AddDatabase(generate, generate_database);
  generate->add_option("--children", generate_children, "How many children")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{100'000'000}));

  CLI11_PARSE(app, argc, argv);

  SetUpLogging();
  if (serve_command->parsed()) return RunServe(serve);
  if (migrate_command->parsed()) return RunMigrate(migrate_database);
  if (user_add->parsed()) return RunUserAdd(user);
  if (user_list->parsed()) return RunUserList(user.database);
  if (user_disable->parsed()) return RunUserDisable(user);
  if (user_set_role->parsed()) return RunUserSetRole(user);
  if (user_reset->parsed()) return RunUserResetPassword(user);
  if (token_create->parsed()) return RunTokenCreate(token_database, token_username, expires_days);
  if (token_revoke->parsed()) return RunTokenRevoke(token_database, token_id);
  if (audit_verify->parsed()) return RunAuditVerify(audit_database);
  if (demo_accounts->parsed()) return RunDemoAccounts(demo_database);
  if (demo_data->parsed()) return RunDemoData(demo_data_database);
  if (generate->parsed()) return RunGenerate(generate_database, generate_children);
  return 2;
}
