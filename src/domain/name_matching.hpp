// src/domain/name_matching.hpp — do two written names mean the same person's name, despite typing,
// spelling and nicknames?
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
  std::unordered_map<std::string, std::vector<int>> groups_;  // name -> its groups, in order
};

//! Lower-case letters only: accents folded (Zoë -> zoe), apostrophes and full stops dropped,
//! hyphens and other separators made single spaces.
std::string NormaliseName(std::string_view name);
//! A key that names said alike share: Smith and Smyth, Catherine and Katherine.
std::string PhoneticKey(std::string_view name);
//! Edits (insert, delete, change, swap two neighbours) between two strings.
int EditDistance(std::string_view a, std::string_view b);
//! A name in the forms comparing it needs, worked out once (a search compares one typed name with
//! hundreds of candidates' names).
struct NameForms {
  //! One form of the name: its normalised letters and their sound-alike key.
  struct Form {
    std::string letters;
    std::string key;
  };
  Form whole;               //!< the whole name, normalised ("mary jane")
  std::string joined;       //!< without spaces ("maryjane")
  std::vector<Form> parts;  //!< each part ("mary", "jane")
};
NameForms FormsOf(std::string_view name);

//! How `a` and `b` agree. Multi-part names agree when any part of one agrees with any part of
//! the other at that level (so "Mary-Jane" finds "Jane").
NameAgreement CompareNames(std::string_view a, std::string_view b, const NameVariants& variants);
NameAgreement CompareNames(const NameForms& a, const NameForms& b, const NameVariants& variants);

}  // namespace frontdoor::domain
