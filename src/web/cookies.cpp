// src/web/cookies.cpp — cookie parsing, names and attributes.
#include "web/cookies.hpp"

namespace frontdoor::web {

std::string CookieValue(std::string_view cookie_header, std::string_view name) {
  while (!cookie_header.empty()) {
    const size_t end = cookie_header.find(';');
    std::string_view pair = cookie_header.substr(0, end);
    cookie_header =
        end == std::string_view::npos ? std::string_view() : cookie_header.substr(end + 1);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    const size_t equals = pair.find('=');
    if (equals != std::string_view::npos && pair.substr(0, equals) == name) {
      return std::string(pair.substr(equals + 1));
    }
  }
  return {};
}

std::string Cookies::Name(std::string_view name) const {
  return (secure_ ? "__Host-" : "") + std::string(name);
}

std::string Cookies::Value(std::string_view cookie_header, std::string_view name) const {
  return CookieValue(cookie_header, Name(name));
}

std::string Cookies::Set(std::string_view name, std::string_view value) const {
  return Name(name) + "=" + std::string(value) + Attributes();
}

std::string Cookies::Clear(std::string_view name) const {
  return Name(name) + "=; Max-Age=0" + Attributes();
}

std::string Cookies::Attributes() const {
  return std::string("; Path=/; HttpOnly; SameSite=Strict") + (secure_ ? "; Secure" : "");
}

}  // namespace frontdoor::web
