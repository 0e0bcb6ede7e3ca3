// tests/domain/result_cursor_test.cpp — cursors for paging: what they say, what is refused, and
// where the next page starts when the list has moved.
#include "domain/result_cursor.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

TEST(ResultCursor, ReadsBackWhatItSaysInQueryStringSafeText) {
  const ResultCursor cursor{20, 4521, 0x3fa2b1c9};
  const std::string text = EncodeCursor(cursor);
  EXPECT_EQ(text.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789."), std::string::npos);
  const auto read = DecodeCursor(text);
  ASSERT_TRUE(read);
  EXPECT_EQ(read->given, 20u);
  EXPECT_EQ(read->last_id, 4521);
  EXPECT_EQ(read->question, 0x3fa2b1c9u);
}

TEST(ResultCursor, RefusesWhatItDidNotMake) {
  for (const char* text :
       {"", "c1", "c1.20.4521", "c2.20.4521.3fa2b1c9", "c1.20.4521.3fa2b1c", "c1.x.4521.3fa2b1c9",
        "c1.0.4521.3fa2b1c9", "c1.20.0.3fa2b1c9", "c1.20.-4.3fa2b1c9", "c1.20.4521.3fa2b1c9.1",
        "c1.20.4521.zzzzzzzz", "c1.99999999999999999999999.1.3fa2b1c9"}) {
    EXPECT_FALSE(DecodeCursor(text)) << text;
  }
}

TEST(ResultCursor, ADifferentQuestionHasADifferentFingerprint) {
  EXPECT_EQ(QuestionFingerprint("name=Smith"), QuestionFingerprint("name=Smith"));
  EXPECT_NE(QuestionFingerprint("name=Smith"), QuestionFingerprint("name=Smyth"));
  EXPECT_EQ(QuestionFingerprint(""), 2166136261u);  // FNV-1a's offset basis: the same everywhere
}

TEST(ResultCursor, APageSizeIsFromOneToTheMostAndTenWhenNotGiven) {
  int limit = 0;
  EXPECT_FALSE(ReadPerPage("", "limit", limit));
  EXPECT_EQ(limit, kDefaultPerPage);
  EXPECT_FALSE(ReadPerPage("100", "limit", limit));
  EXPECT_EQ(limit, 100);
  for (const char* text : {"0", "101", "-1", "ten", "1.5", "0100"}) {
    const auto error = ReadPerPage(text, "limit", limit);
    ASSERT_TRUE(error) << text;
    EXPECT_EQ(error->field, "limit");
    EXPECT_EQ(error->message, "Limit must be a whole number from 1 to 100");
  }
}

TEST(ResultCursor, TheNextPageStartsAfterTheLastOneGivenEvenWhenTheListHasMoved) {
  const std::vector<std::int64_t> ids{7, 3, 9, 4, 12};
  EXPECT_EQ(NextPageStart(ids, {2, 3, 0}), 2u);
  // A better match arrived at the top: the next page still starts after 3, not with it again.
  EXPECT_EQ(NextPageStart({1, 7, 3, 9, 4, 12}, {2, 3, 0}), 3u);
  // One given before has gone: the page starts after the last one given all the same.
  EXPECT_EQ(NextPageStart({3, 9, 4, 12}, {2, 3, 0}), 1u);
  EXPECT_EQ(NextPageStart(ids, {5, 12, 0}), 5u);   // all given: an empty page
  EXPECT_FALSE(NextPageStart({7, 9}, {2, 3, 0}));  // the last one given is no longer a result
  EXPECT_FALSE(NextPageStart(ids, {9, 99, 0}));
}

TEST(ResultCursor, APageOfAListEndsWithTheCursorForTheNextAndNoneOnTheLast) {
  PageRequest request;
  ASSERT_TRUE(ReadPageRequest("2", "", "checks", kMostPerPage, request).empty());
  const std::vector<std::int64_t> ids{7, 3, 9, 4, 12};
  std::vector<std::int64_t> given;
  std::string cursor;
  do {
    PageRequest next;
    ASSERT_TRUE(ReadPageRequest("2", cursor, "checks", kMostPerPage, next).empty());
    const auto page = std::get<PageBounds>(PageOf(ids, next));
    for (std::size_t at = page.first; at < page.last; ++at) given.push_back(ids[at]);
    cursor = page.next_cursor;
  } while (!cursor.empty() && given.size() < 10);
  EXPECT_EQ(given, ids);
  PageRequest usual;
  ASSERT_TRUE(ReadPageRequest("", "", "checks", kMostPerPage, usual).empty());
  EXPECT_EQ(usual.limit, kMostPerPage);
  EXPECT_TRUE(std::get<PageBounds>(PageOf(ids, usual)).next_cursor.empty());
}

TEST(ResultCursor, ACursorIsRefusedForAnotherQuestionOrWhenItsLastItemHasGone) {
  PageRequest first;
  ASSERT_TRUE(ReadPageRequest("2", "", "scope=mine", kMostPerPage, first).empty());
  const std::string cursor = std::get<PageBounds>(PageOf({7, 3, 9}, first)).next_cursor;
  PageRequest other;
  const auto errors = ReadPageRequest("2", cursor, "scope=team", kMostPerPage, other);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "cursor");
  PageRequest mangled;
  EXPECT_EQ(ReadPageRequest("2", "c1.2.3", "scope=mine", kMostPerPage, mangled).at(0).field,
            "cursor");
  PageRequest again;
  ASSERT_TRUE(ReadPageRequest("2", cursor, "scope=mine", kMostPerPage, again).empty());
  const auto gone = PageOf({7, 9}, again);
  ASSERT_TRUE(std::holds_alternative<FieldError>(gone));
  EXPECT_EQ(std::get<FieldError>(gone).field, "cursor");
}

}  // namespace
}  // namespace frontdoor::domain
