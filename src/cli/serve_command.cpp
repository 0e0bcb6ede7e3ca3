// src/cli/serve_command.cpp — `frontdoor serve`: checks the schema, loads assets, serves until told
// to stop.
#include <spdlog/spdlog.h>

#include <malloc.h>
#include <sys/resource.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "cli/audit_sequencer.hpp"
#include "cli/commands.hpp"
#include "cli/housekeeping.hpp"
#include "cli/key_files.hpp"
#include "domain/whole_number.hpp"
#include "http/server.hpp"
#include "service/configuration.hpp"
#include "service/services.hpp"
#include "service/system_clock.hpp"
#include "store/store.hpp"
#include "version.hpp"
#include "web/app.hpp"
#include "web/controller.hpp"

namespace frontdoor::cli {

namespace {

//! Splits HOST:PORT ([v6]:PORT too); false with `error` set when it is not one.
bool ParseListen(const std::string& listen, http::ServerOptions& options, std::string& error) {
  const size_t colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size()) {
    error = "--listen must be HOST:PORT, like 127.0.0.1:8080 (got \"" + listen + "\")";
    return false;
  }
  std::string host = listen.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  const std::string port_text = listen.substr(colon + 1);
  const auto port = domain::WholeNumberIn<unsigned>(port_text);
  if (!port || *port > 65535) {
    error = "--listen port must be a number from 0 to 65535 (got \"" + port_text + "\")";
    return false;
  }
  options.host = host;
  options.port = std::uint16_t(*port);
  return true;
}

//! The items of a comma-separated list ("manager,admin"), empty ones left out.
std::vector<std::string> CommaSeparated(std::string_view list) {
  std::vector<std::string> items;
  while (!list.empty()) {
    const std::string_view item = list.substr(0, list.find(','));
    if (!item.empty()) items.emplace_back(item);
    list.remove_prefix(std::min(list.size(), item.size() + 1));
  }
  return items;
}

//! Parses "manager,admin" into roles; false with `error` set on an unknown role.
bool ParseRoles(const std::string& list, std::set<domain::Role>& roles, std::string& error) {
  roles.clear();
  for (const std::string& code : CommaSeparated(list)) {
    auto role = domain::kRoles.Parse(code);
    if (!role) {
      error = "--two-step-roles: \"" + code + "\" is not a role";
      return false;
    }
    roles.insert(*role);
  }
  return true;
}

//! The whole text of a configuration file, or "" when no file was given.
std::string ReadConfigFile(const std::string& path) {
  if (path.empty()) return {};
  std::ifstream file(path, std::ios::binary);
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

std::filesystem::path DefaultAssetsFolder() {
  std::error_code ec;
  const auto binary = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path("assets") : binary.parent_path() / "assets";
}

//! Keeps freed memory for the next request instead of handing it back to the system each time:
//! a page's buffers (tens of kilobytes each, many at once) otherwise cost a map and unmap per
//! request. Measured with wrk on the journey page: about a fifth more pages a second.
void KeepFreedMemoryForReuse() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 128 << 20);
}

//! The schema must be this build's: refuses (with the reason on stderr) a newer or older one.
bool SchemaIsCurrent(const store::SchemaStatus& schema) {
  if (schema.applied > schema.known) {
    std::cerr << "frontdoor serve: the database schema is version " << schema.applied
              << ", newer than this frontdoor " << kVersion << " knows (" << schema.known
              << "). Serving it could damage records; use a newer frontdoor.\n";
    return false;
  }
  if (schema.applied < schema.known) {
    std::cerr << "frontdoor serve: the database schema is version " << schema.applied
              << " and this frontdoor needs " << schema.known
              << ". Run `frontdoor migrate --database URL` first.\n";
    return false;
  }
  return true;
}

//! The authority's configuration; nullopt (with the file, line and reason on stderr) when a file
//! cannot be used.
std::optional<service::Configuration> LoadAuthorityConfiguration(const ServeSettings& settings) {
  const service::ConfigurationTexts texts{
      ReadConfigFile(settings.language_guide),      ReadConfigFile(settings.name_variants),
      ReadConfigFile(settings.threshold_framework), ReadConfigFile(settings.front_door),
      ReadConfigFile(settings.bank_holidays),       ReadConfigFile(settings.audit_questions)};
  try {
    return service::LoadConfiguration(texts);
  } catch (const service::ConfigurationError& bad_file) {
    const std::map<std::string, std::pair<std::string, const char*>> files = {
        {"language_guide", {settings.language_guide, "config/language.txt"}},
        {"name_variants", {settings.name_variants, "config/name-variants.txt"}},
        {"threshold_framework", {settings.threshold_framework, "config/threshold.txt"}},
        {"front_door", {settings.front_door, "config/front-door.txt"}},
        {"bank_holidays", {settings.bank_holidays, "config/bank-holidays.txt"}},
        {"audit_questions", {settings.audit_questions, "config/audit-questions.txt"}}};
    const auto& [given, built_in] = files.at(bad_file.Setting());
    std::cerr << "frontdoor serve: "
              << (given.empty() ? std::string("built-in ") + built_in : given) << ": "
              << bad_file.what() << "\n";
    return std::nullopt;
  }
}

