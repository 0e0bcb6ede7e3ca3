// src/domain/text.hpp — checks every piece of free text passes before it is kept, and splitting
// and joining words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frontdoor::domain {

//! True when the bytes are well-formed UTF-8 (no overlong forms, surrogates or values past
//! U+10FFFF).
bool IsValidUtf8(std::string_view text);
//! Number of Unicode characters in well-formed UTF-8 text.
size_t CountCharacters(std::string_view text);
//! True when the text holds a control character other than tab, line feed or carriage return.
bool HasControlCharacters(std::string_view text);
//! True when the text holds an invisible character that changes the direction text is shown in
//! (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069): in a name it can make the name
//! read as another.
bool HasDirectionControls(std::string_view text);
//! The text with the letters A to Z in lower case (other bytes as they are).
std::string Lower(std::string_view text);
//! A label as it reads inside a sentence: "Date of birth" as "date of birth", "A school" as "a
//! school"; one that starts with an abbreviation ("NHS number") keeps its capitals.
std::string InSentence(std::string_view label);
//! The text without leading and trailing spaces, tabs, line breaks and characters that show
//! nothing (no-break and other Unicode spaces, zero-width and direction marks, the byte order
//! mark): text of nothing but those is empty.
std::string Trim(std::string_view text);
//! The words of "a b  c" (split at spaces, none empty): record ids in an audit entry, census codes
//! kept together.
std::vector<std::string> SplitWords(std::string_view text);
//! The words with one space between.
std::string JoinWords(const std::vector<std::string>& words);

//! "Police", "Police and Health", "Police, Health and Education".
std::string ListInWords(const std::vector<std::string>& items);

//! "1 contact", "3 contacts": a count with the word that goes with it.
std::string Counted(long long count, std::string_view one, std::string_view many);

//! `text` safe inside XML text or a double-quoted attribute: & < > " as entities.
std::string EscapeXml(std::string_view text);

}  // namespace frontdoor::domain
