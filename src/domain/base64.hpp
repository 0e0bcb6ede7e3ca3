// src/domain/base64.hpp — bytes as standard base64 (with padding) and back, the form keys,
// signatures and sealed secrets are written in.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontdoor::domain {

//! `size` bytes as base64 (RFC 4648, with padding).
std::string Base64(const unsigned char* bytes, std::size_t size);
//! The bytes `text` holds when it is wholly base64; nothing otherwise.
std::optional<std::vector<unsigned char>> FromBase64(std::string_view text);

}  // namespace frontdoor::domain
