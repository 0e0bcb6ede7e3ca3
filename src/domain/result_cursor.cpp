// src/domain/result_cursor.cpp — opaque cursors for paging through long lists of results.
#include "domain/result_cursor.hpp"

#include "domain/whole_number.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace frontdoor::domain {

namespace {

constexpr std::string_view kVersion = "c1";

template <typename Number>
bool ReadNumber(std::string_view text, Number& value, int base = 10) {
  const auto read = text.size() > 20 ? std::nullopt : WholeNumberIn<Number>(text, base);
  if (read) value = *read;
  return read.has_value();
}

}  // namespace

std::string EncodeCursor(const ResultCursor& cursor) {
  char question[9];
  std::snprintf(question, sizeof question, "%08x", unsigned(cursor.question));
  return std::string(kVersion) + "." + std::to_string(cursor.given) + "." +
         std::to_string(cursor.last_id) + "." + question;
}

std::optional<ResultCursor> DecodeCursor(std::string_view text) {
  std::vector<std::string_view> parts;
  while (parts.size() < 5) {
    const auto dot = text.find('.');
    parts.push_back(text.substr(0, dot));
    if (dot == std::string_view::npos) break;
    text.remove_prefix(dot + 1);
  }
  ResultCursor cursor;
  if (parts.size() != 4 || parts[0] != kVersion || parts[3].size() != 8) return std::nullopt;
  if (!ReadNumber(parts[1], cursor.given) || !ReadNumber(parts[2], cursor.last_id) ||
      !ReadNumber(parts[3], cursor.question, 16))
    return std::nullopt;
  if (cursor.given == 0 || cursor.last_id <= 0) return std::nullopt;
  return cursor;
}

std::uint32_t QuestionFingerprint(std::string_view question) {
  std::uint32_t hash = 2166136261u;  // FNV-1a
  for (const char letter : question) {
    hash ^= static_cast<unsigned char>(letter);
    hash *= 16777619u;
  }
  return hash;
}

std::optional<FieldError> ReadPerPage(std::string_view text, const std::string& field, int& limit,
                                      int usual) {
  limit = usual;
  if (text.empty()) return std::nullopt;
  int value = 0;
  if (text.size() > 3 || !ReadNumber(text, value) || value < 1 || value > kMostPerPage)
    return FieldError{field,
                      "Limit must be a whole number from 1 to " + std::to_string(kMostPerPage)};
  limit = value;
  return std::nullopt;
}

std::optional<std::size_t> NextPageStart(const std::vector<std::int64_t>& ids,
                                         const ResultCursor& cursor) {
  if (cursor.given <= ids.size() && ids[cursor.given - 1] == cursor.last_id) return cursor.given;
  const auto found = std::find(ids.begin(), ids.end(), cursor.last_id);
  if (found == ids.end()) return std::nullopt;
  return std::size_t(found - ids.begin()) + 1;
}

FieldErrors ReadPageRequest(std::string_view limit, std::string_view cursor,
                            std::string_view question, int usual, PageRequest& request) {
  FieldErrors errors;
  if (auto error = ReadPerPage(limit, "limit", request.limit, usual)) errors.push_back(*error);
  request.question = QuestionFingerprint(question);
  if (cursor.empty()) return errors;
  request.cursor = DecodeCursor(cursor);
  if (!request.cursor) {
    errors.push_back(
        {"cursor",
         "That is not a cursor this list gave: leave it out to start from the first page"});
  } else if (request.cursor->question != request.question) {
    errors.push_back({"cursor",
                      "That cursor was given for a different question: send the same "
                      "terms with it as with the first page"});
  }
  return errors;
}

std::variant<PageBounds, FieldError> PageOf(const std::vector<std::int64_t>& ids,
                                            const PageRequest& request) {
  PageBounds bounds;
  if (request.cursor) {
    const auto start = NextPageStart(ids, *request.cursor);
    if (!start) {
      return FieldError{"cursor",
                        "The list has changed since that cursor was given: start again from the "
                        "first page"};
    }
    bounds.first = *start;
  }
  bounds.last = std::min(ids.size(), bounds.first + std::size_t(request.limit));
  if (bounds.last < ids.size())
    bounds.next_cursor = EncodeCursor({bounds.last, ids[bounds.last - 1], request.question});
  return bounds;
}

}  // namespace frontdoor::domain
