// src/store/migration.hpp — numbered schema migrations, their checksums and the schema history
// table. Each migration is one file in src/store/migrations/, written once for both databases in
// the SQL they share, with the few words that differ as macros:
//
//   {id}          INTEGER PRIMARY KEY       | BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY
//   {ref}         INTEGER                   | BIGINT          (another row's id, a whole number)
//   {time}        TEXT (ISO 8601 UTC)       | TIMESTAMPTZ
//   {date}        TEXT (YYYY-MM-DD)         | DATE
//   {bool}        INTEGER (0 or 1)          | BOOLEAN
//   {strict}      " STRICT"                 | ""              (after a CREATE TABLE's closing ")")
//   {overriding}  ""                        | OVERRIDING SYSTEM VALUE  (INSERT with its own ids)
//
// and whole lines for one database only after a line "--@ sqlite" or "--@ postgresql", until
// "--@ both". Migrations 0001-0006 were first written once per database; their files hold both
// texts line for line in such blocks, so each database still runs (and checksums) exactly the text
// it applied then.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/clock.hpp"
#include "store/database_url.hpp"
#include "store/embedded_file.hpp"

namespace frontdoor::store {

class Sql;

//! One schema step: version 3 comes from a file named 0003_something.sql.
struct Migration {
  int version = 0;
  std::string name;      //!< the file's name
  std::string sql;       //!< as this database runs it
  std::string checksum;  //!< SHA-256 of `sql`, recorded when applied
};

//! The migrations this build carries for `kind`, in version order.
std::vector<Migration> LoadMigrations(DatabaseKind kind);
//! The migrations in `files`, rendered for `kind`; throws StoreError on a badly named, duplicated
//! or missing version.
std::vector<Migration> LoadMigrations(DatabaseKind kind, const std::vector<EmbeddedFile>& files);
//! A migration's text as `kind` runs it: macros replaced, the other database's lines left
//! out.
std::string RenderMigration(std::string_view text, DatabaseKind kind);

//! What the database records of one applied migration.
struct AppliedMigration {
  int version = 0;
  std::string name;
  std::optional<std::string> checksum;  //!< none for migrations applied before checksums
};

//! Creates the schema history table, or gives an older one its checksum column.
void EnsureSchemaHistory(Sql& sql);
//! The applied migrations, oldest first; none when there is no history table yet.
std::vector<AppliedMigration> AppliedMigrations(Sql& sql);
//! Throws StoreError naming the file when an applied migration's text is not the text this build
//! carries for it (its recorded checksum differs).
void CheckAppliedMigrations(const std::vector<AppliedMigration>& applied,
                            const std::vector<Migration>& known);
//! AppliedMigrations, after CheckAppliedMigrations.
std::vector<AppliedMigration> CheckedMigrations(Sql& sql, const std::vector<Migration>& known);
//! The highest applied version; 0 for none.
int HighestVersion(const std::vector<AppliedMigration>& applied);
//! Records the checksums of applied migrations that have none (applied before checksums were
//! kept), from this build's text.
void RecordMissingChecksums(Sql& sql, const std::vector<AppliedMigration>& applied,
                            const std::vector<Migration>& known);
//! Runs `migration` and records it as applied at `at`, inside the caller's transaction.
void ApplyMigration(Sql& sql, const Migration& migration, domain::Timestamp at);

}  // namespace frontdoor::store
