// src/store/sqlite/sqlite_store.cpp — group commit on one writer thread; migrations; pooled read
// transactions.
#include "store/sqlite/sqlite_store.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <utility>

#include "store/sqlite/sqlite_sql.hpp"

namespace frontdoor::store {

namespace {

//! Runs `step` in its own immediate transaction on `connection`.
template <typename Step>
void InTransaction(SqliteConnection& connection, Step step) {
  connection.Execute("BEGIN IMMEDIATE");
  try {
    step();
    connection.Execute("COMMIT");
  } catch (...) {
    connection.Execute("ROLLBACK");
    throw;
  }
}

}  // namespace

SqliteStore::SqliteStore(std::string path, const StoreOptions& options)
    : Store(DatabaseKind::kSqlite, options),
      path_(std::move(path)),
      options_(options),
      readers_(options.read_connections,
               [this] { return std::make_unique<SqliteConnection>(path_, /*read_only=*/true); }) {
  const auto parent = std::filesystem::path(path_).parent_path();
  std::error_code ignored;
  if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
  writer_connection_ = std::make_unique<SqliteConnection>(path_, /*read_only=*/false);
  checkpoint_connection_ = std::make_unique<SqliteConnection>(path_, /*read_only=*/false);
  // SQLite's own rule (a checkpoint once the log passes a thousand pages), run elsewhere: at the
  // committing connection it held every waiting write for tens of milliseconds.
  constexpr int kLogPagesBeforeCheckpoint = 1000;
  writer_connection_->OnCommitToLog([this](int pages) {
    if (pages < kLogPagesBeforeCheckpoint) return;
    {
      std::lock_guard lock(checkpoint_mutex_);
      checkpoint_due_ = true;
    }
    checkpoint_wanted_.notify_one();
  });
  checkpointer_ = std::thread([this] { CheckpointLoop(); });
  writer_ = std::thread([this] { WriterLoop(); });
}

SqliteStore::~SqliteStore() {
  {
    std::lock_guard lock(queue_mutex_);
    stopping_ = true;
  }
  queue_ready_.notify_all();
  writer_.join();
  {
    std::lock_guard lock(checkpoint_mutex_);
    checkpoint_stopping_ = true;
  }
  checkpoint_wanted_.notify_one();
  checkpointer_.join();
}

void SqliteStore::CheckpointLoop() {
  constexpr auto kMostTimeUnflushed = std::chrono::seconds(1);
  for (;;) {
    bool unflushed = false;
    {
      std::unique_lock lock(checkpoint_mutex_);
      const auto wanted = [this] { return checkpoint_stopping_ || checkpoint_due_; };
      checkpoint_wanted_.wait(lock, [&] { return wanted() || log_unflushed_; });
      if (!wanted()) checkpoint_wanted_.wait_for(lock, kMostTimeUnflushed, wanted);
      if (checkpoint_stopping_) return;
      checkpoint_due_ = false;
      unflushed = std::exchange(log_unflushed_, false);
    }
    bool copied_all = false;
    try {
      // Passive: copies what it can without waiting for readers or the writer. It answers
      // whether it was held back, the frames in the log and the frames copied.
      auto checkpoint = checkpoint_connection_->Prepare("PRAGMA wal_checkpoint(PASSIVE)");
      copied_all = checkpoint.Step() && checkpoint.Integer(1) == checkpoint.Integer(2);
    } catch (const StoreError&) {
      // The next long log asks again; commits stay durable in the log meanwhile.
    }
    // A checkpoint flushes the log only when it copies something, which a reader holding an
    // older view can prevent: a log that did not flush is tried again a second later.
    if (unflushed && !copied_all) {
      std::lock_guard lock(checkpoint_mutex_);
      log_unflushed_ = true;
    }
  }
}

void SqliteStore::OnMigrationConnection(const std::function<void(const MigrationStep&)>& steps) {
  const std::function<void(SqliteConnection&)> migrate = [&](SqliteConnection& connection) {
    SqliteSql sql(connection);
    steps([&](const std::function<void(Sql&)>& work) {
      InTransaction(connection, [&] { work(sql); });
    });
  };
  WriteJob job;
  job.alone = &migrate;
  RunOnWriter(job);
}

void SqliteStore::InReadTransaction(const std::function<void(Sql&)>& work) {
  auto connection = readers_.Acquire();
  connection->Execute("BEGIN");
  try {
    SqliteSql sql(*connection);
    work(sql);
    connection->Execute("COMMIT");
  } catch (...) {
    try {
      connection->Execute("ROLLBACK");
    } catch (const StoreError&) {
      // The transaction is already over; nothing more to undo.
    }
    throw;
  }
}

void SqliteStore::InWriteTransaction(const std::function<void(Sql&)>& work, bool wait_for_disk) {
  WriteJob job;
  job.work = &work;
  job.wait_for_disk = wait_for_disk;
  RunOnWriter(job);
}

void SqliteStore::RunOnWriter(WriteJob& job) {
  auto done = job.done.get_future();
  {
    std::lock_guard lock(queue_mutex_);
    queue_.push_back(&job);
  }
  queue_ready_.notify_one();
  done.get();
}

void SqliteStore::WriterLoop() {
  for (;;) {
    std::vector<WriteJob*> group;
    {
      std::unique_lock lock(queue_mutex_);
      queue_ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and every queued write is answered
      if (queue_.front()->alone) {
        group.push_back(queue_.front());
        queue_.pop_front();
      } else {
        while (!queue_.empty() && !queue_.front()->alone &&
               int(group.size()) < options_.max_batch) {
          group.push_back(queue_.front());
          queue_.pop_front();
        }
      }
    }
    if (group.front()->alone) {
      try {
        FlushOnCommit(true);  // what runs alone (migrations) always waits for the disk
        (*group.front()->alone)(*writer_connection_);
        group.front()->done.set_value();
      } catch (...) {
        group.front()->done.set_exception(std::current_exception());
      }
      continue;
    }
    CommitGroup(group);
  }
}

StoreFigures SqliteStore::Figures() {
  int waiting = 0;
  {
    std::lock_guard lock(queue_mutex_);
    waiting = int(queue_.size());
  }
  return {readers_.Use(), transactions_.load(), commits_.load(), waiting};
}

void SqliteStore::FlushOnCommit(bool wait_for_disk) {
  if (wait_for_disk == writer_flushes_) return;
  writer_connection_->Execute(wait_for_disk ? "PRAGMA synchronous=FULL"
                                            : "PRAGMA synchronous=NORMAL");
  writer_flushes_ = wait_for_disk;
}

void SqliteStore::CommitGroup(const std::vector<WriteJob*>& group) {
  SqliteConnection& connection = *writer_connection_;
  const bool wait_for_disk = std::any_of(group.begin(), group.end(),
                                         [](const WriteJob* job) { return job->wait_for_disk; });
  std::vector<std::exception_ptr> failures(group.size());
  const auto fail_all = [&](std::exception_ptr error) {
    try {
      connection.Execute("ROLLBACK");
    } catch (const StoreError&) {
      // SQLite may already have rolled the transaction back itself (disk full, I/O error).
    }
    for (WriteJob* job : group) job->done.set_exception(error);
  };
  try {
    FlushOnCommit(wait_for_disk);
    connection.Execute("BEGIN IMMEDIATE");
  } catch (...) {
    for (WriteJob* job : group) job->done.set_exception(std::current_exception());
    return;
  }
  SqliteSql sql(connection);
  for (size_t job_idx = 0; job_idx < group.size(); ++job_idx) {
    try {
      connection.Execute("SAVEPOINT write_job");
    } catch (...) {
      fail_all(std::current_exception());
      return;
    }
    try {
      (*group[job_idx]->work)(sql);
      connection.Execute("RELEASE write_job");
    } catch (...) {
      failures[job_idx] = std::current_exception();
      try {
        connection.Execute("ROLLBACK TO write_job; RELEASE write_job");
      } catch (...) {
        // The whole transaction is gone, so the jobs before this one are lost too.
        fail_all(failures[job_idx]);
        return;
      }
    }
  }
  try {
    connection.Execute("COMMIT");
  } catch (...) {
    fail_all(std::current_exception());
    return;
  }
  ++commits_;
  if (!wait_for_disk) {
    {
      std::lock_guard lock(checkpoint_mutex_);
      log_unflushed_ = true;
    }
    checkpoint_wanted_.notify_one();
  }
  transactions_ += std::uint64_t(std::count_if(failures.begin(), failures.end(),
                                               [](const auto& failure) { return !failure; }));
  for (size_t job_idx = 0; job_idx < group.size(); ++job_idx) {
    if (failures[job_idx]) {
      group[job_idx]->done.set_exception(failures[job_idx]);
    } else {
      group[job_idx]->done.set_value();
    }
  }
}

}  // namespace frontdoor::store
