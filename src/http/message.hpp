// src/http/message.hpp — HTTP requests and responses as plain values; the only HTTP types handlers
// see.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace frontdoor::http {

//! Name/value pairs in arrival order; names compare without regard to case.
using HeaderList = std::vector<std::pair<std::string, std::string>>;

//! One request, read whole. HEAD arrives as GET with `head` set; the transport drops the body.
struct Request {
  std::string method;  //!< GET, POST, ... (upper case)
  std::string target;  //!< as sent: path and query
  std::string path;    //!< the target before '?', still percent-encoded
  std::string query;   //!< the target after '?', without it
  HeaderList headers;
  std::string body;
  std::string client_address;  //!< the peer's IP address
  bool head = false;           //!< the client asked with HEAD

  //! The first header named `name` (any case), or "" when absent.
  std::string_view Header(std::string_view name) const;
};

//! One response. The transport adds Content-Length, Date, Server and Connection.
struct Response {
  int status = 200;
  HeaderList headers;
  std::string body;
  std::string route = "-";  //!< the route pattern that answered, for the request log

  //! Sets header `name`, replacing any of that name.
  void SetHeader(std::string_view name, std::string value);
  //! The value of header `name` (any case), or "" when absent.
  std::string_view Header(std::string_view name) const;
};

//! The address a request came from: the connection's peer, unless the peer is one of
//! `trusted_proxies`; then, walking X-Forwarded-For (`forwarded_for`) from the right, the first
//! address that is not a trusted proxy (what the nearest trusted proxy was told by whoever
//! connected to it). A client's own X-Forwarded-For is never believed: only what trusted proxies
//! add is read, and the walk stops at an entry that is not an IP address (keeping the last
//! trusted one).
std::string ClientAddressBehind(std::string_view peer, std::string_view forwarded_for,
                                const std::vector<std::string>& trusted_proxies);

//! True when two header names are equal ignoring ASCII case.
bool HeaderNameEquals(std::string_view a, std::string_view b);

}  // namespace frontdoor::http