service::ServiceSettings ServiceSettingsFrom(const ServeSettings& settings,
                                             std::set<domain::Role> two_step_roles) {
  service::ServiceSettings service_settings;
  service_settings.two_step.required_roles = std::move(two_step_roles);
  service_settings.password_hash_cost = service::PasswordHashCostFromEnvironment();
  service_settings.sign_in.session_idle = std::chrono::minutes(settings.session_idle_minutes);
  service_settings.sign_in.session_absolute = std::chrono::hours(settings.session_hours);
  return service_settings;
}

//! The store's figures in Prometheus' text format.
std::string StoreMetrics(const store::StoreFigures& figures) {
  return fmt::format(
      "# HELP frontdoor_db_connections Database connections: the most, those open, those idle "
      "(SQLite: the readers; writes have one writer).\n"
      "# TYPE frontdoor_db_connections gauge\n"
      "frontdoor_db_connections{{state=\"capacity\"}} {}\n"
      "frontdoor_db_connections{{state=\"open\"}} {}\n"
      "frontdoor_db_connections{{state=\"idle\"}} {}\n"
      "# HELP frontdoor_db_connection_waiters Requests waiting for a database connection.\n"
      "# TYPE frontdoor_db_connection_waiters gauge\n"
      "frontdoor_db_connection_waiters {}\n"
      "# HELP frontdoor_db_write_transactions_total Write transactions committed.\n"
      "# TYPE frontdoor_db_write_transactions_total counter\n"
      "frontdoor_db_write_transactions_total {}\n"
      "# HELP frontdoor_db_write_commits_total Commits made (on SQLite one "
      "commit holds the transactions waiting together: transactions over commits is the "
      "writer's batch size).\n"
      "# TYPE frontdoor_db_write_commits_total counter\n"
      "frontdoor_db_write_commits_total {}\n"
      "# HELP frontdoor_db_writes_waiting Write transactions queued for SQLite's writer.\n"
      "# TYPE frontdoor_db_writes_waiting gauge\n"
      "frontdoor_db_writes_waiting {}\n",
      figures.connections.capacity, figures.connections.open, figures.connections.idle,
      figures.connections.waiting, figures.write_transactions, figures.write_commits,
      figures.writes_waiting);
}

//! Builds the service over an open store and serves until told to stop.
int Serve(const ServeSettings& settings, store::Store& store, const http::ServerOptions& options,
          const std::set<domain::Role>& two_step_roles, int schema_version) {
  const auto configuration = LoadAuthorityConfiguration(settings);
  if (!configuration) return 1;
  const auto assets = web::AssetCatalogue::Load(
      settings.assets.empty() ? DefaultAssetsFolder() : std::filesystem::path(settings.assets));
  service::SystemClock clock;
  auto service_settings = ServiceSettingsFrom(settings, two_step_roles);
  // A key is made only for a database that has never used one: another key would lock every
  // manager out of two-step verification, or sign checkpoints no one can check.
  if (!std::filesystem::exists(settings.two_step_key) &&
      service::SignInService(store, clock, {}, {}, {}).HasSealedTwoStepSecrets()) {
    std::cerr << "frontdoor serve: two-step secrets in this database are sealed with a key that "
                 "is not at "
              << settings.two_step_key
              << ": give --two-step-key the file it was kept in (a new key cannot open them)\n";
    return 1;
  }
  if (!std::filesystem::exists(settings.audit_key) &&
      !service::AuditLogService(store, clock, std::nullopt).Head().checkpoint.empty()) {
    std::cerr << "frontdoor serve: the access audit's log was signed with a key that is not at "
              << settings.audit_key << ": give --audit-key the file it was kept in\n";
    return 1;
  }
  try {
    bool made = false;
    service_settings.two_step.secret_keys = LoadOrMakeTwoStepKeys(settings.two_step_key, made);
    if (made) spdlog::info("event=two_step_key_made file={}", settings.two_step_key);
    spdlog::info("event=two_step_keys sealing={} older={}",
                 service::TwoStepKeyId(service_settings.two_step.secret_keys.front()),
                 service_settings.two_step.secret_keys.size() - 1);
  } catch (const std::exception& failure) {
    std::cerr << "frontdoor serve: the two-step secrets' key: " << failure.what() << "\n";
    return 1;
  }
  service::Services services(store, clock, *configuration, std::move(service_settings));
  // Secrets kept before they were sealed are sealed now.
  if (const int sealed = services.sign_in.SealTwoStepSecrets(); sealed > 0) {
    spdlog::info("event=two_step_secrets_sealed accounts={}", sealed);
  }
  if (settings.secure_cookies && settings.insecure_cookies) {
    std::cerr << "frontdoor serve: --secure-cookies and --insecure-cookies cannot both be given\n";
    return 2;
  }
  // Beyond this machine, people reach the service over TLS (through a proxy that terminates it):
  // its cookies are Secure unless told otherwise.
  const bool secure =
      settings.secure_cookies || (!http::IsLoopback(options.host) && !settings.insecure_cookies);
  std::optional<domain::AuditSigningKey> audit_key;
  try {
    bool made = false;
    audit_key = LoadOrMakeAuditKey(settings.audit_key, made);
    spdlog::info("event={} file={} public_key={}", made ? "audit_key_made" : "audit_key",
                 settings.audit_key, domain::FormatVerifierKey(audit_key->verifier));
  } catch (const std::exception& failure) {
    std::cerr << "frontdoor serve: the access audit's signing key: " << failure.what() << "\n";
    return 1;
  }
  service::AuditLogService audit_log(store, clock, audit_key);
  // Adds what requests write to the access audit's log every second, and once more at the end.
  AuditSequencer sequencer(audit_log, settings.audit_checkpoint);
  // Every ten minutes, and once now: old Idempotency-Keys forgotten, record opening watched.
  Housekeeping housekeeping(services);
  http::RequestMetrics metrics;
  web::WebSettings web_settings{
      secure, "frontdoor", &metrics, CommaSeparated(settings.metrics_from),
      [&sequencer, &store, &housekeeping] {
        return sequencer.Metrics() + StoreMetrics(store.Figures()) + housekeeping.Metrics();
      }};
  web::WebApp app({clock, assets, *configuration, services, web_settings});
  http::ServerOptions serving = options;
  serving.metrics = &metrics;
  serving.refusal = web::TransportRefusal;
  http::Server server(serving,
                      [&app](const http::Request& request) { return app.Handle(request); });
  spdlog::info(
      "event=listening url=http://{}:{} database={} schema_version={} version={} "
      "readings_wait_for_disk={}",
      options.host, server.Port(), store::DatabaseKindName(store.Kind()), schema_version, kVersion,
      !settings.readings_without_flush);
  spdlog::default_logger()->flush();
  // The dashboard's figures for the last two years, counted while the first requests are served;
  // stopped (after the month it is counting) when the server stops.
  std::jthread counting([&services](std::stop_token stop) {
    try {
      const int days = services.dashboard.CountAhead([&stop] { return !stop.stop_requested(); });
      spdlog::info("event=dashboard_counted days={}", days);
    } catch (const std::exception& failure) {
      spdlog::error("event=dashboard_count_failed error=\"{}\"", failure.what());
    }
  });
  server.Run();
  counting.request_stop();
  counting.join();
  spdlog::default_logger()->flush();
  return 0;
}

}  // namespace

