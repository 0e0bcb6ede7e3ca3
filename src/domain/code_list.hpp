// src/domain/code_list.hpp — a code list: every value of one of the domain's enums with the code
// kept in records, forms and the API, and the words people read. The one table each list has:
// parsing, naming and the choices a page offers all come from it.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace frontdoor::domain {

//! One value of a code list.
template <typename Kind>
struct Coded {
  Kind kind;
  std::string_view code;  //!< "not_sought_risk"
  std::string_view name;  //!< "Not asked, because asking would increase the risk..."
};

//! Every value of `Kind`, in the order people are offered them.
template <typename Kind, std::size_t N>
class CodeList {
 public:
  constexpr explicit CodeList(const std::array<Coded<Kind>, N>& entries) : entries_(entries) {}

  //! The value's code; "" for a value missing from the list (a programming error).
  constexpr std::string_view Code(Kind kind) const { return Find(kind).code; }
  //! The value's words for people.
  constexpr std::string_view Name(Kind kind) const { return Find(kind).name; }
  //! The value with this code, if any.
  constexpr std::optional<Kind> Parse(std::string_view code) const {
    for (const auto& entry : entries_) {
      if (entry.code == code) return entry.kind;
    }
    return std::nullopt;
  }
  //! Every value, in order.
  constexpr const std::array<Coded<Kind>, N>& All() const { return entries_; }

 private:
  constexpr Coded<Kind> Find(Kind kind) const {
    for (const auto& entry : entries_) {
      if (entry.kind == kind) return entry;
    }
    return {kind, "", ""};
  }

  std::array<Coded<Kind>, N> entries_;
};

}  // namespace frontdoor::domain
