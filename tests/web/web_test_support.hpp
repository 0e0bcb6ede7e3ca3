// tests/web/web_test_support.hpp — the web application in-process, with people of each role signed
// in through the real pages.
#pragma once

#include <gtest/gtest.h>

#include <map>

#include "service/credentials.hpp"
#include "test_support.hpp"
#include "web/app.hpp"

namespace frontdoor::testing {

//! A browser's state: its cookies and the session's form token.
struct Browser {
  std::string cookie;      //!< the Cookie header to send
  std::string csrf_token;  //!< the value forms must carry
};

//! Text captured by the first group of `pattern` in `text`, or "".
std::string Capture(const std::string& text, const std::string& pattern);

class WebFixture {
 public:
  explicit WebFixture(store::DatabaseKind kind = store::DatabaseKind::kSqlite) : database_(kind) {}

  http::Response Send(std::string method, std::string target, std::string body = "",
                      const Browser* browser = nullptr, std::string authorization = "",
                      std::string content_type = "application/x-www-form-urlencoded");

  //! Makes (once) an account "test.ROLE" and signs it in through the sign-in pages, setting up
  //! two-step verification where the role needs it.
  Browser SignInAs(domain::Role role);

  //! An API token for "test.ROLE".
  std::string TokenFor(domain::Role role) {
    const std::string username = EnsureUser(role);
    auto issued = accounts_.CreateApiToken(service::CommandLineActor(), username, std::nullopt);
    return "Bearer " + std::get<service::IssuedToken>(issued).secret;
  }

  static std::string SessionCookie(const http::Response& response);

  std::int64_t FeedbackCount() {
    return store_->ReadResult([](store::Records& records) { return records.feedback.Count(); });
  }
  std::vector<domain::AuditEntry> RecentAudit() {
    return store_->ReadResult([](store::Records& records) { return records.audit.Recent(20); });
  }

 protected:
  std::string EnsureUser(domain::Role role) {
    const std::string username = "test." + std::string(domain::kRoles.Code(role));
    if (!store_->ReadResult(
            [&](store::Records& records) { return records.accounts.FindByUsername(username); })) {
      accounts_.AddUser(service::CommandLineActor(),
                        {username, std::string(domain::kRoles.Code(role)),
                         role == domain::Role::kPartner ? "police" : "", "purple tractor morning",
                         "Test " + std::string(domain::kRoles.Name(role)), "Tester"});
    }
    return username;
  }

  static service::ServiceSettings TestSettings() {
    service::ServiceSettings settings;
    settings.password_hash_cost = service::PasswordHashCost::kInteractive;
    settings.sleep = [](std::chrono::milliseconds) {};
    return settings;
  }

  TestDatabase database_;
  std::unique_ptr<store::Store> store_ = database_.Open();
  FixedClock clock_{"2026-11-27T10:00:00.000Z"};
  web::AssetCatalogue assets_ = web::AssetCatalogue::Load(std::getenv("FRONTDOOR_TEST_ASSETS"));
  domain::CommonPasswords common_ = domain::CommonPasswords::FromText("");
  service::AccountService accounts_{*store_, clock_, common_,
                                    service::PasswordHashCost::kInteractive};
  service::Configuration configuration_ = service::LoadConfiguration({});
  service::Services services_{*store_, clock_, configuration_, TestSettings()};
  web::WebApp app_{{clock_, assets_, configuration_, services_}};
};

}  // namespace frontdoor::testing
