// src/domain/text.cpp — UTF-8 validation, character counts and trimming for free text.
#include "domain/text.hpp"

#include <algorithm>

namespace frontdoor::domain {

bool IsValidUtf8(std::string_view text) {
  size_t byte_idx = 0;
  while (byte_idx < text.size()) {
    const auto lead = static_cast<unsigned char>(text[byte_idx]);
    size_t length = 0;
    char32_t code_point = 0;
    if (lead < 0x80) {
      ++byte_idx;
      continue;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2;
      code_point = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      code_point = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      code_point = lead & 0x07;
    } else {
      return false;
    }
    if (byte_idx + length > text.size()) return false;
    for (size_t continuation_idx = 1; continuation_idx < length; ++continuation_idx) {
      const auto next = static_cast<unsigned char>(text[byte_idx + continuation_idx]);
      if ((next & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    const bool overlong = (length == 2 && code_point < 0x80) ||
                          (length == 3 && code_point < 0x800) ||
                          (length == 4 && code_point < 0x10000);
    if (overlong || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return false;
    }
    byte_idx += length;
  }
  return true;
}

size_t CountCharacters(std::string_view text) {
  size_t count = 0;
  for (char byte : text) {
    if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) ++count;
  }
  return count;
}

bool HasControlCharacters(std::string_view text) {
  for (char byte : text) {
    const auto value = static_cast<unsigned char>(byte);
    if ((value < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || value == 0x7F) {
      return true;
    }
  }
  return false;
}

bool HasDirectionControls(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const auto first = static_cast<unsigned char>(text[i]);
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (first == 0xD8 && second == 0x9C) return true;  // U+061C
    if (first != 0xE2 || i + 2 >= text.size()) continue;
    const auto third = static_cast<unsigned char>(text[i + 2]);
    if (second == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE)))
      return true;  // U+200E, U+200F, U+202A to U+202E
    if (second == 0x81 && third >= 0xA6 && third <= 0xA9) return true;  // U+2066 to U+2069
  }
  return false;
}

std::string InSentence(std::string_view label) {
  std::string text(label);
  const bool abbreviation = text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z';
  if (!abbreviation && !text.empty() && text[0] >= 'A' && text[0] <= 'Z')
    text[0] = char(text[0] - 'A' + 'a');
  return text;
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& letter : lower) {
    if (letter >= 'A' && letter <= 'Z') letter = char(letter - 'A' + 'a');
  }
  return lower;
}

namespace {

//! The length of the blank character `text` starts with (0 when it does not): ASCII spaces,
//! tabs and line breaks, and in UTF-8 the characters that show nothing (U+00A0, U+1680, U+180E,
//! U+2000 to U+200F, U+2028 to U+202F, U+205F to U+206F, U+2800, U+3000, U+FEFF).
size_t BlankAtStart(std::string_view text) {
  if (text.empty()) return 0;
  const auto byte = [&](size_t at) { return static_cast<unsigned char>(text[at]); };
  if (std::string_view(" \t\r\n\v\f").find(text[0]) != std::string_view::npos) return 1;
  if (text.size() >= 2 && byte(0) == 0xC2 && byte(1) == 0xA0) return 2;
  if (text.size() < 3) return 0;
  if ((byte(0) & 0xF0) != 0xE0 || (byte(1) & 0xC0) != 0x80 || (byte(2) & 0xC0) != 0x80) return 0;
  const char32_t point =
      char32_t(byte(0) & 0x0F) << 12 | char32_t(byte(1) & 0x3F) << 6 | char32_t(byte(2) & 0x3F);
  const bool blank = point == 0x1680 || point == 0x180E || (point >= 0x2000 && point <= 0x200F) ||
                     (point >= 0x2028 && point <= 0x202F) || (point >= 0x205F && point <= 0x206F) ||
                     point == 0x2800 || point == 0x3000 || point == 0xFEFF;
  return blank ? 3 : 0;
}

}  // namespace

std::string Trim(std::string_view text) {
  for (size_t blank = BlankAtStart(text); blank > 0; blank = BlankAtStart(text))
    text.remove_prefix(blank);
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    // The last character starts at most three bytes from the end.
    for (size_t back = 1; back <= std::min<size_t>(3, text.size()); ++back) {
      const std::string_view last = text.substr(text.size() - back);
      if (BlankAtStart(last) == back) {
        text.remove_suffix(back);
        trimmed = true;
        break;
      }
    }
  }
  return std::string(text);
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> words;
  while (!text.empty()) {
    const size_t space = text.find(' ');
    if (space != 0) words.emplace_back(text.substr(0, space));
    if (space == std::string_view::npos) break;
    text.remove_prefix(space + 1);
  }
  return words;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

std::string ListInWords(const std::vector<std::string>& items) {
  std::string text;
  for (size_t i = 0; i < items.size(); ++i)
    text += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return text;
}

std::string Counted(long long count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string EscapeXml(std::string_view text) {
  std::string escaped;
  for (char letter : text) {
    switch (letter) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      default:
        escaped += letter;
    }
  }
  return escaped;
}

}  // namespace frontdoor::domain
