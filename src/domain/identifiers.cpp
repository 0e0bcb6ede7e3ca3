// src/domain/identifiers.cpp — check-digit rules for NHS numbers and UPNs, and postcode shapes.
#include "domain/identifiers.hpp"

#include <algorithm>

#include <cctype>

namespace frontdoor::domain {

namespace {

std::string Compact(std::string_view text) {
  std::string compact;
  for (char letter : text) {
    if (letter == ' ' || letter == '-') continue;
    compact += char(std::toupper(static_cast<unsigned char>(letter)));
  }
  return compact;
}

bool IsDigit(char letter) {
  return letter >= '0' && letter <= '9';
}
bool IsLetter(char letter) {
  return letter >= 'A' && letter <= 'Z';
}

}  // namespace

std::optional<std::string> ParseNhsNumber(std::string_view text) {
  const std::string digits = Compact(text);
  if (digits.size() != 10) return std::nullopt;
  int sum = 0;
  for (size_t digit_idx = 0; digit_idx < 10; ++digit_idx) {
    if (!IsDigit(digits[digit_idx])) return std::nullopt;
    if (digit_idx < 9) sum += (digits[digit_idx] - '0') * int(10 - digit_idx);
  }
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10 || check != digits[9] - '0') return std::nullopt;
  return digits;
}

bool LooksLikeNhsNumber(std::string_view text) {
  const std::string digits = Compact(text);
  return digits.size() == 10 && std::all_of(digits.begin(), digits.end(), IsDigit);
}

std::string FormatNhsNumber(std::string_view digits) {
  if (digits.size() != 10) return std::string(digits);
  return std::string(digits.substr(0, 3)) + " " + std::string(digits.substr(3, 3)) + " " +
         std::string(digits.substr(6));
}

std::optional<char> UpnCheckLetter(std::string_view rest) {
  // The Department for Education's rule: weights 2..13 on characters 2 to 13 (a letter in
  // position 13 counts by its place in the check-letter alphabet), remainder mod 23 is the letter.
  static constexpr std::string_view kCheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";
  if (rest.size() != 12) return std::nullopt;
  int sum = 0;
  for (size_t index = 0; index < 12; ++index) {
    const char letter = rest[index];
    int value = 0;
    if (IsDigit(letter)) {
      value = letter - '0';
    } else if (index == 11 && kCheckLetters.find(letter) != std::string_view::npos) {
      value = int(kCheckLetters.find(letter));
    } else {
      return std::nullopt;
    }
    sum += value * int(index + 2);
  }
  return kCheckLetters[size_t(sum % 23)];
}

std::optional<std::string> ParseUpn(std::string_view text) {
  const std::string upn = Compact(text);
  if (upn.size() != 13 || !IsLetter(upn[0])) return std::nullopt;
  if (UpnCheckLetter(std::string_view(upn).substr(1)) != upn[0]) return std::nullopt;
  return upn;
}

std::optional<std::string> NormalisePostcode(std::string_view text) {
  const std::string compact = Compact(text);
  if (compact.size() < 5 || compact.size() > 7) return std::nullopt;
  const std::string outward = compact.substr(0, compact.size() - 3);
  const std::string inward = compact.substr(compact.size() - 3);
  // Inward code: digit, letter, letter. Outward: a letter first, then letters and digits,
  // with at least one digit (A9, A99, AA9, AA99, A9A, AA9A).
  if (!IsDigit(inward[0]) || !IsLetter(inward[1]) || !IsLetter(inward[2])) return std::nullopt;
  if (!IsLetter(outward[0])) return std::nullopt;
  bool has_digit = false;
  for (char letter : outward) {
    if (!IsDigit(letter) && !IsLetter(letter)) return std::nullopt;
    has_digit = has_digit || IsDigit(letter);
  }
  if (!has_digit) return std::nullopt;
  return outward + " " + inward;
}

}  // namespace frontdoor::domain
