// bench/raw_contact_intake.cpp — the baseline for durable contact intake: the database alone
// inserting the rows one contact makes (the contact, its three people, its access audit entry and
// that entry's index row), one transaction per contact, one connection, in the service's
// durability mode (SQLite: WAL, synchronous=FULL; PostgreSQL: its defaults). Prints contacts per
// second; bench/http/http_bench.mjs and bench/intake/intake_bench.mjs compare the API with it.
#include <sqlite3.h>

#include <pqxx/pqxx>

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>

#include "store/store.hpp"

namespace {

void Exec(sqlite3* db, const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "unknown";
    sqlite3_free(error);
    throw std::runtime_error(message);
  }
}

constexpr const char* kPeople =
    "INSERT INTO people (given_name, family_name, created_at) VALUES ('A', 'Child', "
    "'2026-11-27T09:00:00.000Z'), ('B', 'Child', '2026-11-27T09:00:00.000Z'), ('C', 'Adult', "
    "'2026-11-27T09:00:00.000Z')";
constexpr const char* kContact =
    "INSERT INTO contacts (received_at, method, referrer_name, referrer_role, referrer_agency, "
    "referrer_contact_details, referrer_relationship, source, concern, family_knows, "
    "family_agreement, urgency, recorded_by, recorded_at) VALUES "
    "('2026-11-27T09:15:00.000Z', 'phone', 'PC Bench', '', '', '', '', '6', $1, '', "
    "'not_asked', 'today', 'bench', '2026-11-27T09:15:00.000Z') RETURNING id";
constexpr const char* kAudit =
    "INSERT INTO access_audit (at, username, role, action, record_ids, client_address, outcome, "
    "detail) VALUES ('2026-11-27T09:15:00.000Z', 'bench', 'practitioner', "
    "'record_contact', $1, '127.0.0.1', 'allowed', '') RETURNING sequence";

