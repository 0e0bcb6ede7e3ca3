// src/cli/main.cpp — the frontdoor command: parses the command line and runs a subcommand. Each
// subcommand's callback sets the exit code once the whole line has parsed.
#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/key_files.hpp"
#include "version.hpp"

namespace {

using namespace frontdoor::cli;

const std::string kDatabaseHelp =
    "Database address: sqlite:PATH or postgresql://user:pass@host:port/db";
const std::string kDefaultDatabase = "sqlite:./data/frontdoor.db";

//! Adds an option several commands take (--database, --audit-key, --two-step-key). Its value is
//! read from the command that runs (OptionOf), never bound to a variable the commands share:
//! CLI11 gives every command's option its default or the environment's value, which would
//! overwrite the flag given to the command that runs.
void AddSharedOption(CLI::App* command, const std::string& flag, const std::string& help,
                     const std::string& environment, const std::string& default_value) {
  command->add_option(flag, help)->envname(environment)->default_val(default_value);
}

std::string OptionOf(const CLI::App& command, const std::string& flag) {
  return command.get_option(flag)->as<std::string>();
}

void AddDatabase(CLI::App* command) {
  AddSharedOption(command, "--database", kDatabaseHelp, "FRONTDOOR_DATABASE", kDefaultDatabase);
}

//! Adds --audit-key (the checkpoint signing key's file) to a command.
void AddAuditKey(CLI::App* command, const std::string& help) {
  AddSharedOption(command, "--audit-key", help, "FRONTDOOR_AUDIT_KEY", kDefaultAuditKeyFile);
}

//! Runs `run` with the command's settings once the line has parsed: its --database, and its
//! --audit-key where the settings hold one, read first.
template <typename Settings, typename Run>
void RunWithDatabase(CLI::App* command, Settings& settings, Run run, int& exit_code) {
  command->callback([command, &settings, run, &exit_code] {
    settings.database = OptionOf(*command, "--database");
    if constexpr (requires { settings.audit_key; })
      settings.audit_key = OptionOf(*command, "--audit-key");
    exit_code = run(settings);
  });
}

//! --dry-run and --batch, as every import takes them.
template <typename Settings>
void AddDryRunAndBatch(CLI::App* command, Settings& settings, const char* batch_help) {
  command->add_flag("--dry-run", settings.dry_run,
                    "Say what would happen and list every problem; change nothing");
  command->add_option("--batch", settings.batch, batch_help)
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1}, std::size_t{100'000}));
}

//! An authority's configuration file `serve` reads instead of the one built in.
struct ConfigFileOption {
  const char* flag;
  std::string ServeSettings::*setting;
  const char* environment;
  const char* help;
};

const ConfigFileOption kConfigFiles[] = {
    {"--language-guide", &ServeSettings::language_guide, "FRONTDOOR_LANGUAGE_GUIDE",
     "The authority's plain-language guide (format: config/language.txt)"},
    {"--name-variants", &ServeSettings::name_variants, "FRONTDOOR_NAME_VARIANTS",
     "The authority's name-variant groups (format: config/name-variants.txt)"},
    {"--threshold", &ServeSettings::threshold_framework, "FRONTDOOR_THRESHOLD",
     "The authority's threshold framework (format: config/threshold.txt)"},
    {"--front-door", &ServeSettings::front_door, "FRONTDOOR_FRONT_DOOR",
     "Partner agencies, check urgencies, working hours and teams (format: config/front-door.txt)"},
    {"--bank-holidays", &ServeSettings::bank_holidays, "FRONTDOOR_BANK_HOLIDAYS",
     "England and Wales bank holidays (format: config/bank-holidays.txt)"},
    {"--audit-questions", &ServeSettings::audit_questions, "FRONTDOOR_AUDIT_QUESTIONS",
     "The questions case audits grade (format: config/audit-questions.txt)"},
};

//! How the server listens and how long it waits.
void AddTransportOptions(CLI::App* serve, ServeSettings& settings) {
  serve
      ->add_option("--listen", settings.listen,
                   "Address to listen on, HOST:PORT (port 0 picks one)")
      ->envname("FRONTDOOR_LISTEN")
      ->default_val("127.0.0.1:8080");
  serve->add_option("--max-body-bytes", settings.max_body_bytes, "Largest request body accepted")
      ->envname("FRONTDOOR_MAX_BODY_BYTES")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{1024}, std::size_t{64} * 1024 * 1024));
  serve
      ->add_option("--request-timeout-ms", settings.request_timeout_ms,
                   "Time allowed to send one whole request")
      ->capture_default_str()
      ->check(CLI::Range(100, 600'000));
  serve
      ->add_option("--idle-timeout-ms", settings.idle_timeout_ms,
                   "Time an idle keep-alive connection is kept")
      ->capture_default_str()
      ->check(CLI::Range(100, 600'000));
  serve->add_option("--workers", settings.workers, "Threads that run requests")
      ->capture_default_str()
      ->check(CLI::Range(1, 1024));
  serve
      ->add_option("--database-connections", settings.database_connections,
                   "PostgreSQL sessions open at once, which requests take in turn; about twice "
                   "the database server's cores is best (0: twice this machine's cores and one "
                   "more, no more than --workers)")
      ->envname("FRONTDOOR_DATABASE_CONNECTIONS")
      ->capture_default_str()
      ->check(CLI::Range(0, 1'000));
  serve
      ->add_flag("--readings-without-flush", settings.readings_without_flush,
                 "Answer a search or a record shown once its access-audit entry is committed, "
                 "without waiting for the disk to flush it: not held up by a busy disk, but a "
                 "crash of the machine may lose the last second's entries about readings (never "
                 "a change to a record)")
      ->envname("FRONTDOOR_READINGS_WITHOUT_FLUSH");
  serve
      ->add_option("--max-queued", settings.max_queued,
                   "Requests that may wait for a worker; beyond them the answer is 503 with "
                   "Retry-After")
      ->capture_default_str()
      ->check(CLI::Range(0, 100'000));
  serve
      ->add_option("--max-connections", settings.max_connections,
                   "Connections open at once; at the limit an idle one is closed to make room, "
                   "and with none idle a new one is answered 503")
      ->envname("FRONTDOOR_MAX_CONNECTIONS")
      ->capture_default_str()
      ->check(CLI::Range(16, 1'000'000));
  serve
      ->add_option("--max-connections-per-address", settings.max_connections_per_address,
                   "Connections from one client address (0: no limit of its own; use 0 behind a "
                   "proxy, whose address every connection comes from)")
      ->envname("FRONTDOOR_MAX_CONNECTIONS_PER_ADDRESS")
      ->capture_default_str()
      ->check(CLI::Range(0, 1'000'000));
}

//! Cookies, two-step verification and how long sessions last.
void AddSignInOptions(CLI::App* serve, ServeSettings& settings) {
  serve
      ->add_flag("--secure-cookies", settings.secure_cookies,
                 "Mark cookies Secure, name them with the __Host- prefix and send "
                 "Strict-Transport-Security: people reach the service over TLS (the default when "
                 "listening beyond this machine)")
      ->envname("FRONTDOOR_SECURE_COOKIES");
  serve
      ->add_flag("--insecure-cookies", settings.insecure_cookies,
                 "Allow cookies without Secure when listening beyond this machine (plain HTTP on a "
                 "private network; never in production)")
      ->envname("FRONTDOOR_INSECURE_COOKIES");
  serve
      ->add_option("--two-step-roles", settings.two_step_roles,
                   "Roles that must use two-step verification, comma-separated (\"\" for none)")
      ->envname("FRONTDOOR_TWO_STEP_ROLES")
      ->capture_default_str();
  serve
      ->add_option("--session-idle-minutes", settings.session_idle_minutes,
                   "Unused sessions end after this")
      ->capture_default_str()
      ->check(CLI::Range(1, 24 * 60));
  serve->add_option("--session-hours", settings.session_hours, "No session lasts longer than this")
      ->capture_default_str()
      ->check(CLI::Range(1, 24 * 7));
}

void AddServe(CLI::App& app, ServeSettings& settings, int& exit_code) {
  CLI::App* serve = app.add_subcommand("serve", "Serve the pages and the API");
  AddDatabase(serve);
  serve
      ->add_option("--assets", settings.assets,
                   "Folder of front-end files (default: beside the binary)")
      ->envname("FRONTDOOR_ASSETS");
  AddTransportOptions(serve, settings);
  AddSignInOptions(serve, settings);
  AddAuditKey(serve,
              "The file of the key that signs the access audit's checkpoints, kept outside the "
              "database (made, with FILE.pub, when there is none)");
  serve
      ->add_option("--two-step-key", settings.two_step_key,
                   "The file of the key that seals each account's two-step secret in the "
                   "database, kept outside it (made when there is none)")
      ->envname("FRONTDOOR_TWO_STEP_KEY")
      ->default_val(kDefaultTwoStepKeyFile);
  serve->add_option("--trusted-proxy", settings.trusted_proxies,
                    "The addresses of proxies in front, comma-separated, whose X-Forwarded-For "
                    "names the client (for the access audit and sign-in); none by default");
  serve
      ->add_option("--metrics-from", settings.metrics_from,
                   "The client addresses that may read /metrics, comma-separated (\"\" for none); "
                   "behind a proxy, do not let the proxy pass /metrics on")
      ->capture_default_str();
  serve
      ->add_option("--audit-checkpoint", settings.audit_checkpoint,
                   "A file the newest signed checkpoint of the access audit is written to (it is "
                   "always written to the log too); keep copies elsewhere")
      ->envname("FRONTDOOR_AUDIT_CHECKPOINT");
  for (const ConfigFileOption& file : kConfigFiles) {
    serve->add_option(file.flag, settings.*file.setting, file.help)
        ->envname(file.environment)
        ->check(CLI::ExistingFile);
  }
  RunWithDatabase(serve, settings, &RunServe, exit_code);
}

//! frontdoor user add|list|disable|set-role|reset-password|reset-two-step|set-name
void AddUser(CLI::App& app, UserSettings& user, int& exit_code) {
  CLI::App* command = app.add_subcommand("user", "Manage accounts");
  command->require_subcommand(1);
  const auto add = [&](const char* name, const char* what, auto run) {
    CLI::App* sub = command->add_subcommand(name, what);
    AddDatabase(sub);
    RunWithDatabase(sub, user, run, exit_code);
    return sub;
  };
  CLI::App* user_add = add("add", "Add an account", RunUserAdd);
  add("list", "List accounts",
      [](const UserSettings& settings) { return RunUserList(settings.database); });
  CLI::App* disable = add("disable", "Disable an account and end its sessions", RunUserDisable);
  CLI::App* enable = add("enable", "Let a disabled account sign in again", RunUserEnable);
  CLI::App* set_role = add("set-role", "Change an account's role", RunUserSetRole);
  CLI::App* reset =
      add("reset-password", "Set a new password for an account", RunUserResetPassword);
  CLI::App* reset_two_step =
      add("reset-two-step",
          "Clear an account's two-step verification and recovery codes (a lost phone and lost "
          "codes) and end its sessions",
          RunUserResetTwoStep);
  CLI::App* set_name =
      add("set-name", "Set the full name and job title an account's actions are signed with",
          RunUserSetName);
  for (CLI::App* sub : {user_add, disable, enable, set_role, reset, reset_two_step, set_name})
    sub->add_option("--username", user.username, "The account's username")->required();
  for (CLI::App* sub : {user_add, set_name}) {
    sub->add_option("--full-name", user.full_name,
                    "The full name of the person who holds it, like Priya Shah")
        ->required();
    sub->add_option("--job-title", user.job_title, "Their job title, like Team manager")
        ->required();
  }
  for (CLI::App* sub : {user_add, set_role}) {
    sub->add_option("--role", user.role,
                    "practitioner, manager, auditor, partner, performance or admin")
        ->required();
    sub->add_option("--agency", user.agency, "For partners: the agency they work for, like police");
  }
  for (CLI::App* sub : {user_add, reset})
    sub->add_flag("--password-stdin", user.password_stdin, "Read the password from standard input");
}

//! Settings of the commands that take little more than a database.
struct DataSettings {
  std::string database;
  std::string username;
  std::optional<int> expires_days;
  std::int64_t token_id = 0;
  std::int64_t children = 1'000'000;
  std::uint64_t seed = 20261127;
  std::string as_of = "2026-12-01";
};

//! frontdoor token create|revoke
void AddToken(CLI::App& app, DataSettings& data, int& exit_code) {
  CLI::App* command = app.add_subcommand("token", "Manage API tokens");
  command->require_subcommand(1);
  CLI::App* create =
      command->add_subcommand("create", "Make an API token; it is printed once, on the last line");
  AddDatabase(create);
  create->add_option("--username", data.username, "Whose token it is")->required();
  create->add_option("--expires-days", data.expires_days,
                     "Days until the token stops working (90 unless given)");
  create->callback([&, create] {
    exit_code = RunTokenCreate(OptionOf(*create, "--database"), data.username, data.expires_days);
  });
  CLI::App* revoke = command->add_subcommand("revoke", "Revoke an API token");
  AddDatabase(revoke);
  revoke->add_option("--id", data.token_id, "The token's id, as printed when it was made")
      ->required();
  revoke->callback(
      [&, revoke] { exit_code = RunTokenRevoke(OptionOf(*revoke, "--database"), data.token_id); });
}

//! migrate, demo-accounts, demo-data and generate.
void AddDatabaseCommands(CLI::App& app, DataSettings& data, int& exit_code) {
  const auto add = [&](CLI::App& parent, const char* name, const char* what, auto run) {
    CLI::App* command = parent.add_subcommand(name, what);
    AddDatabase(command);
    RunWithDatabase(command, data, run, exit_code);
    return command;
  };
  add(app, "migrate", "Bring the database's schema up to date",
      [](const DataSettings& settings) { return RunMigrate(settings.database); });
  add(app, "demo-accounts", "Make one demo account per role, if there are no accounts",
      [](const DataSettings& settings) { return RunDemoAccounts(settings.database); });
  add(app, "demo-data", "Add demonstration families, if there are no people yet",
      [](const DataSettings& settings) { return RunDemoData(settings.database); });
  CLI::App* generate =
      add(app, "generate",
          "Add a national-scale dataset for benchmarks (children, contacts, decisions)",
          [](const DataSettings& settings) {
            return RunGenerate(settings.database, settings.children, settings.seed, settings.as_of);
          });
  generate->add_option("--children", data.children, "How many children")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{100'000'000}));
  generate->add_option("--seed", data.seed, "The same seed makes the same data")
      ->capture_default_str();
  generate
      ->add_option("--as-of", data.as_of,
                   "The day the data is as of (ages, contact dates): earlier census years need "
                   "a day in or after them")
      ->capture_default_str();
}

//! frontdoor audit verify|prove
void AddAudit(CLI::App& app, AuditSettings& settings, int& exit_code) {
  CLI::App* audit = app.add_subcommand("audit", "Check the access audit");
  audit->require_subcommand(1);
  CLI::App* verify = audit->add_subcommand(
      "verify",
      "Check no entry was edited, removed or moved, and (with --checkpoint) that the log extends a "
      "signed checkpoint kept elsewhere, so was not rewritten or cut short");
  CLI::App* prove =
      audit->add_subcommand("prove", "Print the proof that an entry is in the access audit's log");
  for (CLI::App* command : {verify, prove}) {
    AddDatabase(command);
    AddAuditKey(command,
                "The signing key's file: verify adds waiting entries and signs when it is here");
  }
  verify->add_option(
      "--checkpoint", settings.checkpoint,
      "A signed checkpoint kept elsewhere (the server's --audit-checkpoint file or a "
      "note from its log)");
  verify->add_option("--public-key", settings.public_key,
                     "The file of the public keys checkpoints may be signed with, one a line "
                     "(default: the audit key's file with .pub added)");
  prove->add_option("ENTRY", settings.entry, "The entry's number")->required();
  RunWithDatabase(verify, settings, &RunAuditVerify, exit_code);
  RunWithDatabase(prove, settings, &RunAuditProve, exit_code);
}

//! frontdoor keys rotate-audit|rotate-two-step|reseal-two-step
void AddKeys(CLI::App& app, KeySettings& settings, int& exit_code) {
  CLI::App* keys = app.add_subcommand("keys", "Change the keys kept outside the database");
  keys->require_subcommand(1);
  CLI::App* rotate_audit = keys->add_subcommand(
      "rotate-audit",
      "Make a new key to sign the access audit's checkpoints, keeping the old public key to check "
      "what it signed, and sign a handover checkpoint with both");
  AddDatabase(rotate_audit);
  AddAuditKey(rotate_audit, "The signing key's file (the server's --audit-key)");
  rotate_audit->add_option("--checkpoint", settings.checkpoint,
                           "A file to write the handover checkpoint to (it is printed too)");
  CLI::App* rotate_two_step = keys->add_subcommand(
      "rotate-two-step",
      "Put a new key first in the two-step key file; the older keys still open what they sealed");
  CLI::App* reseal = keys->add_subcommand(
      "reseal-two-step",
      "Seal every two-step secret again with the first key of the file (once every server has "
      "been restarted with it), then retire the older keys to FILE.retired");
  AddDatabase(reseal);
  for (CLI::App* command : {rotate_two_step, reseal}) {
    AddSharedOption(command, "--two-step-key",
                    "The two-step keys' file (the server's --two-step-key)",
                    "FRONTDOOR_TWO_STEP_KEY", kDefaultTwoStepKeyFile);
  }
  RunWithDatabase(rotate_audit, settings, &RunRotateAuditKey, exit_code);
  rotate_two_step->callback([&settings, &exit_code, rotate_two_step] {
    settings.two_step_key = OptionOf(*rotate_two_step, "--two-step-key");
    exit_code = RunRotateTwoStepKey(settings);
  });
  reseal->callback([&settings, &exit_code, reseal] {
    settings.database = OptionOf(*reseal, "--database");
    settings.two_step_key = OptionOf(*reseal, "--two-step-key");
    exit_code = RunResealTwoStepSecrets(settings);
  });
}

//! frontdoor backup and frontdoor restore
void AddBackupAndRestore(CLI::App& app, BackupSettings& backup, RestoreSettings& restore,
                         int& exit_code) {
  CLI::App* back_up = app.add_subcommand(
      "backup", "Copy a SQLite database while frontdoor runs, with a manifest to restore it by");
  AddDatabase(back_up);
  back_up->add_option("--to", backup.to, "The folder the copy goes in")->required();
  RunWithDatabase(back_up, backup, &RunBackup, exit_code);
  CLI::App* put_back = app.add_subcommand(
      "restore", "Put a backup back, once its schema and access audit check out");
  AddDatabase(put_back);
  AddAuditKey(put_back, "The audit signing key's file: its .pub checks the backup's checkpoint");
  put_back->add_option("--from", restore.from, "The backup's file (frontdoor-….db)")->required();
  put_back->add_flag("--force", restore.force, "Replace the database that is there");
  put_back->add_option("--public-key", restore.public_key,
                       "The public keys' file, one a line (default: the audit key's file with .pub "
                       "added)");
  RunWithDatabase(put_back, restore, &RunRestore, exit_code);
}

//! frontdoor export annex-a
void AddExport(CLI::App& app, ExportSettings& settings, int& exit_code) {
  CLI::App* command = app.add_subcommand("export", "Write a statutory return");
  command->require_subcommand(1);
  CLI::App* annex_a = command->add_subcommand(
      "annex-a", "Ofsted's Annex A lists 1, 3, 4 and 5 for a period (an Excel workbook, or CSV)");
  AddDatabase(annex_a);
  annex_a->add_option("--from", settings.from, "The first day of the period (2026-04-01)")
      ->required();
  annex_a->add_option("--to", settings.to, "The last day of the period, included")->required();
  annex_a->add_option("--out", settings.out, "The workbook to write, or the folder for CSV files")
      ->required();
  annex_a->add_option("--format", settings.format, "xlsx (one sheet a list) or csv (a file a list)")
      ->capture_default_str()
      ->check(CLI::IsMember({"xlsx", "csv"}));
  annex_a->add_option("--front-door", settings.front_door,
                      "The authority's agencies, urgencies and teams file (the teams' names)");
  RunWithDatabase(annex_a, settings, &RunExportAnnexA, exit_code);
  CLI::App* census = command->add_subcommand(
      "census", "The Children in Need census for a year (XML), checked against the rules first");
  AddDatabase(census);
  census->add_option("--year", settings.year, "The census year, 2025-26")->required();
  census->add_option("--out", settings.out, "The XML file to write");
  census->add_option("--la", settings.local_authority,
                     "The local authority's 3-digit code (default: the front door file's)");
  census->add_flag("--check", settings.check_only,
                   "Only check every child against the rules, listing each problem");
  census->add_flag("--force", settings.force, "Write the file even with child-level problems");
  RunWithDatabase(census, settings, &RunExportCensus, exit_code);
}

//! frontdoor import csv
void AddImportCsv(CLI::App& import, CsvImportSettings& settings, int& exit_code) {
  CLI::App* csv = import.add_subcommand(
      "csv",
      "The documented CSV files of people, households, contacts and referrals (doc/import-csv.md): "
      "each person matched through the search or left for a manager to review; the same files "
      "twice change nothing");
  AddDatabase(csv);
  csv->add_option("--source", settings.source,
                  "The system the files come from: their ids are that system's")
      ->capture_default_str();
  csv->add_option("--people", settings.people, "The people file");
  csv->add_option("--households", settings.households, "The households file");
  csv->add_option("--contacts", settings.contacts, "The contacts file");
  csv->add_option("--referrals", settings.referrals, "The referrals file (with --contacts)");
  AddDryRunAndBatch(csv, settings, "Rows brought in a transaction");
  RunWithDatabase(csv, settings, &RunImportCsv, exit_code);
}

//! frontdoor import annex-a
void AddImportAnnexA(CLI::App& import, AnnexAImportSettings& settings, int& exit_code) {
  CLI::App* annex_a = import.add_subcommand(
      "annex-a",
      "Ofsted's Annex A lists 1, 3, 4 and 5 (doc/import-annex-a.md): a workbook with a sheet for "
      "each list, or a CSV file for each; each child matched to the records here or left for a "
      "manager to review; the same lists twice change nothing");
  AddDatabase(annex_a);
  annex_a->add_option("files", settings.files, "The workbook (.xlsx) or the lists' CSV files")
      ->required();
  annex_a->add_option("--source", settings.source,
                      "Whose Child Unique IDs the lists hold (default: the council's own, as "
                      "its census files give them: \"census\" and its 3-digit code)");
  AddDryRunAndBatch(annex_a, settings, "Children brought in a transaction");
  RunWithDatabase(annex_a, settings, &RunImportAnnexA, exit_code);
}

//! frontdoor import census, frontdoor import annex-a, frontdoor import csv
void AddImport(CLI::App& app, ImportSettings& settings, AnnexAImportSettings& annex_a,
               CsvImportSettings& csv, int& exit_code) {
  CLI::App* command = app.add_subcommand("import", "Bring in a council's history from its files");
  command->require_subcommand(1);
  CLI::App* census = command->add_subcommand(
      "census",
      "Children in Need census files of any year from 2019-20: each child matched to the records "
      "here or left for a manager to review; the same file twice changes nothing");
  AddDatabase(census);
  census->add_option("file", settings.file, "The census XML file")->required();
  AddDryRunAndBatch(census, settings, "Children brought in a transaction");
  RunWithDatabase(census, settings, &RunImportCensus, exit_code);
  AddImportAnnexA(*command, annex_a, exit_code);
  AddImportCsv(*command, csv, exit_code);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"frontdoor: the children's services front door (MASH) service", "frontdoor"};
  app.set_version_flag("--version", std::string("frontdoor ") + frontdoor::kVersion);
  app.require_subcommand(1);
  int exit_code = 2;
  ServeSettings serve;
  UserSettings user;
  DataSettings data;
  ExportSettings export_settings;
  ImportSettings import_settings;
  CsvImportSettings csv_import_settings;
  AnnexAImportSettings annex_a_import_settings;
  AuditSettings audit_settings;
  BackupSettings backup_settings;
  RestoreSettings restore_settings;
  KeySettings key_settings;
  AddServe(app, serve, exit_code);
  AddExport(app, export_settings, exit_code);
  AddImport(app, import_settings, annex_a_import_settings, csv_import_settings, exit_code);
  AddDatabaseCommands(app, data, exit_code);
  AddAudit(app, audit_settings, exit_code);
  AddBackupAndRestore(app, backup_settings, restore_settings, exit_code);
  AddKeys(app, key_settings, exit_code);
  AddUser(app, user, exit_code);
  AddToken(app, data, exit_code);
  SetUpLogging();
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
