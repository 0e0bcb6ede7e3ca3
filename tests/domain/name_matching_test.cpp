// tests/domain/name_matching_test.cpp — a labelled table of name pairs: which are one name, and
// how.
#include "domain/name_matching.hpp"

#include <gtest/gtest.h>

#include "config_file.hpp"

namespace frontdoor::domain {
namespace {

NameVariants ShippedVariants() {
  return NameVariants::FromText(testing::ShippedConfig("name-variants.txt"));
}

struct LabelledPair {
  const char* a;
  const char* b;
  NameAgreement expected;
};

using enum NameAgreement;

// Matches a practitioner would want found, and names that must not be confused.
const LabelledPair kPairs[] = {
    // The same name, written differently.
    {"Jayden", "jayden", kExact},
    {"Zoë", "Zoe", kExact},
    {"O'Neill", "ONeill", kExact},
    {"Mary-Jane", "Mary Jane", kExact},
    {"Maryjane", "Mary-Jane", kExact},
    {"  Smith ", "SMITH", kExact},
    {"José", "Jose", kExact},
    // Variants of one name.
    {"Jon", "John", kVariant},
    {"Jonathan", "Jon", kVariant},
    {"Kate", "Katherine", kVariant},
    {"Katherine", "Catherine", kVariant},
    {"Liz", "Elizabeth", kVariant},
    {"Mohammed", "Muhammad", kVariant},
    {"Jaden", "Jayden", kVariant},
    {"Billy", "William", kVariant},
    {"Sean", "Shaun", kVariant},
    // Transliterations.
    {"Mohamed", "Muhammad", kVariant},
    {"Aleksander", "Alexander", kVariant},
    {"Hussein", "Hussain", kVariant},
    {"Ayesha", "Aisha", kVariant},
    {"Zofia", "Sofia", kVariant},
    // Spelled differently, said the same.
    {"Smyth", "Smith", kSoundsAlike},
    {"Jaiden", "Jaydn", kVariant},
    {"Catharina", "Katharina", kSoundsAlike},
    {"Phillips", "Philips", kSoundsAlike},
    {"Stephens", "Stevens", kSoundsAlike},
    {"Thompson", "Thomson", kSpelledClose},
    {"Philippa", "Filippa", kSoundsAlike},
    {"Clarke", "Clark", kSoundsAlike},
    {"Reid", "Read", kSoundsAlike},
    {"Macdonald", "McDonald", kSoundsAlike},
    {"Hayley", "Haley", kSoundsAlike},
    {"Caitlin", "Kaitlyn", kSoundsAlike},
    // Slips of the keyboard.
    {"Jonh", "John", kSoundsAlike},
    {"Wiliams", "Williams", kSoundsAlike},
    {"Shepherd", "Shepard", kSoundsAlike},
    {"Andersen", "Anderson", kSoundsAlike},
    {"Rebbeca", "Rebecca", kSoundsAlike},
    {"Oliviaa", "Olivia", kSoundsAlike},
    {"Hrarison", "Harrison", kSpelledClose},
    // Part of a multi-part name.
    {"Jane", "Mary-Jane", kExact},
    {"Ahmed Khan", "Khan", kExact},
    // Apostrophes, particles and double-barrelled names.
    {"D'Souza", "DSouza", kExact},
    {"de Souza", "Souza", kExact},
    {"van der Berg", "Berg", kExact},
    {"Smith-Jones", "Jones", kExact},
    {"O'Brien", "OBRIEN", kExact},
    // A first letter typed wrong: one slip.
    {"Yeddy", "Teddy", kSpelledClose},
    {"Kmith", "Smith", kSpelledClose},
    // Different names that must not match.
    // Said alike and one letter apart: shown as a weak match, ranked below a real one, and told
    // apart by date of birth and sex.
    {"John", "Joan", kSoundsAlike},
    {"Smith", "Jones", kNone},
    {"Jayden", "Brandon", kNone},
    {"Katherine", "Kathleen", kNone},
    {"Ali", "Alan", kNone},
    {"Emma", "Emily", kNone},
    {"Oliver", "Olivia", kSpelledClose},
    {"Patel", "Peters", kNone},
    {"Nguyen", "Newton", kNone},
    {"Kowalski", "Kowalczyk", kNone},
    {"", "Smith", kNone},
};

TEST(NameMatching, TheLabelledTableHolds) {
  const NameVariants variants = ShippedVariants();
  int pairs = 0;
  for (const LabelledPair& pair : kPairs) {
    EXPECT_EQ(CompareNames(pair.a, pair.b, variants), pair.expected) << pair.a << " / " << pair.b;
    EXPECT_EQ(CompareNames(pair.b, pair.a, variants), pair.expected)
        << pair.b << " / " << pair.a << " (reversed)";
    ++pairs;
  }
  EXPECT_GE(pairs, 40);
}

TEST(NameMatching, NormalisesAndKeys) {
  EXPECT_EQ(NormaliseName(" Zoë  O'Neill-Smith "), "zoe oneill smith");
  EXPECT_EQ(PhoneticKey("Smith"), PhoneticKey("Smyth"));
  EXPECT_EQ(PhoneticKey("Catherine"), PhoneticKey("Katherine"));
  EXPECT_NE(PhoneticKey("Smith"), PhoneticKey("Jones"));
  // A name with no Latin letters agrees with itself as written, and not with a transliteration.
  const std::string yusuf = "\u064a\u0648\u0633\u0641";
  EXPECT_EQ(CompareNames(yusuf, " " + yusuf, NameVariants{}), NameAgreement::kExact);
  EXPECT_EQ(CompareNames(yusuf, "Yusuf", NameVariants{}), NameAgreement::kNone);
  EXPECT_EQ(CompareNames("", "Yusuf", NameVariants{}), NameAgreement::kNone);
  EXPECT_EQ(EditDistance("jonh", "john"), 1);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3);
  EXPECT_EQ(EditDistance("", "ann"), 3);
  EXPECT_EQ(EditDistance("ann", ""), 3);
  EXPECT_EQ(EditDistance("ca", "abc"), 3);  // a swap is not edited again
  EXPECT_EQ(EditDistance("amlie", "amelia"), 2);
  // Longer than a name ever is: the same answers.
  const std::string long_name(80, 'a');
  EXPECT_EQ(EditDistance(long_name, long_name + "b"), 1);
  EXPECT_EQ(EditDistance("b" + long_name, long_name + "b"), 2);
  EXPECT_EQ(EditDistance("ab" + long_name, "ba" + long_name), 1);
}

}  // namespace
}  // namespace frontdoor::domain
