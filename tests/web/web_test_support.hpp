// tests/web/web_test_support.hpp — the web application in-process, with people of each role signed
// in through the real pages.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <regex>

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
inline std::string Capture(const std::string& text, const std::string& pattern) {
  std::smatch match;
  return std::regex_search(text, match, std::regex(pattern)) ? match[1].str() : "";
}

class WebFixture {
 public:
  explicit WebFixture(store::DatabaseKind kind = store::DatabaseKind::kSqlite) : database_(kind) {}

  http::Response Send(std::string method, std::string target, std::string body = "",
                      const Browser* browser = nullptr, std::string authorization = "",
                      std::string content_type = "application/x-www-form-urlencoded") {
    http::Request request;
    request.method = std::move(method);
    request.target = target;
    const size_t question = target.find('?');
    request.path = target.substr(0, question);
    if (question != std::string::npos) request.query = target.substr(question + 1);
    request.body = std::move(body);
    request.client_address = "192.0.2.10";
    if (!content_type.empty()) request.headers.emplace_back("Content-Type", content_type);
    if (browser && !browser->cookie.empty())
      request.headers.emplace_back("Cookie", browser->cookie);
    if (!authorization.empty()) request.headers.emplace_back("Authorization", authorization);
    return app_.Handle(request);
  }

  //! Makes (once) an account "test.ROLE" and signs it in through the sign-in pages, setting up
  //! two-step verification where the role needs it.
  Browser SignInAs(domain::Role role) {
    const std::string username = EnsureUser(role);
    const http::Response form = Send("GET", "/sign-in");
    const std::string form_token = Capture(form.body, "name=\"form_token\" value=\"([^\"]+)\"");
    Browser browser{"frontdoor_form=" + form_token, ""};
    http::Response signed_in = Send("POST", "/sign-in",
                                    "form_token=" + form_token + "&username=" + username +
                                        "&password=purple+tractor+morning&return_to=%2F",
                                    &browser);
    EXPECT_EQ(signed_in.status, 303) << signed_in.body;
    browser.cookie = "frontdoor_session=" + SessionCookie(signed_in);
    const std::string next(signed_in.Header("Location"));
    if (next.starts_with("/two-step")) {
      const http::Response setup = Send("GET", next, "", &browser);
      const std::string secret = Capture(setup.body, "id=\"secret\">([A-Z2-7]+)<");
      const std::string csrf = Capture(setup.body, "name=\"csrf_token\" value=\"([^\"]+)\"");
      const http::Response done =
          Send("POST", "/two-step/setup",
               "csrf_token=" + csrf + "&code=" + service::TotpCode(secret, clock_.Now()), &browser);
      EXPECT_EQ(done.status, 200) << done.body;
    }
    const http::Response home = Send("GET", "/", "", &browser);
    browser.csrf_token = Capture(home.body, "name=\"csrf_token\" value=\"([^\"]+)\"");
    EXPECT_FALSE(browser.csrf_token.empty()) << "signed in as " << username;
    return browser;
  }

  //! An API token for "test.ROLE".
  std::string TokenFor(domain::Role role) {
    const std::string username = EnsureUser(role);
    auto issued = accounts_.CreateApiToken(service::CommandLineActor(), username, std::nullopt);
    return "Bearer " + std::get<service::IssuedToken>(issued).secret;
  }

  static std::string SessionCookie(const http::Response& response) {
    for (const auto& [name, value] : response.headers) {
      if (http::HeaderNameEquals(name, "Set-Cookie") && value.starts_with("frontdoor_session=")) {
        return value.substr(18, value.find(';') - 18);
      }
    }
    return "";
  }

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
