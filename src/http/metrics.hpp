// src/http/metrics.hpp — what operators see of the HTTP service: requests by route and status,
// their durations as histograms, and requests turned away, written in Prometheus' text format.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frontdoor::http {

//! Counts kept by the server as it answers; safe to use from any thread.
class RequestMetrics {
 public:
  //! The upper bounds, in seconds, of the duration histogram's buckets.
  static const std::vector<double>& DurationBuckets();

  //! One request answered: its method, route pattern ("-" when none matched), status, and how
  //! long it took from its first byte read to its last written.
  void Observe(std::string_view method, std::string_view route, int status, double seconds);
  //! One request turned away at once (503) because every worker and the whole queue were busy.
  void TurnedAway() { turned_away_.fetch_add(1, std::memory_order_relaxed); }
  //! Requests being handled or waiting for a worker now.
  void SetInFlight(std::int64_t count) { in_flight_.store(count, std::memory_order_relaxed); }

  //! Everything counted, in Prometheus' text exposition format (version 0.0.4), followed by
  //! `extra` (more families, already in that format).
  std::string Render(std::string_view extra = {}) const;

 private:
  struct Durations {
    std::vector<std::uint64_t> buckets;  //!< cumulative counts, one per bound
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  //! (method, route, status) -> requests
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  //! route -> durations
  std::map<std::string, Durations> durations_;
  std::atomic<std::uint64_t> turned_away_{0};
  std::atomic<std::int64_t> in_flight_{0};
};

//! A label value escaped for the text format: backslash, double quote and newline.
std::string PrometheusLabel(std::string_view value);

}  // namespace frontdoor::http
