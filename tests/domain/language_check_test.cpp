// tests/domain/language_check_test.cpp — acronyms and jargon found, with plainer words; names,
// places and postcodes left alone.
#include "domain/language_check.hpp"

#include <gtest/gtest.h>

#include "config_file.hpp"
#include "domain/case_steps.hpp"

namespace frontdoor::domain {
namespace {

LanguageGuide ShippedGuide() {
  return LanguageGuide::FromText(testing::ShippedConfig("language.txt"));
}

std::vector<std::string> Found(const std::vector<LanguageWarning>& warnings) {
  std::vector<std::string> found;
  for (const auto& warning : warnings) found.push_back(warning.found);
  return found;
}

TEST(LanguageCheck, FindsKnownAcronymsWithTheirMeaning) {
  const auto warnings =
      ShippedGuide().Check("Mum disclosed DV and the SW will visit. NFA from police.");
  ASSERT_EQ(Found(warnings), (std::vector<std::string>{"DV", "SW", "NFA"}));
  EXPECT_EQ(warnings[0].suggestion, "domestic abuse");
  EXPECT_EQ(warnings[0].Message(), "\"DV\" may not be understood: write \"domestic abuse\"");
  EXPECT_EQ(warnings[1].offset, 25u);
}

TEST(LanguageCheck, FindsUnknownAcronymsToo) {
  const auto warnings = ShippedGuide().Check("Referred by the XYZT panel.");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].issue, LanguageIssue::kAcronym);
  EXPECT_EQ(warnings[0].Message(), "\"XYZT\" may not be understood: write it out in full");
}

TEST(LanguageCheck, LeavesNamesPlacesPostcodesAndAllowedWordsAlone) {
  EXPECT_TRUE(ShippedGuide()
                  .Check("Jayden Smith lives at 4 Oak Road, Southampton SO14 7LY, in the UK. "
                         "His NHS doctor said he is OK. I visited on Monday.")
                  .empty());
  EXPECT_TRUE(ShippedGuide().Check("Postcode so147ly given.").empty());
}

TEST(LanguageCheck, LeavesTheCouncilsOwnRecordReferencesAlone) {
  // A contact's reference and a child's local id are how records are named, not acronyms.
  EXPECT_TRUE(
      ShippedGuide().Check("Same worry as contact VCV-JH2 and NU7-4B3 about C0000002.").empty());
  // Only in their own forms: an acronym beside them is still found.
  EXPECT_EQ(Found(ShippedGuide().Check("VCV-JH2 said the SW visited; VCV-JHI is not one.")),
            (std::vector<std::string>{"SW", "VCV", "JHI"}));
}

TEST(LanguageCheck, NeverFlagsTheNamesOfThePeopleWrittenAboutInAnyCase) {
  const auto names = NameWords({"Jayden", "Smith-Okafor", "Zoë", "Kai"});
  EXPECT_EQ(names, (std::set<std::string>{"jayden", "smith", "okafor", "zoe", "kai"}));
  const auto warnings =
      ShippedGuide().Check("JAYDEN and ZOË OKAFOR went with KAI; the SW called.", names);
  EXPECT_EQ(Found(warnings), std::vector<std::string>{"SW"});
  // Without the names, capitals read as acronyms.
  EXPECT_EQ(Found(ShippedGuide().Check("JAYDEN and KAI.")),
            (std::vector<std::string>{"JAYDEN", "KAI"}));
}

TEST(LanguageCheck, WarnsAboutAnswersThatSayNothingOrVeryLittle) {
  const auto guide = ShippedGuide();
  for (const char* placeholder : {"N/A", "n/a.", "  See above ", "None", "TBC"}) {
    const auto warning = guide.CheckAnswer(placeholder, 0);
    ASSERT_TRUE(warning) << placeholder;
    EXPECT_EQ(warning->issue, LanguageIssue::kPlaceholder) << placeholder;
  }
  EXPECT_EQ(guide.CheckAnswer("N/A", 0)->Message(),
            "\"N/A\" says nothing a reader can use: write what is known, or why it does not "
            "apply");
  const auto short_answer = guide.CheckAnswer("Threshold met.", 6);
  ASSERT_TRUE(short_answer);
  EXPECT_EQ(short_answer->issue, LanguageIssue::kTooShort);
  EXPECT_FALSE(guide.CheckAnswer("Threshold met.", 0));  // length not asked about
  EXPECT_FALSE(guide.CheckAnswer("Both children need an assessment of their safety.", 6));
  EXPECT_FALSE(guide.CheckAnswer("None of the adults has been known to the police.", 6));
  EXPECT_FALSE(guide.CheckAnswer("  ", 6));  // empty: the form's own check
}

TEST(LanguageCheck, FindsJargonAsWholeWordsIgnoringCase) {
  const auto warnings = ShippedGuide().Check(
      "Supervised contact with mum went well; the Placement is stable. He absconded twice.");
  ASSERT_EQ(Found(warnings),
            (std::vector<std::string>{"Supervised contact", "Placement", "absconded"}));
  EXPECT_EQ(warnings[0].suggestion, "supervised family time");
  EXPECT_EQ(warnings[1].Message(), "\"Placement\" is professional language: try \"home\"");
  // "contact" as the front door's record is not jargon; nor is a word inside another word.
  EXPECT_TRUE(ShippedGuide()
                  .Check("The school made a contact about bruising. Replacement glasses.")
                  .empty());
}

TEST(LanguageCheck, ABadGuideNamesTheLine) {
  try {
    LanguageGuide::FromText("# notes\nacronym CP | child protection\nacronym XY\n");
    FAIL() << "expected the guide to be refused";
  } catch (const std::invalid_argument& error) {
    EXPECT_STREQ(error.what(), "language guide, line 3: acronym XY needs \"| what it stands for\"");
  }
}

// The journey's explanations of steps after a referral are for the child to read: the product's
// own check finds nothing in them.
TEST(LanguageCheck, TheJourneysExplanationsOfStepsPassTheCheck) {
  const auto guide = ShippedGuide();
  for (const auto& entry : kCaseStepKinds.All()) {
    const std::string_view words = CaseStepInPlainWords(entry.kind);
    EXPECT_EQ(guide.Check(words).size(), 0u) << words;
    EXPECT_EQ(words.empty(), entry.kind == CaseStepKind::kClosure) << entry.code;
  }
}

}  // namespace
}  // namespace frontdoor::domain
