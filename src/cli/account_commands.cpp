// src/cli/account_commands.cpp — `frontdoor user ...`, `token ...` and `demo-accounts`.
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/tools.hpp"
#include "domain/password_policy.hpp"
#include "domain/timestamp.hpp"
#include "service/access_audit_service.hpp"
#include "service/account_service.hpp"
#include "service/demo_data.hpp"
#include "service/national_data.hpp"
#include "service/system_clock.hpp"
#include "store/embedded_file.hpp"
#include "store/store.hpp"

namespace frontdoor::cli {

namespace {

//! Prints an expected failure and returns its exit code; 0 when `result` holds a value.
template <typename Value>
int Report(const service::Result<Value>& result, const char* name, const std::string& what) {
  if (const auto* invalid = std::get_if<service::Invalid>(&result)) {
    for (const auto& field_error : invalid->errors) {
      std::cerr << "frontdoor " << name << ": " << field_error.field << ": " << field_error.message
                << "\n";
    }
    return 2;
  }
  if (std::holds_alternative<service::NotFound>(result)) {
    std::cerr << "frontdoor " << name << ": there is no " << what << "\n";
    return 3;
  }
  return 0;
}

std::string ReadPassword() {
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

}  // namespace

int RunUserAdd(const UserSettings& settings) {
  return WithTools(settings.database, "user add", [&](Tools& tools) {
    if (!settings.password_stdin) {
      std::cerr
          << "frontdoor user add: give the password on standard input with --password-stdin\n";
      return 2;
    }
    auto result = tools.accounts.AddUser(service::CommandLineActor(),
                                         {settings.username, settings.role, settings.agency,
                                          ReadPassword(), settings.full_name, settings.job_title});
    if (int code = Report(result, "user add", "such account")) return code;
    std::cout << "Added " << settings.username << " as " << settings.role << ".\n";
    return 0;
  });
}

int RunUserList(const std::string& database) {
  return WithTools(database, "user list", [&](Tools& tools) {
    for (const auto& user : tools.accounts.ListUsers(service::CommandLineActor())) {
      std::cout << user.username << "\t" << user.ShownAs() << "\t" << domain::kRoles.Code(user.role)
                << "\t" << (user.agency.empty() ? "-" : user.agency) << "\t"
                << (user.disabled ? "disabled" : "active") << "\t"
                << (user.totp_enabled ? "two-step on" : "two-step off") << "\n";
    }
    return 0;
  });
}

int RunUserDisable(const UserSettings& settings) {
  return WithTools(settings.database, "user disable", [&](Tools& tools) {
    auto result = tools.accounts.DisableUser(service::CommandLineActor(), settings.username);
    if (int code = Report(result, "user disable", "account named " + settings.username))
      return code;
    std::cout << "Disabled " << settings.username << " and ended their sessions.\n";
    return 0;
  });
}

int RunUserEnable(const UserSettings& settings) {
  return WithTools(settings.database, "user enable", [&](Tools& tools) {
    auto result = tools.accounts.EnableUser(service::CommandLineActor(), settings.username);
    if (int code = Report(result, "user enable", "account named " + settings.username)) return code;
    std::cout << "Enabled " << settings.username << ": they can sign in again.\n";
    return 0;
  });
}

int RunUserSetName(const UserSettings& settings) {
  return WithTools(settings.database, "user set-name", [&](Tools& tools) {
    auto result = tools.accounts.SetNameAndJobTitle(service::CommandLineActor(), settings.username,
                                                    settings.full_name, settings.job_title);
    if (int code = Report(result, "user set-name", "account named " + settings.username))
      return code;
    std::cout << settings.username << " is now shown as "
              << std::get<domain::User>(result).ShownAs() << ".\n";
    return 0;
  });
}

int RunUserSetRole(const UserSettings& settings) {
  return WithTools(settings.database, "user set-role", [&](Tools& tools) {
    auto result = tools.accounts.SetRole(service::CommandLineActor(), settings.username,
                                         settings.role, settings.agency);
    if (int code = Report(result, "user set-role", "account named " + settings.username))
      return code;
    std::cout << settings.username << " is now " << settings.role << ".\n";
    return 0;
  });
}

int RunUserResetPassword(const UserSettings& settings) {
  return WithTools(settings.database, "user reset-password", [&](Tools& tools) {
    if (!settings.password_stdin) {
      std::cerr << "frontdoor user reset-password: give the password on standard input with "
                   "--password-stdin\n";
      return 2;
    }
    auto result = tools.accounts.ResetPassword(service::CommandLineActor(), settings.username,
                                               ReadPassword());
    if (int code = Report(result, "user reset-password", "account named " + settings.username))
      return code;
    std::cout << "Set a new password for " << settings.username << " and ended their sessions.\n";
    return 0;
  });
}

int RunUserResetTwoStep(const UserSettings& settings) {
  return WithTools(settings.database, "user reset-two-step", [&](Tools& tools) {
    auto result = tools.accounts.ResetTwoStep(service::CommandLineActor(), settings.username);
    if (int code = Report(result, "user reset-two-step", "account named " + settings.username))
      return code;
    std::cout << "Cleared " << settings.username
              << "'s two-step verification and recovery codes and ended their sessions: they set "
                 "it up again when they next sign in.\n";
    return 0;
  });
}

int RunTokenCreate(const std::string& database, const std::string& username,
                   std::optional<int> expires_days) {
  return WithTools(database, "token create", [&](Tools& tools) {
    auto result =
        tools.accounts.CreateApiToken(service::CommandLineActor(), username, expires_days);
    if (int code = Report(result, "token create", "account named " + username)) return code;
    const auto& issued = std::get<service::IssuedToken>(result);
    std::cout << "Token " << issued.token.id << " for " << username
              << (issued.token.expires_at
                      ? ", expires " + domain::FormatTimestamp(*issued.token.expires_at)
                      : ", no expiry")
              << ". It is shown once; keep it secret:\n"
              << issued.secret << "\n";
    return 0;
  });
}

int RunTokenRevoke(const std::string& database, std::int64_t token_id) {
  return WithTools(database, "token revoke", [&](Tools& tools) {
    auto result = tools.accounts.RevokeApiToken(service::CommandLineActor(), token_id);
    if (int code = Report(result, "token revoke", "token with id " + std::to_string(token_id)))
      return code;
    std::cout << "Revoked token " << token_id << ".\n";
    return 0;
  });
}

int RunDemoAccounts(const std::string& database) {
  return WithTools(database, "demo-accounts", [&](Tools& tools) {
    if (tools.accounts.CountUsers() > 0) {
      std::cout << "Accounts already exist, so no demo accounts were made.\n";
      return 0;
    }
    std::cout << "Demo accounts (shown once; managers and administrators set up two-step "
                 "verification when they first sign in):\n";
    for (const auto& [role, role_code, role_name] : domain::kRoles.All()) {
      const std::string code(role_code);
      const std::string username = service::DemoUsername(role);
      const std::string password = service::RandomToken(15);
      auto result = tools.accounts.AddUser(
          service::CommandLineActor(),
          {username, code, role == domain::Role::kPartner ? "police" : "", password,
           "Demo " + std::string(role_name), "Demonstration account"});
      if (int exit_code = Report(result, "demo-accounts", "account")) return exit_code;
      std::cout << "  " << username << "  " << password << "\n";
    }
    return 0;
  });
}

int RunDemoData(const std::string& database) {
  return WithTools(database, "demo-data", [&](Tools& tools) {
    const auto guide = domain::LanguageGuide::FromText(LanguageGuideFiles().at(0).text);
    const auto added = service::AddDemoData(tools.store, tools.clock, guide);
    if (added.empty()) {
      std::cout << "People are already recorded, so no demo families were added.\n";
      return 0;
    }
    std::cout << "Demo families added:\n";
    for (const auto& line : added) std::cout << "  " << line << "\n";
    return 0;
  });
}

int RunGenerate(const std::string& database, std::int64_t children, std::uint64_t seed,
                const std::string& as_of) {
  const auto day = domain::ParseDate(as_of);
  if (!day) {
    std::cerr << "frontdoor generate: give --as-of as a day, 2022-05-02\n";
    return 2;
  }
  return WithTools(database, "generate", [&](Tools& tools) {
    const auto started = std::chrono::steady_clock::now();
    service::GenerationPlan plan;
    plan.children = children;
    plan.seed = seed;
    // Dated as of one fixed morning (by default 1 December 2026), so a seed always makes the same
    // people (the labelled searches under bench/search/ depend on it).
    plan.as_of = domain::ParseTimestamp(domain::FormatDate(*day) + "T09:00:00Z");
    // A progress bar on standard error: how far, what was made, and the time so far.
    const auto counts = service::GenerateNationalData(
        tools.store, tools.clock, plan, [&](const service::GeneratedCounts& made) {
          const double share = double(made.children) / double(children);
          const int filled = int(share * 30);
          const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                                   std::chrono::steady_clock::now() - started)
                                   .count();
          std::cerr << "\r[" << std::string(size_t(filled), '#')
                    << std::string(size_t(30 - filled), ' ') << "] " << int(share * 100) << "% "
                    << made.children << " children, " << made.contacts << " contacts, " << seconds
                    << " s" << std::flush;
        });
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
    std::cerr << "\n";
    std::cout << "Generated " << counts.children << " children and " << counts.adults
              << " adults in " << counts.households << " households, " << counts.contacts
              << " contacts, " << counts.decisions << " decisions, " << counts.checks << " checks, "
              << counts.allocations << " allocations and " << counts.case_steps
              << " steps after referrals in " << seconds.count() << " s.\n";
    return 0;
  });
}

}  // namespace frontdoor::cli
