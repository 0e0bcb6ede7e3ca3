// src/domain/text.hpp — checks every piece of free text passes before it is kept.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace frontdoor::domain {

//! True when the bytes are well-formed UTF-8 (no overlong forms, surrogates or values past
//! U+10FFFF).
bool IsValidUtf8(std::string_view text);
//! Number of Unicode characters in well-formed UTF-8 text.
size_t CountCharacters(std::string_view text);
//! True when the text holds a control character other than tab, line feed or carriage return.
bool HasControlCharacters(std::string_view text);
//! The text without leading and trailing spaces, tabs and line breaks.
std::string Trim(std::string_view text);

}  // namespace frontdoor::domain
