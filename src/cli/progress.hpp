// src/cli/progress.hpp — a long command's progress on one line of standard error, rewritten at most
// once a second (so a log of it stays short), with the seconds since it started.
#pragma once

#include <chrono>
#include <iostream>
#include <string>

namespace frontdoor::cli {

class Progress {
 public:
  //! Shows "TEXT, N s" when a second has passed since the last showing, or when `now` says so.
  void Show(const std::string& text, bool now = false) {
    const auto at = std::chrono::steady_clock::now();
    if (!now && at - shown_ < std::chrono::seconds(1)) return;
    shown_ = at;
    const std::chrono::duration<double> seconds = at - started_;
    std::cerr << "\r" << text << ", " << int(seconds.count()) << " s" << std::flush;
    showing_ = true;
  }
  //! Ends the line, if one was shown.
  void End() {
    if (showing_) std::cerr << "\n";
    showing_ = false;
  }

 private:
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point shown_ = started_;
  bool showing_ = false;
};

}  // namespace frontdoor::cli
