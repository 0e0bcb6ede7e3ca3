// src/web/cookies.hpp — reading the Cookie header and writing Set-Cookie values.
#pragma once

#include <string>
#include <string_view>

namespace frontdoor::web {

//! The value of cookie `name` in a Cookie header, or "".
std::string CookieValue(std::string_view cookie_header, std::string_view name);

//! The cookies frontdoor sets (each for this browser session: HttpOnly, SameSite=Strict, Path=/,
//! no Domain), named and marked for how the service is reached. Over TLS (`secure`) each is
//! Secure and its name carries the `__Host-` prefix, so a browser keeps it only as set by this
//! host over TLS, never one set by a neighbouring subdomain or a plain-HTTP page (ASVS 3.4.4).
class Cookies {
 public:
  explicit Cookies(bool secure) : secure_(secure) {}

  //! The name cookie `name` travels under: `__Host-name` over TLS, `name` otherwise.
  std::string Name(std::string_view name) const;
  //! The value of cookie `name` in a Cookie header, or "" (a cookie under the other name is not
  //! read: over TLS, only what the prefix vouches for).
  std::string Value(std::string_view cookie_header, std::string_view name) const;
  //! A Set-Cookie value setting cookie `name` to `value`.
  std::string Set(std::string_view name, std::string_view value) const;
  //! A Set-Cookie value that removes cookie `name`.
  std::string Clear(std::string_view name) const;

 private:
  std::string Attributes() const;

  bool secure_;
};

}  // namespace frontdoor::web
