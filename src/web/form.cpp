// src/web/form.cpp — percent-decoding and splitting a form into its fields.
#include "web/form.hpp"

namespace frontdoor::web {

namespace {

int HexValue(char digit) {
  if (digit >= '0' && digit <= '9') return digit - '0';
  if (digit >= 'a' && digit <= 'f') return digit - 'a' + 10;
  if (digit >= 'A' && digit <= 'F') return digit - 'A' + 10;
  return -1;
}

}  // namespace

std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space) {
  std::string decoded;
  decoded.reserve(text.size());
  for (size_t char_idx = 0; char_idx < text.size(); ++char_idx) {
    const char current = text[char_idx];
    if (current == '%') {
      if (char_idx + 2 >= text.size()) return std::nullopt;
      const int high = HexValue(text[char_idx + 1]);
      const int low = HexValue(text[char_idx + 2]);
      if (high < 0 || low < 0) return std::nullopt;
      decoded.push_back(char(high * 16 + low));
      char_idx += 2;
    } else if (current == '+' && plus_is_space) {
      decoded.push_back(' ');
    } else {
      decoded.push_back(current);
    }
  }
  return decoded;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string encoded;
  for (char current : text) {
    const auto byte = static_cast<unsigned char>(current);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
        (byte >= '0' && byte <= '9') || current == '-' || current == '_' || current == '.' ||
        current == '~' || current == '/') {
      encoded.push_back(current);
    } else {
      encoded.push_back('%');
      encoded.push_back(kHex[byte >> 4]);
      encoded.push_back(kHex[byte & 15]);
    }
  }
  return encoded;
}

std::optional<Form> DecodeForm(std::string_view body) {
  Form form;
  while (!body.empty()) {
    const size_t amp = body.find('&');
    const std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    const size_t equals = pair.find('=');
    auto name = PercentDecode(pair.substr(0, equals), true);
    auto value = PercentDecode(
        equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1), true);
    if (!name || !value) return std::nullopt;
    form.Add(std::move(*name), std::move(*value));
  }
  return form;
}

std::string Form::Value(std::string_view name) const {
  for (const auto& [field, value] : fields_) {
    if (field == name) return value;
  }
  return {};
}

std::vector<std::string> Form::Values(std::string_view name) const {
  std::vector<std::string> values;
  for (const auto& [field, value] : fields_) {
    if (field == name) values.push_back(value);
  }
  return values;
}

}  // namespace frontdoor::web
