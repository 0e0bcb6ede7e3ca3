// src/domain/password_policy.hpp — what makes a new password acceptable (NCSC: length and a block
// list, no composition rules).
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "domain/validation.hpp"

namespace frontdoor::domain {

//! The shortest password accepted, in characters.
inline constexpr size_t kPasswordMinCharacters = 12;
//! The longest, so hashing cannot be used to tie up the server.
inline constexpr size_t kPasswordMaxCharacters = 256;

//! Passwords too common to use, compared ignoring case.
class CommonPasswords {
 public:
  //! Reads one password a line; blank lines and lines starting with # are skipped.
  static CommonPasswords FromText(std::string_view text);
  //! True when `password` is on the list.
  bool Contains(std::string_view password) const;
  //! How many the list holds.
  size_t Size() const { return passwords_.size(); }

 private:
  std::set<std::string, std::less<>> passwords_;
};

//! The field a new password is typed in: its name in the form, and the words its errors start with.
struct PasswordField {
  std::string_view name = "password";
  std::string_view label = "Password";
};

//! Checks a new password for `username`; errors are for `field`.
FieldErrors CheckNewPassword(std::string_view password, std::string_view username,
                             const CommonPasswords& common, const PasswordField& field = {});

//! What a person types to change their own password.
struct PasswordChange {
  std::string current;       //!< field "current_password"
  std::string replacement;   //!< field "new_password"
  std::string confirmation;  //!< field "confirm_password"
};

//! Checks a change of one's own password before the current one is checked against the account:
//! the current one given, the new one acceptable (CheckNewPassword), not the current one again,
//! and typed the same twice.
FieldErrors CheckPasswordChange(const PasswordChange& change, std::string_view username,
                                const CommonPasswords& common);

}  // namespace frontdoor::domain
