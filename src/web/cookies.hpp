// src/web/cookies.hpp — reading the Cookie header and writing Set-Cookie values.
#pragma once

#include <string>
#include <string_view>

namespace frontdoor::web {

//! The value of cookie `name` in a Cookie header, or "".
std::string CookieValue(std::string_view cookie_header, std::string_view name);
//! A Set-Cookie value for a browser-session cookie: HttpOnly, SameSite=Strict, path /, and
//! Secure when `secure` (the service is reached over TLS).
std::string SetCookie(std::string_view name, std::string_view value, bool secure);
//! A Set-Cookie value that removes cookie `name`.
std::string ClearCookie(std::string_view name, bool secure);

}  // namespace frontdoor::web
