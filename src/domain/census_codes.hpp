// src/domain/census_codes.hpp — the Department for Education's code lists (Children in Need census)
// used on records.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace frontdoor::domain {

//! One code in a list, with the words people read.
struct Code {
  std::string_view code;
  std::string_view label;
};

//! Ethnicity codes (WBRI ... NOBT).
const std::vector<Code>& EthnicityCodes();
//! Disability codes (NONE, MOB ... DDA).
const std::vector<Code>& DisabilityCodes();
//! ReferralSource codes (1A ... 10): who made the contact.
const std::vector<Code>& ReferralSourceCodes();

//! The label for `code` in `list`, if it is in it.
std::optional<std::string_view> LabelFor(const std::vector<Code>& list, std::string_view code);

}  // namespace frontdoor::domain
