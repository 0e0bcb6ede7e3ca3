// fuzz/request_fuzz.cpp — hostile bytes as an HTTP request: the parser the server uses (with the
// server's limits), then the query, form body and cookie decoding the controllers use.
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstddef>
#include <cstdint>
#include <string>

#include "web/cookies.hpp"
#include "web/form.hpp"

namespace http = boost::beast::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  http::request_parser<http::string_body> parser;
  parser.header_limit(16 * 1024);
  parser.body_limit(1024 * 1024);
  parser.eager(true);
  boost::system::error_code ec;
  const std::size_t used =
      parser.put(boost::asio::buffer(data, size), ec);  // one whole buffer, as read from a socket
  if (ec && ec != http::error::need_more) return 0;
  (void)used;
  if (!parser.is_header_done()) return 0;
  const auto& message = parser.get();
  const std::string target(message.target());
  const auto question = target.find('?');
  if (question != std::string::npos) {
    const std::string query = target.substr(question + 1);
    if (const auto form = frontdoor::web::DecodeForm(query)) {
      (void)form->Value("name");
      (void)form->Values("kind");
    }
  }
  if (const auto form = frontdoor::web::DecodeForm(message.body())) {
    (void)form->Value("csrf_token");
    (void)form->Values("agencies");
  }
  const auto cookie = message[http::field::cookie];
  (void)frontdoor::web::CookieValue(std::string_view(cookie.data(), cookie.size()),
                                    "frontdoor_session");
  (void)frontdoor::web::PercentDecode(target, false);
  return 0;
}
