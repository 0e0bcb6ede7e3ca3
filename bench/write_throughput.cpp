// bench/write_throughput.cpp — durable writes per second: the store's group commit against raw
// SQLite, one transaction per insert.
#include <sqlite3.h>
#include <sys/utsname.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "domain/timestamp.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace {

using namespace frontdoor;
using Clock = std::chrono::steady_clock;

struct Figure {
  std::string what;
  std::string database;
  int threads = 0;
  std::uint64_t writes = 0;
  double seconds = 0;
  std::string note;
  double PerSecond() const { return double(writes) / seconds; }
};

domain::Feedback Row(std::uint64_t number) {
  return {
      0, *domain::ParseTimestamp("2026-11-27T09:00:00.000Z"),
      "Benchmark feedback number " + std::to_string(number) + ", about the size of a short note.",
      "/bench"};
}

Figure ThroughStore(store::Store& store, const std::string& database, int threads, double seconds) {
  std::atomic<bool> stop{false};
  std::atomic<std::uint64_t> writes{0};
  std::vector<std::thread> writers;
  const auto started = Clock::now();
  for (int thread_idx = 0; thread_idx < threads; ++thread_idx) {
    writers.emplace_back([&] {
      while (!stop) {
        const std::uint64_t number = writes.load();
        store.Write([&](store::Records& records) { records.feedback.Add(Row(number)); });
        ++writes;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& writer : writers) writer.join();
  const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
  return {"store.Write, group commit", database, threads, writes.load(), elapsed, ""};
}

void Check(int result, sqlite3* db, const char* what) {
  if (result != SQLITE_OK && result != SQLITE_DONE) {
    throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
  }
}

// The baseline: the same row, the same pragmas, one BEGIN/INSERT/COMMIT per row on one connection.
Figure RawSqlite(const std::string& path, double seconds) {
  sqlite3* db = nullptr;
  Check(sqlite3_open(path.c_str(), &db), db, "open");
  Check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON",
                     nullptr, nullptr, nullptr),
        db, "pragmas");
  sqlite3_stmt* insert = nullptr;
  Check(sqlite3_prepare_v2(db, "INSERT INTO feedback (received_at, text, page) VALUES (?, ?, ?)",
                           -1, &insert, nullptr),
        db, "prepare");
  std::uint64_t writes = 0;
  const auto started = Clock::now();
  const auto until = started + std::chrono::duration<double>(seconds);
  while (Clock::now() < until) {
    const domain::Feedback row = Row(writes);
    const std::string received_at = domain::FormatTimestamp(row.received_at);
    Check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_bind_text(insert, 1, received_at.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, row.text.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, row.page.c_str(), -1, SQLITE_TRANSIENT);
    Check(sqlite3_step(insert), db, "insert");
    sqlite3_reset(insert);
    Check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    ++writes;
  }
  const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();
  sqlite3_finalize(insert);
  sqlite3_close(db);
  return {"raw SQLite, one transaction per insert", "sqlite", 1, writes, elapsed, ""};
}

std::string MachineDescription() {
  std::string cpu = "unknown CPU";
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.starts_with("model name")) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  }
  utsname system{};
  uname(&system);
  return cpu + ", " + std::to_string(std::thread::hardware_concurrency()) + " cores, Linux " +
         system.release + ", SQLite " + sqlite3_libversion();
}

std::string FreshSqlitePath(const std::filesystem::path& folder, const std::string& name) {
  std::filesystem::create_directories(folder);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(folder / (name + suffix));
  return (folder / name).string();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Measures durable writes per second: group commit against one transaction per insert"};
  double seconds = 5;
  int threads = 32;
  std::string folder = "build/bench-data";
  std::string postgres;
  std::string output = "bench/results/write-throughput.md";
  app.add_option("--seconds", seconds, "Length of each measurement")->capture_default_str();
  app.add_option("--threads", threads, "Concurrent writers through the store")
      ->capture_default_str();
  app.add_option("--folder", folder, "Where the SQLite files go (use the disk you care about)")
      ->capture_default_str();
  app.add_option("--postgres", postgres, "Also measure this PostgreSQL database (libpq URI)");
  app.add_option("--output", output, "Results file (Markdown)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::vector<Figure> figures;
  std::uint64_t group_commits = 0;
  {
    const std::string path = FreshSqlitePath(folder, "group.db");
    store::SqliteStore store(path, {});
    store.Migrate();
    const std::uint64_t commits_before = store.Commits();
    figures.push_back(ThroughStore(store, "sqlite", threads, seconds));
    group_commits = store.Commits() - commits_before;
    figures.back().note =
        "mean " +
        std::to_string(double(figures.back().writes) / double(group_commits)).substr(0, 5) +
        " transactions per commit";
  }
  {
    const std::string path = FreshSqlitePath(folder, "raw.db");
    store::SqliteStore(path, {}).Migrate();  // the same schema, then closed
    figures.push_back(RawSqlite(path, seconds));
  }
  if (!postgres.empty()) {
    auto store = store::OpenStore({store::DatabaseKind::kPostgres, postgres},
                                  {.postgres_connections = threads});
    store->Migrate();
    figures.push_back(ThroughStore(*store, "postgresql", threads, seconds));
    figures.back().note = "PostgreSQL defaults (synchronous_commit=on)";
  }
  const double ratio = figures[0].PerSecond() / figures[1].PerSecond();

  std::ostringstream table;
  table << "# Durable writes per second\n\n"
        << "Command: `scripts/bench.sh` (runs `build/bench/write_throughput`). Every write is "
           "acknowledged only after its commit is on disk: SQLite in WAL mode with "
           "synchronous=FULL in both SQLite rows.\n\n"
        << "- Machine: " << MachineDescription() << "\n"
        << "- Measured for " << seconds << " s each, SQLite files in " << folder << "\n\n"
        << "| path | database | writers | writes | seconds | writes/s | note |\n"
        << "|---|---|---:|---:|---:|---:|---|\n";
  for (const Figure& figure : figures) {
    table << "| " << figure.what << " | " << figure.database << " | " << figure.threads << " | "
          << figure.writes << " | " << std::fixed << std::setprecision(2) << figure.seconds << " | "
          << std::setprecision(0) << figure.PerSecond() << " | " << figure.note << " |\n";
  }
  table << "\nGroup commit through the store against raw one-transaction-per-insert: **"
        << std::setprecision(2) << ratio << "×**.\n";
  std::cout << table.str();
  std::filesystem::create_directories(std::filesystem::path(output).parent_path());
  std::ofstream(output) << table.str();
  return 0;
}