//! The same rows on PostgreSQL (an empty database at `url`), one transaction per contact.
double PostgresContactsPerSecond(const std::string& url, double seconds) {
  {
    auto store = frontdoor::store::OpenStore({frontdoor::store::DatabaseKind::kPostgres, url});
    store->Migrate();
  }
  pqxx::connection connection(url);
  {
    pqxx::work setup(connection);
    setup.exec0(kPeople);
    setup.commit();
  }
  connection.prepare("contact", kContact);
  connection.prepare("reference", "UPDATE contacts SET reference = $1 WHERE id = $2");
  connection.prepare(
      "person", "INSERT INTO contact_people (contact_id, person_id, role) VALUES ($1, $2, $3)");
  connection.prepare("audit", kAudit);
  connection.prepare("audit_record",
                     "INSERT INTO access_audit_records (record_id, sequence) VALUES ($1, $2)");
  std::uint64_t contacts = 0;
  const auto started = std::chrono::steady_clock::now();
  const auto until = started + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < until) {
    pqxx::work work(connection);
    const std::string concern =
        "Benchmark contact " + std::to_string(contacts) + ": police attended a domestic incident.";
    const auto id = work.exec_prepared1("contact", concern)[0].as<std::int64_t>();
    work.exec_prepared0("reference", "R" + std::to_string(id), id);
    for (int who = 1; who <= 3; ++who) {
      work.exec_prepared0("person", id, who, who == 3 ? "adult" : "child");
    }
    const auto sequence = work.exec_prepared1("audit", "contact:" + std::to_string(id) +
                                                           " person:1 person:2 person:3")[0]
                              .as<std::int64_t>();
    work.exec_prepared0("audit_record", "contact:" + std::to_string(id), sequence);
    work.commit();
    ++contacts;
  }
  return double(contacts) /
         std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Raw contact intake, one transaction per contact"};
  double seconds = 10;
  std::string folder = std::filesystem::temp_directory_path() / "frontdoor-raw-intake";
  std::string postgres;
  app.add_option("--seconds", seconds, "How long to run")->capture_default_str();
  app.add_option("--folder", folder, "Where to make the database")->capture_default_str();
  app.add_option("--postgres", postgres,
                 "An empty PostgreSQL database to measure instead of a new SQLite file");
  CLI11_PARSE(app, argc, argv);
  if (!postgres.empty()) {
    std::cout << PostgresContactsPerSecond(postgres, seconds) << "\n";
    return 0;
  }

  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const std::string path = folder + "/raw.db";
  {
    // The real schema, made by the service's own migrations.
    auto store = frontdoor::store::OpenStore({frontdoor::store::DatabaseKind::kSqlite, path});
    store->Migrate();
  }
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
  Exec(db, kPeople);
  const auto prepare = [&](const char* sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
      throw std::runtime_error(sqlite3_errmsg(db));
    return statement;
  };
  sqlite3_stmt* contact = prepare(
      "INSERT INTO contacts (received_at, method, referrer_name, referrer_role, referrer_agency, "
      "referrer_contact_details, referrer_relationship, source, concern, family_knows, "
      "family_agreement, urgency, recorded_by, recorded_at) VALUES "
      "('2026-11-27T09:15:00.000Z', 'phone', 'PC Bench', '', '', '', '', '6', ?, '', "
      "'not_asked', 'today', 'bench', '2026-11-27T09:15:00.000Z')");
  sqlite3_stmt* reference = prepare("UPDATE contacts SET reference = ? WHERE id = ?");
  sqlite3_stmt* person =
      prepare("INSERT INTO contact_people (contact_id, person_id, role) VALUES (?, ?, ?)");
  sqlite3_stmt* audit = prepare(
      "INSERT INTO access_audit (at, username, role, action, record_ids, client_address, outcome, "
      "detail) VALUES ('2026-11-27T09:15:00.000Z', 'bench', 'practitioner', "
      "'record_contact', ?, '127.0.0.1', 'allowed', '')");
  sqlite3_stmt* audit_record =
      prepare("INSERT INTO access_audit_records (record_id, sequence) VALUES (?, ?)");
  const auto step = [&](sqlite3_stmt* statement) {
    if (sqlite3_step(statement) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
    sqlite3_reset(statement);
  };
  std::uint64_t contacts = 0;
  const auto started = std::chrono::steady_clock::now();
  const auto until = started + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < until) {
    Exec(db, "BEGIN IMMEDIATE");
    const std::string concern =
        "Benchmark contact " + std::to_string(contacts) + ": police attended a domestic incident.";
    sqlite3_bind_text(contact, 1, concern.c_str(), -1, SQLITE_TRANSIENT);
    step(contact);
    const auto id = sqlite3_last_insert_rowid(db);
    const std::string ref = "R" + std::to_string(id);
    sqlite3_bind_text(reference, 1, ref.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(reference, 2, id);
    step(reference);
    for (int who = 1; who <= 3; ++who) {
      sqlite3_bind_int64(person, 1, id);
      sqlite3_bind_int64(person, 2, who);
      sqlite3_bind_text(person, 3, who == 3 ? "adult" : "child", -1, SQLITE_STATIC);
      step(person);
    }
    const std::string records = "contact:" + std::to_string(id) + " person:1 person:2 person:3";
    sqlite3_bind_text(audit, 1, records.c_str(), -1, SQLITE_TRANSIENT);
    step(audit);
    const auto sequence = sqlite3_last_insert_rowid(db);
    const std::string record = "contact:" + std::to_string(id);
    sqlite3_bind_text(audit_record, 1, record.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(audit_record, 2, sequence);
    step(audit_record);
    Exec(db, "COMMIT");
    ++contacts;
  }
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  for (auto* statement : {contact, reference, person, audit, audit_record})
    sqlite3_finalize(statement);
  sqlite3_close(db);
  std::filesystem::remove_all(folder);
  std::cout << double(contacts) / elapsed << "\n";
  return 0;
}
