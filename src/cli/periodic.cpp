// src/cli/periodic.cpp — the periodic thread's loop: a stop wakes it at once.
#include "cli/periodic.hpp"

#include <condition_variable>
#include <mutex>

namespace frontdoor::cli {

std::jthread EveryPeriod(std::chrono::milliseconds period, std::function<void()> round,
                         bool once_more_when_stopped) {
  return std::jthread(
      [period, round = std::move(round), once_more_when_stopped](std::stop_token stop) {
        std::mutex mutex;
        std::condition_variable_any woken;
        while (!stop.stop_requested()) {
          round();
          std::unique_lock lock(mutex);
          woken.wait_for(lock, stop, period, [] { return false; });
        }
        if (once_more_when_stopped) round();
      });
}

}  // namespace frontdoor::cli
