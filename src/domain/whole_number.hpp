// src/domain/whole_number.hpp — a whole number read from text that is all of it: "12" is 12,
// while "", "12a", " 12" and a number too big for the type are nothing.
#pragma once

#include <charconv>
#include <concepts>
#include <optional>
#include <string_view>

namespace frontdoor::domain {

//! The number `text` writes out in `base`, when the whole of it is one that fits `Number`.
template <std::integral Number>
std::optional<Number> WholeNumberIn(std::string_view text, int base = 10) {
  Number value{};
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace frontdoor::domain
