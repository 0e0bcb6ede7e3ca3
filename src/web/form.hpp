// src/web/form.hpp — decoding HTML form posts and query strings
// (application/x-www-form-urlencoded), once a request.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frontdoor::web {

//! A decoded form post or query string: every field's values, in the order sent.
class Form {
 public:
  //! The first value of `name`, or "" when it was not sent.
  std::string Value(std::string_view name) const;
  //! Every value of `name` (a set of checkboxes), in order.
  std::vector<std::string> Values(std::string_view name) const;
  //! True when no field was sent.
  bool Empty() const { return fields_.empty(); }
  //! Adds one field's value.
  void Add(std::string name, std::string value) {
    fields_.emplace_back(std::move(name), std::move(value));
  }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

//! Decodes percent-escapes; "+" becomes a space when `plus_is_space`. nullopt on a broken escape.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);
//! Encodes everything but unreserved characters, for a value inside a URL.
std::string PercentEncode(std::string_view text);
//! Decodes "a=1&b=two+words"; nullopt when any escape is broken.
std::optional<Form> DecodeForm(std::string_view body);

}  // namespace frontdoor::web
