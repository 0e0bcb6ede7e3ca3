// src/cli/commands.hpp — the frontdoor command's subcommands and their settings.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
  //! PostgreSQL sessions open at once; 0 chooses twice this machine's cores and one more, no more
  //! than the workers (DatabaseSessionsFor).
  int database_connections = 0;
  //! Answer a reading once its access-audit entry is committed, not once it is on disk
  //! (StoreOptions::readings_wait_for_disk).
  bool readings_without_flush = false;
  int max_queued = 256;          //!< requests that may wait for a worker before new ones get 503
  int max_connections = 10'000;  //!< connections open at once
  int max_connections_per_address = 1'000;  //!< from one client address; 0 for no limit
  bool secure_cookies = false;
  //! Allow cookies without Secure when listening on an address other than loopback.
  bool insecure_cookies = false;
  std::string two_step_roles = "manager,admin";
  int session_idle_minutes = 30;
  int session_hours = 10;
  std::string language_guide;  //!< a plain-language guide file to use instead of the built-in one
  std::string name_variants;   //!< a name-variants file to use instead of the built-in one
  std::string threshold_framework;  //!< the authority's threshold framework file
  std::string front_door;           //!< the authority's agencies, urgencies and teams file
  std::string bank_holidays;        //!< a bank holiday list to use instead of the built-in one
  std::string audit_questions;      //!< the questions case audits ask, instead of the built-in ones
  std::string audit_key;            //!< the file of the key that signs the audit log's checkpoints
  std::string audit_checkpoint;     //!< the file the newest signed checkpoint is written to, or ""
  std::string two_step_key;         //!< the file of the key that seals two-step secrets
  std::string metrics_from = "127.0.0.1,::1";  //!< addresses that may read /metrics
  std::string trusted_proxies;                 //!< proxies whose X-Forwarded-For names the client
};

//! Settings shared by the `frontdoor user ...` commands.
struct UserSettings {
  std::string database;
  std::string username;
  std::string role;
  std::string agency;
  std::string full_name;
  std::string job_title;
  bool password_stdin = false;
};

//! Serves until SIGTERM or SIGINT; returns the process exit code.
int RunServe(const ServeSettings& settings);
//! Settings for `frontdoor export annex-a`.
struct ExportSettings {
  std::string database;
  std::string from;  //!< the first UK day of the period, "2026-04-01"
  std::string to;    //!< the last, included
  std::string out;   //!< the workbook's path, or the folder for CSV files
  std::string format = "xlsx";
  std::string front_door;       //!< the authority's teams file, for the teams' names
  std::string year;             //!< the census year, "2025-26"
  std::string local_authority;  //!< the census's 3-digit LA code; "": the configured one
  bool check_only = false;      //!< census: run the pre-flight only
  bool force = false;           //!< census: write the file despite child-level problems
};

//! Writes Annex A lists 1, 3, 4 and 5 for a period; returns the process exit code.
int RunExportAnnexA(const ExportSettings& settings);
//! Writes the Children in Need census for a year, or (check_only) runs its pre-flight; refuses a
//! file with child-level problems unless forced. Returns the process exit code.
int RunExportCensus(const ExportSettings& settings);
//! Brings the database's schema up to date; returns the process exit code.
//! Settings for `frontdoor import census`.
struct ImportSettings {
  std::string database;
  std::string file;         //!< the census XML file
  bool dry_run = false;     //!< say what would happen; change nothing
  std::size_t batch = 500;  //!< children a transaction
};
//! frontdoor import census: a council's census history brought in.
int RunImportCensus(const ImportSettings& settings);
//! What `frontdoor import csv` was asked.
struct CsvImportSettings {
  std::string database;
  std::string source = "previous-system";               //!< whose ids the files hold
  std::string people, households, contacts, referrals;  //!< the files given ("" for none)
  bool dry_run = false;
  std::size_t batch = 500;  //!< rows a transaction
};
//! What `frontdoor import annex-a` was asked.
struct AnnexAImportSettings {
  std::string database;
  std::vector<std::string> files;  //!< a workbook, or CSV files of one list each
  std::string source;              //!< whose Child Unique IDs: "" for the council's census ids
  bool dry_run = false;
  std::size_t batch = 500;  //!< children a transaction
};
//! frontdoor import annex-a: Ofsted's Annex A lists 1, 3, 4 and 5 brought in.
int RunImportAnnexA(const AnnexAImportSettings& settings);
//! frontdoor import csv: a council's people, households, contacts and referrals brought in.
int RunImportCsv(const CsvImportSettings& settings);
int RunMigrate(const std::string& database);
int RunUserAdd(const UserSettings& settings);
int RunUserList(const std::string& database);
int RunUserDisable(const UserSettings& settings);
int RunUserEnable(const UserSettings& settings);
int RunUserSetName(const UserSettings& settings);
int RunUserSetRole(const UserSettings& settings);
int RunUserResetPassword(const UserSettings& settings);
int RunUserResetTwoStep(const UserSettings& settings);
int RunTokenCreate(const std::string& database, const std::string& username,
                   std::optional<int> expires_days);
