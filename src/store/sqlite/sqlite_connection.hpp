// src/store/sqlite/sqlite_connection.hpp — a thin owner of one SQLite connection and its prepared
// statements.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace frontdoor::store {

//! One prepared statement, reset and cleared each time it is taken from the connection.
class SqliteStatement {
 public:
  explicit SqliteStatement(sqlite3_stmt* statement) : statement_(statement) {}
  SqliteStatement(SqliteStatement&& other) noexcept : statement_(other.statement_) {
    other.statement_ = nullptr;
  }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  SqliteStatement& operator=(SqliteStatement&&) = delete;
  //! Resets the statement so it holds no lock once the caller is done with it.
  ~SqliteStatement();
  //! Binds text to the 1-based parameter `index`.
  SqliteStatement& Bind(int index, std::string_view value);
  //! Binds an integer to the 1-based parameter `index`.
  SqliteStatement& Bind(int index, std::int64_t value);
  //! Binds NULL to the 1-based parameter `index`.
  SqliteStatement& BindNull(int index);
  //! Steps once: true when a row is ready, false when done; throws StoreError on failure.
  bool Step();
  //! Column `index` (0-based) of the current row as text.
  std::string Text(int index) const;
  //! Column `index` (0-based) of the current row as an integer.
  std::int64_t Integer(int index) const;
  //! True when column `index` of the current row is NULL.
  bool IsNull(int index) const;

 private:
  sqlite3_stmt* statement_;
};

//! One open database connection. Not thread-safe: one thread uses it at a time.
class SqliteConnection {
 public:
  //! Opens `path` (creating it when `read_only` is false); throws StoreError.
  SqliteConnection(const std::string& path, bool read_only);
  ~SqliteConnection();
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  //! Runs one or more statements that return nothing; throws StoreError.
  void Execute(std::string_view sql);
  //! The cached prepared statement for `sql`, reset and ready to bind.
  SqliteStatement Prepare(const std::string& sql);
  //! The rowid of the last insert on this connection.
  std::int64_t LastInsertId() const;
  //! Rows changed by the last INSERT, UPDATE or DELETE.
  int Changes() const;
  //! Calls `committed` with the write-ahead log's length in pages after each commit on this
  //! connection, in place of SQLite's own checkpoint at the committing connection.
  void OnCommitToLog(std::function<void(int pages)> committed);

 private:
  sqlite3* db_ = nullptr;
  std::function<void(int pages)> committed_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace frontdoor::store
