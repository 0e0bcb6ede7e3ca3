// src/service/system_clock.hpp — the real clock, for the running service only (tests inject their
// own).
#pragma once

#include "domain/clock.hpp"

namespace frontdoor::service {

//! Reads the system's UTC clock.
class SystemClock : public domain::Clock {
 public:
  domain::Timestamp Now() const override {
    return std::chrono::floor<std::chrono::milliseconds>(std::chrono::system_clock::now());
  }
};

}  // namespace frontdoor::service
