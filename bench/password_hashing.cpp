// bench/password_hashing.cpp — what an argon2id password check costs here, for each setting
// frontdoor offers.
#include <sodium.h>
#include <sys/utsname.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

#include "service/credentials.hpp"

namespace {

using frontdoor::service::PasswordHashCost;
using Clock = std::chrono::steady_clock;

double Milliseconds(Clock::duration duration) {
  return std::chrono::duration<double, std::milli>(duration).count();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Measures argon2id hashing and checking at frontdoor's settings"};
  int rounds = 10;
  std::string output = "bench/results/password-hashing.md";
  app.add_option("--rounds", rounds, "Checks timed per setting")->capture_default_str();
  app.add_option("--output", output, "Results file (Markdown)")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::ostringstream table;
  utsname system{};
  uname(&system);
  table << "# Password hashing cost (argon2id, libsodium " << sodium_version_string() << ")\n\n"
        << "Command: `build/bench/password_hashing` (also run by `scripts/bench.sh`). One sign-in "
           "costs one check; the median of "
        << rounds << " checks is shown.\n\n"
        << "- Machine: " << std::thread::hardware_concurrency() << " cores, Linux "
        << system.release << "\n\n"
        << "| setting | passes (opslimit) | memory | hash, ms | check (sign-in), median ms | "
           "check, max ms |\n"
        << "|---|---:|---:|---:|---:|---:|\n";
  for (auto [cost, name, ops, memory] :
       {std::tuple{PasswordHashCost::kModerate, "moderate (accounts)",
                   crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE},
        std::tuple{PasswordHashCost::kInteractive, "interactive (test suites only)",
                   crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE}}) {
    const auto hash_started = Clock::now();
    const std::string hash = frontdoor::service::HashPassword("purple tractor morning", cost);
    const double hash_ms = Milliseconds(Clock::now() - hash_started);
    std::vector<double> checks;
    for (int round = 0; round < rounds; ++round) {
      const auto started = Clock::now();
      if (!frontdoor::service::VerifyPassword(hash, "purple tractor morning")) return 1;
      checks.push_back(Milliseconds(Clock::now() - started));
    }
    std::sort(checks.begin(), checks.end());
    table << "| " << name << " | " << ops << " | " << memory / (1024 * 1024) << " MiB | "
          << std::fixed << std::setprecision(0) << hash_ms << " | " << checks[checks.size() / 2]
          << " | " << checks.back() << " |\n";
  }
  std::cout << table.str();
  std::filesystem::create_directories(std::filesystem::path(output).parent_path());
  std::ofstream(output) << table.str();
  return 0;
}