//! Raises the process's open-file limit as far as it may go, and answers `wanted` or, when the
//! limit is lower, as many connections as it leaves room for beside the database's files and
//! connections: the connection limit, not the operating system, is what turns clients away.
int ConnectionsTheProcessCanHold(int wanted) {
  constexpr rlim_t kKeptForTheRest = 256;
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return wanted;
  if (limit.rlim_cur < limit.rlim_max) {
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);
    ::getrlimit(RLIMIT_NOFILE, &limit);
  }
  if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= rlim_t(wanted) + kKeptForTheRest) {
    return wanted;
  }
  const int held = int(std::max<rlim_t>(limit.rlim_cur, 2 * kKeptForTheRest) - kKeptForTheRest);
  spdlog::warn("event=connections_limited wanted={} open_files={} held={}", wanted, limit.rlim_cur,
               held);
  return held;
}

int RunServe(const ServeSettings& settings) {
  KeepFreedMemoryForReuse();
  std::string error;
  auto url = store::ParseDatabaseUrl(settings.database, error);
  http::ServerOptions options;
  std::set<domain::Role> two_step_roles;
  if (!url || !ParseListen(settings.listen, options, error) ||
      !ParseRoles(settings.two_step_roles, two_step_roles, error)) {
    std::cerr << "frontdoor serve: " << error << "\n";
    return 2;
  }
  options.body_limit = settings.max_body_bytes;
  options.request_timeout = std::chrono::milliseconds(settings.request_timeout_ms);
  options.idle_timeout = std::chrono::milliseconds(settings.idle_timeout_ms);
  options.worker_threads = settings.workers;
  options.max_queued = settings.max_queued;
  options.max_connections = ConnectionsTheProcessCanHold(settings.max_connections);
  options.max_connections_per_address = settings.max_connections_per_address;
  options.trusted_proxies = CommaSeparated(settings.trusted_proxies);
  try {
    store::StoreOptions store_options;
    store_options.read_connections = settings.workers;
    store_options.postgres_connections = store::DatabaseSessionsFor(
        settings.database_connections, settings.workers, std::thread::hardware_concurrency());
    store_options.readings_wait_for_disk = !settings.readings_without_flush;
    auto store = store::OpenStore(*url, store_options);
    const store::SchemaStatus schema = store->Schema();
    if (!SchemaIsCurrent(schema)) return 1;
    return Serve(settings, *store, options, two_step_roles, schema.applied);
  } catch (const std::exception& failure) {
    spdlog::default_logger()->flush();
    std::cerr << "frontdoor serve: " << failure.what() << "\n";
    return 1;
  }
}

}  // namespace frontdoor::cli
