// src/domain/validation.hpp — what is wrong with an input, and where, in words a person
// understands.
#pragma once

#include <string>
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

}  // namespace frontdoor::domain
