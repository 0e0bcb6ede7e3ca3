// src/domain/identifiers.hpp — the identifiers a child can carry: NHS number, Unique Pupil Number,
// UK postcode.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace frontdoor::domain {

//! The ten digits of an NHS number when `text` is one (spaces and hyphens allowed) and its
//! modulus 11 check digit is right; nullopt otherwise.
std::optional<std::string> ParseNhsNumber(std::string_view text);
//! True when `text` has an NHS number's shape, ten digits (spaces and hyphens allowed), whether
//! or not its check digit is right.
bool LooksLikeNhsNumber(std::string_view text);
//! An NHS number as people write it: "943 476 5919".
std::string FormatNhsNumber(std::string_view digits);

//! The 13 characters of a Unique Pupil Number, upper-cased, when its check letter (the first
//! character) is right; nullopt otherwise. Temporary UPNs (last character a letter) are accepted.
std::optional<std::string> ParseUpn(std::string_view text);
//! The check letter for a Unique Pupil Number's last 12 characters (digits, the last of them
//! perhaps a letter); nullopt when they are not shaped so.
std::optional<char> UpnCheckLetter(std::string_view rest);

//! A UK postcode in its standard form ("SO14 7LY") from any spacing and case; nullopt when it
//! is not shaped like one.
std::optional<std::string> NormalisePostcode(std::string_view text);

}  // namespace frontdoor::domain
