// src/cli/backup_commands.cpp — `frontdoor backup` and `frontdoor restore`: a consistent online
// copy of a SQLite database with a manifest of its schema and access audit, and putting one back
// only once its access audit verifies.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/commands.hpp"
#include "cli/key_files.hpp"
#include "cli/tools.hpp"
#include "domain/timestamp.hpp"
#include "service/audit_log_service.hpp"
#include "store/sqlite/sqlite_backup.hpp"

namespace frontdoor::cli {

namespace {

constexpr const char* kManifestFormat = "frontdoor-backup-1";
constexpr const char* kPostgresWay =
    "on PostgreSQL, back up and restore with PostgreSQL's own tools: a base backup "
    "(pg_basebackup) and archived write-ahead log, restored to a chosen moment; see doc/runbook.md";

//! The file name of a backup taken at `now`: frontdoor-20261204T155400Z.db.
std::string BackupName(domain::Timestamp now) {
  std::string moment = domain::FormatTimestamp(now).substr(0, 19);  // 2026-12-04T15:54:00
  std::erase(moment, '-');
  std::erase(moment, ':');
  return "frontdoor-" + moment + "Z.db";
}

std::optional<store::DatabaseUrl> SqliteUrl(const std::string& database, const char* name) {
  std::string error;
  auto url = store::ParseDatabaseUrl(database, error);
  if (!url) {
    std::cerr << "frontdoor " << name << ": " << error << "\n";
  } else if (url->kind != store::DatabaseKind::kSqlite) {
    std::cerr << "frontdoor " << name << ": " << kPostgresWay << ".\n";
    url.reset();
  }
  return url;
}

}  // namespace

int RunBackup(const BackupSettings& settings) {
  const auto url = SqliteUrl(settings.database, "backup");
  if (!url) return 2;
  return WithTools(settings.database, "backup", [&](Tools& tools) {
    std::filesystem::create_directories(settings.to);
    const std::string target =
        (std::filesystem::path(settings.to) / BackupName(tools.clock.Now())).string();
    store::BackUpSqliteDatabase(url->location, target);
    // What the copy holds, read from the copy itself: its schema and its access audit's head.
    nlohmann::json manifest;
    {
      auto copy = store::OpenStore({store::DatabaseKind::kSqlite, target});
      const auto head = service::AuditLogService(*copy, tools.clock, std::nullopt).Head();
      manifest = {{"format", kManifestFormat},
                  {"database", "sqlite"},
                  {"taken_at", domain::FormatTimestamp(tools.clock.Now())},
                  {"schema_version", copy->Schema().applied},
                  {"audit",
                   {{"size", head.size},
                    {"root", domain::HexOf(head.root)},
                    {"checkpoint", head.checkpoint}}}};
    }
    WriteCheckpointFile(target + ".json", manifest.dump(2) + "\n");
    std::cout << "Backed up to " << target << ": schema version " << manifest["schema_version"]
              << ", an access audit of " << manifest["audit"]["size"]
              << " entries in its log. The manifest is " << target << ".json; keep both.\n";
    return 0;
  });
}

int RunRestore(const RestoreSettings& settings) {
  const auto url = SqliteUrl(settings.database, "restore");
  if (!url) return 2;
  const auto refuse = [](const std::string& why) {
    std::cerr << "frontdoor restore: " << why << ". Nothing was changed.\n";
    return 1;
  };
  try {
    if (!std::filesystem::is_regular_file(settings.from))
      return refuse("there is no backup at " + settings.from);
    nlohmann::json manifest;
    try {
      manifest = nlohmann::json::parse(ReadWholeFile(settings.from + ".json"));
    } catch (const std::exception&) {
      return refuse("the backup's manifest " + settings.from + ".json is missing or not readable");
    }
    if (manifest.value("format", "") != kManifestFormat)
      return refuse("the manifest " + settings.from + ".json is not a frontdoor backup's");
    if (std::filesystem::exists(url->location) && !settings.force) {
      return refuse("there is a database at " + url->location +
                    " already: stop frontdoor, and send --force to replace it");
    }
    // The copy is checked before anything is replaced: its schema, and its access audit against
    // the signed checkpoint in the manifest.
    service::SystemClock clock;
    std::string verified;
    {
      auto copy = store::OpenStore({store::DatabaseKind::kSqlite, settings.from});
      const auto schema = copy->Schema();
      if (schema.applied != manifest.value("schema_version", -1))
        return refuse("the backup's schema version is not the one its manifest names");
      if (schema.applied > schema.known) {
        return refuse("the backup was made by a newer frontdoor (schema version " +
                      std::to_string(schema.applied) + "; this one knows " +
                      std::to_string(schema.known) + ")");
      }
      const std::string note = manifest["audit"].value("checkpoint", "");
      std::optional<domain::AuditCheckpoint> trusted;
      if (!note.empty()) {
        auto opened = OpenSignedCheckpoint(note, settings.audit_key, settings.public_key);
        if (const auto* problem = std::get_if<std::string>(&opened))
          return refuse("the manifest's checkpoint cannot be trusted: " + *problem);
        trusted = std::get<domain::AuditCheckpoint>(opened);
      }
      if (schema.applied == schema.known) {
        const auto verification =
            service::AuditLogService(*copy, clock, std::nullopt).Verify(trusted);
        if (!verification.ok)
          return refuse("the backup's access audit does not verify: " + verification.problem);
        verified = "its access audit verifies (" + std::to_string(verification.entries) +
                   " entries in the log" +
                   (trusted ? ", extending the signed checkpoint in the manifest)" : ")");
      } else {
        verified =
            "its schema is older than this frontdoor's: run `frontdoor migrate`, then "
            "`frontdoor audit verify`";
      }
    }
    store::PutSqliteDatabaseInPlace(settings.from, url->location);
    std::cout << "Restored " << settings.from << " to " << url->location << ": " << verified
              << ".\n";
    return 0;
  } catch (const std::exception& failure) {
    std::cerr << "frontdoor restore: " << failure.what() << "\n";
    return 1;
  }
}

}  // namespace frontdoor::cli
