// src/cli/file_parts.cpp — an import file read a part at a time.
#include "cli/file_parts.hpp"

#include <fstream>

namespace frontdoor::cli {

bool ReadInParts(const std::string& path, domain::Sha256* digest,
                 const std::function<bool(std::string_view, bool)>& feed,
                 const std::function<void()>& after_part) {
  constexpr std::size_t kPartSize = 1 << 20;
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::string part(kPartSize, '\0');
  while (true) {
    file.read(part.data(), std::streamsize(part.size()));
    const auto got = std::size_t(file.gcount());
    const bool last = file.eof() || got == 0;
    const std::string_view bytes(part.data(), got);
    if (digest) digest->Add(bytes);
    const bool read_well = feed(bytes, last);
    after_part();
    if (!read_well) return false;
    if (last) break;
  }
  return !file.bad();
}

}  // namespace frontdoor::cli
