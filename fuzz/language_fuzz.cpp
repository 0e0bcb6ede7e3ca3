// fuzz/language_fuzz.cpp — hostile text and names through the plain-language check, with the
// shipped guide.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "domain/language_check.hpp"
#include "domain/name_matching.hpp"
#include "store/embedded_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto guide =
      frontdoor::domain::LanguageGuide::FromText(frontdoor::LanguageGuideFiles().at(0).text);
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  // The first line is the names of the people written about; the rest is the text.
  const size_t newline = input.find('\n');
  const std::string_view text =
      newline == std::string_view::npos ? input : input.substr(newline + 1);
  const auto names = frontdoor::domain::NameWords({std::string(
      newline == std::string_view::npos ? std::string_view() : input.substr(0, newline))});
  for (const auto& warning : guide.Check(text, names)) {
    // Each warning points inside the text it was found in, and is never one of the names.
    if (warning.offset + warning.found.size() > text.size()) __builtin_trap();
    if (names.count(frontdoor::domain::NormaliseName(warning.found))) __builtin_trap();
    (void)warning.Message();
  }
  if (const auto answer = guide.CheckAnswer(text, 6)) (void)answer->Message();
  return 0;
}
