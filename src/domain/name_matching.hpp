// src/domain/name_matching.hpp — do two written names mean the same person's name, despite typing,
// spelling and nicknames?
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace frontdoor::domain {

//! How two names agree, best first.
enum class NameAgreement {
  kExact,         //!< the same once case, accents and punctuation are set aside
  kVariant,       //!< listed as forms of one name (Jon and John, Kate and Katherine)
  kSoundsAlike,   //!< spelled differently, said the same (Smyth and Smith, Jaden and Jayden)
  kSpelledClose,  //!< one or two slips of the keyboard apart (Jonh and John)
  kNone,          //!< different names
};

//! Names known to be forms of one another. Loaded from a file an authority edits.
class NameVariants {
 public:
  //! One group a line, names separated by spaces; lines starting with # are notes.
  static NameVariants FromText(std::string_view text);
  //! True when `a` and `b` (normalised) are in a group together.
  bool AreVariants(const std::string& a, const std::string& b) const;

 private:
  std::map<std::string, std::set<int>> groups_;  // name -> the groups it is in
};

//! Lower-case letters only: accents folded (Zoë -> zoe), apostrophes and full stops dropped,
//! hyphens and other separators made single spaces.
std::string NormaliseName(std::string_view name);
//! A key that names said alike share: Smith and Smyth, Catherine and Katherine.
std::string PhoneticKey(std::string_view name);
//! Edits (insert, delete, change, swap two neighbours) between two strings.
int EditDistance(std::string_view a, std::string_view b);
//! How `a` and `b` agree. Multi-part names agree when any part of one agrees with any part of
//! the other at that level (so "Mary-Jane" finds "Jane").
NameAgreement CompareNames(std::string_view a, std::string_view b, const NameVariants& variants);

}  // namespace frontdoor::domain
