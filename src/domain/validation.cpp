// src/domain/validation.cpp — the checks every piece of free text passes; errors in form order.
#include "domain/validation.hpp"

#include <algorithm>

#include "domain/text.hpp"

namespace frontdoor::domain {

void CheckText(FieldErrors& errors, const std::string& value, const char* field, const char* label,
               size_t max_characters, const char* when_missing) {
  if (!IsValidUtf8(value) || HasControlCharacters(value)) {
    errors.push_back({field, std::string(label) + " must only contain ordinary text"});
  } else if (CountCharacters(value) > max_characters) {
    errors.push_back({field, std::string(label) + " must be " + std::to_string(max_characters) +
                                 " characters or fewer"});
  } else if (when_missing && Trim(value).empty()) {
    errors.push_back({field, when_missing});
  }
}

void ListInFormOrder(FieldErrors::iterator first, FieldErrors::iterator last,
                     std::span<const std::string_view> form_order) {
  const auto place = [&](const std::string& field) {
    const std::string_view asked = std::string_view(field).substr(0, field.find('-'));
    return std::find(form_order.begin(), form_order.end(), asked) - form_order.begin();
  };
  std::stable_sort(first, last, [&](const FieldError& a, const FieldError& b) {
    return place(a.field) < place(b.field);
  });
}

}  // namespace frontdoor::domain
