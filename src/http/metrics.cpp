// src/http/metrics.cpp — request counts and duration histograms in Prometheus' text format.
#include "http/metrics.hpp"

#include <fmt/format.h>

#include <tuple>

namespace frontdoor::http {

const std::vector<double>& RequestMetrics::DurationBuckets() {
  static const std::vector<double> bounds = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                             0.5,   1,    2.5,   5,    10};
  return bounds;
}

void RequestMetrics::Observe(std::string_view method, std::string_view route, int status,
                             double seconds) {
  const auto& bounds = DurationBuckets();
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(method), std::string(route), status}];
  auto& durations = durations_[std::string(route)];
  if (durations.buckets.empty()) durations.buckets.assign(bounds.size(), 0);
  for (std::size_t at = 0; at < bounds.size(); ++at) {
    if (seconds <= bounds[at]) ++durations.buckets[at];
  }
  ++durations.count;
  durations.sum += seconds;
}

std::string PrometheusLabel(std::string_view value) {
  std::string escaped;
  for (const char letter : value) {
    if (letter == '\\')
      escaped += "\\\\";
    else if (letter == '"')
      escaped += "\\\"";
    else if (letter == '\n')
      escaped += "\\n";
    else
      escaped += letter;
  }
  return escaped;
}

std::string RequestMetrics::Render(std::string_view extra) const {
  std::string text;
  const auto& bounds = DurationBuckets();
  {
    std::lock_guard lock(mutex_);
    text +=
        "# HELP frontdoor_http_requests_total Requests answered, by method, route and status.\n"
        "# TYPE frontdoor_http_requests_total counter\n";
    for (const auto& [key, count] : requests_) {
      const auto& [method, route, status] = key;
      text += fmt::format(
          "frontdoor_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n",
          PrometheusLabel(method), PrometheusLabel(route), status, count);
    }
    text +=
        "# HELP frontdoor_http_request_duration_seconds How long requests took, by route, from "
        "the first byte read to the last written.\n"
        "# TYPE frontdoor_http_request_duration_seconds histogram\n";
    for (const auto& [route, durations] : durations_) {
      const std::string label = PrometheusLabel(route);
      for (std::size_t at = 0; at < bounds.size(); ++at) {
        text += fmt::format(
            "frontdoor_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n", label,
            bounds[at], durations.buckets[at]);
      }
      text += fmt::format(
          "frontdoor_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n", label,
          durations.count);
      text += fmt::format("frontdoor_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n", label,
                          durations.sum);
      text += fmt::format("frontdoor_http_request_duration_seconds_count{{route=\"{}\"}} {}\n",
                          label, durations.count);
    }
  }
  text += fmt::format(
      "# HELP frontdoor_http_requests_turned_away_total Requests answered 503 at once because "
      "every worker and the whole queue were busy.\n"
      "# TYPE frontdoor_http_requests_turned_away_total counter\n"
      "frontdoor_http_requests_turned_away_total {}\n"
      "# HELP frontdoor_http_requests_in_flight Requests being handled or waiting for a worker.\n"
      "# TYPE frontdoor_http_requests_in_flight gauge\n"
      "frontdoor_http_requests_in_flight {}\n",
      turned_away_.load(std::memory_order_relaxed), in_flight_.load(std::memory_order_relaxed));
  text += extra;
  return text;
}

}  // namespace frontdoor::http
