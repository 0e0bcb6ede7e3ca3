// src/store/sqlite/sqlite_connection.cpp — opening, pragmas, statements and errors for SQLite.
#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

#include "store/store.hpp"

namespace frontdoor::store {

namespace {

[[noreturn]] void Fail(sqlite3* db, std::string_view what) {
  throw StoreError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

SqliteStatement::~SqliteStatement() {
  if (statement_) sqlite3_reset(statement_);
}

SqliteStatement& SqliteStatement::Bind(int index, std::string_view value) {
  if (sqlite3_bind_text(statement_, index, value.data(), int(value.size()), SQLITE_TRANSIENT) !=
      SQLITE_OK) {
    Fail(sqlite3_db_handle(statement_), "binding a value");
  }
  return *this;
}

SqliteStatement& SqliteStatement::Bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(statement_, index, value) != SQLITE_OK) {
    Fail(sqlite3_db_handle(statement_), "binding a value");
  }
  return *this;
}

SqliteStatement& SqliteStatement::BindNull(int index) {
  if (sqlite3_bind_null(statement_, index) != SQLITE_OK) {
    Fail(sqlite3_db_handle(statement_), "binding a value");
  }
  return *this;
}

bool SqliteStatement::IsNull(int index) const {
  return sqlite3_column_type(statement_, index) == SQLITE_NULL;
}

bool SqliteStatement::Step() {
  const int result = sqlite3_step(statement_);
  if (result == SQLITE_ROW) return true;
  if (result == SQLITE_DONE) return false;
  Fail(sqlite3_db_handle(statement_), "running a statement");
}

std::string SqliteStatement::Text(int index) const {
  const auto* text = sqlite3_column_text(statement_, index);
  return text ? std::string(reinterpret_cast<const char*>(text),
                            size_t(sqlite3_column_bytes(statement_, index)))
              : std::string();
}

std::int64_t SqliteStatement::Integer(int index) const {
  return sqlite3_column_int64(statement_, index);
}

SqliteConnection::SqliteConnection(const std::string& path, bool read_only) {
  const int flags = SQLITE_OPEN_NOMUTEX |
                    (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string message = "opening the SQLite database " + path;
    if (db_) {
      message += ": ";
      message += sqlite3_errmsg(db_);
      sqlite3_close(db_);
      db_ = nullptr;
    }
    throw StoreError(message);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, 10000);
  // Durability: every acknowledged commit is on disk (WAL, fsync at each commit).
  if (!read_only) Execute("PRAGMA journal_mode=WAL");
  Execute("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON");
  if (read_only) Execute("PRAGMA query_only=ON");
  // Pages are read with read(), not through a memory map: nearly every request writes (its access
  // audit entry at least), and a connection whose next read finds the log changed drops its map
  // whole, so each page a request touched was mapped again and unmapped again. Without the map a
  // journey page on a million children took half the time (bench/results/http-sqlite.md).
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
  sqlite3_close(db_);
}

void SqliteConnection::Execute(std::string_view sql) {
  std::string text(sql);
  char* message = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string error = message ? message : sqlite3_errmsg(db_);
    sqlite3_free(message);
    throw StoreError("SQLite: " + error);
  }
}

SqliteStatement SqliteConnection::Prepare(const std::string& sql) {
  auto found = statements_.find(sql);
  if (found == statements_.end()) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
      Fail(db_, "preparing a statement");
    }
    found = statements_.emplace(sql, statement).first;
  }
  sqlite3_reset(found->second);
  sqlite3_clear_bindings(found->second);
  return SqliteStatement(found->second);
}

std::int64_t SqliteConnection::LastInsertId() const {
  return sqlite3_last_insert_rowid(db_);
}

int SqliteConnection::Changes() const {
  return sqlite3_changes(db_);
}

void SqliteConnection::OnCommitToLog(std::function<void(int pages)> committed) {
  committed_ = std::move(committed);
  sqlite3_wal_hook(
      db_,
      [](void* connection, sqlite3*, const char*, int pages) {
        static_cast<SqliteConnection*>(connection)->committed_(pages);
        return SQLITE_OK;
      },
      this);
}

}  // namespace frontdoor::store
