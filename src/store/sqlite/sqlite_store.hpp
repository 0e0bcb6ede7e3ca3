// src/store/sqlite/sqlite_store.hpp — the embedded SQLite store: one writer thread with group
// commit, pooled readers.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "store/connection_pool.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/store.hpp"

namespace frontdoor::store {

//! SQLite in WAL mode with synchronous=FULL. Every write goes through one writer thread, which
//! groups the transactions waiting at that moment into one commit (one fsync): each runs under
//! its own savepoint, so a failing one is rolled back alone, and all are answered after the
//! commit is on disk. The log is copied into the database by a checkpoint thread of its own.
//! A reading reads on a reader connection; only its access-audit entries go to the writer.
//! A group made only of readings that need not wait for the disk commits with
//! synchronous=NORMAL (no flush); the next group that waits, or the checkpoint thread within
//! about a second, flushes the log with them.
class SqliteStore : public Store {
 public:
  SqliteStore(std::string path, const StoreOptions& options);
  //! Finishes every queued write, then closes.
  ~SqliteStore() override;

  //! How many group commits have been made (for benchmarks and tests).
  std::uint64_t Commits() const { return commits_.load(); }
  StoreFigures Figures() override;

 protected:
  //! Queues `work` for the writer thread, which runs it in the next group commit.
  void InWriteTransaction(const std::function<void(Sql&)>& work, bool wait_for_disk) override;
  void InReadTransaction(const std::function<void(Sql&)>& work) override;
  //! True: every write goes through the one writer thread.
  bool WritesOneAtATime() const override { return true; }
  //! Runs the migration steps on the writer thread, alone: the one writer is the migration lock.
  void OnMigrationConnection(const std::function<void(const MigrationStep&)>& steps) override;

 private:
  //! A transaction waiting for the writer thread. `work` runs in a group commit;
  //! `alone` runs by itself with the connection and manages its own transactions.
  struct WriteJob {
    const std::function<void(Sql&)>* work = nullptr;
    const std::function<void(SqliteConnection&)>* alone = nullptr;
    bool wait_for_disk = true;
    std::promise<void> done;
  };
  void RunOnWriter(WriteJob& job);
  void WriterLoop();
  void CommitGroup(const std::vector<WriteJob*>& group);
  //! Sets the writer's synchronous level for the next commit: FULL when it waits for the disk.
  void FlushOnCommit(bool wait_for_disk);
  //! Copies the write-ahead log into the database whenever it has grown long, and within about
  //! a second of a commit that did not flush, on its own thread and connection, so no write
  //! waits for it. A checkpoint flushes the log before it copies.
  void CheckpointLoop();

  std::string path_;
  StoreOptions options_;
  std::unique_ptr<SqliteConnection> writer_connection_;
  bool writer_flushes_ = true;  //!< the writer connection's synchronous level is FULL

  std::mutex queue_mutex_;
  std::condition_variable queue_ready_;
  std::deque<WriteJob*> queue_;
  bool stopping_ = false;
  std::atomic<std::uint64_t> commits_{0};
  std::atomic<std::uint64_t> transactions_{0};
  std::thread writer_;
  ConnectionPool<SqliteConnection> readers_;

  std::unique_ptr<SqliteConnection> checkpoint_connection_;
  std::mutex checkpoint_mutex_;
  std::condition_variable checkpoint_wanted_;
  bool checkpoint_due_ = false;
  bool log_unflushed_ = false;  //!< a commit since the last checkpoint did not flush
  bool checkpoint_stopping_ = false;
  std::thread checkpointer_;
};

}  // namespace frontdoor::store
