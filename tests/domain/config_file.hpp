// tests/domain/config_file.hpp — reads a file shipped in config/, for tests of the shipped
// defaults.
#pragma once

#include <filesystem>
#include <string>

#include "test_support.hpp"

namespace frontdoor::testing {

inline std::string ShippedConfig(const std::string& name) {
  return SourceFile(std::filesystem::path("config") / name);
}

}  // namespace frontdoor::testing
