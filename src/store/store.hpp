// src/store/store.hpp — a database: migrations, and transactions that hand out the Records.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

#include "store/connection_pool.hpp"
#include "store/database_url.hpp"
#include "store/migration.hpp"
#include "store/records.hpp"

namespace frontdoor::store {

//! Thrown when the database cannot do what was asked (unreachable, disk full, constraint broken).
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

//! Tuning for a store; the defaults suit one council's front door.
struct StoreOptions {
  int read_connections = 8;      //!< most concurrent read transactions
  int postgres_connections = 8;  //!< PostgreSQL: size of the connection pool
  int max_batch = 256;           //!< SQLite: most transactions grouped into one commit
  //! Whether a reading (Store::Reading) is answered only once its access-audit entry is on
  //! disk. Off, it is answered once committed, and the entry reaches the disk with the next
  //! commit that waits, or within about a second: a power cut or a crash of the machine (not of
  //! frontdoor or the database) may lose the last second's entries about readings. Off, a
  //! reading does not wait for a disk kept busy by other work, where one flush can take 100 ms.
  bool readings_wait_for_disk = true;
};

//! How many PostgreSQL sessions to keep open: `asked` when given (above 0), else twice `cores`
//! and one more (the usual rule for a server's active sessions: more only queue inside it, and
//! on a machine the database shares they take its processors from it), never more than the
//! `workers` that borrow them, and at least one.
int DatabaseSessionsFor(int asked, int workers, unsigned cores);

//! Where a database's schema stands against what this build knows.
struct SchemaStatus {
  int applied = 0;  //!< highest migration recorded in the database
  int known = 0;    //!< highest migration this build carries
};

class Sql;

//! What a store's connections and writes are doing (for /metrics).
struct StoreFigures {
  PoolUse connections;  //!< PostgreSQL: the pool; SQLite: the readers (writes have one writer)
  std::uint64_t write_transactions = 0;  //!< write transactions committed
  std::uint64_t write_commits = 0;       //!< commits made (SQLite groups transactions into one)
  int writes_waiting = 0;                //!< SQLite: write transactions queued for the writer
};

//! One database. Thread-safe: any thread may run transactions at once. Migrating, checking the
//! schema and reading are written once here over two things each database does its own way.
class Store {
 public:
  Store(DatabaseKind kind, const StoreOptions& options);
  virtual ~Store();

  //! Which kind of database this is.
  DatabaseKind Kind() const { return kind_; }
  //! What its connections and writes are doing now.
  virtual StoreFigures Figures() = 0;
  //! Applies every migration the database lacks, each in its own transaction; returns how many.
  //! First checks the applied ones are the text this build carries (throwing StoreError, naming
  //! the file, when one changed) and records the checksums of those applied before checksums
  //! were kept. `up_to` stops after that version (tests bring a database to an older schema).
  int Migrate(int up_to = std::numeric_limits<int>::max());
  //! The applied and known schema versions; throws StoreError, naming the file, when an applied
  //! migration is not the text this build carries.
  SchemaStatus Schema();
  //! Runs `work` in one write transaction. Returns only once the commit is on disk; if `work` or
  //! the commit throws, nothing of it is kept and the exception reaches the caller.
  void Write(const std::function<void(Records&)>& work);
  //! Write() for a reading: a transaction whose only writes are the access-audit entries of what
  //! it shows. Returns once committed, and on disk unless StoreOptions::readings_wait_for_disk
  //! is off. Where writes go one at a time (SQLite), `work` reads in a read-only transaction
  //! beside them (any other write throws StoreError) and only its entries queue to be written.
  void Reading(const std::function<void(Records&)>& work);
  //! Runs `work` in one read-only transaction with a consistent view.
  void Read(const std::function<void(Records&)>& work);

  //! Runs `work`, which reads with exactly one statement: one statement sees one consistent view
  //! by itself, so PostgreSQL runs it without a transaction around it (one round trip to the
  //! server, not three). A second statement, one that is not a SELECT, or anything but a
  //! statement, throws StoreError.
  void ReadOneStatement(const std::function<void(Records&)>& work);

  //! Write() that returns what `work` returns.
  template <typename Work>
  auto WriteResult(Work&& work) -> std::invoke_result_t<Work, Records&> {
    std::optional<std::invoke_result_t<Work, Records&>> result;
    Write([&](Records& records) { result.emplace(work(records)); });
    return std::move(*result);
  }
  //! Reading() that returns what `work` returns.
  template <typename Work>
  auto ReadingResult(Work&& work) -> std::invoke_result_t<Work, Records&> {
    std::optional<std::invoke_result_t<Work, Records&>> result;
    Reading([&](Records& records) { result.emplace(work(records)); });
    return std::move(*result);
  }
  //! Read() that returns what `work` returns.
  template <typename Work>
  auto ReadResult(Work&& work) -> std::invoke_result_t<Work, Records&> {
    std::optional<std::invoke_result_t<Work, Records&>> result;
    Read([&](Records& records) { result.emplace(work(records)); });
    return std::move(*result);
  }
  //! ReadOneStatement() that returns what `work` returns.
  template <typename Work>
  auto ReadOneStatementResult(Work&& work) -> std::invoke_result_t<Work, Records&> {
    std::optional<std::invoke_result_t<Work, Records&>> result;
    ReadOneStatement([&](Records& records) { result.emplace(work(records)); });
    return std::move(*result);
  }

 protected:
  //! Runs one piece of migration work in its own transaction, holding the migration lock.
  using MigrationStep = std::function<void(const std::function<void(Sql&)>&)>;
  //! Runs `steps` on one connection set aside for migrating, handing it the way to run each step.
  virtual void OnMigrationConnection(const std::function<void(const MigrationStep&)>& steps) = 0;
  //! Runs `work` in one write transaction, returning once it is committed, and with
  //! `wait_for_disk` once its commit is on disk.
  virtual void InWriteTransaction(const std::function<void(Sql&)>& work, bool wait_for_disk) = 0;
  //! Runs `work` in one read-only transaction.
  virtual void InReadTransaction(const std::function<void(Sql&)>& work) = 0;
  //! Whether write transactions run one at a time, so that a reading reads beside them and
  //! writes only its access-audit entries afterwards, rather than waiting its turn to read.
  virtual bool WritesOneAtATime() const { return false; }
  //! Runs `work`, which makes one statement, as that statement alone; by default in a read-only
  //! transaction (SQLite's costs no round trip).
  virtual void InOneStatementRead(const std::function<void(Sql&)>& work) {
    InReadTransaction(work);
  }

 private:
  DatabaseKind kind_;
  bool readings_wait_for_disk_;
  std::vector<Migration> migrations_;
};

//! Opens (and for SQLite creates) the database at `url`; throws StoreError when it cannot.
std::unique_ptr<Store> OpenStore(const DatabaseUrl& url, const StoreOptions& options = {});

}  // namespace frontdoor::store
