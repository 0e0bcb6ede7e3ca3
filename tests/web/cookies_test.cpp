// tests/web/cookies_test.cpp — reading cookies, and the names and attributes frontdoor sets.
#include "web/cookies.hpp"

#include <gtest/gtest.h>

namespace frontdoor::web {
namespace {

TEST(Cookies, ReadsOneCookieOfAHeaderByItsWholeName) {
  const std::string header = "other=1; frontdoor_session=abc;  __Host-frontdoor_session=def";
  EXPECT_EQ(CookieValue(header, "frontdoor_session"), "abc");
  EXPECT_EQ(CookieValue(header, "__Host-frontdoor_session"), "def");
  EXPECT_EQ(CookieValue(header, "session"), "");
  EXPECT_EQ(CookieValue("", "frontdoor_session"), "");
}

TEST(Cookies, OverTlsEachIsSecureAndHostOnlyByItsPrefix) {
  const Cookies secure(true);
  EXPECT_EQ(secure.Set("frontdoor_session", "abc"),
            "__Host-frontdoor_session=abc; Path=/; HttpOnly; SameSite=Strict; Secure");
  EXPECT_EQ(secure.Clear("frontdoor_session"),
            "__Host-frontdoor_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict; Secure");
  // A browser keeps a __Host- cookie only with Secure, Path=/ and no Domain.
  EXPECT_EQ(secure.Set("x", "y").find("Domain"), std::string::npos);
  // A cookie without the prefix (set by a plain-HTTP page or a neighbouring subdomain) is not read.
  EXPECT_EQ(secure.Value("frontdoor_session=planted", "frontdoor_session"), "");
  EXPECT_EQ(
      secure.Value("frontdoor_session=planted; __Host-frontdoor_session=own", "frontdoor_session"),
      "own");
}

TEST(Cookies, OnPlainHttpNeitherPrefixedNorSecure) {
  const Cookies plain(false);
  EXPECT_EQ(plain.Set("frontdoor_form", "t"),
            "frontdoor_form=t; Path=/; HttpOnly; SameSite=Strict");
  EXPECT_EQ(plain.Clear("frontdoor_form"),
            "frontdoor_form=; Max-Age=0; Path=/; HttpOnly; SameSite=Strict");
  EXPECT_EQ(plain.Value("__Host-frontdoor_form=t", "frontdoor_form"), "");
  EXPECT_EQ(plain.Value("frontdoor_form=t", "frontdoor_form"), "t");
}

}  // namespace
}  // namespace frontdoor::web
