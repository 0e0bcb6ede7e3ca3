// src/store/sqlite/sqlite_backup.cpp — online backups of a SQLite database and putting one back.
#include "store/sqlite/sqlite_backup.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <thread>

#include "store/disk_sync.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

namespace {

StoreError FileError(const std::string& what, const std::string& path) {
  return StoreError(what + " " + path + ": " + std::strerror(errno));
}

//! An open SQLite handle, closed when it goes.
struct Handle {
  sqlite3* db = nullptr;
  Handle(const std::string& path, int flags) {
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
      const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
      sqlite3_close(db);
      throw StoreError("opening the SQLite database " + path + ": " + message);
    }
    sqlite3_busy_timeout(db, 10000);
  }
  ~Handle() { sqlite3_close(db); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
};

}  // namespace

void BackUpSqliteDatabase(const std::string& source, const std::string& target) {
  if (std::filesystem::exists(target))
    throw StoreError("there is a file at " + target + " already");
  {
    Handle from(source, SQLITE_OPEN_READWRITE);
    Handle to(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE);
    sqlite3_backup* backup = sqlite3_backup_init(to.db, "main", from.db, "main");
    if (!backup) throw StoreError("backing up " + source + ": " + sqlite3_errmsg(to.db));
    // Every page in one step: one read transaction, so the copy is one moment's database.
    int step = SQLITE_OK;
    for (int tries = 0; tries < 600; ++tries) {
      step = sqlite3_backup_step(backup, -1);
      if (step != SQLITE_BUSY && step != SQLITE_LOCKED) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE) {
      const std::string message = sqlite3_errstr(step);
      std::filesystem::remove(target);
      throw StoreError("backing up " + source + ": " + message);
    }
  }
  SyncToDisk(target);
  SyncFolderOf(target);
}

void PutSqliteDatabaseInPlace(const std::string& backup, const std::string& target) {
  const std::string beside = target + ".restoring";
  std::error_code failed;
  std::filesystem::remove(beside, failed);
  if (!std::filesystem::copy_file(backup, beside, failed) || failed)
    throw StoreError("copying " + backup + " to " + beside + ": " + failed.message());
  SyncToDisk(beside);
  // A log left by the database being replaced would be read as the copy's own.
  for (const char* part : {"-wal", "-shm"}) std::filesystem::remove(target + part, failed);
  if (::rename(beside.c_str(), target.c_str()) != 0) throw FileError("cannot rename to", target);
  SyncFolderOf(target);
}

}  // namespace frontdoor::store
