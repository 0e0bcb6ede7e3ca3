// tests/web/web_test_support.cpp — the in-process web fixture's requests and sign-in, compiled
// once rather than in every web test file.
#include "web/web_test_support.hpp"

#include <regex>

namespace frontdoor::testing {

std::string Capture(const std::string& text, const std::string& pattern) {
  std::smatch match;
  return std::regex_search(text, match, std::regex(pattern)) ? match[1].str() : "";
}

http::Response WebFixture::Send(std::string method, std::string target, std::string body,
                                const Browser* browser, std::string authorization,
                                std::string content_type) {
  http::Request request;
  request.method = std::move(method);
  request.target = target;
  const size_t question = target.find('?');
  request.path = target.substr(0, question);
  if (question != std::string::npos) request.query = target.substr(question + 1);
  request.body = std::move(body);
  request.client_address = "192.0.2.10";
  if (!content_type.empty()) request.headers.emplace_back("Content-Type", content_type);
  if (browser && !browser->cookie.empty()) request.headers.emplace_back("Cookie", browser->cookie);
  if (!authorization.empty()) request.headers.emplace_back("Authorization", authorization);
  return app_.Handle(request);
}

Browser WebFixture::SignInAs(domain::Role role) {
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

std::string WebFixture::SessionCookie(const http::Response& response) {
  for (const auto& [name, value] : response.headers) {
    if (http::HeaderNameEquals(name, "Set-Cookie") && value.starts_with("frontdoor_session=")) {
      return value.substr(18, value.find(';') - 18);
    }
  }
  return "";
}

}  // namespace frontdoor::testing