int RunTokenRevoke(const std::string& database, std::int64_t token_id);
//! What `frontdoor audit verify|prove` was asked.
struct AuditSettings {
  std::string database;
  std::string audit_key;   //!< the signing key's file (its public key: the same name + .pub)
  std::string checkpoint;  //!< verify: a signed checkpoint kept elsewhere, or ""
  std::string public_key;  //!< verify: the public key's file; "": audit_key + ".pub"
  std::int64_t entry = 0;  //!< prove: the entry's number
};
//! Adds waiting entries to the log (when the signing key is here) and checks the whole log, against
//! a signed checkpoint when given; exit code 1 says what does not fit.
int RunAuditVerify(const AuditSettings& settings);
//! Prints the proof that an entry is in the log; exit code 1 when it cannot be proved.
int RunAuditProve(const AuditSettings& settings);
//! What `frontdoor keys ...` was asked.
struct KeySettings {
  std::string database;
  std::string audit_key;     //!< the access audit's signing key's file
  std::string checkpoint;    //!< rotate-audit: a file the handover checkpoint is written to, or ""
  std::string two_step_key;  //!< the two-step keys' file
};
//! A new audit signing key in place of the old, with a checkpoint both sign handing the log over.
int RunRotateAuditKey(const KeySettings& settings);
//! A new two-step key first in the key file, the older ones kept to open what they sealed.
int RunRotateTwoStepKey(const KeySettings& settings);
//! Every two-step secret sealed again with the newest key, then the older keys retired.
int RunResealTwoStepSecrets(const KeySettings& settings);
//! What `frontdoor backup` and `frontdoor restore` were asked.
struct BackupSettings {
  std::string database;
  std::string to;  //!< the folder the copy and its manifest go in
};
struct RestoreSettings {
  std::string database;    //!< where the copy goes back to
  std::string from;        //!< the backup's file (its manifest: the same name + .json)
  bool force = false;      //!< replace a database that is there
  std::string audit_key;   //!< its public key (the same name + .pub) checks the checkpoint
  std::string public_key;  //!< the public key's file; "": audit_key + ".pub"
};
//! A consistent online copy of a SQLite database in `to`, with a manifest of its schema version
//! and its access audit's signed checkpoint; exit code 2 on PostgreSQL, whose tools do this.
int RunBackup(const BackupSettings& settings);
//! Puts a backup back once its schema and access audit check out; refuses to replace a database
//! without `force`; exit code 1, having changed nothing, says why not.
int RunRestore(const RestoreSettings& settings);
//! Makes one demo account per role when there are no accounts at all; prints their passwords.
int RunDemoAccounts(const std::string& database);
//! Adds the demonstration families when there are no people yet.
int RunDemoData(const std::string& database);
//! `frontdoor generate`: a national-scale dataset for benchmarks, as of the day `as_of`
//! ("2026-12-01").
int RunGenerate(const std::string& database, std::int64_t children, std::uint64_t seed,
                const std::string& as_of);
//! Sets up the log: one line per event, UTC times, key=value fields.
void SetUpLogging();

}  // namespace frontdoor::cli
