// tests/domain/idempotency_test.cpp — reading an Idempotency-Key: what is taken, what is refused
// and what makes two requests the same.
#include "domain/idempotency.hpp"

#include <gtest/gtest.h>

namespace frontdoor::domain {
namespace {

IdempotentRequest Read(std::string_view header, std::string_view body = "{}") {
  auto read = ReadIdempotencyKey(header, "POST", "/api/v1/contacts", body);
  EXPECT_TRUE(std::holds_alternative<IdempotentRequest>(read)) << header;
  return std::holds_alternative<IdempotentRequest>(read) ? std::get<IdempotentRequest>(read)
                                                         : IdempotentRequest{};
}

std::string Refusal(std::string_view header) {
  auto read = ReadIdempotencyKey(header, "POST", "/api/v1/contacts", "{}");
  if (!std::holds_alternative<FieldError>(read)) return "taken";
  EXPECT_EQ(std::get<FieldError>(read).field, "Idempotency-Key");
  return std::get<FieldError>(read).message;
}

TEST(IdempotencyKey, ATokenOrAQuotedStringIsTheSameKey) {
  EXPECT_EQ(Read("8e03978e-40d5-43e8-bc93-6894a57f9324").key,
            "8e03978e-40d5-43e8-bc93-6894a57f9324");
  EXPECT_EQ(Read("\"8e03978e-40d5-43e8-bc93-6894a57f9324\"").key,
            "8e03978e-40d5-43e8-bc93-6894a57f9324");
  EXPECT_EQ(Read("\"a\"").fingerprint, Read("a").fingerprint);
  EXPECT_EQ(Read(std::string(255, 'k')).key.size(), 255u);
}

TEST(IdempotencyKey, AnEmptyLongOrUnprintableKeyIsRefusedSayingWhy) {
  EXPECT_NE(Refusal("").find("empty"), std::string::npos);
  EXPECT_NE(Refusal("\"\"").find("empty"), std::string::npos);
  EXPECT_NE(Refusal(std::string(256, 'k')).find("255 characters or fewer"), std::string::npos);
  for (const char* bad : {"a b", "a\tb", "caf\xc3\xa9", "a\"b", "a\\b", "\"open"}) {
    EXPECT_NE(Refusal(bad).find("visible ASCII"), std::string::npos) << bad;
  }
}

TEST(IdempotencyKey, TheFingerprintChangesWithMethodPathOrBody) {
  const auto fingerprint = [](std::string_view method, std::string_view path,
                              std::string_view body) {
    return std::get<IdempotentRequest>(ReadIdempotencyKey("k", method, path, body)).fingerprint;
  };
  const std::string first = fingerprint("POST", "/api/v1/contacts", R"({"a":1})");
  EXPECT_EQ(first.size(), 64u);
  EXPECT_EQ(first, fingerprint("POST", "/api/v1/contacts", R"({"a":1})"));
  EXPECT_NE(first, fingerprint("POST", "/api/v1/contacts", R"({"a":2})"));
  EXPECT_NE(first, fingerprint("POST", "/api/v1/people", R"({"a":1})"));
  EXPECT_NE(first, fingerprint("PUT", "/api/v1/contacts", R"({"a":1})"));
}

}  // namespace
}  // namespace frontdoor::domain
