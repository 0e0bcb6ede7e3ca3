// tests/service/credentials_test.cpp — text sealed for one session's links opens only there.
#include "service/credentials.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace frontdoor::service {
namespace {

TEST(SealForSession, OpensOnlyWithTheSameSessionSecretAndPurposeAndUnchanged) {
  const std::string text = "name=Ava%20Page&date_of_birth=2015-03-02";
  const std::string sealed = SealForSession(text, "session one", "a search for people");
  EXPECT_EQ(sealed.find("Ava"), std::string::npos);
  EXPECT_EQ(
      sealed.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
      std::string::npos)
      << "fits in an address as it is: " << sealed;
  EXPECT_EQ(OpenForSession(sealed, "session one", "a search for people"), text);
  // Sealed twice, it reads differently: two links do not show that they are one search.
  EXPECT_NE(SealForSession(text, "session one", "a search for people"), sealed);

  EXPECT_EQ(OpenForSession(sealed, "session two", "a search for people"), std::nullopt);
  EXPECT_EQ(OpenForSession(sealed, "session one", "something else"), std::nullopt);
  // One letter changed in the nonce, the sealed text or its tag.
  for (const std::size_t at : {std::size_t(10), std::size_t(40), sealed.size() - 5}) {
    std::string changed = sealed;
    changed[at] = changed[at] == 'A' ? 'B' : 'A';
    EXPECT_EQ(OpenForSession(changed, "session one", "a search for people"), std::nullopt) << at;
  }
  EXPECT_EQ(OpenForSession(sealed.substr(0, 20), "session one", "a search for people"),
            std::nullopt);
  EXPECT_EQ(OpenForSession("not base64!", "session one", "a search for people"), std::nullopt);
  // Nothing is sealed with no secret at all.
  EXPECT_THROW(SealForSession(text, "", "a search for people"), std::invalid_argument);
}

}  // namespace
}  // namespace frontdoor::service
