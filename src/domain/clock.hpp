// src/domain/clock.hpp — the time source every rule is given; never read the real clock in the
// domain.
#pragma once

#include <chrono>

namespace frontdoor::domain {

//! A moment in time, to the millisecond, in UTC.
using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;

//! Where "now" comes from; injected so rules and tests use fixed dates.
class Clock {
 public:
  virtual ~Clock() = default;
  //! The current moment.
  virtual Timestamp Now() const = 0;
};

}  // namespace frontdoor::domain
