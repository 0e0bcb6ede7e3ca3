// src/cli/tools.hpp — what every command that opens the database works with: the store (its schema
// checked), a clock, accounts and the access audit.
#pragma once

#include <iostream>
#include <string>

#include "service/access_audit_service.hpp"
#include "service/account_service.hpp"
#include "service/system_clock.hpp"
#include "store/database_url.hpp"
#include "store/embedded_file.hpp"
#include "store/store.hpp"

namespace frontdoor::cli {

//! What every account command works with.
struct Tools {
  store::Store& store;
  service::SystemClock clock;
  domain::CommonPasswords common_passwords;
  service::AccountService accounts;
  service::AccessAuditService audit;

  explicit Tools(store::Store& opened)
      : store(opened),
        common_passwords(domain::CommonPasswords::FromText(CommonPasswordFiles().at(0).text)),
        accounts(opened, clock, common_passwords, service::PasswordHashCostFromEnvironment()),
        audit(opened, clock) {}
};

//! Opens the database, checks its schema is current, and runs `command`; returns the exit code.
template <typename Command>
int WithTools(const std::string& database, const char* name, Command&& command) {
  std::string error;
  auto url = store::ParseDatabaseUrl(database, error);
  if (!url) {
    std::cerr << "frontdoor " << name << ": " << error << "\n";
    return 2;
  }
  try {
    auto opened = store::OpenStore(*url);
    const auto schema = opened->Schema();
    if (schema.applied != schema.known) {
      std::cerr << "frontdoor " << name << ": the database schema is version " << schema.applied
                << " and this frontdoor needs " << schema.known
                << ". Run `frontdoor migrate --database URL` first.\n";
      return 1;
    }
    Tools tools(*opened);
    return command(tools);
  } catch (const std::exception& failure) {
    std::cerr << "frontdoor " << name << ": " << failure.what() << "\n";
    return 1;
  }
}

}  // namespace frontdoor::cli
