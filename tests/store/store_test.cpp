// tests/store/store_test.cpp — the same store behaviour on SQLite and PostgreSQL: migrations,
// transactions, durability.
#include "store/store.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <thread>

#include "store/postgres/postgres_store.hpp"
#include "store/sql.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "test_support.hpp"

namespace frontdoor::store {
namespace {

using frontdoor::testing::KindName;
using frontdoor::testing::TestDatabase;

domain::Feedback SomeFeedback(std::string text) {
  return {0, *domain::ParseTimestamp("2026-11-27T09:30:00.250Z"), std::move(text), "/"};
}

//! An access-audit entry of someone seeing a record, with `detail` as given.
domain::AuditEntry SomeoneSaw(std::string detail) {
  domain::AuditEntry entry;
  entry.at = *domain::ParseTimestamp("2026-11-27T09:30:00.250Z");
  entry.username = "jo";
  entry.role = "practitioner";
  entry.action = "view_person_record";
  entry.record_ids = "person:1";
  entry.client_address = "10.0.0.1";
  entry.outcome = domain::AuditOutcome::kAllowed;
  entry.detail = std::move(detail);
  return entry;
}

//! How many access-audit entries the store holds (none is placed: no sequencer runs here).
std::int64_t AuditEntries(Store& store) {
  return store.ReadResult([](Records& records) { return records.audit.WaitingCount(); });
}

class StoreTest : public ::testing::TestWithParam<DatabaseKind> {
 protected:
  TestDatabase database_{GetParam(), frontdoor::testing::TestSchema::kEmpty};
};

TEST_P(StoreTest, MigrateBringsAnEmptyDatabaseUpToDateAndIsIdempotent) {
  auto store = database_.Open(/*migrate=*/false);
  EXPECT_EQ(store->Schema().applied, 0);
  const int known = store->Schema().known;
  EXPECT_GE(known, 1);
  EXPECT_EQ(store->Migrate(), known);
  EXPECT_EQ(store->Migrate(), 0);
  EXPECT_EQ(store->Schema().applied, known);
}

TEST_P(StoreTest, ReportsASchemaNewerThanThisBuild) {
  auto store = database_.Open();
  const int known = store->Schema().known;
  frontdoor::testing::ExecuteDirectly(
      database_.Url(), "INSERT INTO schema_migrations (version, name, applied_at) VALUES (" +
                           std::to_string(known + 1) +
                           ", '9999_future.sql', '2030-01-01T00:00:00Z')");
  EXPECT_EQ(store->Schema().applied, known + 1);
  EXPECT_EQ(store->Migrate(), 0);
}

TEST_P(StoreTest, KeepsWhatItIsGivenToTheMillisecond) {
  auto store = database_.Open();
  const std::int64_t id = store->WriteResult(
      [](Records& records) { return records.feedback.Add(SomeFeedback("Zoë’s \"form\"")); });
  const auto kept = store->ReadResult([&](Records& records) { return records.feedback.Find(id); });
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->id, id);
  EXPECT_EQ(domain::FormatTimestamp(kept->received_at), "2026-11-27T09:30:00.250Z");
  EXPECT_EQ(kept->text, "Zoë’s \"form\"");
  EXPECT_EQ(kept->page, "/");
  EXPECT_FALSE(store->ReadResult([](Records& records) { return records.feedback.Find(999999); }));
}

TEST_P(StoreTest, AOneStatementReadAnswersAndRefusesASecondStatement) {
  auto store = database_.Open();
  const std::int64_t id = store->WriteResult(
      [](Records& records) { return records.feedback.Add(SomeFeedback("one statement")); });
  const auto kept =
      store->ReadOneStatementResult([&](Records& records) { return records.feedback.Find(id); });
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->text, "one statement");
  EXPECT_THROW(store->ReadOneStatement([&](Records& records) {
    records.feedback.Find(id);
    records.feedback.Find(id);
  }),
               StoreError);
  // Nothing is written through it: a write is refused before it reaches the database.
  EXPECT_THROW(store->ReadOneStatement(
                   [](Records& records) { records.feedback.Add(SomeFeedback("written")); }),
               StoreError);
  // The connection is left as it was: a write and a read after it work, and see each other.
  const std::int64_t next = store->WriteResult(
      [](Records& records) { return records.feedback.Add(SomeFeedback("after")); });
  for (int i = 0; i < 8; ++i) {
    EXPECT_TRUE(store->ReadOneStatementResult(
        [&](Records& records) { return records.feedback.Find(next); }));
  }
  EXPECT_EQ(store->ReadResult([](Records& records) { return records.feedback.Count(); }), 2);
}

