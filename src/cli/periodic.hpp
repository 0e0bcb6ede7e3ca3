// src/cli/periodic.hpp — a thread that does one thing now and then again every period while the
// server runs (the audit sequencer's rounds, housekeeping).
#pragma once

#include <chrono>
#include <functional>
#include <thread>

namespace frontdoor::cli {

//! Calls `round` at once and then every `period` until the thread is stopped (a std::jthread
//! stops when destroyed); with `once_more_when_stopped`, once more after the stop.
std::jthread EveryPeriod(std::chrono::milliseconds period, std::function<void()> round,
                         bool once_more_when_stopped = false);

}  // namespace frontdoor::cli
