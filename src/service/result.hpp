// src/service/result.hpp — what a use case answers: the value, or an expected failure a person can
// act on.
#pragma once

#include <variant>

#include "domain/validation.hpp"

namespace frontdoor::service {

//! The input broke a rule; each error names its field.
struct Invalid {
  domain::FieldErrors errors;
};

//! The record asked for does not exist.
struct NotFound {};

//! A use case's answer. Unexpected failures (database down) are exceptions instead.
template <typename Value>
using Result = std::variant<Value, Invalid, NotFound>;

}  // namespace frontdoor::service
