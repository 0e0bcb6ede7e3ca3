// src/domain/validation.cpp — the checks every piece of free text passes.
#include "domain/validation.hpp"

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

}  // namespace frontdoor::domain