TEST_P(StoreTest, AFailedTransactionKeepsNothing) {
  auto store = database_.Open();
  EXPECT_THROW(store->Write([](Records& records) {
    records.feedback.Add(SomeFeedback("first half"));
    throw std::runtime_error("the second half failed");
  }),
               std::runtime_error);
  EXPECT_THROW(store->Write([](Records& records) {
    records.feedback.Add(SomeFeedback("kept only with the next"));
    records.feedback.Add(SomeFeedback(""));  // breaks the table's check
  }),
               StoreError);
  EXPECT_EQ(store->ReadResult([](Records& records) { return records.feedback.Count(); }), 0);
}

TEST_P(StoreTest, ConcurrentWritesAreAllKeptAndFailuresStayTheirOwn) {
  auto store = database_.Open();
  constexpr int kThreads = 8;
  constexpr int kWritesPerThread = 40;
  std::atomic<int> kept{0};
  std::atomic<int> refused{0};
  std::vector<std::thread> threads;
  for (int thread_idx = 0; thread_idx < kThreads; ++thread_idx) {
    threads.emplace_back([&, thread_idx] {
      for (int write_idx = 0; write_idx < kWritesPerThread; ++write_idx) {
        const bool doomed = (thread_idx * kWritesPerThread + write_idx) % 7 == 0;
        try {
          store->Write([&](Records& records) {
            records.feedback.Add(SomeFeedback("write " + std::to_string(write_idx)));
            if (doomed) throw std::runtime_error("refused by the use case");
          });
          ++kept;
        } catch (const std::runtime_error&) {
          ++refused;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  const int doomed_count = (kThreads * kWritesPerThread + 6) / 7;
  EXPECT_EQ(refused.load(), doomed_count);
  EXPECT_EQ(kept.load(), kThreads * kWritesPerThread - doomed_count);
  EXPECT_EQ(store->ReadResult([](Records& records) { return records.feedback.Count(); }),
            kept.load());
}

TEST_P(StoreTest, AcknowledgedWritesSurviveReopening) {
  std::int64_t id = 0;
  {
    auto store = database_.Open();
    id = store->WriteResult(
        [](Records& records) { return records.feedback.Add(SomeFeedback("still here")); });
  }
  auto reopened = database_.Open(/*migrate=*/false);
  const auto kept =
      reopened->ReadResult([&](Records& records) { return records.feedback.Find(id); });
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->text, "still here");
}

//! For each write transaction: whether it was asked to wait for the disk, and the database's own
//! durability setting inside it (SQLite's synchronous level, PostgreSQL's synchronous_commit).
using DurabilitySeen = std::vector<std::pair<bool, std::string>>;

//! A store that notes each write transaction's durability in `seen`.
template <typename Database>
class SeeingDurability : public Database {
 public:
  SeeingDurability(DurabilitySeen& seen, const DatabaseUrl& url, const StoreOptions& options)
      : Database(url.location, options), seen_(seen) {}

 protected:
  void InWriteTransaction(const std::function<void(Sql&)>& work, bool wait_for_disk) override {
    Database::InWriteTransaction(
        [&](Sql& sql) {
          const bool sqlite = sql.Kind() == DatabaseKind::kSqlite;
          const auto setting = sql.One(
              sqlite ? "PRAGMA synchronous" : "SELECT current_setting('synchronous_commit')", {},
              [&](const SqlRow& row) { return sqlite ? std::to_string(row.Int(0)) : row.Text(0); });
          seen_.emplace_back(wait_for_disk, setting.value_or("none"));
          work(sql);
        },
        wait_for_disk);
  }

 private:
  DurabilitySeen& seen_;
};

std::unique_ptr<Store> OpenSeeingDurability(const DatabaseUrl& url, const StoreOptions& options,
                                            DurabilitySeen& seen) {
  std::unique_ptr<Store> store;
  if (url.kind == DatabaseKind::kSqlite) {
    store = std::make_unique<SeeingDurability<SqliteStore>>(seen, url, options);
  } else {
    store = std::make_unique<SeeingDurability<PostgresStore>>(seen, url, options);
  }
  store->Migrate();
  return store;
}

TEST_P(StoreTest, AReadingWaitsForTheDiskUnlessToldNotTo) {
  const bool sqlite = GetParam() == DatabaseKind::kSqlite;
  const std::string flushes = sqlite ? "2" : "on";    // FULL: the commit waits for the flush
  const std::string does_not = sqlite ? "1" : "off";  // NORMAL: it does not
  {
    DurabilitySeen seen;
    auto store = OpenSeeingDurability(database_.Url(), {}, seen);
    store->Reading([](Records& records) { records.audit.Add(SomeoneSaw("waits")); });
    EXPECT_EQ(seen, (DurabilitySeen{{true, flushes}}));
  }
  StoreOptions quick;
  quick.readings_wait_for_disk = false;
  {
    DurabilitySeen seen;
    auto store = OpenSeeingDurability(database_.Url(), quick, seen);
    store->Reading([](Records& records) { records.audit.Add(SomeoneSaw("reading")); });
    store->Write([](Records& records) { records.audit.Add(SomeoneSaw("change")); });
    store->Reading([](Records& records) { records.audit.Add(SomeoneSaw("reading again")); });
    // A change still waits for the disk, between two readings that do not.
    EXPECT_EQ(seen, (DurabilitySeen{{false, does_not}, {true, flushes}, {false, does_not}}));
    EXPECT_EQ(AuditEntries(*store), 4);
  }
  // Everything committed is there when the database is opened again.
  EXPECT_EQ(AuditEntries(*database_.Open()), 4);
}

TEST_P(StoreTest, AReadingThatThrowsWritesNoneOfItsEntries) {
  auto store = database_.Open();
  EXPECT_THROW(store->Reading([](Records& records) {
    records.audit.Add(SomeoneSaw("seen, then the page failed"));
    throw std::runtime_error("the page failed");
  }),
               std::runtime_error);
  EXPECT_EQ(AuditEntries(*store), 0);
  store->Reading([](Records& records) {
    records.audit.Add(SomeoneSaw("one"));
    records.audit.Add(SomeoneSaw("two"));
  });
  const auto details = store->ReadResult([](Records& records) {
    std::vector<std::string> seen;
    for (const auto& entry : records.audit.Waiting(10)) seen.push_back(entry.detail);
    return seen;
  });
  EXPECT_EQ(details, (std::vector<std::string>{"one", "two"}));
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, StoreTest,
                         ::testing::Values(DatabaseKind::kSqlite, DatabaseKind::kPostgres),
                         KindName);

// Group commit on SQLite: transactions queued while the writer is busy share one commit,
// and one that fails inside the group is rolled back alone.
TEST(SqliteGroupCommit, GroupsQueuedTransactionsAndFailsOnlyTheBadOne) {
  TestDatabase database(DatabaseKind::kSqlite);
  auto opened = database.Open();
  auto& store = dynamic_cast<SqliteStore&>(*opened);
  const std::uint64_t commits_before = store.Commits();

  std::atomic<bool> writer_busy{false};
  std::thread blocker([&] {
    store.Write([&](Records& records) {
      writer_busy = true;
      records.feedback.Add(SomeFeedback("blocker"));
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    });
  });
  while (!writer_busy) std::this_thread::yield();

  std::vector<std::thread> queued;
  std::atomic<int> failures{0};
  for (int job_idx = 0; job_idx < 5; ++job_idx) {
    queued.emplace_back([&, job_idx] {
      try {
        store.Write([&](Records& records) {
          records.feedback.Add(SomeFeedback(job_idx == 2 ? "" : "grouped"));  // "" breaks a check
        });
      } catch (const StoreError&) {
        ++failures;
      }
    });
  }
  blocker.join();
  for (auto& thread : queued) thread.join();

  EXPECT_EQ(failures.load(), 1);
  EXPECT_EQ(store.ReadResult([](Records& records) { return records.feedback.Count(); }), 5);
  // The blocker's commit plus one or two for the five queued (they may straddle a wake-up).
  EXPECT_LE(store.Commits() - commits_before, 3u);
}

// A reading on SQLite reads beside the one writer rather than queueing behind it; only its
// access-audit entries wait their turn.
TEST(SqliteReadings, ReadWhileTheWriterIsBusy) {
  TestDatabase database(DatabaseKind::kSqlite);
  auto store = database.Open();
  std::atomic<bool> writer_busy{false};
  std::atomic<bool> read_ran{false};
  bool read_while_busy = false;
  std::thread blocker([&] {
    store->Write([&](Records& records) {
      writer_busy = true;
      records.feedback.Add(SomeFeedback("a long change"));
      const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
      while (!read_ran && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
      read_while_busy = read_ran;
    });
  });
  while (!writer_busy) std::this_thread::yield();
  const auto count = store->ReadingResult([&](Records& records) {
    read_ran = true;
    records.audit.Add(SomeoneSaw("the count"));
    return records.feedback.Count();
  });
  blocker.join();
  EXPECT_TRUE(read_while_busy) << "the reading waited for the writer before it read";
  EXPECT_EQ(count, 0) << "the reading saw the long change: it read only after the change committed";
  EXPECT_EQ(AuditEntries(*store), 1);
}

// On SQLite a reading's connection is read-only: a change made in one is refused, and none of
// the reading's entries is written.
TEST(SqliteReadings, RefuseAnyChangeButTheirAuditEntries) {
  TestDatabase database(DatabaseKind::kSqlite);
  auto store = database.Open();
  EXPECT_THROW(store->Reading([](Records& records) {
    records.audit.Add(SomeoneSaw("seen"));
    records.feedback.Add(SomeFeedback("a change in a reading"));
  }),
               StoreError);
  EXPECT_EQ(store->ReadResult([](Records& records) { return records.feedback.Count(); }), 0);
  EXPECT_EQ(AuditEntries(*store), 0);
}

//! Waits up to `seconds` for the database file at `path` to grow past `size` (only a checkpoint,
//! copying the log into it, makes it grow); answers whether it did.
bool FileGrowsPast(const std::string& path, std::uintmax_t size, int seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::filesystem::file_size(path) == size && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  return std::filesystem::file_size(path) > size;
}

TEST(SqliteCheckpoint, CopiesALongLogIntoTheDatabaseWhileTheStoreIsOpen) {
  TestDatabase database(DatabaseKind::kSqlite);
  auto store = database.Open();
  const std::string path = database.Url().location;
  const auto size_before = std::filesystem::file_size(path);
  // Tens of thousands of people: several thousand pages of log, past the checkpoint's thousand.
  frontdoor::testing::AddPeopleInBulk(
      *store, 30'000,
      [](std::size_t index) {
        return std::pair{"Given" + std::to_string(index), "Family" + std::to_string(index)};
      },
      "2015-05-14");
  // Nothing else writes; only the checkpoint thread can grow the database file meanwhile.
  EXPECT_TRUE(FileGrowsPast(path, size_before, 20));
  EXPECT_EQ(
      store->ReadResult([](Records& records) { return records.people.FindSearchRows({1}); }).size(),
      1u);
}

//! A SQLite store whose readings do not wait for the disk, on a new database.
class SqliteReadingsUnflushed : public ::testing::Test {
 protected:
  SqliteReadingsUnflushed() {
    StoreOptions quick;
    quick.readings_wait_for_disk = false;
    store_ = database_.Open(/*migrate=*/true, quick);
  }
  //! About 300 KB of access-audit entries written by one reading: far short of the thousand
  //! pages of log that otherwise call for a checkpoint.
  void WriteInAReading() {
    store_->Reading([](Records& records) {
      for (int row = 0; row < 200; ++row) records.audit.Add(SomeoneSaw(std::string(1500, 'x')));
    });
  }

  TestDatabase database_{DatabaseKind::kSqlite};
  std::unique_ptr<Store> store_;
  std::string path_ = database_.Url().location;
};

// A reading that did not flush reaches the disk within about a second, by a checkpoint.
TEST_F(SqliteReadingsUnflushed, ACheckpointFlushesThemWithinASecondOrSo) {
  const auto size_before = std::filesystem::file_size(path_);
  WriteInAReading();
  EXPECT_TRUE(FileGrowsPast(path_, size_before, 10));
}

// A checkpoint flushes the log only when it copies something; a reader holding an older view
// can stop it. Once the reader lets go, the log that did not flush is flushed all the same.
TEST_F(SqliteReadingsUnflushed, ACheckpointFlushesThemOnceAReaderLetsGo) {
  // Everything so far copied and the log emptied, so the reader below reads the database alone
  // and no checkpoint can copy anything while it holds its view.
  SqliteConnection(path_, /*read_only=*/false).Execute("PRAGMA wal_checkpoint(TRUNCATE)");
  SqliteConnection reader(path_, /*read_only=*/true);
  reader.Execute("BEGIN");
  {
    // Reading starts the reader's view, which holds the log where it is until it commits.
    auto count = reader.Prepare("SELECT COUNT(*) FROM feedback");
    ASSERT_TRUE(count.Step());
  }
  const auto size_before = std::filesystem::file_size(path_);
  WriteInAReading();
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  ASSERT_EQ(std::filesystem::file_size(path_), size_before) << "the reader held nothing back";
  reader.Execute("COMMIT");
  EXPECT_TRUE(FileGrowsPast(path_, size_before, 10));
}

}  // namespace
}  // namespace frontdoor::store
