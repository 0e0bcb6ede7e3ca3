// src/store/migration.cpp — loading, rendering and checking migrations; the schema history, written
// once over the dialect.
#include "store/migration.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "domain/digest.hpp"
#include "store/sql.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

struct Macro {
  std::string_view name;
  std::string_view sqlite;
  std::string_view postgres;
};

constexpr Macro kMacros[] = {
    {"{id}", "INTEGER PRIMARY KEY", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"},
    {"{ref}", "INTEGER", "BIGINT"},
    {"{time}", "TEXT", "TIMESTAMPTZ"},
    {"{date}", "TEXT", "DATE"},
    {"{bool}", "INTEGER", "BOOLEAN"},
    {"{strict}", " STRICT", ""},
    {"{overriding}", "", "OVERRIDING SYSTEM VALUE"},
};

int VersionOf(std::string_view file_name) {
  int version = 0;
  auto [end, ec] = std::from_chars(file_name.data(), file_name.data() + file_name.size(), version);
  if (ec != std::errc() || end == file_name.data() || *end != '_' || version <= 0) {
    throw StoreError("migration file name must start with its number and _: " +
                     std::string(file_name));
  }
  return version;
}

std::string ReplaceMacros(std::string line, DatabaseKind kind) {
  for (const Macro& macro : kMacros) {
    const std::string_view with = kind == DatabaseKind::kSqlite ? macro.sqlite : macro.postgres;
    for (size_t at = line.find(macro.name); at != std::string::npos;
         at = line.find(macro.name, at + with.size())) {
      line.replace(at, macro.name.size(), with);
    }
  }
  return line;
}

}  // namespace

std::string RenderMigration(std::string_view text, DatabaseKind kind) {
  std::string rendered;
  std::string_view audience = "both";
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.starts_with("--@ ")) {
      audience = line.substr(4);
      if (audience != "both" && audience != "sqlite" && audience != "postgresql")
        throw StoreError("a migration names an unknown database: " + std::string(line));
      continue;
    }
    if (audience != "both" && audience != DatabaseKindName(kind)) continue;
    rendered += ReplaceMacros(std::string(line), kind);
    rendered += '\n';
  }
  return rendered;
}

std::vector<Migration> LoadMigrations(DatabaseKind kind, const std::vector<EmbeddedFile>& files) {
  std::vector<Migration> migrations;
  for (const EmbeddedFile& file : files) {
    migrations.push_back(
        {VersionOf(file.name), std::string(file.name), RenderMigration(file.text, kind), ""});
  }
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (size_t migration_idx = 0; migration_idx < migrations.size(); ++migration_idx) {
    Migration& migration = migrations[migration_idx];
    if (migration.version != int(migration_idx) + 1) {
      throw StoreError("migrations must be numbered 1, 2, 3... without gaps or repeats; found " +
                       migration.name);
    }
    migration.checksum = domain::Sha256Hex(migration.sql);
  }
  return migrations;
}

std::vector<Migration> LoadMigrations(DatabaseKind kind) {
  return LoadMigrations(kind, MigrationFiles());
}

void EnsureSchemaHistory(Sql& sql) {
  if (!sql.HasTable("schema_migrations")) {
    sql.RunScript(RenderMigration(
        "CREATE TABLE schema_migrations (version {ref} PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at {time} NOT NULL, checksum TEXT){strict}",
        sql.Kind()));
  } else if (!sql.HasColumn("schema_migrations", "checksum")) {
    sql.RunScript("ALTER TABLE schema_migrations ADD COLUMN checksum TEXT");
  }
}

std::vector<AppliedMigration> AppliedMigrations(Sql& sql) {
  if (!sql.HasTable("schema_migrations")) return {};
  const bool has_checksums = sql.HasColumn("schema_migrations", "checksum");
  return sql.All(has_checksums
                     ? "SELECT version, name, checksum FROM schema_migrations ORDER BY version"
                     : "SELECT version, name, NULL FROM schema_migrations ORDER BY version",
                 {}, [](const SqlRow& row) {
                   AppliedMigration applied{int(row.Int(0)), row.Text(1), std::nullopt};
                   if (!row.IsNull(2)) applied.checksum = row.Text(2);
                   return applied;
                 });
}

void CheckAppliedMigrations(const std::vector<AppliedMigration>& applied,
                            const std::vector<Migration>& known) {
  for (const AppliedMigration& done : applied) {
    if (done.version < 1 || done.version > int(known.size()) || !done.checksum) continue;
    const Migration& carried = known[size_t(done.version) - 1];
    if (*done.checksum != carried.checksum) {
      throw StoreError("migration " + carried.name +
                       " is not the text this database applied (its SHA-256 was " + *done.checksum +
                       ", this build's is " + carried.checksum +
                       "). An applied migration must never change: put the change in a new "
                       "migration, and use the frontdoor that matches this database");
    }
  }
}

std::vector<AppliedMigration> CheckedMigrations(Sql& sql, const std::vector<Migration>& known) {
  auto applied = AppliedMigrations(sql);
  CheckAppliedMigrations(applied, known);
  return applied;
}

int HighestVersion(const std::vector<AppliedMigration>& applied) {
  return applied.empty() ? 0 : applied.back().version;
}

void RecordMissingChecksums(Sql& sql, const std::vector<AppliedMigration>& applied,
                            const std::vector<Migration>& known) {
  for (const AppliedMigration& done : applied) {
    if (done.checksum || done.version < 1 || done.version > int(known.size())) continue;
    sql.Execute("UPDATE schema_migrations SET checksum = ? WHERE version = ?",
                {known[size_t(done.version) - 1].checksum, std::int64_t{done.version}});
  }
}

void ApplyMigration(Sql& sql, const Migration& migration, domain::Timestamp at) {
  try {
    sql.RunScript(migration.sql);
  } catch (const std::exception& error) {
    throw StoreError("migration " + migration.name + " failed: " + error.what());
  }
  sql.Execute(
      "INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES (?, ?, ?, ?)",
      {std::int64_t{migration.version}, migration.name, at, migration.checksum});
}

}  // namespace frontdoor::store
