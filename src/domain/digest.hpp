// src/domain/digest.hpp — SHA-256, the one digest frontdoor uses: tokens kept as hashes, the access
// audit's chain and the checksums of applied schema migrations.
#pragma once

#include <string>
#include <string_view>

namespace frontdoor::domain {

//! SHA-256 of the bytes, as 64 lowercase hex digits.
std::string Sha256Hex(std::string_view bytes);

}  // namespace frontdoor::domain
