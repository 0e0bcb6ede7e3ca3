// src/domain/validation.hpp — what is wrong with an input, and where, in words a person
// understands, in the order the form asks.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace frontdoor::domain {

//! One problem with one field: the field's name in the form or JSON body, and the message to show.
struct FieldError {
  std::string field;
  std::string message;
  bool operator==(const FieldError&) const = default;
};

//! All the problems found with one input; empty means it may be saved.
using FieldErrors = std::vector<FieldError>;

//! The longest free text kept in one field, in characters.
inline constexpr size_t kFreeTextMaxCharacters = 20000;

//! Checks one piece of text: ordinary UTF-8 text, at most `max_characters`, and (when
//! `when_missing` is given) not empty. `label` starts a sentence ("The concern"); `when_missing` is
//! the message for a required field left empty.
void CheckText(FieldErrors& errors, const std::string& value, const char* field, const char* label,
               size_t max_characters, const char* when_missing = nullptr);

//! Puts the errors from `first` to `last` in the order a form asks its fields, keeping the order
//! of errors about one field. An error is placed by the entry of `form_order` its field is, or
//! starts with before a "-" ("level-21" is placed as "level"); others come after them all.
void ListInFormOrder(FieldErrors::iterator first, FieldErrors::iterator last,
                     std::span<const std::string_view> form_order);

}  // namespace frontdoor::domain
