// tests/domain/config_file.hpp — reads a file shipped in config/, for tests of the shipped
// defaults.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace frontdoor::testing {

inline std::string ShippedConfig(const std::string& name) {
  std::ifstream file(std::string(FRONTDOOR_SOURCE_DIR) + "/config/" + name);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

}  // namespace frontdoor::testing
