// src/store/store.cpp — what every database does the same way (migrating, checking the schema,
// reading), and picking the implementation for a database address.
#include "store/store.hpp"

#include <algorithm>

#include "store/postgres/postgres_store.hpp"
#include "store/sql.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace frontdoor::store {

namespace {

//! The Sql a one-statement read is given: it passes on one SELECT and refuses any more, so a read
//! that grows a second statement fails in tests rather than reading two views, and nothing can
//! write outside a transaction through it.
class OneStatementSql final : public Sql {
 public:
  explicit OneStatementSql(Sql& inner) : inner_(inner) {}

  DatabaseKind Kind() const override { return inner_.Kind(); }
  std::int64_t Run(std::string_view statement, const SqlValue* values, size_t count,
                   const RowVisitor& each) override {
    if (ran_) Refuse("a second statement");
    if (statement.substr(0, 7) != "SELECT ") Refuse("a statement that is not a SELECT");
    ran_ = true;
    return inner_.Run(statement, values, count, each);
  }
  std::string_view ForUpdate() const override { return ""; }
  std::string InIds(std::string_view column) const override { return inner_.InIds(column); }
  void HoldLock(std::int64_t) override { Refuse("a lock"); }
  std::vector<std::int64_t> ReserveIds(std::string_view, std::int64_t) override {
    Refuse("reserving ids");
  }
  void BulkInsert(std::string_view, const std::vector<std::string_view>&,
                  const std::vector<std::vector<SqlValue>>&) override {
    Refuse("a bulk load");
  }
  void RunScript(std::string_view) override { Refuse("a script"); }
  bool HasTable(std::string_view) override { Refuse("a look at the catalogue"); }
  bool HasColumn(std::string_view, std::string_view) override { Refuse("a look at the catalogue"); }

 private:
  [[noreturn]] static void Refuse(const char* what) {
    throw StoreError(std::string("a one-statement read tried ") + what);
  }

  Sql& inner_;
  bool ran_ = false;
};

//! The work a transaction runs: `work`, given the Records over the transaction's Sql.
std::function<void(Sql&)> OnRecords(const std::function<void(Records&)>& work) {
  return [&work](Sql& sql) {
    Records records(sql);
    work(records);
  };
}

}  // namespace

Store::Store(DatabaseKind kind, const StoreOptions& options)
    : kind_(kind),
      readings_wait_for_disk_(options.readings_wait_for_disk),
      migrations_(LoadMigrations(kind)) {}

Store::~Store() = default;

int Store::Migrate(int up_to) {
  int applied_count = 0;
  OnMigrationConnection([&](const MigrationStep& step) {
    step([&](Sql& sql) {
      EnsureSchemaHistory(sql);
      RecordMissingChecksums(sql, CheckedMigrations(sql, migrations_), migrations_);
    });
    for (const Migration& migration : migrations_) {
      if (migration.version > up_to) break;
      step([&](Sql& sql) {
        // Read again under the lock: another `frontdoor migrate` may have applied it meanwhile.
        if (HighestVersion(AppliedMigrations(sql)) >= migration.version) return;
        ApplyMigration(sql, migration,
                       std::chrono::time_point_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now()));
        ++applied_count;
      });
    }
  });
  return applied_count;
}

SchemaStatus Store::Schema() {
  SchemaStatus status{0, migrations_.empty() ? 0 : migrations_.back().version};
  InReadTransaction(
      [&](Sql& sql) { status.applied = HighestVersion(CheckedMigrations(sql, migrations_)); });
  return status;
}

void Store::Write(const std::function<void(Records&)>& work) {
  InWriteTransaction(OnRecords(work), /*wait_for_disk=*/true);
}

void Store::Reading(const std::function<void(Records&)>& work) {
  if (!WritesOneAtATime()) {
    InWriteTransaction(OnRecords(work), readings_wait_for_disk_);
    return;
  }
  // Two transactions, not one: what was read is not changed by writing who saw it, and the
  // entries name what was read. If `work` throws, nothing is written, as in one transaction.
  std::vector<domain::AuditEntry> seen;
  InReadTransaction([&](Sql& sql) {
    Records records(sql);
    records.audit.KeepForLater(seen);
    work(records);
  });
  if (seen.empty()) return;
  InWriteTransaction(
      [&](Sql& sql) {
        AuditRecords audit(sql);
        for (const domain::AuditEntry& entry : seen) audit.Add(entry);
      },
      readings_wait_for_disk_);
}

void Store::Read(const std::function<void(Records&)>& work) {
  InReadTransaction(OnRecords(work));
}

void Store::ReadOneStatement(const std::function<void(Records&)>& work) {
  InOneStatementRead([&](Sql& sql) {
    OneStatementSql one(sql);
    Records records(one);
    work(records);
  });
}

int DatabaseSessionsFor(int asked, int workers, unsigned cores) {
  const int chosen = asked > 0 ? asked : 2 * int(std::max(cores, 1U)) + 1;
  return std::max(1, std::min(chosen, workers));
}

std::unique_ptr<Store> OpenStore(const DatabaseUrl& url, const StoreOptions& options) {
  switch (url.kind) {
    case DatabaseKind::kSqlite:
      return std::make_unique<SqliteStore>(url.location, options);
    case DatabaseKind::kPostgres:
      return std::make_unique<PostgresStore>(url.location, options);
  }
  throw StoreError("unknown kind of database");
}

}  // namespace frontdoor::store
