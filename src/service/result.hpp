// src/service/result.hpp — what a use case answers: the value, or an expected failure a person can
// act on; for a submitted form, the form to show again with its errors.
#pragma once

#include <string>
#include <variant>

#include "domain/validation.hpp"

namespace frontdoor::service {

//! The input broke a rule; each error names its field.
struct Invalid {
  domain::FieldErrors errors;
};

//! The record asked for does not exist (or the asker may not know it does).
struct NotFound {};

//! The change was made on a copy of the record that is out of date (its If-Match did not hold):
//! nothing was changed. `version` is the record's version now.
struct Stale {
  std::string version;
};

//! A use case's answer. Unexpected failures (database down) are exceptions instead.
template <typename Value>
using Result = std::variant<Value, Invalid, NotFound>;

//! A submitted form that broke a rule: the errors, and everything the form shows beside them,
//! read in the same transaction (so the page is one call, and the API can ignore `form`).
template <typename Form>
struct Refused {
  domain::FieldErrors errors;
  Form form;
};

//! What a form's use case answers: what was saved, the form refused, no such record, or (a change
//! made on an out-of-date copy named by If-Match, which only the API sends) the record's version.
template <typename Saved, typename Form>
using Submission = std::variant<Saved, Refused<Form>, NotFound, Stale>;

}  // namespace frontdoor::service
