// tests/web/form_test.cpp — form decoding, percent-encoding and local redirects.
#include "web/form.hpp"

#include <gtest/gtest.h>

#include "web/responses.hpp"

namespace frontdoor::web {
namespace {

TEST(Form, DecodesFieldsPlusesAndEscapes) {
  auto form = DecodeForm("text=two+words%21&page=%2Fpeople%2F4&empty=&text=second&&agency=x");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->Value("text"), "two words!");  // the first of a repeated field
  EXPECT_EQ(form->Values("text"), (std::vector<std::string>{"two words!", "second"}));
  EXPECT_EQ(form->Value("page"), "/people/4");
  EXPECT_EQ(form->Value("empty"), "");
  EXPECT_EQ(form->Value("missing"), "");
  EXPECT_TRUE(form->Values("missing").empty());
  EXPECT_FALSE(form->Empty());
  EXPECT_TRUE(DecodeForm("")->Empty());
}

TEST(Form, RefusesBrokenEscapes) {
  EXPECT_FALSE(DecodeForm("text=%"));
  EXPECT_FALSE(DecodeForm("text=%4"));
  EXPECT_FALSE(DecodeForm("text=%zz"));
}

TEST(Form, EncodesForUrls) {
  EXPECT_EQ(PercentEncode("/people/4?x=a b&c"), "/people/4%3Fx%3Da%20b%26c");
  EXPECT_EQ(*PercentDecode(PercentEncode("Zoë & co"), false), "Zoë & co");
}

TEST(Responses, RedirectsOnlyWithinTheService) {
  EXPECT_EQ(LocalPathOrHome("/people/4"), "/people/4");
  EXPECT_EQ(LocalPathOrHome("//evil.example/"), "/");
  EXPECT_EQ(LocalPathOrHome("https://evil.example/"), "/");
  EXPECT_EQ(LocalPathOrHome("/\\evil.example"), "/");
  EXPECT_EQ(LocalPathOrHome(""), "/");
  EXPECT_EQ(LocalPathOrHome("/\t/evil.example"), "/");
  EXPECT_EQ(LocalPathOrHome("/\n/evil.example"), "/");
}

}  // namespace
}  // namespace frontdoor::web
