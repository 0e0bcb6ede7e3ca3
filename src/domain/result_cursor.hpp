// src/domain/result_cursor.hpp — where a client is in a long list of results given a page at a
// time: an opaque cursor naming how many were given and the last one, tied to the question asked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/validation.hpp"

namespace frontdoor::domain {

//! The most results one page of an API list gives, and how many when the client does not say.
inline constexpr int kMostPerPage = 100;
inline constexpr int kDefaultPerPage = 10;

//! What a cursor says: `given` results were given already, the last of them `last_id`, in answer
//! to the question whose fingerprint is `question`.
struct ResultCursor {
  std::size_t given = 0;
  std::int64_t last_id = 0;
  std::uint32_t question = 0;
};

//! The cursor's text: letters, digits and dots only, so it goes in a query string as it is.
std::string EncodeCursor(const ResultCursor& cursor);

//! A cursor's text read back; nothing when it is not one this version made.
std::optional<ResultCursor> DecodeCursor(std::string_view text);

//! A fingerprint of a question (the search's terms, say), the same on every server.
std::uint32_t QuestionFingerprint(std::string_view question);

//! Reads a page size: empty is `usual`; otherwise a whole number from 1 to kMostPerPage, or an
//! error naming `field`.
std::optional<FieldError> ReadPerPage(std::string_view text, const std::string& field, int& limit,
                                      int usual = kDefaultPerPage);

//! Where the next page starts in `ids` (the whole list, in order) after `cursor`: just after the
//! last result given. That is found by its id when the list has moved, so no result is given
//! twice; nothing when it is no longer in the list.
std::optional<std::size_t> NextPageStart(const std::vector<std::int64_t>& ids,
                                         const ResultCursor& cursor);

//! A request for one page of a list: how many, after which cursor, for which question.
struct PageRequest {
  int limit = kDefaultPerPage;
  std::optional<ResultCursor> cursor;
  std::uint32_t question = 0;  //!< the fingerprint of what was asked, which a cursor must carry
};

//! Reads a page's `limit` and `cursor` (both as sent; "" when not) for the question `question`
//! (the list's terms, which a cursor must have been given for); `usual` when no limit is sent.
//! Errors name "limit" and "cursor".
FieldErrors ReadPageRequest(std::string_view limit, std::string_view cursor,
                            std::string_view question, int usual, PageRequest& request);

//! Which part of a list a page is: from `first` up to (not including) `last`, and the cursor for
//! the page after ("" when this one is the last).
struct PageBounds {
  std::size_t first = 0;
  std::size_t last = 0;
  std::string next_cursor;
};

//! The page `request` asks for of the list whose ids, in order, are `ids`; an error naming
//! "cursor" when the last result it gave is no longer in the list.
std::variant<PageBounds, FieldError> PageOf(const std::vector<std::int64_t>& ids,
                                            const PageRequest& request);

}  // namespace frontdoor::domain
