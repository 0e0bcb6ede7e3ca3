// src/http/request.cpp — header look-ups on requests and responses.
#include "http/message.hpp"

#include <algorithm>

namespace frontdoor::http {

bool HeaderNameEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; };
           return lower(x) == lower(y);
         });
}

std::string_view Request::Header(std::string_view name) const {
  for (const auto& [header_name, value] : headers) {
    if (HeaderNameEquals(header_name, name)) return value;
  }
  return {};
}

void Response::SetHeader(std::string_view name, std::string value) {
  std::erase_if(headers, [&](const auto& header) { return HeaderNameEquals(header.first, name); });
  headers.emplace_back(std::string(name), std::move(value));
}

std::string_view Response::Header(std::string_view name) const {
  for (const auto& [header_name, value] : headers) {
    if (HeaderNameEquals(header_name, name)) return value;
  }
  return {};
}

}  // namespace frontdoor::http
