// fuzz/search_fuzz.cpp — hostile "is this child known?" searches: the parts of the search (name,
// date of birth, postcode, identifier, page), one a line, then the name matching the ranking uses.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/name_matching.hpp"
#include "domain/person_search.hpp"
#include "store/embedded_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto variants =
      frontdoor::domain::NameVariants::FromText(frontdoor::NameVariantFiles().at(0).text);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string parts[5];
  for (auto& part : parts) {
    const auto end = text.find('\n');
    part = std::string(text.substr(0, end));
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  frontdoor::domain::ParsedSearch parsed;
  (void)frontdoor::domain::ParseSearch({parts[0], parts[1], parts[2], parts[3], parts[4]}, parsed);
  (void)frontdoor::domain::NormaliseName(parts[0]);
  (void)frontdoor::domain::PhoneticKey(parts[0]);
  if (parts[0].size() < 256 && parts[1].size() < 256) {
    (void)frontdoor::domain::EditDistance(parts[0], parts[1]);
    (void)frontdoor::domain::CompareNames(parts[0], parts[1], variants);
  }
  return 0;
}
