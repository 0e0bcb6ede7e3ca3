// tests/domain/identifiers_test.cpp — NHS number check digits, UPN check letters and postcode
// forms.
#include "domain/identifiers.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

TEST(NhsNumber, AcceptsValidNumbersHoweverSpaced) {
  EXPECT_EQ(ParseNhsNumber("943 476 5919"), "9434765919");
  EXPECT_EQ(ParseNhsNumber("401-023-2137"), "4010232137");
  EXPECT_EQ(FormatNhsNumber("9434765919"), "943 476 5919");
}

TEST(NhsNumber, RefusesImpossibleNumbers) {
  EXPECT_FALSE(ParseNhsNumber("943 476 5918"));  // wrong check digit
  EXPECT_FALSE(ParseNhsNumber("943 476 591"));   // nine digits
  EXPECT_FALSE(ParseNhsNumber("94347659199"));
  EXPECT_FALSE(ParseNhsNumber("94347A5919"));
  EXPECT_FALSE(ParseNhsNumber("1000000010"));  // the check digit would be 10: never issued
}

TEST(Upn, ChecksTheCheckLetter) {
  // Check letters worked out by hand from the Department for Education's rule.
  EXPECT_EQ(ParseUpn("W801200106001"), "W801200106001");
  EXPECT_EQ(ParseUpn("h93720131400a"), "H93720131400A");  // temporary UPN, any case
  EXPECT_FALSE(ParseUpn("X801200106001"));
  EXPECT_FALSE(ParseUpn("W801200106002"));
  EXPECT_FALSE(ParseUpn("W80120010600"));
  EXPECT_FALSE(ParseUpn("W8012001060I1"));
}

TEST(Postcode, NormalisesEveryShape) {
  EXPECT_EQ(NormalisePostcode("so147ly"), "SO14 7LY");
  EXPECT_EQ(NormalisePostcode(" so14  7ly "), "SO14 7LY");
  EXPECT_EQ(NormalisePostcode("M11AE"), "M1 1AE");
  EXPECT_EQ(NormalisePostcode("B338TH"), "B33 8TH");
  EXPECT_EQ(NormalisePostcode("CR26XH"), "CR2 6XH");
  EXPECT_EQ(NormalisePostcode("DN551PT"), "DN55 1PT");
  EXPECT_EQ(NormalisePostcode("W1A 0AX"), "W1A 0AX");
  EXPECT_EQ(NormalisePostcode("EC1A1BB"), "EC1A 1BB");
  EXPECT_FALSE(NormalisePostcode("SO14"));
  EXPECT_FALSE(NormalisePostcode("ABCD EFG"));
  EXPECT_FALSE(NormalisePostcode("1O14 7LY"));
  EXPECT_FALSE(NormalisePostcode("SO14 77Y"));
}

}  // namespace
}  // namespace frontdoor::domain
