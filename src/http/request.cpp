// src/http/request.cpp — header look-ups on requests and responses.
#include "http/message.hpp"

#include <arpa/inet.h>

#include <algorithm>

namespace frontdoor::http {

namespace {

std::string_view Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool IsIpAddress(std::string_view text) {
  const std::string address(text);
  unsigned char bytes[16];
  return ::inet_pton(AF_INET, address.c_str(), bytes) == 1 ||
         ::inet_pton(AF_INET6, address.c_str(), bytes) == 1;
}

}  // namespace

std::string ClientAddressBehind(std::string_view peer, std::string_view forwarded_for,
                                const std::vector<std::string>& trusted_proxies) {
  const auto trusted = [&](std::string_view address) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), address) !=
           trusted_proxies.end();
  };
  std::string_view from = peer;
  while (trusted(from) && !forwarded_for.empty()) {
    const auto comma = forwarded_for.rfind(',');
    const std::string_view entry =
        Trimmed(comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1));
    if (!IsIpAddress(entry)) break;
    from = entry;
    forwarded_for =
        comma == std::string_view::npos ? std::string_view() : forwarded_for.substr(0, comma);
  }
  return std::string(from);
}

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
