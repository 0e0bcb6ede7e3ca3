// src/service/generated_names.hpp — names and postcodes for generated data, drawn the way a
// council's records have them: a few very common names and a long tail of rare ones.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace frontdoor::service {

//! A list of names drawn with heavy-tailed (Zipf-like) frequencies: the name at rank r is drawn
//! in proportion to 1 / (r + 1)^exponent.
class HeavyTailedList {
 public:
  HeavyTailedList(std::vector<std::string> names, double exponent);
  const std::string& Draw(std::mt19937_64& random) const;
  std::size_t size() const { return names_.size(); }
  const std::string& operator[](std::size_t rank) const { return names_[rank]; }

 private:
  std::vector<std::string> names_;
  std::vector<double> cumulative_;  // rising to 1
};

//! The lists generated people's names and addresses come from: thousands of given names a sex and
//! tens of thousands of family names (the common ones real, the long tail made from syllables),
//! with some double-barrelled, apostrophised and particled family names, and UK-shaped postcodes
//! about as crowded as real ones (a few households with children to a postcode).
class GeneratedNames {
 public:
  GeneratedNames();
  std::string GivenName(std::mt19937_64& random, bool female) const;
  std::string FamilyName(std::mt19937_64& random) const;
  std::string Postcode(std::mt19937_64& random) const;
  std::string Street(std::mt19937_64& random) const;

 private:
  HeavyTailedList boys_;
  HeavyTailedList girls_;
  HeavyTailedList families_;
  HeavyTailedList areas_;
};

//! A valid NHS number (modulus 11 check digit) made from a serial number: different serials give
//! different numbers. Serials whose check digit would be 10 are skipped, as the NHS skips them.
std::string NhsNumberFromSerial(std::int64_t& serial);

//! A valid unique pupil number from Southampton's schools (council code 852) made from a serial
//! below a thousand million: different serials give different numbers.
std::string UpnFromSerial(std::int64_t serial);

}  // namespace frontdoor::service
