// tests/http/client_address_test.cpp — who a request came from behind trusted proxies, and that a
// client cannot name another address for itself.
#include <gtest/gtest.h>

#include "http/message.hpp"

namespace frontdoor::http {
namespace {

const std::vector<std::string> kNginx = {"127.0.0.1", "::1"};

TEST(ClientAddress, WithoutATrustedProxyThePeerIsTheClientWhateverItSays) {
  EXPECT_EQ(ClientAddressBehind("198.51.100.4", "203.0.113.9", {}), "198.51.100.4");
  EXPECT_EQ(ClientAddressBehind("198.51.100.4", "203.0.113.9", kNginx), "198.51.100.4");
}

TEST(ClientAddress, BehindATrustedProxyTheAddressItWasToldIsTheClient) {
  EXPECT_EQ(ClientAddressBehind("127.0.0.1", "203.0.113.9", kNginx), "203.0.113.9");
  EXPECT_EQ(ClientAddressBehind("::1", " 2001:db8::7 ", kNginx), "2001:db8::7");
  // What the client put in front of the proxy's own entry is not believed.
  EXPECT_EQ(ClientAddressBehind("127.0.0.1", "10.0.0.1, 203.0.113.9", kNginx), "203.0.113.9");
  // Through two trusted proxies, the first address neither of them is.
  EXPECT_EQ(ClientAddressBehind("127.0.0.1", "10.0.0.1, 203.0.113.9, ::1", kNginx), "203.0.113.9");
  // Nothing forwarded: the proxy itself.
  EXPECT_EQ(ClientAddressBehind("127.0.0.1", "", kNginx), "127.0.0.1");
}

TEST(ClientAddress, AnEntryThatIsNotAnAddressStopsTheWalkAtTheLastTrustedOne) {
  EXPECT_EQ(ClientAddressBehind("127.0.0.1", "unknown", kNginx), "127.0.0.1");
  EXPECT_EQ(ClientAddressBehind("127.0.0.1", "203.0.113.9, <script>", kNginx), "127.0.0.1");
  EXPECT_EQ(ClientAddressBehind("127.0.0.1", "203.0.113.9, ::1, 999.1.1.1", kNginx), "127.0.0.1");
}

}  // namespace
}  // namespace frontdoor::http
