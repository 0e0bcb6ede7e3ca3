// tests/http/metrics_test.cpp — request counts and duration histograms as Prometheus text, and
// the request id a request is answered and logged with.
#include "http/metrics.hpp"

#include <gtest/gtest.h>

#include "http/server.hpp"

namespace frontdoor::http {
namespace {

TEST(RequestMetrics, CountsByRouteAndStatusAndPutsEachDurationInItsBuckets) {
  RequestMetrics metrics;
  metrics.Observe("GET", "/people/{id}", 200, 0.004);
  metrics.Observe("GET", "/people/{id}", 200, 0.3);
  metrics.Observe("GET", "/people/{id}", 404, 0.002);
  metrics.TurnedAway();
  metrics.SetInFlight(3);
  const std::string text = metrics.Render("extra_gauge 1\n");
  EXPECT_NE(text.find("frontdoor_http_requests_total{method=\"GET\",route=\"/people/{id}\","
                      "status=\"200\"} 2\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("status=\"404\"} 1\n"), std::string::npos);
  // Buckets count every request at or under their bound.
  EXPECT_NE(text.find("_bucket{route=\"/people/{id}\",le=\"0.005\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("_bucket{route=\"/people/{id}\",le=\"0.25\"} 2\n"), std::string::npos);
  EXPECT_NE(text.find("_bucket{route=\"/people/{id}\",le=\"0.5\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("_bucket{route=\"/people/{id}\",le=\"+Inf\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("_count{route=\"/people/{id}\"} 3\n"), std::string::npos);
  EXPECT_NE(text.find("frontdoor_http_requests_turned_away_total 1\n"), std::string::npos);
  EXPECT_NE(text.find("frontdoor_http_requests_in_flight 3\n"), std::string::npos);
  EXPECT_EQ(text.substr(text.size() - 14), "extra_gauge 1\n");
}

TEST(RequestMetrics, LabelValuesAreEscaped) {
  EXPECT_EQ(PrometheusLabel("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
}

TEST(RequestId, AProxysIdIsKeptWhenItIsOneAndANewOneMadeOtherwise) {
  EXPECT_EQ(RequestIdFor("7f3a-42"), "7f3a-42");
  for (const char* sent : {"", "a b", "x\r\nSet-Cookie: y", "é"}) {
    const std::string made = RequestIdFor(sent);
    EXPECT_EQ(made.size(), 16u) << sent;
    EXPECT_EQ(made.find_first_not_of("0123456789abcdef"), std::string::npos) << made;
  }
  EXPECT_EQ(RequestIdFor(std::string(65, 'a')).size(), 16u);
  EXPECT_NE(RequestIdFor(""), RequestIdFor(""));
}

}  // namespace
}  // namespace frontdoor::http
