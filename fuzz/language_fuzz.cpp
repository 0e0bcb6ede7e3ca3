// fuzz/language_fuzz.cpp — hostile text through the plain-language check, with the shipped guide.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "domain/language_check.hpp"
#include "store/embedded_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto guide =
      frontdoor::domain::LanguageGuide::FromText(frontdoor::LanguageGuideFiles().at(0).text);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto& warning : guide.Check(text)) {
    // Each warning points inside the text it was found in.
    if (warning.offset + warning.found.size() > text.size()) __builtin_trap();
    (void)warning.Message();
  }
  return 0;
}
