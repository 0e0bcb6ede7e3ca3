// tests/domain/text_test.cpp — UTF-8 checks, character counts and trimming of free text.
#include "domain/text.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

// A label inside a sentence starts in lower case, unless it starts with an abbreviation.
TEST(Text, ALabelReadsInsideASentence) {
  EXPECT_EQ(InSentence("Date of birth"), "date of birth");
  EXPECT_EQ(InSentence("A school"), "a school");
  EXPECT_EQ(InSentence("NHS number"), "NHS number");
  EXPECT_EQ(InSentence(""), "");
}

TEST(Text, AListReadsAsASentenceSaysIt) {
  EXPECT_EQ(ListInWords({}), "");
  EXPECT_EQ(ListInWords({"Police"}), "Police");
  EXPECT_EQ(ListInWords({"Police", "Health"}), "Police and Health");
  EXPECT_EQ(ListInWords({"Police", "Health", "Education"}), "Police, Health and Education");
}

TEST(Text, AcceptsWellFormedUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("Zoë and Siobhán – 😀"));
}

TEST(Text, RefusesMalformedUtf8) {
  EXPECT_FALSE(IsValidUtf8("\xC3"));              // cut short
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong "/"
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // a surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(Text, CountsCharactersNotBytes) {
  EXPECT_EQ(CountCharacters("Zoë"), 3u);
  EXPECT_EQ(CountCharacters("😀"), 1u);
}

TEST(Text, FindsControlCharactersButAllowsLineBreaks) {
  EXPECT_FALSE(HasControlCharacters("line one\r\nline two\ttabbed"));
  EXPECT_TRUE(HasControlCharacters(std::string("nul\0here", 8)));
  EXPECT_TRUE(HasControlCharacters("bell\a"));
}

TEST(Text, FindsTheInvisibleCharactersThatChangeTheDirectionOfText) {
  EXPECT_FALSE(HasDirectionControls("Zoë O'Neill — محمد"));
  for (const char* hidden : {"\u061C", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D",
                             "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
    EXPECT_TRUE(HasDirectionControls(std::string("Ali") + hidden + "ce")) << hidden;
  // Neighbours of those characters are ordinary text.
  EXPECT_FALSE(HasDirectionControls("\u2010\u2029\u2065\u206A\u061B"));
}

TEST(Text, TrimsSpacesAndLineBreaksAtBothEnds) {
  EXPECT_EQ(Trim("  \n hello there \t\r\n"), "hello there");
  EXPECT_EQ(Trim(" \n "), "");
  // Characters that show nothing are blank too: zero-width space, no-break space, the
  // right-to-left override, ideographic space, the byte order mark, a Braille blank.
  EXPECT_EQ(Trim("\u200b"), "");
  EXPECT_EQ(Trim("\u00a0\u202e\u3000\ufeff\u2800"), "");
  EXPECT_EQ(Trim("\u200bZo\u00eb\u00a0"), "Zo\u00eb");
  EXPECT_EQ(Trim("a\u200bb"), "a\u200bb");  // within the text, kept
  EXPECT_EQ(Trim("\u00e9"), "\u00e9");      // a letter, not a blank
}

TEST(Text, ACountTakesTheWordThatGoesWithIt) {
  EXPECT_EQ(Counted(0, "contact", "contacts"), "0 contacts");
  EXPECT_EQ(Counted(1, "contact", "contacts"), "1 contact");
  EXPECT_EQ(Counted(2, "enquiry", "enquiries"), "2 enquiries");
}

}  // namespace
}  // namespace frontdoor::domain
