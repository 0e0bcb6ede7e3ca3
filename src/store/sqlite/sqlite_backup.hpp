// src/store/sqlite/sqlite_backup.hpp — copying a SQLite database while the service goes on writing
// (SQLite's online backup API), and putting a copy in place of a database, each synced to disk.
#pragma once

#include <string>

namespace frontdoor::store {

//! Copies the SQLite database at `source` into the new file `target` as one consistent snapshot
//! (a single read transaction: writers go on meanwhile, and what they commit after it began is
//! not in the copy), then syncs the copy and its folder to disk. Throws StoreError saying what is
//! wrong; `target` must not exist.
void BackUpSqliteDatabase(const std::string& source, const std::string& target);

//! Puts a copy of the backup `backup` at `target`, replacing whatever is there: copied beside it,
//! synced, the old database's write-ahead log and shared-memory files removed, then renamed into
//! place and the folder synced. Throws StoreError saying what is wrong.
void PutSqliteDatabaseInPlace(const std::string& backup, const std::string& target);

}  // namespace frontdoor::store
