// src/domain/timestamp.cpp — ISO 8601 UTC formatting and parsing with the C++20 calendar.
#include "domain/timestamp.hpp"

#include <charconv>
#include <cstdio>

namespace frontdoor::domain {

namespace {

bool ReadNumber(std::string_view text, size_t offset, size_t width, int& value) {
  if (offset + width > text.size()) return false;
  const char* first = text.data() + offset;
  for (size_t char_idx = 0; char_idx < width; ++char_idx) {
    if (first[char_idx] < '0' || first[char_idx] > '9') return false;
  }
  auto result = std::from_chars(first, first + width, value);
  return result.ec == std::errc() && result.ptr == first + width;
}

}  // namespace

std::string FormatTimestamp(Timestamp moment) {
  using namespace std::chrono;
  const auto day = floor<days>(moment);
  const year_month_day date{day};
  const hh_mm_ss<milliseconds> time{moment - day};
  char text[32];
  std::snprintf(text, sizeof(text), "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", int(date.year()),
                unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
                int(time.minutes().count()), int(time.seconds().count()),
                int(time.subseconds().count()));
  return text;
}

std::optional<Timestamp> ParseTimestamp(std::string_view text) {
  using namespace std::chrono;
  int year = 0, month = 0, day_of_month = 0, hour = 0, minute = 0, second = 0, millis = 0;
  if (!ReadNumber(text, 0, 4, year) || text.size() < 20 || text[4] != '-' ||
      !ReadNumber(text, 5, 2, month) || text[7] != '-' || !ReadNumber(text, 8, 2, day_of_month) ||
      text[10] != 'T' || !ReadNumber(text, 11, 2, hour) || text[13] != ':' ||
      !ReadNumber(text, 14, 2, minute) || text[16] != ':' || !ReadNumber(text, 17, 2, second)) {
    return std::nullopt;
  }
  size_t offset = 19;
  if (text[offset] == '.') {
    if (!ReadNumber(text, offset + 1, 3, millis)) return std::nullopt;
    offset += 4;
  }
  if (offset + 1 != text.size() || text[offset] != 'Z') return std::nullopt;
  const year_month_day date{std::chrono::year{year}, std::chrono::month(unsigned(month)),
                            std::chrono::day(unsigned(day_of_month))};
  if (!date.ok() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return Timestamp{sys_days{date}} + hours{hour} + minutes{minute} + seconds{second} +
         milliseconds{millis};
}

}  // namespace frontdoor::domain
